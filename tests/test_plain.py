"""The plain flavor (`build --flavor plain`): the same three files for any SQL runner, run
by real runners, not checked as strings: node-postgres (npm pg, pinned) sending each file
whole as one simple query, as a Node script or `prisma db execute` does, and psycopg
sending it statement by statement in one session, split by PostgreSQL's own scanner
(pglast), as Supabase and Flyway do. On the three stand-ins and on a team's schema:
apply, re-apply (nothing written, no row rewritten), verify passing and failing, reset,
the refusal of an undeclared database and an error mid-file (nothing written)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.dataset.inputs import Inputs
from generator.run.script import Statement, open_script
from generator.schema.builtin import BUILTIN
from generator.sql import plans, render
from generator.sql.fileformat import OUTPUTS, PSQL_META
from generator.sql.output import write_files
from support.database import STAGING_OPTIONS, Database, xmins
from support.node import CLIENT, node_packages, node_url
from support.teams import bound, load

pglast = pytest.importorskip("pglast")
INPUTS = Inputs(orders=30, campaigns=3, flavor="plain")


@pytest.fixture(scope="module")
def plain_files(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plain")
    write_files(INPUTS, out, schema=BUILTIN)
    return out


@pytest.fixture(scope="module")
def node() -> Path:
    node_packages(CLIENT, "pg/package.json")
    return CLIENT / "run-sql.mjs"


class Run:
    """What a runner got back: ok, the error's message, every row of every result."""

    def __init__(self, ok: bool, error: str, rows: list[list]) -> None:
        self.ok, self.error, self.rows = ok, error, rows

    @property
    def written(self) -> int:
        """Rows inserted, updated or deleted, summed over the seed's report rows."""
        return sum(int(r[1]) + int(r[2]) + int(r[4]) for r in self.rows
                   if len(r) == 5 and all(str(v).isdigit() for v in r[1:]))


def by_node(script: Path, file: Path, dsn: str, staging: bool = True) -> Run:
    """The whole file as one simple query, through node-postgres."""
    env = {"DATABASE_URL": node_url(dsn), "PG_OPTIONS": STAGING_OPTIONS if staging else "", "PATH": "/usr/bin:/bin:/usr/local/bin"}
    proc = subprocess.run(["node", str(script), str(file)], capture_output=True, text=True, timeout=300, env=env)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return Run(out["ok"], out.get("error", ""), out.get("rows", []))


def by_statement(file: Path, dsn: str, staging: bool = True) -> Run:
    """Statement by statement in one session (autocommit: the file's own BEGIN and COMMIT
    make the transaction), split by PostgreSQL's scanner; stops at the first error."""
    statements = pglast.split(file.read_text(encoding="utf-8"), with_parser=False)
    rows: list[list] = []
    conn = psycopg.connect(psycopg.conninfo.make_conninfo(dsn, options=STAGING_OPTIONS) if staging else dsn, autocommit=True)
    try:
        for sql in statements:
            try:
                cur = conn.execute(sql.encode("utf-8"))
            except psycopg.Error as exc:
                return Run(False, str(exc).splitlines()[0], rows)
            if cur.description:
                rows += [list(r) for r in cur.fetchall()]
    finally:
        conn.close()  # an open (failed) transaction is rolled back
    return Run(True, "", rows)


RUNNERS = ("node-postgres", "psycopg statements")


def uncommented(statement: str) -> str:
    """A statement without its comment lines and blank lines (pglast keeps the comments
    before a statement with it)."""
    return "\n".join(line for line in statement.splitlines() if line.strip() and not line.lstrip().startswith("--"))


def run(runner: str, node_script: Path | None, file: Path, dsn: str, staging: bool = True) -> Run:
    if runner == "node-postgres":
        assert node_script is not None
        return by_node(node_script, file, dsn, staging)
    return by_statement(file, dsn, staging)


@pytest.fixture(params=RUNNERS)
def runner(request) -> str:
    return request.param


@pytest.fixture
def node_script(runner, request) -> Path | None:
    """node-postgres's script for that runner (installed once per module), else None."""
    return request.getfixturevalue("node") if runner == "node-postgres" else None


