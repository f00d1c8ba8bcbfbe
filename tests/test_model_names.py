"""Every table and column name in the generated files is one the model holds: the model
(generator/schema/) is the one description of the application's tables."""

from pathlib import Path

import pytest

from generator.run.script import Statement, open_script
from generator.schema.builtin import TABLES
from generator.sql.fileformat import staging_table
from generator.sql.render import OUTPUT_FILES

pglast = pytest.importorskip("pglast")
from pglast import parser, visitors  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"seed.staging.sql": "seed", "seed.staging.reset.sql": "reset", "verify.staging.sql": "verify"}
MODEL_TABLES = {t.name for t in TABLES}
MODEL_COLUMNS = {c.name for t in TABLES for c in t.columns}
CATALOGS = {"pg_db_role_setting", "pg_database", "pg_roles", "pg_file_settings"}  # what the guard reads


def quoted_identifiers(sql: str) -> list[str]:
    """Every double-quoted identifier of ``sql``, dollar-quoted bodies (DO blocks) included."""
    found = []
    for token in parser.scan(sql):  # offsets in characters, the end included
        text = sql[token.start:token.end + 1]
        if token.name == "IDENT" and text.startswith('"'):
            found.append(text[1:-1].replace('""', '"'))
        elif token.name == "SCONST" and text.startswith("$"):
            tag_end = text.index("$", 1) + 1
            found += quoted_identifiers(text[tag_end:-tag_end])
    return found


class Relations(visitors.Visitor):
    """The relations a statement reads or writes, and the names its WITH clauses define."""

    def __init__(self) -> None:
        self.relations: set[str] = set()
        self.ctes: set[str] = set()

    def visit_RangeVar(self, parent, node):  # noqa: N802 - pglast's visitor naming
        if node.schemaname not in ("pg_catalog", "information_schema"):
            self.relations.add(node.relname)

    def visit_CommonTableExpr(self, parent, node):  # noqa: N802
        self.ctes.add(node.ctename)


def statements(directory=ROOT / "out"):
    """Every statement of the three files (not the COPY data that follows a COPY)."""
    for name in OUTPUT_FILES:
        yield from ((name, s) for s in open_script(directory / name, KINDS[name]).statements()
                    if isinstance(s, Statement))


def sql_text(path: Path) -> str:
    """A file's text without its COPY data lines (they are rows, not SQL)."""
    return "\n".join(s.sql for s in open_script(path, KINDS[path.name]).statements() if isinstance(s, Statement))


def staging_tables(tables) -> set[str]:
    """The temporary tables the seed loads the rows of ``tables`` into (fileformat.staging_table)."""
    return {staging_table(name) for name in tables}


def relations_touched(directory=ROOT / "out") -> set[str]:
    """The relations the files' statements read or write, without their own WITH names
    and the catalogs the guard reads."""
    relations, ctes = set(), set()
    for _, statement in statements(directory):
        for node in parser.parse_sql(statement.sql):
            visitor = Relations()
            visitor(node)
            relations |= visitor.relations
            ctes |= visitor.ctes
    return relations - ctes - CATALOGS


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
