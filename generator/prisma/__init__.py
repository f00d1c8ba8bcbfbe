"""A team's own `schema.prisma`: read it (`psl`) and bind the dataset to it (`binding`);
and the stand-in's own schema.prisma with the DDL Prisma makes of it (data files)."""
