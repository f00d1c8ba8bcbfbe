"""Built from a team's own schema.prisma: three team-like schemas (tests/prisma/teams/),
each as different from the stand-in as real apps are, each with the DDL Prisma's schema
engine makes of it (its migrations/, tests/prisma/regenerate.mjs). For each: build from
the schema and its gen-seed-sql.toml with the command line, load the migration, apply
with psql, re-apply (nothing written, no row rewritten), verify with psql and with the
runner under two session time zones, reset (a real row survives)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from psycopg import conninfo

from generator.cli import cli
from generator.dataset.inputs import Inputs
from generator.dataset import dataset
from generator.run.doctor import diagnose
from generator.run.runner import verify
from generator.run.script import open_script
from generator.schema import builtin, rules
from generator.schema.model import Schema
from generator.sql import plans, render
from generator.sql.names import relation
from support.database import Database, psql_report, xmins
from support.teams import TEAM_NAMES, TEAMS, bound, build, load


@dataclass
class Team:
    name: str
    db: Database
    out: Path
    schema: Schema
    inputs: Inputs


@pytest.fixture(params=TEAM_NAMES)
def team(request, blank_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    schema, inputs = bound(request.param, monkeypatch)
    built = build(request.param, tmp_path / "out", monkeypatch)
    assert built.exit_code == 0, built.output
    load(blank_db, request.param, schema, tmp_path)
    return Team(request.param, blank_db, tmp_path / "out", schema, inputs)


def real_row(db: Database, table: str) -> str:
    """Insert a row the seed did not make into ``table`` (its SQL reference), every
    required column filled by its type; returns its id."""
    columns = db.query(
        "SELECT a.attname, t.typname, t.typtype, t.oid FROM pg_attribute AS a JOIN pg_type AS t ON a.atttypid = t.oid "
        "LEFT JOIN pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND d.oid IS NULL",
        (table,))
    values = {}
    for name, typname, typtype, oid in columns:
        if typtype == "e":
            values[name] = db.scalar("SELECT enumlabel FROM pg_enum WHERE enumtypid = %s ORDER BY enumsortorder LIMIT 1",
                                     (oid,))
        else:
            values[name] = {"uuid": "11111111-0000-4000-8000-00000000000a", "bool": False, "int4": 1, "int2": 1,
                            "jsonb": "{}", "timestamp": "2026-01-01", "timestamptz": "2026-01-01"}.get(
                typname, f"real-{name}"[:3] if typname == "bpchar" else f"real-{name}")
    if "id" in values and values["id"].startswith("real"):
        values["id"] = "11111111-0000-4000-8000-00000000000a"
    names = ", ".join(f'"{n}"' for n in values)
    placeholders = ", ".join("%s" for _ in values)
    db.execute(f'INSERT INTO {table} ({names}) VALUES ({placeholders})', list(values.values()))
    return values["id"]


def test_each_team_schema_binds_to_other_names(monkeypatch):
    """The three schemas are not the stand-in: each renames, maps or adds something."""
    stand_in = {(t.name, c.name) for t in builtin.BUILTIN.tables for c in t.columns}
    for name in TEAM_NAMES:
        schema, _ = bound(name, monkeypatch)
        names = {(t.name, c.name) for t in schema.tables for c in t.columns}
        assert names - stand_in, name
        assert stand_in - names, name


def test_a_team_schema_applies_reapplies_verifies_and_resets(team: Team):
    db, schema, out = team.db, team.schema, team.out
    # what build said fits, the database `prisma migrate` made says fits too
    findings = diagnose(db.dsn, schema, out)
    assert findings and all(f.ok for f in findings), [f for f in findings if not f.ok]
    applied, _ = psql_report(db, out / render.SEED_FILE)
    assert db.seeded_counts(schema) == plans.expected_counts(team.inputs, schema)
    assert sum(inserted for inserted, *_ in applied.values()) == sum(plans.expected_counts(team.inputs, schema).values())
    before = xmins(db, schema)
    again, _ = psql_report(db, out / render.SEED_FILE)
    # (inserted, updated, unchanged, deleted): a re-apply writes nothing, rewrites no row
    assert all(counts[0] == counts[1] == counts[3] == 0 for counts in again.values()), again
    assert xmins(db, schema) == before
    for zone in ("Pacific/Kiritimati", "America/Los_Angeles"):
        checked = db.psql(out / render.VERIFY_FILE, env={"PGTZ": zone})
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "MISMATCH" not in checked.stdout
        checks = verify(open_script(out / render.VERIFY_FILE, "verify"),
                        conninfo.make_conninfo(db.dsn, options=f"-c TimeZone={zone}"))
        assert checks and all(c.ok for c in checks), [c for c in checks if not c.ok]
    user = relation(schema.table("User")).ref
    real = real_row(db, user)
    reset, _ = psql_report(db, out / render.RESET_FILE)
    assert set(db.seeded_counts(schema).values()) == {0}
    assert db.scalar(f'SELECT count(*) FROM {user} WHERE "{schema.table("User").id_name}"::text = %s', (real,)) == 1
    product = relation(schema.table("Product")).ref
    assert db.scalar(f'SELECT count(*) FROM {product}') == len(rules.PLATFORM_PRODUCTS)


@pytest.mark.parametrize("team", ["tenant"], indirect=True)
def test_a_reapply_restores_what_the_app_changed_but_its_own_columns(team: Team):
    """Seeded rows own every column: the app soft-deletes two seeded orders, stamps them
    viewed (an app-managed column) and gives a campaign an archive reason; a re-apply
    restores the orders and the campaign (reported updated) and leaves the stamps. The
    money is in cents, the dataset's x 100."""
    db, out = team.db, team.out
    order, campaign = (relation(team.schema.table(key)) for key in ("Order", "Campaign"))
    psql_report(db, out / render.SEED_FILE)
    orders = db.query(f'SELECT id FROM {order.ref} WHERE "orderNumber" IN (\'STG-000002\', \'STG-000005\') ORDER BY 1')
    assert len(orders) == 2
    db.execute(f'UPDATE {order.ref} SET "deletedAt" = now(), "lastViewedAt" = now() WHERE id IN (%s, %s)',
               tuple(o[0] for o in orders))
    db.execute(f'UPDATE {campaign.ref} SET "archivedReason" = \'merged\' WHERE id = (SELECT min(id) FROM {campaign.ref})')
    again, _ = psql_report(db, out / render.SEED_FILE)
    assert again[order][1] == 2 and again[campaign][1] == 1, again  # (inserted, updated, unchanged, deleted)
    assert all(counts[1] == 0 for table, counts in again.items() if table not in (order, campaign)), again
    assert db.scalar(f'SELECT count(*) FROM {order.ref} WHERE "deletedAt" IS NOT NULL') == 0
    assert db.scalar(f'SELECT count(*) FROM {campaign.ref} WHERE "archivedReason" IS NOT NULL') == 0
    assert db.scalar(f'SELECT count(*) FROM {order.ref} WHERE "lastViewedAt" IS NOT NULL') == 2
    first = next(iter(dataset.rows("Order", team.inputs)))
    stored = db.scalar(f'SELECT "totalCents" FROM {order.ref} WHERE "orderNumber" = %s', (first["orderNumber"],))
    assert stored == int(first["total"] * 100)


