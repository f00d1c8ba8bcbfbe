// Prints, as one JSON object keyed by path, the DMMF datamodel that Prisma's own parser
// (npm @prisma/prisma-schema-wasm, pinned in package.json: `get_dmmf`) reads from each
// schema.prisma named on the command line. tests/test_psl.py compares it with ours.
//
//   npm ci --prefix tests/prisma && node tests/prisma/dmmf.mjs a/schema.prisma b/schema.prisma
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm');
const out = {};
for (const path of process.argv.slice(2)) {
  const params = JSON.stringify({ prismaSchema: [['schema.prisma', readFileSync(path, 'utf8')]] });
  out[path] = JSON.parse(wasm.get_dmmf(params)).datamodel;
}
process.stdout.write(JSON.stringify(out));
