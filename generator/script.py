"""Reading a generated SQL file as the runner needs it: statements and psql meta-commands.

The runner executes the files the generator writes, without psql. It splits them into
statements the way psql does (a `;` outside quotes, quoted identifiers, dollar quotes
and comments ends a statement), streaming line by line so a large file is never held
whole. The psql meta-commands the generator emits (fileformat.PSQL_META) only tune psql;
the runner always stops at the first error, so it accepts and skips them. Any other meta-command is refused: the file is not one of ours.
"""

from __future__ import annotations

import re
import threading
from queue import Full, Queue
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ExitCode, SeedError
from .fileformat import HEADER_PREFIX, PSQL_META, output_file

ACCEPTED_META = set(PSQL_META)

# One token of SQL text on one line; a quote left open runs to the end of the line, and
# its closing group is then empty.
_TOKEN = re.compile(
    r"""
      '[^']*(?:''[^']*)*(?P<single>'|\Z)
    | "[^"]*(?:""[^"]*)*(?P<double>"|\Z)
    | --.*
    | (?P<open>\$(?P<tag>[A-Za-z_][A-Za-z_0-9]*|)\$).*?(?P<dollar>\$(?P=tag)\$|\Z)
    | (?P<semi>;)
    """,
    re.X,
)


_SPECIAL = re.compile(r'["$]|--|/\*')  # what the common-case shortcut cannot see past


@dataclass(frozen=True)
class Statement:
    sql: str
    line: int  # 1-based line where the statement starts


def _scan(line: str, state: str | None) -> tuple[str | None, bool]:
    """Carry the quoting state across one line: (state after it, does the line end a
    statement). ``state`` is None outside quotes, else the open quote or dollar tag."""
    if state is None and line.count("'") % 2 == 0 and not _SPECIAL.search(line):
        return None, line.rstrip().endswith(";")  # the common case (a row): balanced, no comment
    pos = 0
    if state is not None:
        pos = _close(line, state)
        if pos < 0:
            return state, False
    last_semi = False
    for match in _TOKEN.finditer(line, pos):
        if match.group(0).startswith("--"):
            continue  # a trailing comment does not change what came before it
        last_semi = match.group("semi") is not None
        if match.group("single") == "":
            return "'", False
        if match.group("double") == "":
            return '"', False
        if match.group("open") and match.group("dollar") == "":
            return match.group("open"), False
    return None, last_semi


def _close(text: str, quote: str, start: int = 0) -> int:
    """The index just after the quote or dollar tag that closes at ``start``, or -1."""
    if quote.startswith("$"):
        found = text.find(quote, start)
        return -1 if found < 0 else found + len(quote)
    i = start
    while True:
        found = text.find(quote, i)
        if found < 0:
            return -1
        if text.startswith(quote * 2, found):
            i = found + 2
            continue
        return found + 1


def statements(lines: Iterator[str], source: str = "<file>") -> Iterator[Statement]:
    """The SQL statements of a generated file, in order (meta-commands checked and dropped)."""
    pending: list[str] = []
    state: str | None = None
    start = 0
    for number, line in enumerate(lines, start=1):
        if not pending:
            stripped = line.strip()
            if not stripped or stripped.startswith("--"):
                continue
            if stripped.startswith("\\"):
                if stripped not in ACCEPTED_META:
                    raise SeedError(
                        f"{source}:{number}: unsupported psql meta-command {stripped.split()[0]}",
                        ExitCode.FILE,
                    )
                continue
            start = number
        pending.append(line)
        state, ends = _scan(line.rstrip("\n"), state)
        if ends:
            yield Statement("".join(pending).strip(), start)
            pending = []
    if pending and "".join(pending).strip():
        raise SeedError(f"{source}:{start}: the last statement does not end with ';'", ExitCode.FILE)


def prefetched(items: Iterator[Statement], depth: int = 8) -> Iterator[Statement]:
    """``items`` read ahead by a thread, so splitting the file overlaps the server's work.

    An error in the reader is raised here, in the consumer, at the point it happened."""
    queue: Queue = Queue(maxsize=depth)  # type: ignore[type-arg]
    done = object()
    stop = threading.Event()

    def read() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        queue.put(item, timeout=0.1)
                        break
                    except Full:
                        continue
                if stop.is_set():
                    return
            queue.put(done)
        except BaseException as exc:  # handed to the consumer
            queue.put(exc)

    reader = threading.Thread(target=read, name="gen-seed-sql-reader", daemon=True)
    reader.start()
    try:
        while (item := queue.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


@dataclass
class Script:
    """A generated file, opened: its path and its header line."""

    path: Path
    kind: str  # "seed", "reset", "verify"

    def statements(self) -> Iterator[Statement]:
        try:
            with self.path.open(encoding="utf-8") as f:
                yield from statements(iter(f), str(self.path))
        except UnicodeDecodeError as exc:
            raise SeedError(f"{self.path}: not UTF-8 text ({exc.reason})", ExitCode.FILE) from exc
        except OSError as exc:
            raise SeedError(f"cannot read {self.path}: {exc.strerror or exc}", ExitCode.FILE) from exc


def open_script(path: Path, kind: str) -> Script:
    """Check that ``path`` is a readable file the generator wrote, of the given kind."""
    try:
        with path.open(encoding="utf-8") as f:
            first = f.readline()
    except FileNotFoundError:
        raise SeedError(f"{path} not found (run `gen-seed-sql build` first)", ExitCode.FILE) from None
    except IsADirectoryError:
        raise SeedError(f"{path} is a directory, not a SQL file", ExitCode.FILE) from None
    except UnicodeDecodeError:
        raise SeedError(f"{path}: not UTF-8 text", ExitCode.FILE) from None
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}", ExitCode.FILE) from None
    if not first.startswith(HEADER_PREFIX):
        raise SeedError(f"{path} is not a file gen-seed-sql generated (no header)", ExitCode.FILE)
    if output_file(kind).marker not in first:
        raise SeedError(f"{path} is not a {kind} file: {first.strip()[3:]}", ExitCode.FILE)
    return Script(path, kind)
