"""The model is the one source of every table and column name: rename them all there
(each table and column gets an SQL name apart from its key, as an application that
renames a column would write it), and every file takes the new names. Nothing else
changes: the files still apply, converge, verify and reset, on the renamed schema."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from generator.sql import ddl, plans, render

from generator.dataset.inputs import Inputs
from generator.run.runner import verify
from generator.run.script import open_script
from generator.schema import builtin, model, rules
from generator.sql.output import write_files
from generator.sql.render import OUTPUT_FILES
from generator.schema.builtin import BUILTIN

pglast = pytest.importorskip("pglast")
from support.names import quoted_identifiers, relations_touched, sql_text, staging_tables  # noqa: E402
from support.prisma_text import SMALL  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL = builtin.TABLES
OLD_NAMES = {t.name for t in ORIGINAL} | {c.name for t in ORIGINAL for c in t.columns}


def renamed_tables(table_name=lambda t: f"t_{t.key}", column_name=lambda t, c: f"{c.key}_{t.key}"):
    """The model's tables with new SQL names. By default every table ``t_<key>`` and every
    column ``<key>_<table key>``, so a column named through the wrong table (an item's
    orderId for an event's) is a name that does not exist."""
    return tuple(
        replace(t, sql_name=table_name(t), columns=tuple(replace(c, sql_name=column_name(t, c)) for c in t.columns))
        for t in ORIGINAL
    )


def snake(name: str) -> str:
    """orderNumber -> order_number, AdStatsDaily -> ad_stats_daily (as tests/prisma/regenerate.mjs)."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def names(schema: model.Schema) -> set[str]:
    """Every table and column name of ``schema``."""
    return {t.name for t in schema.tables} | {c.name for t in schema.tables for c in t.columns}


@pytest.fixture
def renamed() -> model.Schema:
    """The model's tables with new names, as a value: nothing is patched."""
    return model.Schema(renamed_tables())


@pytest.fixture
def snake_cased() -> model.Schema:
    return model.Schema(renamed_tables(lambda t: snake(t.key), lambda t, c: snake(c.key)))


def test_the_rename_changes_every_name():
    tables = renamed_tables()
    assert not OLD_NAMES & ({t.name for t in tables} | {c.name for t in tables for c in t.columns})
    assert [t.key for t in tables] == [t.key for t in ORIGINAL]


def test_every_file_takes_the_renamed_names(renamed, tmp_path):
    write_files(SMALL, tmp_path, renamed)  # every table has rows: each statement the files hold, quickly
    texts = {name: sql_text(tmp_path / name) for name in OUTPUT_FILES}
    texts["schema"] = "".join(ddl.render_schema(schema=renamed))
    seen = set()
    for name, text in texts.items():
        # the reference DDL's index names: <table>_<column>_idx, of the new names
        indexes = {f"{t.name}_{c.name}_idx" for t in renamed.tables for c in t.columns}
        identifiers = set(quoted_identifiers(text)) - indexes
        assert not identifiers & OLD_NAMES, (name, sorted(identifiers & OLD_NAMES))
        staged = staging_tables(t.name for t in renamed.tables)
        assert identifiers <= names(renamed) | staged, (name, sorted(identifiers - names(renamed) - staged))
        seen |= identifiers
    relations = relations_touched(tmp_path)
    assert relations <= names(renamed) | staging_tables(t.name for t in renamed.tables)
    # the scans read what they claim: renamed tables and columns of every kind show up
    assert {"t_Order", "t_AdStatsDaily", "statDate_AdStatsDaily", "orderId_OrderEvent", "sku_Product"} <= seen
    assert {"t_Order", "t_OrderItem", "t_AdStatsDaily", "t_Product"} <= relations


def apply_converge_verify_reset(db, tmp_path, schema: str, order_table: str, product_table: str,
                                tables: model.Schema) -> None:
    """Load ``schema`` and the products, then with psql: apply a larger file, a smaller one
    twice (it converges), verify (psql and the runner), reset."""
    (tmp_path / "schema.sql").write_text(schema, encoding="utf-8")
    loaded = db.psql(tmp_path / "schema.sql")
    assert loaded.returncode == 0, loaded.stderr
    big, small = tmp_path / "big", tmp_path / "small"
    write_files(Inputs(orders=40, campaigns=3), big, tables)
    write_files(Inputs(orders=25, campaigns=2), small, tables)
    for files in (big, small, small):
        applied = db.psql(files / render.SEED_FILE)
        assert applied.returncode == 0, applied.stderr
    verified = db.psql(small / render.VERIFY_FILE)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "MISMATCH" not in verified.stdout and " ok" in verified.stdout
    checks = verify(open_script(small / render.VERIFY_FILE, "verify"), db.dsn)  # and the runner's
    assert checks and all(c.ok for c in checks)
    assert order_table in {c.table for c in checks}  # the checks name the tables by their SQL names
    assert db.seeded_counts(tables) == plans.expected_counts(Inputs(orders=25, campaigns=2), tables)
    assert db.scalar(f'SELECT count(*) FROM "{order_table}"') == 25
    reset = db.psql(small / render.RESET_FILE)
    assert reset.returncode == 0, reset.stderr
    assert set(db.seeded_counts(tables).values()) == {0}
    assert db.scalar(f'SELECT count(*) FROM "{product_table}"') == len(rules.PLATFORM_PRODUCTS)


def test_the_renamed_files_apply_converge_verify_and_reset(renamed, blank_db, tmp_path):
    apply_converge_verify_reset(blank_db, tmp_path, "".join(ddl.render_schema(schema=renamed)), "t_Order", "t_Product",
                                renamed)


def test_a_snake_case_prisma_schema_takes_its_names_in_the_model(snake_cased, blank_db, tmp_path):
    """A Prisma schema that maps every model and field to snake_case (@@map, @map), as
    Prisma's schema engine makes it (tests/prisma/schema.mapped.sql), with the same names
    in the model: the files fit it, tables called "order" and "user" included."""
    mapped = (ROOT / "tests" / "prisma" / "schema.mapped.sql").read_text(encoding="utf-8")
    assert 'CREATE TABLE "order" (' in mapped and '"order_number" TEXT NOT NULL' in mapped
    assert {"order", "order_number", "ad_stats_daily", "entity_id", "stat_date"} <= names(snake_cased)
    schema = "".join(ddl.render_schema(ddl.DDL_PRISMA, prisma=mapped, schema=snake_cased))
    apply_converge_verify_reset(blank_db, tmp_path, schema, "order", "product", snake_cased)


def test_files_built_with_other_names_refuse_a_snake_case_schema(snake_cased, blank_db, tmp_path):
    """Without the names in the model (out/ as committed), the files refuse and name what they miss."""
    mapped = (ROOT / "tests" / "prisma" / "schema.mapped.sql").read_text(encoding="utf-8")
    # the products go in by the schema's names
    schema = "".join(ddl.render_schema(ddl.DDL_PRISMA, prisma=mapped, schema=snake_cased))
    (tmp_path / "schema.sql").write_text(schema, encoding="utf-8")
    assert blank_db.psql(tmp_path / "schema.sql").returncode == 0
    for name in OUTPUT_FILES:
        refused = blank_db.psql(ROOT / "out" / name)
        assert refused.returncode != 0, name
        assert "the schema does not fit this file" in refused.stderr and '"OrderItem"' in refused.stderr, refused.stderr
    assert blank_db.scalar('SELECT count(*) FROM "order"') == 0


def test_a_dataset_that_does_not_fit_its_tables_is_exit_6_naming_every_mismatch(tmp_path):
    """A column the dataset writes that the table lacks, and one the seed must fill that
    the dataset has no value for: a user's mismatch (exit 6, both named in one line,
    nothing written), not our bug (70)."""
    from generator.errors import SeedError
    from generator.schema.model import Column

    def edit(t):
        if t.key == "Campaign":
            return replace(t, columns=tuple(c for c in t.columns if c.key != "dailyBudget"))
        if t.key == "Order":
            return replace(t, columns=(*t.columns, Column("currency", "text")))
        return t

    out = tmp_path / "out"
    with pytest.raises(SeedError) as refused:
        write_files(Inputs(), out, model.Schema(tuple(edit(t) for t in ORIGINAL)))
    assert refused.value.code == 6
    message = refused.value.message
    assert "\n" not in message and "the dataset does not fit the tables it is bound to" in message
    assert '"Campaign"."dailyBudget": the dataset writes it' in message
    assert '"Order"."currency": needs a value from the dataset, has none' in message
    assert not out.exists()


def test_two_schemas_in_one_process_share_no_cache(renamed):
    """The schema is a value: rendering a renamed one, then the built-in one, in one
    process gives each its own files (convergence_plans is keyed on both arguments)."""
    from generator.sql.output import render_all

    other = render_all(Inputs(), renamed)
    builtin = render_all(Inputs(), schema=BUILTIN)
    assert builtin == {name: (ROOT / "out" / name).read_text(encoding="utf-8") for name in OUTPUT_FILES}
    assert '"t_Order"' in other[render.SEED_FILE] and '"t_Order"' not in builtin[render.SEED_FILE]
    assert render_all(Inputs(), renamed) == other
