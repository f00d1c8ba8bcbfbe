"""Before it writes: `gen-seed-sql plan` runs the seed in a transaction it always rolls
back and says what an apply would change, row by row (five at most per table), and
`psql -v dry_run=1 -f seed.staging.sql` does the same in plain psql, failing when an
apply would change something. Each kind of drift is seen on its own: a seeded row edited
by hand, one soft-deleted by the app, a seeded row the file no longer describes, a stats
row outside its window, a row a real row keeps -- on the reference DDL, the Prisma-made
ones (TEXT and uuid ids) and a team schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.dataset import dataset
from generator.errors import ExitCode, SeedError
from generator.run.results import PlanRow
from generator.run.runner import run_file
from generator.run.script import open_script, statements
from generator.sql import render
from generator.sql.names import relation
from support.database import Database, psql_report, xmins
from support.teams import build, built_and_loaded
from generator.schema.builtin import BUILTIN

ORDER_2 = "00000000-5eed-8003-8001-000000000002"


def plan(db: Database, seed: Path):
    """What `gen-seed-sql plan` reads: the run's report, rolled back."""
    return run_file(open_script(seed, "seed"), db.dsn, 30, plan=True)


def changed_tables(report) -> list[str]:
    return [t.table for t in report.tables.values() if any(t.counts[c] for c in ("inserted", "updated", "deleted"))]


def test_the_runner_reads_the_else_branch_of_the_dry_run():
    text = "BEGIN;\n\\if :{?dry_run}\nSELECT 1;\n\\endif\nSELECT 2;\n\\if :{?dry_run}\nDO $x$ BEGIN END $x$;\n" \
           "ROLLBACK;\n\\else\nCOMMIT;\n\\endif\n"
    assert [s.sql for s in statements(iter(text.splitlines(keepends=True)))] == ["BEGIN;", "SELECT 2;", "COMMIT;"]


@pytest.mark.parametrize("text", ["\\if :{?other}\nCOMMIT;\n\\endif\n", "\\else\nCOMMIT;\n\\endif\n",
                                  "\\if :{?dry_run}\nROLLBACK;\n\\else\nCOMMIT;\n"])
def test_any_other_conditional_is_refused(text):
    with pytest.raises(SeedError) as raised:
        list(statements(iter(("BEGIN;\n" + text).splitlines(keepends=True))))
    assert raised.value.code == ExitCode.FILE


@pytest.mark.db
def test_a_plan_of_a_database_holding_the_seed_changes_nothing_and_writes_nothing(seeded_db, files):
    before = xmins(seeded_db, BUILTIN)
    report = plan(seeded_db, files.seed)
    assert report.rolled_back and not report.changed and report.rows == []
    assert xmins(seeded_db, BUILTIN) == before


@pytest.mark.db
def test_a_plan_names_an_edited_row_and_the_columns_that_differ(seeded_db, files):
    seeded_db.execute(f"UPDATE \"Order\" SET status = 'CANCELLED', total = 1 WHERE id::text = '{ORDER_2}'")
    before = xmins(seeded_db, BUILTIN)
    report = plan(seeded_db, files.seed)
    assert changed_tables(report) == ["Order"] and report.tables["Order"].counts["updated"] == 1
    assert report.rows == [PlanRow("Order", ORDER_2, "restore", ("status", "total"))]
    assert xmins(seeded_db, BUILTIN) == before  # rolled back: still edited
    assert seeded_db.scalar(f"SELECT total FROM \"Order\" WHERE id::text = '{ORDER_2}'") == 1


@pytest.mark.db
def test_a_plan_names_a_missing_seeded_row_to_insert(seeded_db, files):
    event = "00000000-5eed-8003-8003-000000000101"
    seeded_db.execute(f"DELETE FROM \"OrderEvent\" WHERE id::text = '{event}'")
    report = plan(seeded_db, files.seed)
    assert changed_tables(report) == ["OrderEvent"] and report.tables["OrderEvent"].counts["inserted"] == 1
    assert report.rows == [PlanRow("OrderEvent", event, "insert")]
    assert seeded_db.scalar(f"SELECT count(*) FROM \"OrderEvent\" WHERE id::text = '{event}'") == 0


