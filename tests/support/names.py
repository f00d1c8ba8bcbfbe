"""The names the generated files' statements use, read by PostgreSQL's own parser
(pglast): the identifiers they quote and the relations they touch. A test module that
imports this asks for pglast first (`pytest.importorskip("pglast")`)."""

from __future__ import annotations

from pathlib import Path

from pglast import parser, visitors

from generator.run.script import Statement, open_script
from generator.sql.fileformat import staging_table
from generator.sql.render import OUTPUT_FILES
from support import ROOT

KINDS = {"seed.staging.sql": "seed", "seed.staging.reset.sql": "reset", "verify.staging.sql": "verify"}
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


def statements(directory: Path = ROOT / "out"):
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


def relations_touched(directory: Path = ROOT / "out") -> set[str]:
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
