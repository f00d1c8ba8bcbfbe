"""Reports for people (aligned tables) and machines (JSON)."""

from __future__ import annotations

import json
from typing import Sequence

from ..sql.fileformat import SEEDED_ROWS_CHECK
from .results import Check, RunReport


def table_text(headers: Sequence[str], rows: Sequence[Sequence[object]], right_from: int = 1) -> str:
    """An aligned plain-text table; columns from ``right_from`` on are right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        parts = [c.rjust(w) if i >= right_from else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_report_text(report: RunReport) -> str:
    rows = [[t.table, *(t.counts[c] for c in report.columns)] for t in report.tables.values()]
    rows.append(["total", *(report.total(c) for c in report.columns)])
    lines = [table_text(["table", *report.columns], rows)]
    lines += [f"note: {n}" for n in report.notices]
    verb = "applied" if report.command == "apply" else "reset"
    lines.append(f"{verb} {report.file} in {report.elapsed:.2f} s")
    if not report.changed:
        lines.append("nothing to change: the database already held exactly this (no row written)")
    return "\n".join(lines)


PLAN_COLUMNS = (("insert", "inserted"), ("restore", "updated"), ("delete", "deleted"), ("keep", None),
                ("unchanged", "unchanged"))


def plan_text(report: RunReport) -> str:
    """`gen-seed-sql plan` for people: per table what an apply would insert, restore,
    delete, keep and leave as it is; then the rows it names, five at most per table."""
    rows = [[t.table, *(t.counts[c] if c else report.kept(t.table) for _, c in PLAN_COLUMNS)]
            for t in report.tables.values()]
    lines = [table_text(["table", *(name for name, _ in PLAN_COLUMNS)], rows)]
    for r in report.rows:
        why = {"keep": ": rows the seed did not create still reference it"}.get(r.action, "")
        columns = f" ({', '.join(r.columns)} differ)" if r.columns else ""
        lines.append(f"  {r.table}: {r.action} {r.id}{columns}{why}")
    if report.changed:
        changed = [t.table for t in report.tables.values() if any(t.counts[c] for c in ("inserted", "updated", "deleted"))]
        lines.append(f"an apply would change {', '.join(changed)} (rolled back: nothing was written)")
    else:
        lines.append("the database holds exactly this file's dataset: an apply would change nothing (rolled back)")
    return "\n".join(lines)


def run_report_json(report: RunReport) -> str:
    return json.dumps(report.as_json(), indent=2, ensure_ascii=False)


def checks_text(checks: Sequence[Check]) -> str:
    rows = [[c.name, c.table, c.expected, c.found, "ok" if c.ok else "MISMATCH"] for c in checks]
    return table_text(["check", "table", "expected", "found", "result"], rows, right_from=2)


def checks_json(checks: Sequence[Check]) -> str:
    return json.dumps(
        {
            "ok": all(c.ok for c in checks),
            "checks": [
                {"check": c.name, "table": c.table, "expected": c.expected, "found": c.found, "ok": c.ok}
                for c in checks
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def mismatch_summary(checks: Sequence[Check]) -> str:
    """One line naming each failed check: table, rule, how many rows."""
    bad = [c for c in checks if not c.ok]
    parts = []
    for c in bad:
        if c.name == SEEDED_ROWS_CHECK:
            parts.append(f"{c.table}: {c.found} seeded rows, expected {c.expected}")
        else:
            parts.append(f"{c.table}: {c.name}: {c.found} rows break it")
    return f"verify found {len(bad)} mismatch{'es' if len(bad) != 1 else ''}: " + "; ".join(parts)
