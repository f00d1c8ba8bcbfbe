"""Fixtures and hooks, nothing else (the helpers are in tests/support/): a real PostgreSQL
(embedded, or the one GEN_SEED_SQL_TEST_DSN names), a fresh database per test cloned
from a template holding one of the stand-in schemas -- the reference DDL, and the
Prisma-made DDL with TEXT ids and with uuid ids: every database test runs on all three
-- and the generated files, built once per session."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from psycopg import conninfo

from generator.dataset.inputs import Inputs
from generator.schema.builtin import BUILTIN
from generator.sql.ddl import DDLS
from generator.sql.output import render_all
from support.database import (Database, Server, create_database, drop_database, external_server, no_server,
                              non_seed_data, server_version, template_for)
from support.files import Files, build_files


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that uses the server is a `db` test: `pytest -m "not db"` is the fast
    tier, pure Python, no PostgreSQL needed."""
    for item in items:
        if "server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Server:
    external = external_server()
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
        yield Server(dsn, str(embedded.psql), embedded.bin_dir, server_version(dsn), embedded.pg_ctl_command("restart"))
    finally:
        embedded.stop()


@pytest.fixture(scope="session")
def templates(server: Server) -> dict[str, str]:
    """One template database per stand-in schema, made on first use (template_for)."""
    made: dict[str, str] = {}
    yield made
    for name in made.values():
        drop_database(server, name)


@pytest.fixture(scope="session")
def template_db(server: Server, templates: dict[str, str]) -> str:
    """The template with the reference schema (for tests about one schema only)."""
    return template_for(server, templates, "reference")


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
def prisma_db(server: Server, templates: dict[str, str]) -> Database:
    """A fresh database with the Prisma-made stand-in (TEXT ids) only."""
    database = create_database(server, template_for(server, templates, "prisma"), "prisma")
    yield database
    drop_database(server, database.name)


@pytest.fixture
def blank_db(server: Server) -> Database:
    """A fresh empty database (no tables)."""
    database = create_database(server, "template0")
    yield database
    drop_database(server, database.name)


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    """The default files (what `gen-seed-sql build` writes into out/)."""
    return build_files(tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="session")
def default_render() -> dict[str, str]:
    """The default files' text by name, rendered in memory once (what out/ holds)."""
    return render_all(Inputs(), schema=BUILTIN)


@pytest.fixture(scope="session")
def plain_render() -> dict[str, str]:
    """The default files of the plain flavor by name, rendered in memory once."""
    return render_all(Inputs(flavor="plain"), schema=BUILTIN)


@pytest.fixture(scope="session")
def files_factory(tmp_path_factory: pytest.TempPathFactory):
    """Files for ``Inputs.scaled(**kwargs)``, each set built once per session."""
    cache: dict[tuple, Files] = {}

    def make(**kwargs: Any) -> Files:
        key = tuple(sorted(kwargs.items()))
        if key not in cache:
            cache[key] = build_files(tmp_path_factory.mktemp("build"), **kwargs)
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
              seeded_templates: dict[tuple[str, Any], str], files: Files) -> Database:
    """A fresh database with a stand-in schema (each of ddl.DDLS), real rows
    (non_seed_data) and the default files' seed applied by psql, as on the apply day."""
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
