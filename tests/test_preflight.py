"""Schema preflight and `gen-seed-sql doctor` on a real Prisma-made database with one
thing changed (and several at once): every mismatch named, nothing written, exit 6."""

import json
import subprocess

import pytest

from click.testing import CliRunner
from psycopg import conninfo

from generator.cli import cli
from generator.sql.ddl import render_schema
from generator.schema.builtin import BUILTIN
from support.database import create_database, drop_database

MISMATCHES = {
    "missing column": ('ALTER TABLE "Order" DROP COLUMN "discount"', '"Order".discount: needs numeric, has no such column'),
    "column the file cannot fill": (
        'ALTER TABLE "Order" ADD COLUMN "currency" TEXT NOT NULL',
        '"Order".currency: needs a default, or to be written by the file, has text NOT NULL without a default',
    ),
    "enum without a value": (
        """ALTER TYPE "OrderStatus" RENAME VALUE 'REFUNDED' TO 'RETURNED'""",
        '"Order".status: needs text or an enum with PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED, has "OrderStatus" without REFUNDED',
    ),
    "text into integer": (
        'ALTER TABLE "Order" ALTER COLUMN "customerName" TYPE integer USING 0',
        '"Order"."customerName": needs text, has integer',
    ),
    "an instant into a date": (
        'ALTER TABLE "OrderEvent" ALTER COLUMN "createdAt" TYPE date',
        '"OrderEvent"."createdAt": needs timestamp or timestamptz, has date',
    ),
    "no unique index for ON CONFLICT": (
        'DROP INDEX "AdStatsDaily_level_entityId_statDate_key"',
        '"AdStatsDaily"."level, entityId, statDate": needs a unique index for ON CONFLICT, has none',
    ),
}


def doctor(db, *args):
    return CliRunner().invoke(cli, ["doctor", "--dsn", db.dsn, *args], env={"DATABASE_URL": None}, catch_exceptions=False)


def test_doctor_says_the_files_fit_every_stand_in(db):
    result = doctor(db)
    assert result.exit_code == 0, result.output
    assert "MISMATCH" not in result.output
    checks = json.loads(doctor(db, "--format", "json").output)
    assert checks["ok"] is True and len(checks["checks"]) > 100


@pytest.mark.parametrize("kind", MISMATCHES)
def test_each_mismatch_is_named_and_nothing_is_written(prisma_db, files, kind):
    change, named = MISMATCHES[kind]
    prisma_db.execute(change)
    proc = prisma_db.psql(files.seed)
    assert proc.returncode != 0
    assert "the schema does not fit this file: " in proc.stderr and named in proc.stderr, proc.stderr
    assert prisma_db.scalar('SELECT count(*) FROM "User"') == 0
    result = doctor(prisma_db)
    assert result.exit_code == 6, result.output
    assert named in result.output.splitlines()[-1]
    # one mismatch, except the enum: "Order" and "OrderEvent" both use "OrderStatus"
    expected = 2 if kind == "enum without a value" else 1
    assert sum("MISMATCH" in line for line in result.output.splitlines()) == expected


def test_every_mismatch_at_once_in_one_message(prisma_db, files):
    for change, _ in MISMATCHES.values():
        prisma_db.execute(change)
    proc = prisma_db.psql(files.seed)
    assert proc.returncode != 0
    error = [line for line in proc.stderr.splitlines() if "ERROR:" in line]
    assert len(error) == 1
    for _, named in MISMATCHES.values():
        assert named in error[0], named
    runner = CliRunner().invoke(cli, ["apply", str(files.seed), "--dsn", prisma_db.dsn],
                                env={"APP_ENV": "staging", "DATABASE_URL": None}, catch_exceptions=False)
    assert runner.exit_code == 6
    assert prisma_db.scalar('SELECT count(*) FROM "User"') == 0


def test_verify_and_reset_check_what_they_read(prisma_db, files):
    prisma_db.execute('ALTER TABLE "Ad" RENAME COLUMN "adsetId" TO "adSetId"')
    for f in (files.verify, files.reset):
        proc = prisma_db.psql(f)
        assert proc.returncode != 0 and '"Ad"."adsetId": needs' in proc.stderr, proc.stderr


def test_a_prisma_url_with_schema_and_prisma_parameters_is_taken_as_it_is(server, templates, files):
    """A DATABASE_URL as a Prisma app's .env holds it, tables in a non-public schema."""
    db = create_database(server, "template0", "prisma")
    try:
        db.execute("CREATE SCHEMA app")
        ddl = "".join(render_schema("prisma", schema=BUILTIN))
        ddl = ddl.replace('CREATE SCHEMA IF NOT EXISTS "public";', "SET search_path = app;")
        load = subprocess.run([server.psql, "-X", "-q", "-d", db.dsn], input=ddl, capture_output=True, text=True)
        assert load.returncode == 0, load.stderr
        params = conninfo.conninfo_to_dict(db.dsn)
        url = (f"postgresql://{params.get('user', 'postgres')}@/{db.name}"
               f"?host={params.get('host', '')}&port={params.get('port', '5432')}"
               "&schema=app&connection_limit=5&pool_timeout=10&pgbouncer=true&sslaccept=accept_invalid_certs")
        env = {"APP_ENV": "staging", "DATABASE_URL": url}
        for command in (["doctor"], ["apply", str(files.seed)], ["verify", str(files.verify)], ["reset", str(files.reset)]):
            result = CliRunner().invoke(cli, command, env=env, catch_exceptions=False)
            assert result.exit_code == 0, (command, result.output)
        assert db.scalar('SELECT count(*) FROM app."Order"') == 0  # reset ran last
        assert db.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    finally:
        drop_database(server, db.name)


def test_the_docs_psql_one_liner_for_a_prisma_url_applies_into_its_schema(server, templates, tmp_path):
    """docs/prisma.md's one-liner, run as written by a shell, on a schema other than public."""
    import os
    import urllib.parse
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    docs = (root / "docs" / "prisma.md").read_text(encoding="utf-8")
    line = next(x for x in docs.splitlines() if x.startswith('psql "${DATABASE_URL%%\\?*}" -c'))
    command = line.split("#", 1)[0].strip().replace("SET search_path = staging", "SET search_path = app")
    db = create_database(server, "template0", "prisma")
    try:
        db.execute("CREATE SCHEMA app")
        ddl = "".join(render_schema("prisma", schema=BUILTIN)).replace('CREATE SCHEMA IF NOT EXISTS "public";', "SET search_path = app;")
        load = subprocess.run([server.psql, "-X", "-q", "-d", db.dsn], input=ddl, capture_output=True, text=True)
        assert load.returncode == 0, load.stderr
        params = conninfo.conninfo_to_dict(db.dsn)
        host = urllib.parse.quote(params.get("host", ""), safe="")  # a socket directory, percent-encoded
        url = f"postgresql://{params.get('user', 'postgres')}@{host}:{params.get('port', '5432')}/{db.name}?sslmode=disable"
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        (bin_dir / "psql").symlink_to(server.psql)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(DATABASE_URL=f"{url}&schema=app&connection_limit=5", PGOPTIONS="-c app.env=staging",
                   PATH=f"{bin_dir}:{env.get('PATH', '')}")
        proc = subprocess.run(["bash", "-c", command], cwd=root, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert db.scalar('SELECT count(*) FROM app."Order"') == 100
        assert db.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    finally:
        drop_database(server, db.name)
