"""The model is the one source of every table and column name: rename them all there
(each table and column gets an SQL name apart from its key, as an application that
renames a column would write it), and every file takes the new names. Nothing else
changes: the files still apply, converge, verify and reset, on the renamed schema."""

from dataclasses import replace

import pytest

from generator import model, render
from generator.dataset import Inputs
from generator.output import write_files
from generator.render import OUTPUT_FILES
from generator.runner import verify
from generator.script import open_script

pglast = pytest.importorskip("pglast")
from pglast import parser  # noqa: E402
from test_model_names import CATALOGS, KINDS, Relations, quoted_identifiers  # noqa: E402

ORIGINAL = model.TABLES
OLD_NAMES = {t.name for t in ORIGINAL} | {c.name for t in ORIGINAL for c in t.columns}


def renamed_tables() -> tuple[model.Table, ...]:
    """Every table ``t_<key>``; every column ``<key>_<table key>``, so a column named
    through the wrong table (an item's orderId for an event's) is a name that does not exist."""
    return tuple(
        replace(t, sql_name=f"t_{t.key}", columns=tuple(replace(c, sql_name=f"{c.key}_{t.key}") for c in t.columns))
        for t in ORIGINAL
    )


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch):
    tables = renamed_tables()
    render.convergence_plans.cache_clear()
    monkeypatch.setattr(model, "TABLES", tables)
    yield {t.name for t in tables} | {c.name for t in tables for c in t.columns}
    render.convergence_plans.cache_clear()


def test_the_rename_changes_every_name():
    tables = renamed_tables()
    assert not OLD_NAMES & ({t.name for t in tables} | {c.name for t in tables for c in t.columns})
    assert [t.key for t in tables] == [t.key for t in ORIGINAL]


def test_every_file_takes_the_renamed_names(renamed, tmp_path):
    write_files(Inputs(), tmp_path)
    texts = {name: (tmp_path / name).read_text(encoding="utf-8") for name in OUTPUT_FILES}
    texts["schema"] = "".join(render.render_schema())
    seen = set()
    for name, text in texts.items():
        # the reference DDL's index names: <table>_<column>_idx, of the new names
        indexes = {f"{t.name}_{c.name}_idx" for t in model.TABLES for c in t.columns}
        identifiers = set(quoted_identifiers(text)) - indexes
        assert not identifiers & OLD_NAMES, (name, sorted(identifiers & OLD_NAMES))
        assert identifiers <= renamed, (name, sorted(identifiers - renamed))
        seen |= identifiers
    relations, ctes = set(), set()
    for name in OUTPUT_FILES:
        for statement in open_script(tmp_path / name, KINDS[name]).statements():
            for node in parser.parse_sql(statement.sql):
                visitor = Relations()
                visitor(node)
                relations |= visitor.relations
                ctes |= visitor.ctes
    assert relations - ctes - CATALOGS <= renamed
    # the scans read what they claim: renamed tables and columns of every kind show up
    assert {"t_Order", "t_AdStatsDaily", "statDate_AdStatsDaily", "orderId_OrderEvent", "sku_Product"} <= seen
    assert {"t_Order", "t_OrderItem", "t_AdStatsDaily", "t_Product"} <= relations


def test_the_renamed_files_apply_converge_verify_and_reset(renamed, blank_db, tmp_path):
    (tmp_path / "schema.sql").write_text("".join(render.render_schema()), encoding="utf-8")
    schema = blank_db.psql(tmp_path / "schema.sql")
    assert schema.returncode == 0, schema.stderr
    big, small = tmp_path / "big", tmp_path / "small"
    write_files(Inputs(orders=40, campaigns=3), big)
    write_files(Inputs(orders=25, campaigns=2), small)
    for files in (big, small, small):
        applied = blank_db.psql(files / render.SEED_FILE)
        assert applied.returncode == 0, applied.stderr
    verified = blank_db.psql(small / render.VERIFY_FILE)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "MISMATCH" not in verified.stdout and " ok" in verified.stdout
    checks = verify(open_script(small / render.VERIFY_FILE, "verify"), blank_db.dsn)  # and the runner's
    assert checks and all(c.ok for c in checks)
    assert {c.table for c in checks} >= {"t_Order", "t_AdStatsDaily", "t_SellpageStatsDaily"}
    assert blank_db.seeded_counts() == render.expected_counts(Inputs(orders=25, campaigns=2))
    assert blank_db.scalar('SELECT count(*) FROM "t_Order"') == 25
    reset = blank_db.psql(small / render.RESET_FILE)
    assert reset.returncode == 0, reset.stderr
    assert set(blank_db.seeded_counts().values()) == {0}
    assert blank_db.scalar('SELECT count(*) FROM "t_Product"') == len(model.PLATFORM_PRODUCTS)
