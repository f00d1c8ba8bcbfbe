"""The team-like schemas of tests/prisma/teams/: each folder a team's repository (its
schema.prisma, gen-seed-sql.toml and Prisma's migrations), bound, built and loaded as
the team does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import cli
from generator.config import read_config
from generator.dataset.inputs import Inputs
from generator.schema.model import Schema
from generator.sql import ddl
from support import ROOT
from support.database import Database

TEAMS = ROOT / "tests" / "prisma" / "teams"
TEAM_NAMES = sorted(p.name for p in TEAMS.iterdir() if (p / "schema.prisma").is_file())


def migrations(name: str) -> str:
    """The team's migration.sql files, in order, as `prisma migrate deploy` applies them."""
    folder = TEAMS / name / "migrations"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*/migration.sql")))


def bound(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Schema, Inputs]:
    """The team's schema and inputs, read from its folder (the test's working directory after)."""
    monkeypatch.chdir(TEAMS / name)
    config = read_config(None)
    return config.schema(), config.inputs()


def build(name: str, out: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    """`gen-seed-sql build --out OUT ARGS` in the team's folder."""
    monkeypatch.chdir(TEAMS / name)
    return CliRunner().invoke(cli, ["build", "--out", str(out), *args], catch_exceptions=False)


def load(db: Database, name: str, schema: Schema, tmp_path: Path) -> None:
    """The team's migrations, then the platform products (by the team's names)."""
    script = tmp_path / "migrations.sql"
    script.write_text("".join(ddl.render_schema(ddl.DDL_PRISMA, prisma=migrations(name), schema=schema)),
                      encoding="utf-8")
    loaded = db.psql(script, extra=["-v", "ON_ERROR_STOP=1"])
    assert loaded.returncode == 0, loaded.stderr


def built_and_loaded(db: Database, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     *args: str) -> tuple[Schema, Path]:
    """The team's files built with ``args`` into ``tmp_path/out`` (the command line), and
    its migrations and the platform products loaded into ``db``: its schema and the out dir."""
    schema, _ = bound(name, monkeypatch)
    built = build(name, tmp_path / "out", monkeypatch, *args)
    assert built.exit_code == 0, built.output
    load(db, name, schema, tmp_path)
    return schema, tmp_path / "out"
