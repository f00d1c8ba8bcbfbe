// Reads every seeded row as the app does: Prisma Client 7, generated from the team's
// schema.prisma into GENERATED (prisma generate), over @prisma/adapter-pg, and parses
// each row with zod 4. SPEC (JSON, written by tests/test_prisma_client.py) names, per
// model, its client property and each field the seed writes with what it must be:
// ["uuid"], ["string"], ["int"], ["bigint"], ["number"], ["decimal", scale], ["date"], ["enum", values...],
// ["json"], each optional ("?" after the kind). Prints {model: rows read} as JSON;
// exits 1 naming the first row zod refuses.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { z } from 'zod';

type Spec = Record<string, { property: string; fields: Record<string, [string, ...(string | number)[]]> }>;

const spec: Spec = JSON.parse(readFileSync(process.env.SPEC!, 'utf8'));
const { PrismaClient, Prisma } = await import(pathToFileURL(process.env.GENERATED! + '/client.ts').href);

const decimal = (scale: number) =>
  z.custom<InstanceType<typeof Prisma.Decimal>>((v) => Prisma.Decimal.isDecimal(v), 'not a Decimal')
    .refine((d) => d.decimalPlaces() <= scale, `more than ${scale} decimals`);

function zodFor(kind: string, args: (string | number)[]): z.ZodType {
  switch (kind) {
    case 'uuid': return z.uuid();
    case 'string': return z.string();
    case 'int': return z.number().int();
    case 'bigint': return z.bigint();
    case 'number': return z.number();
    case 'decimal': return decimal(Number(args[0]));
    case 'date': return z.date();
    case 'enum': return z.enum(args.map(String) as [string, ...string[]]);
    case 'json': return z.record(z.string(), z.unknown());
    case 'boolean': return z.boolean();
    default: throw new Error(`unknown kind ${kind}`);
  }
}

const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const read: Record<string, number> = {};
try {
  for (const [model, { property, fields }] of Object.entries(spec)) {
    const shape: Record<string, z.ZodType> = {};
    for (const [field, [kind, ...args]] of Object.entries(fields)) {
      const optional = kind.endsWith('?');
      const base = zodFor(optional ? kind.slice(0, -1) : kind, args);
      shape[field] = optional ? base.nullable() : base;
    }
    const schema = z.object(shape);
    const rows = await client[property].findMany();
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        console.error(`${model} ${JSON.stringify(row, (k, v) => (typeof v === 'bigint' ? String(v) : v))}: ${parsed.error.message}`);
        process.exit(1);
      }
    }
    read[model] = rows.length;
  }
} finally {
  await client.$disconnect();
}
console.log(JSON.stringify(read));