@pytest.mark.slow
@pytest.mark.parametrize("name", TEAM_NAMES)
def test_each_teams_files_pass_the_lint_in_both_flavors(name, tmp_path, monkeypatch):
    """A team's CI lints its own out/: the files built for its schema pass, in either
    flavor (the uuid team's items have no createdAt: no anchor to join)."""
    for flavor in ("psql", "plain"):
        out = tmp_path / flavor
        assert build(name, out, monkeypatch, "--flavor", flavor).exit_code == 0
        result = CliRunner().invoke(cli, ["lint", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, (flavor, result.output)
        assert "0 problems" in result.output


def test_a_failing_rule_names_its_column_and_first_offending_row(team: Team):
    """Built for a team's schema, verify splits the formulas by column and names the first
    offending row of a failing one: psql exits non-zero with it, the runner reports it."""
    db, schema, out = team.db, team.schema, team.out
    assert db.psql(out / render.SEED_FILE).returncode == 0
    stats = schema.table("AdStatsDaily")
    entity, day, ctr = stats.sql("entityId"), stats.sql("statDate"), stats.sql("ctr")
    kind = stats.sql("level")
    # two offending rows, the first and the last in the order the name is read in (kind,
    # entity, day as text): the first is named, never the last
    order = f'"{kind}"::text, "{entity}"::text, "{day}"::date::text'
    first, last = (db.query(f'SELECT "{entity}"::text, "{day}"::date::text FROM {relation(stats).ref} '
                            f'ORDER BY {order.replace(",", f" {way},")} {way} LIMIT 1')[0] for way in ("ASC", "DESC"))
    for row in (first, last):
        db.execute(f'UPDATE {relation(stats).ref} SET "{ctr}" = "{ctr}" + 0.0001 '
                   f'WHERE "{entity}"::text = %s AND "{day}"::date = %s', row)
    checked = db.psql(out / render.VERIFY_FILE)
    assert checked.returncode != 0
    assert f"{ctr} = formula (first: " in checked.stderr and f" {first[0]} {first[1]}: " in checked.stderr, checked.stderr
    assert f" {last[0]} {last[1]}: " not in checked.stderr
    assert "the formula gives" in checked.stderr
    failed = [c for c in verify(open_script(out / render.VERIFY_FILE, "verify"), db.dsn) if not c.ok]
    assert [c.name.split(" (first: ")[0] for c in failed] == [f"{ctr} = formula"]
    assert f" {first[0]} {first[1]}: " in failed[0].name


def team_copy(name: str, tmp_path: Path) -> Path:
    """The team's folder (schema, settings, migrations) as a repository of its own."""
    import shutil

    folder = tmp_path / name
    shutil.copytree(TEAMS / name, folder, ignore=shutil.ignore_patterns("out", "generated"))
    (folder / ".git").mkdir()
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("name", TEAM_NAMES)
def test_the_demo_proves_the_committed_files_fit_the_teams_migrations(name, tmp_path, monkeypatch):
    """With prisma-migrations in the settings, `demo` loads the team's migrations into the
    embedded server, applies the committed out/ twice (nothing written the second time)
    and verifies."""
    folder = team_copy(name, tmp_path)
    monkeypatch.chdir(folder)
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    shown = runner.invoke(cli, ["demo"])
    assert shown.exit_code == 0, shown.output
    assert "migration(s) of" in shown.output and "applying the committed files in out" in shown.output
    assert "applied again: nothing written" in shown.output
    assert "verify: all" in shown.output and "checks hold" in shown.output


@pytest.mark.slow
def test_the_demo_refuses_committed_files_that_do_not_fit_the_migrations(tmp_path, monkeypatch):
    """out/ built for the stand-in (no prisma-schema) against the snake_case migrations:
    the files' preflight refuses (exit 6), naming the tables they miss."""
    folder = team_copy("snake", tmp_path)
    monkeypatch.chdir(tmp_path)  # no settings file here: the stand-in's files
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "--out", str(folder / "out")]).exit_code == 0
    monkeypatch.chdir(folder)
    shown = runner.invoke(cli, ["demo"])
    assert shown.exit_code == 6, shown.output
    assert "the schema does not fit this file" in shown.output and '"Order"' in shown.output


