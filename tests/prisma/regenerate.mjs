// Writes the DDL that `prisma migrate diff --from-empty --to-schema schema.prisma --script`
// prints, for generator/prisma/schema.prisma (TEXT ids, Prisma's default) and for its
// @db.Uuid variant (every id and *Id field made `@db.Uuid`), using Prisma's schema engine
// built to WebAssembly (npm @prisma/schema-engine-wasm, pinned in package.json). The
// engine needs no database for a diff from empty: the adapter below only answers its
// server-version probe (as PostgreSQL 16), and refuses everything else.
//
//   npm ci --prefix tests/prisma && node tests/prisma/regenerate.mjs [OUT_DIR]
//
// OUT_DIR defaults to generator/prisma (and tests/prisma for the snake_case variant,
// schema.mapped.sql); tests/test_prisma_fixture.py compares them. It also writes, for
// each team-like schema tests/prisma/teams/NAME/schema.prisma, the first migration
// `prisma migrate dev` would write for it: NAME/migrations/0001_init/migration.sql (and
// migration_lock.toml), under OUT_DIR/teams when OUT_DIR is given.
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', '..', 'generator', 'prisma', 'schema.prisma');
const outDir = process.argv[2] ?? dirname(source);

const require = createRequire(import.meta.url);
const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

const refuse = async () => ({ ok: false, error: { kind: 'GenericJs', id: 0 } });
const connection = {
  provider: 'postgres',
  adapterName: 'gen-seed-sql-offline',
  queryRaw: async (query) =>
    query.sql.includes('server_version_num')
      ? { ok: true, value: { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [5, 7, 0], rows: [[true, 'PostgreSQL 16.0', 160000]] } }
      : refuse(),
  executeRaw: refuse,
  executeScript: refuse,
  startTransaction: refuse,
  getConnectionInfo: () => ({ ok: true, value: { schemaName: 'public', supportsRelationJoins: true } }),
  dispose: async () => ({ ok: true, value: undefined }),
};
const adapter = {
  provider: 'postgres',
  adapterName: 'gen-seed-sql-offline',
  connect: async () => ({ ok: true, value: connection }),
  connectToShadowDb: async () => ({ ok: true, value: connection }),
};

async function ddl(schema) {
  const engine = await bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter);
  const result = await engine.diff({
    from: { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout;
}

// The @db.Uuid variant: every `id` and `...Id` field of type String becomes a uuid column.
const text = readFileSync(source, 'utf8');
const uuid = text.replace(/^([ \t]+(?:id|\w+Id)[ \t]+String)([ \t].*)?$/gm, (line, head, rest = '') => `${head}${rest} @db.Uuid`);

// The snake_case variant, as many Prisma apps write their schema: every model `@@map`ped
// to its name in snake_case, every scalar field `@map`ped likewise (relation and list
// fields have no column). A test fixture, not a stand-in the files fit as built:
// tests/test_model_rename.py gives the model the same SQL names and applies the files.
const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const scalars = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes',
  ...[...text.matchAll(/^enum (\w+)/gm)].map((m) => m[1])]);
let model = null;
const mapped = text.split('\n').map((line) => {
  const start = line.match(/^model (\w+) \{$/);
  if (start) { model = start[1]; return line; }
  if (model && line === '}') { const end = `\n  @@map("${snake(model)}")\n}`; model = null; return end; }
  const field = model && line.match(/^[ \t]+(\w+)[ \t]+(\w+)(\?)?(?:[ \t]|$)/);
  if (field && scalars.has(field[2]) && snake(field[1]) !== field[1]) return `${line.trimEnd()} @map("${snake(field[1])}")`;
  return line;
}).join('\n');

writeFileSync(join(outDir, 'schema.sql'), await ddl(text));
writeFileSync(join(outDir, 'schema.uuid.sql'), await ddl(uuid));
writeFileSync(process.argv[2] ? join(outDir, 'schema.mapped.sql') : join(here, 'schema.mapped.sql'), await ddl(mapped));

// The team-like schemas: each one's first migration, as `prisma migrate dev` lays it out.
const teams = join(here, 'teams');
for (const name of readdirSync(teams).sort()) {
  const schema = readFileSync(join(teams, name, 'schema.prisma'), 'utf8');
  const dir = join(process.argv[2] ? join(outDir, 'teams') : teams, name, 'migrations');
  mkdirSync(join(dir, '0001_init'), { recursive: true });
  writeFileSync(join(dir, '0001_init', 'migration.sql'), await ddl(schema));
  writeFileSync(join(dir, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
}
