"""`gen-seed-sql doctor`: the files' schema preflight, run read-only and shown in full.

The same query the seed, reset and verify files run in their guard (render.preflight_query),
so what doctor says is what the files will do."""

from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg

from .model import Schema
from .render import PREFLIGHT_RESET, PREFLIGHT_SEED, preflight_query
from .runner import connect, database_error, declarations, resolve_dsn


@dataclass(frozen=True)
class Finding:
    table: str
    column: str
    needs: str
    has: str
    ok: bool


def diagnose(dsn: str | None, schema: Schema) -> list[Finding]:
    """Every check of the seed's and the reset's preflight against the live schema, in a
    read-only transaction (nothing is written, nothing is declared beyond it)."""
    target = resolve_dsn(dsn)
    conn = connect(target)
    seen: dict[tuple[str, str, str], Finding] = {}
    try:
        conn.execute("BEGIN READ ONLY")
        for sql, params in declarations(target, read_only=True):
            conn.execute(sql, params)
        for mode in (PREFLIGHT_SEED, PREFLIGHT_RESET):
            rows = conn.execute(preflight_query(mode, schema).encode("utf-8")).fetchall()
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


def mismatch_summary(findings: list[Finding]) -> str:
    bad = [f for f in findings if not f.ok]
    parts = [f"{_name(f.table)}{'.' + _name(f.column) if f.column else ''}: needs {f.needs}, has {f.has}" for f in bad]
    return f"the schema does not fit the files ({len(bad)} mismatches): " + "; ".join(parts)