@pytest.mark.slow
def test_the_demo_says_the_migrations_lack_a_table_not_to_load_a_schema(tmp_path, monkeypatch):
    """The team's migrations were applied, so "load the application schema first" would
    be wrong: a table they do not make (here the products', renamed in the migration) is
    said to be missing from them."""
    folder = team_copy("snake", tmp_path)
    migration = folder / "migrations" / "0001_init" / "migration.sql"
    migration.write_text(migration.read_text(encoding="utf-8").replace('"products"', '"catalog_products"'),
                         encoding="utf-8")
    monkeypatch.chdir(folder)
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    shown = runner.invoke(cli, ["demo"])
    assert shown.exit_code == 6, shown.output
    assert "migration(s) of" in shown.output and "create no such table" in shown.output, shown.output
    assert "load the application schema first" not in shown.output


def test_the_demo_reads_migrations_sorted_by_name_not_in_directory_order(tmp_path):
    """`prisma migrate deploy` applies a folder's migrations sorted by name; so does demo,
    whatever order the directory lists them in (here: made in a shuffled order)."""
    import random

    from generator.tools.demo import read_migrations

    names = [f"2026{month:02d}01000000_step_{month}" for month in range(1, 13)]
    for name in random.Random(7).sample(names, len(names)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "migration.sql").write_text(f"-- {name}\n", encoding="utf-8")
    assert [name for name, _ in read_migrations(tmp_path)] == sorted(names)


def test_the_demo_names_a_missing_migrations_folder(tmp_path, monkeypatch):
    folder = team_copy("snake", tmp_path)
    import shutil

    shutil.rmtree(folder / "migrations")
    settings = folder / "gen-seed-sql.toml"  # a few orders, one campaign: the refusal is the folder's, whatever the counts
    settings.write_text("orders = 3\ncampaigns = 1\n" + settings.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(folder)
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    shown = CliRunner().invoke(cli, ["demo"])
    assert shown.exit_code == 7, shown.output
    assert "no such migrations folder (prisma-migrations)" in shown.output


def test_doctor_checks_the_committed_files_the_operator_runs(blank_db: Database, tmp_path, monkeypatch):
    """doctor runs the preflight of the files in out/: fresh files for the team's schema
    fit its database (exit 0); out/ built for the stand-in is said to be stale, and its
    own preflight names what those files would miss (exit 6), though the settings fit."""
    folder = team_copy("snake", tmp_path)
    schema, _ = bound("snake", monkeypatch)
    load(blank_db, "snake", schema, tmp_path)
    runner = CliRunner()
    monkeypatch.chdir(folder)
    assert runner.invoke(cli, ["build"]).exit_code == 0
    fitting = runner.invoke(cli, ["doctor", "--dsn", blank_db.dsn])
    assert fitting.exit_code == 0, fitting.output
    monkeypatch.chdir(tmp_path)  # no settings here: the stand-in's files into the team's out/
    assert runner.invoke(cli, ["build", "--out", str(folder / "out")]).exit_code == 0
    monkeypatch.chdir(folder)
    stale = runner.invoke(cli, ["doctor", "--dsn", blank_db.dsn])
    assert stale.exit_code == 6, stale.output
    assert "out is stale for the settings" in stale.output
    assert '"Order": needs a table, has no such table' in stale.output
