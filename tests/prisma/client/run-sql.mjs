// Sends one SQL file to PostgreSQL the way a Node script does: node-postgres (npm pg,
// pinned in package.json), `client.query(text)` with the whole file, one simple query.
// DATABASE_URL names the database; PG_OPTIONS (e.g. "-c app.env=staging") is passed as
// the connection's options. Prints one JSON line: {"ok": true, "rows": [[...], ...],
// "notices": [...]} with every row of every result, or {"ok": false, "error", "code"}
// (and exits 1), and says whether the session was left inside a transaction.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const text = readFileSync(process.argv[2], 'utf8');
const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: process.env.PG_OPTIONS || undefined });
const notices = [];
client.on('notice', (n) => notices.push(n.message));
await client.connect();
let out;
try {
  const results = await client.query(text);
  const rows = (Array.isArray(results) ? results : [results]).flatMap((r) => (r.rows || []).map((row) => r.fields.map((f) => row[f.name])));
  out = { ok: true, rows, notices };
} catch (error) {
  out = { ok: false, error: error.message, code: error.code, notices };
}
await client.end();
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(out.ok ? 0 : 1);