def test_the_plain_files_have_no_meta_command_and_no_comment_but_the_header(plain_files):
    """What a splitter could cut wrong is gone: no psql meta-command, no comment line
    (their quotes and semicolons), and PostgreSQL's scanner splits each file into the
    statements our psql-like reader finds."""
    for name in render.OUTPUT_FILES:
        text = (plain_files / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        assert not any(line.strip() in PSQL_META or line.startswith("\\") for line in lines), name
        comments = [line for line in lines if line.lstrip().startswith("--")]
        assert comments == lines[:len(comments)] and len(comments) == 5, name  # the header only
        assert not any(";" in c or "'" in c for c in comments), name
        split = [uncommented(statement) for statement in pglast.split(text, with_parser=False)]
        assert split[0] == "BEGIN" and split[-1] == "COMMIT", name


def rowless(statements: list[str]) -> list[str]:
    """The statements that do not carry a table's rows (the guard, the convergence, the
    stale-stats deletes...): without the psql flavor's staging tables and COPY, and
    without the upserts (VALUES in one flavor, a staging table in the other)."""
    return [s for s in statements
            if not s.startswith(("CREATE TEMPORARY TABLE", "COPY ")) and "\n, upserted AS (" not in s]


def psql_statements(path: Path) -> list[str]:
    kinds = {f.name: f.kind for f in OUTPUTS}
    return [uncommented(s.sql).removesuffix(";") for s in open_script(path, kinds[path.name]).statements()
            if isinstance(s, Statement)]


def test_the_plain_files_hold_the_psql_files_statements(plain_files, tmp_path):
    """The same statements as the psql flavor, but for the comments and meta-commands, and
    the rows: VALUES where the psql files load them with COPY (and the guard that checks
    the right to make temporary tables for that)."""
    write_files(Inputs(orders=30, campaigns=3), tmp_path, schema=BUILTIN)
    for name in render.OUTPUT_FILES:
        plain = [uncommented(x) for x in pglast.split((plain_files / name).read_text(encoding="utf-8"), with_parser=False)]
        psql = psql_statements(tmp_path / name)
        assert len(plain) > 3 and len(psql) > 3, name
        if name != render.SEED_FILE:
            assert plain == psql, name
            continue
        guard = [i for i, s in enumerate(psql) if s.startswith("DO $guard$")]
        assert len(guard) == 1
        assert rowless(plain)[:guard[0]] == rowless(psql)[:guard[0]]
        assert rowless(plain)[guard[0] + 1:] == rowless(psql)[guard[0] + 1:]
        assert "TEMPORARY privilege" in psql[guard[0]] and "TEMPORARY privilege" not in rowless(plain)[guard[0]]
        upserts = [s for s in psql if "\n, upserted AS (" in s]
        assert len(upserts) == len(BUILTIN.seeded_tables()), "one upsert per table"
        assert len([s for s in plain if "\n, upserted AS (" in s]) >= len(upserts)


def test_a_runner_applies_reapplies_verifies_and_resets_the_plain_files(db: Database, plain_files, runner, node_script):
    applied = run(runner, node_script, plain_files / render.SEED_FILE, db.dsn)
    assert applied.ok, applied.error
    expected = plans.expected_counts(INPUTS, BUILTIN)
    assert db.seeded_counts() == expected
    assert applied.written == sum(expected.values())  # the report's rows came back to the runner
    before = xmins(db, BUILTIN)
    again = run(runner, node_script, plain_files / render.SEED_FILE, db.dsn)
    assert again.ok and again.written == 0, again.error
    assert xmins(db, BUILTIN) == before
    checked = run(runner, node_script, plain_files / render.VERIFY_FILE, db.dsn, staging=False)
    assert checked.ok, checked.error
    assert checked.rows and not any("MISMATCH" in map(str, r) for r in checked.rows)
    reset = run(runner, node_script, plain_files / render.RESET_FILE, db.dsn)
    assert reset.ok, reset.error
    assert set(db.seeded_counts().values()) == {0}


def test_verify_fails_with_an_error_the_runner_reports(db: Database, plain_files, runner, node_script):
    assert run(runner, node_script, plain_files / render.SEED_FILE, db.dsn).ok
    db.execute('UPDATE "Order" SET "total" = "total" + 1 WHERE "orderNumber" = %s', ("STG-000001",))
    checked = run(runner, node_script, plain_files / render.VERIFY_FILE, db.dsn, staging=False)
    assert not checked.ok
    assert "verify failed: " in checked.error and "total = subtotal + shippingFee - discount" in checked.error, checked.error


def test_an_undeclared_database_is_refused_and_nothing_is_written(db: Database, plain_files, runner, node_script):
    refused = run(runner, node_script, plain_files / render.SEED_FILE, db.dsn, staging=False)
    assert not refused.ok and "app.env" in refused.error, refused.error
    assert set(db.seeded_counts().values()) == {0}


def test_an_error_mid_file_leaves_nothing_written(db: Database, plain_files, runner, node_script):
    """A trigger fails the first event's insert, well into the file: the orders and items
    before it are gone too, whatever the runner does after the error."""
    db.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no events today'; END $$")
    db.execute('CREATE TRIGGER refuse BEFORE INSERT ON "OrderEvent" FOR EACH ROW EXECUTE FUNCTION refuse()')
    failed = run(runner, node_script, plain_files / render.SEED_FILE, db.dsn)
    assert not failed.ok and "no events today" in failed.error, failed.error
    assert set(db.seeded_counts().values()) == {0}


def test_a_team_schemas_plain_files_run_by_both_runners(blank_db: Database, tmp_path, monkeypatch, node):
    """Built for the snake_case team (prisma-schema) with --flavor plain: applied whole by
    node-postgres, applied again statement by statement (nothing written), verified, reset."""
    schema, _ = bound("snake", monkeypatch)
    built = CliRunner().invoke(cli, ["build", "--flavor", "plain", "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    load(blank_db, "snake", schema, tmp_path)
    out = tmp_path / "out"
    assert "flavor=plain" in (out / render.SEED_FILE).read_text(encoding="utf-8").splitlines()[2]
    applied = by_node(node, out / render.SEED_FILE, blank_db.dsn)
    assert applied.ok, applied.error
    before = xmins(blank_db, schema)
    again = by_statement(out / render.SEED_FILE, blank_db.dsn)
    assert again.ok and again.written == 0, again.error
    assert xmins(blank_db, schema) == before
    assert by_node(node, out / render.VERIFY_FILE, blank_db.dsn, staging=False).ok
    assert by_statement(out / render.RESET_FILE, blank_db.dsn).ok
    assert set(blank_db.seeded_counts(schema).values()) == {0}


def test_the_runner_applies_plain_files_too(db: Database, plain_files):
    """gen-seed-sql apply / verify read a plain file as they read a psql one."""
    from generator.run.runner import run_file, verify

    report = run_file(open_script(plain_files / render.SEED_FILE, "seed"), db.dsn, 30)
    assert report.total("inserted") == sum(plans.expected_counts(INPUTS, schema=BUILTIN).values())
    assert all(c.ok for c in verify(open_script(plain_files / render.VERIFY_FILE, "verify"), db.dsn))
