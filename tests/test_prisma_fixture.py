"""The committed Prisma-made DDL is what Prisma's own schema engine writes today for
generator/prisma/schema.prisma (npm @prisma/schema-engine-wasm, pinned in
tests/prisma/package-lock.json). Needs node and npm (CI has both)."""

import subprocess
from pathlib import Path

import pytest

from support.node import PRISMA, node_packages

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_prisma_ddl_is_what_prismas_schema_engine_writes(tmp_path):
    node_packages(PRISMA, "@prisma/schema-engine-wasm")
    run = subprocess.run(["node", str(PRISMA / "regenerate.mjs"), str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    for name in ("schema.sql", "schema.uuid.sql"):
        fresh = (tmp_path / name).read_text()
        assert "CREATE TYPE \"OrderStatus\" AS ENUM" in fresh and '"updatedAt" TIMESTAMP(3) NOT NULL,' in fresh
        assert fresh == (ROOT / "generator" / "prisma" / name).read_text(), f"{name} differs: run node tests/prisma/regenerate.mjs"
    # the snake_case variant (@map, @@map), a fixture of tests/test_model_rename.py
    fresh = (tmp_path / "schema.mapped.sql").read_text()
    assert 'CREATE TABLE "order_item" (' in fresh and '"updated_at" TIMESTAMP(3) NOT NULL,' in fresh
    assert fresh == (PRISMA / "schema.mapped.sql").read_text(), "schema.mapped.sql differs: run node tests/prisma/regenerate.mjs"
    # each team-like schema's first migration (tests/test_teams.py loads them)
    teams = sorted(p.parent.name for p in (PRISMA / "teams").glob("*/schema.prisma"))
    assert len(teams) >= 3
    for team in teams:
        name = Path("teams") / team / "migrations" / "0001_init" / "migration.sql"
        fresh = (tmp_path / name).read_text()
        assert "CREATE TABLE" in fresh
        assert fresh == (PRISMA / name).read_text(), f"{name} differs: run node tests/prisma/regenerate.mjs"
        assert (tmp_path / name.parent.parent / "migration_lock.toml").read_text() == \
            (PRISMA / name.parent.parent / "migration_lock.toml").read_text()
