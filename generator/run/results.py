"""What a run reads back from the generated files: per-table counts of the seed and the
reset, and verify's checks. Plain data, no database driver: the reports (report.py)
import it without psycopg."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..sql.fileformat import PLAN_SAMPLES, REPORT_TABLE_COLUMN


@dataclass
class TableReport:
    table: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class PlanRow:
    """A row a plan names: its id (or natural key; a set-owned table's rows: their
    parent's), what an apply would do to it, and the columns that differ."""

    table: str
    id: str
    action: str  # "insert", "restore", "delete" or "keep"
    columns: tuple[str, ...] = ()


@dataclass
class RunReport:
    """What a run did, per table, in the order the file touched the tables. A plan (a
    run rolled back) also holds the rows it names (``rows``, from the file's plan entries:
    fileformat.PLAN_SETTING)."""

    command: str
    file: str
    columns: tuple[str, ...]
    tables: dict[str, TableReport] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    rows: list[PlanRow] = field(default_factory=list)
    rolled_back: bool = False

    def read_plan(self, text: str | None) -> None:
        """The file's plan entries (JSON lines): the rows they name, and the kept rows."""
        for line in (text or "").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            if "kept" in entry:
                self.rows.append(PlanRow(entry["table"], str(entry["kept"]), "keep"))
                continue
            for row in entry.get("rows") or ():  # five at most per table (a plain file reports per batch)
                if sum(1 for r in self.rows if r.table == entry["table"] and r.action != "keep") < PLAN_SAMPLES:
                    self.rows.append(PlanRow(entry["table"], str(row["id"]), row["action"],
                                             tuple(row.get("columns") or ())))

    def kept(self, table: str) -> int:
        return sum(1 for r in self.rows if r.table == table and r.action == "keep")

    def add(self, row: Mapping[str, Any]) -> None:
        name = row[REPORT_TABLE_COLUMN]
        report = self.tables.setdefault(name, TableReport(name, {c: 0 for c in self.columns}))
        for column in self.columns:
            report.counts[column] += int(row[column])

    def total(self, column: str) -> int:
        return sum(t.counts[column] for t in self.tables.values())

    @property
    def changed(self) -> bool:
        return any(self.total(c) for c in self.columns if c not in ("unchanged", "kept"))

    def as_json(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "file": self.file,
            "tables": [{"table": t.table, **t.counts} for t in self.tables.values()],
            "totals": {c: self.total(c) for c in self.columns},
            "changed": self.changed,
            "notices": self.notices,
            "elapsed_seconds": round(self.elapsed, 3),
            **({"rows": [r.__dict__ | {"columns": list(r.columns)} for r in self.rows], "rolled_back": True}
               if self.rolled_back else {}),
        }


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    expected: int
    found: int

    @property
    def ok(self) -> bool:
        return self.expected == self.found