@pytest.mark.db
def test_a_plan_names_seeded_rows_the_file_no_longer_describes(seeded_db, files_factory):
    smaller = files_factory(orders=98)
    report = plan(seeded_db, smaller.seed)
    deleted = [r for r in report.rows if r.table == "Order"]
    assert [(r.id[-3:], r.action) for r in deleted] == [("099", "delete"), ("100", "delete")]
    assert report.tables["Order"].counts["deleted"] == 2
    assert seeded_db.scalar("SELECT count(*) FROM \"Order\" WHERE id::text LIKE '00000000-5eed-%'") == 100


@pytest.mark.db
def test_a_plan_names_a_stats_row_outside_its_window(seeded_db, files):
    page = "00000000-5eed-8002-8001-000000000001"
    seeded_db.execute(
        'INSERT INTO "SellpageStatsDaily" (id, "sellerId", "sellpageId", "statDate", "adSource", "adSpend", '
        '"linkClicks", "contentViews", "checkoutInitiated", purchases, revenue, cr1, cr2, cr3, "updatedAt") '
        f"SELECT '00000000-5eed-8061-8000-000000000001', \"sellerId\", '{page}', current_date - 45, 'facebook', "
        "0, 0, 0, 0, 0, 0, 0, 0, 0, now() FROM \"Sellpage\" WHERE id::text = " f"'{page}'")
    report = plan(seeded_db, files.seed)
    assert changed_tables(report) == ["SellpageStatsDaily"]
    (row,) = report.rows
    assert row.action == "delete" and row.id.startswith(page) and " facebook" in row.id


@pytest.mark.db
def test_a_plan_names_a_row_a_real_row_keeps_and_why(seeded_db, files_factory):
    seeded_db.execute(
        'INSERT INTO "OrderEvent" (id, "orderId", status, "createdAt") '
        "VALUES ('11111111-0000-4000-8000-0000000000e1', '00000000-5eed-8003-8001-000000000100', 'PENDING', now())")
    report = plan(seeded_db, files_factory(orders=98).seed)
    assert PlanRow("Order", "00000000-5eed-8003-8001-000000000100", "keep") in report.rows
    assert report.tables["Order"].counts["deleted"] == 1


@pytest.mark.db
def test_plan_exits_1_naming_the_change_and_0_when_nothing_would(seeded_db, files, monkeypatch):
    monkeypatch.setenv("APP_ENV", "staging")
    args = ["plan", str(files.seed), "--dsn", seeded_db.dsn]
    clean = CliRunner().invoke(cli, args)
    assert clean.exit_code == 0, clean.output
    assert "an apply would change nothing" in clean.output
    seeded_db.execute(f"UPDATE \"Order\" SET \"customerName\" = 'X' WHERE id::text = '{ORDER_2}'")
    drifted = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert drifted.exit_code == 1, drifted.output
    found = json.loads(drifted.stdout)
    assert found["rolled_back"] and found["changed"]
    assert found["rows"] == [{"table": "Order", "id": ORDER_2, "action": "restore", "columns": ["customerName"]}]


@pytest.mark.db
def test_plan_refuses_where_apply_does(seeded_db, files, monkeypatch):
    monkeypatch.delenv("APP_ENV", raising=False)
    monkeypatch.delenv("NODE_ENV", raising=False)
    refused = CliRunner().invoke(cli, ["plan", str(files.seed), "--dsn", seeded_db.dsn])
    assert refused.exit_code == ExitCode.NOT_STAGING, refused.output


@pytest.mark.db
def test_psql_dry_run_fails_naming_the_tables_and_rolls_back(seeded_db, files):
    seeded_db.execute(f"UPDATE \"Order\" SET total = 1 WHERE id::text = '{ORDER_2}'")
    before = xmins(seeded_db, BUILTIN)
    ran = seeded_db.psql(files.seed, extra=["-v", "dry_run=1"])
    assert ran.returncode == 3, ran.stderr
    assert "dry run: an apply would change Order (rolled back: nothing was written)" in ran.stderr
    assert f"plan: Order restore {ORDER_2} (total differ)" in ran.stderr
    assert xmins(seeded_db, BUILTIN) == before


