"""Every table and column name in the generated files is one the model holds: the model
(generator/schema/) is the one description of the application's tables."""

import pytest

from generator.schema.builtin import TABLES

pglast = pytest.importorskip("pglast")
from support.names import quoted_identifiers, relations_touched, staging_tables, statements  # noqa: E402

MODEL_TABLES = {t.name for t in TABLES}
MODEL_COLUMNS = {c.name for t in TABLES for c in t.columns}


def test_every_quoted_name_in_out_is_a_model_table_or_column():
    seen, unknown = set(), set()
    for name, statement in statements():
        for identifier in quoted_identifiers(statement.sql):
            seen.add(identifier)
            if identifier not in MODEL_TABLES | MODEL_COLUMNS | staging_tables(MODEL_TABLES):
                unknown.add((name, statement.line, identifier))
    assert not unknown, sorted(unknown)
    # and the scan reads what it claims: table and column names of every kind show up
    assert {"Order", "AdStatsDaily", "statDate", "updatedAt", "entityId", "sku"} <= seen


def test_every_relation_the_statements_touch_is_a_model_table():
    relations = relations_touched()
    assert relations <= MODEL_TABLES | staging_tables(MODEL_TABLES)
    assert {"Order", "OrderItem", "AdStatsDaily", "Product"} <= relations
    assert {"seed_Order", "seed_AdStatsDaily"} <= relations  # the seed's own temporary tables
