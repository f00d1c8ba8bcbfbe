"""What a run reads back from the generated files: per-table counts of the seed and the
reset, and verify's checks. Plain data, no database driver: the reports (report.py)
import it without psycopg."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..sql.fileformat import REPORT_TABLE_COLUMN


@dataclass
class TableReport:
    table: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class RunReport:
    """What a run did, per table, in the order the file touched the tables."""

    command: str
    file: str
    columns: tuple[str, ...]
    tables: dict[str, TableReport] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    elapsed: float = 0.0

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
