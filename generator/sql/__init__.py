"""From a schema and a dataset to SQL files: literals, names, the file format, statement
plans, the preflight, Jinja rendering, writing and checking `out/`, the stand-in DDLs."""
