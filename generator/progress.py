"""The progress a terminal shows while a build writes its tables or a run applies them:
shared by both sides, so below both (it imports nothing of the package)."""

from __future__ import annotations

import sys
from collections.abc import Callable

# A run's or a build's progress: (table, rows so far), shown on a terminal only.
Progress = Callable[[str, int], None]


def terminal_progress(stream=sys.stderr) -> Progress | None:
    """A progress printer for a terminal, or None when stderr is not one (CI, pipes)."""
    if not stream.isatty():
        return None

    def show(table: str, rows: int) -> None:
        stream.write(f"\r\x1b[K  {table}: {rows} rows")
        stream.flush()

    return show