@pytest.mark.db
def test_psql_dry_run_exits_0_where_the_database_holds_the_files_dataset(seeded_db, files):
    before = xmins(seeded_db, BUILTIN)
    ran = seeded_db.psql(files.seed, extra=["-v", "dry_run=1"])
    assert ran.returncode == 0, ran.stderr
    assert "dry run: the database holds this file's dataset (rolled back)" in ran.stderr
    assert xmins(seeded_db, BUILTIN) == before


@pytest.fixture
def tenant(blank_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    schema, out = built_and_loaded(blank_db, "tenant", tmp_path, monkeypatch, "--orders", "12", "--campaigns", "2")
    psql_report(blank_db, out / render.SEED_FILE)
    return blank_db, schema, out / render.SEED_FILE


@pytest.mark.db
def test_a_plan_names_an_order_the_app_soft_deleted_on_a_team_schema(tenant):
    db, schema, seed = tenant
    order = relation(schema.table("Order"))
    first = next(iter(dataset.rows("Order", tenant_inputs())))
    db.execute(f'UPDATE {order.ref} SET "deletedAt" = now() WHERE id = %s', (str(first["id"]),))
    report = plan(db, seed)
    assert changed_tables(report) == [order]
    assert report.rows == [PlanRow(order, str(first["id"]), "restore", ("deletedAt",))]
    assert db.scalar(f'SELECT count(*) FROM {order.ref} WHERE "deletedAt" IS NOT NULL') == 1


@pytest.mark.db
def test_a_plan_names_an_edited_event_by_its_order_on_a_team_schema(tenant):
    """The tenant's events have a serial id: they are written as a set, named by their order."""
    db, schema, seed = tenant
    event = relation(schema.table("OrderEvent"))
    order_id = db.scalar(f'SELECT "orderId" FROM {event.ref} ORDER BY id LIMIT 1')
    db.execute(f'UPDATE {event.ref} SET "createdAt" = "createdAt" - interval \'1 hour\' '
               f'WHERE id = (SELECT min(id) FROM {event.ref})')
    report = plan(db, seed)
    assert changed_tables(report) == [event]
    assert report.rows == [PlanRow(event, order_id, "restore")]


def tenant_inputs():
    from generator.dataset.inputs import Inputs

    return Inputs.scaled(orders=12, campaigns=2)


@pytest.mark.db
def test_a_plan_names_rows_the_file_no_longer_describes_on_a_team_schema(tenant, tmp_path, monkeypatch):
    db, schema, _ = tenant
    built = build("tenant", tmp_path / "smaller", monkeypatch, "--orders", "10", "--campaigns", "2")
    assert built.exit_code == 0, built.output
    report = plan(db, tmp_path / "smaller" / render.SEED_FILE)
    order = relation(schema.table("Order"))
    assert [(r.id[-3:], r.action) for r in report.rows if r.table == order] == [("011", "delete"), ("012", "delete")]
    assert db.scalar(f"SELECT count(*) FROM {order.ref}") == 12


@pytest.mark.db
def test_a_plan_names_a_stats_row_outside_its_window_on_a_team_schema(tenant):
    db, schema, seed = tenant
    page = relation(schema.table("SellpageStatsDaily"))
    db.execute(f'INSERT INTO {page.ref} (id, "sellerId", "sellpageId", "statDate", "adSource", "adSpendCents", '
               '"linkClicks", "contentViews", "checkoutInitiated", purchases, "revenueCents", cr1, cr2, cr3, '
               '"updatedAt", "organizationId") '
               f'SELECT \'00000000-5eed-8061-8000-000000000001\', "sellerId", "sellpageId", current_date - 45, '
               '\'facebook\', 0, 0, 0, 0, 0, 0, 0, 0, 0, now(), "organizationId" FROM ' f'{page.ref} LIMIT 1')
    report = plan(db, seed)
    assert changed_tables(report) == [page]
    (row,) = report.rows
    assert row.action == "delete" and " facebook" in row.id
