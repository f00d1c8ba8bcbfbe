"""`gen-seed-sql doctor`: the files' schema preflight, run read-only and shown in full.

The query the seed and reset files run in their guard, read from the committed files
themselves where they are (the files an operator runs), else rendered for the settings
(render.preflight_query): what doctor says is what the files will do."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import psycopg

from ..schema.model import Schema
from ..sql.fileformat import PSQL, RESET, SEED, preflight_of
from ..sql.preflight import PREFLIGHT_RESET, PREFLIGHT_SEED, preflight_query
from .report import table_text
from .connection import connect, database_error, declarations, resolve_dsn


@dataclass(frozen=True)
class Finding:
    table: str
    column: str
    needs: str
    has: str
    ok: bool


def committed_preflight(path: Path) -> str | None:
    """The preflight query of a generated file, as it will run (None: no such file, or
    none in it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return preflight_of(text)


def diagnose(dsn: str | None, schema: Schema, out_dir: Path | None = None) -> list[Finding]:
    """Every check of the seed's and the reset's preflight against the live schema, in a
    read-only transaction (nothing is written, nothing is declared beyond it): the
    preflight of the files in ``out_dir`` where they are, else the one ``schema`` makes."""
    queries = []
    for mode, kind in ((PREFLIGHT_SEED, SEED), (PREFLIGHT_RESET, RESET)):
        committed = committed_preflight(out_dir / kind.name) if out_dir is not None else None
        queries.append(committed or preflight_query(mode, schema, PSQL))
    target = resolve_dsn(dsn)
    conn = connect(target)
    seen: dict[tuple[str, str, str], Finding] = {}
    try:
        conn.execute("BEGIN READ ONLY")
        for sql, params in declarations(target, read_only=True):
            conn.execute(sql, params)
        for query in queries:
            rows = conn.execute(query.encode("utf-8")).fetchall()
            for table, column, needs, has, ok, order in sorted(rows, key=lambda r: (r[5], r[1] or "")):
                seen.setdefault((table, column or "", needs), Finding(table, column or "", needs, has, bool(ok)))
        conn.execute("ROLLBACK")
    except psycopg.Error as exc:
        raise database_error(exc, target, "doctor") from None
    finally:
        conn.close()
    return list(seen.values())


def _name(name: str) -> str:
    """An identifier as PostgreSQL's quote_ident writes it (as the files' message does)."""
    return name if re.fullmatch(r"[a-z_][a-z0-9_$]*", name) else '"' + name.replace('"', '""') + '"'


def mismatch_summary(findings: list[Finding], qualified: bool = False) -> str:
    """The one line doctor exits with, naming every mismatch as the files' own message
    does (``qualified``: a table's label is SQL already, names.Relation)."""
    bad = [f for f in findings if not f.ok]
    parts = [f"{f.table if qualified else _name(f.table)}{'.' + _name(f.column) if f.column else ''}: "
             f"needs {f.needs}, has {f.has}" for f in bad]
    return f"the schema does not fit the files ({len(bad)} mismatches): " + "; ".join(parts)


def findings_json(findings: list[Finding]) -> str:
    """doctor's report for machines (``--format json``): ok, and every check."""
    return json.dumps({"ok": all(f.ok for f in findings), "checks": [f.__dict__ for f in findings]}, indent=2)


def findings_text(findings: list[Finding]) -> str:
    """doctor's report for people: a table of every check and its result."""
    rows = [[f.table, f.column, f.needs, f.has, "ok" if f.ok else "MISMATCH"] for f in findings]
    return table_text(["table", "column", "the files need", "the database has", "result"], rows, right_from=5)
