r"""Reading a generated SQL file as the runner needs it: statements, psql meta-commands,
and the data lines of a `COPY … FROM STDIN`.

The runner executes the files the generator writes, without psql. It splits them into
statements the way psql does (a `;` outside quotes, quoted identifiers, dollar quotes
and comments ends a statement), streaming line by line so a large file is never held
whole. The psql meta-commands the generator emits (fileformat.PSQL_META) only tune psql;
the runner always stops at the first error, so it accepts and skips them. Any other meta-command is refused: the file is not one of ours.
A `COPY … FROM STDIN;` statement is followed, as psql reads it, by its data lines up to
the line `\.`: they come after the statement in chunks (`CopyData`), the last one marked.
"""

from __future__ import annotations

import re
import threading
from queue import Full, Queue
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ExitCode, SeedError
from .fileformat import COPY_END, COPY_STATEMENT, HEADER_PREFIX, PSQL_META, output_file

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

    @property
    def copies_in(self) -> bool:
        """Is it a COPY … FROM STDIN (its data lines follow it)?"""
        return self.sql.startswith("COPY ") and COPY_STATEMENT.match(self.sql) is not None


COPY_CHUNK_ROWS = 1000  # data lines per CopyData


@dataclass(frozen=True)
class CopyData:
    """Data lines of the COPY statement before it (each ending in a newline, without the
    end line `\\.`); ``last`` on the chunk that ends its data (it may hold no lines)."""

    text: str
    line: int  # 1-based line of its first data line
    rows: int
    last: bool


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


def statements(lines: Iterator[str], source: str = "<file>") -> Iterator[Statement | CopyData]:
    """The SQL statements of a generated file, in order (meta-commands checked and dropped),
    each COPY … FROM STDIN followed by its data (CopyData chunks, the last one marked)."""
    pending: list[str] = []
    state: str | None = None
    start = 0
    data: list[str] | None = None  # inside a COPY's data: its lines not yet handed on
    for number, line in enumerate(lines, start=1):
        if data is not None:
            if line.rstrip("\r\n") == COPY_END:
                yield CopyData("".join(data), number - len(data), len(data), True)
                data = None
                continue
            data.append(line if line.endswith("\n") else line + "\n")
            if len(data) == COPY_CHUNK_ROWS:
                yield CopyData("".join(data), number + 1 - len(data), len(data), False)
                data = []
            continue
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
            statement = Statement("".join(pending).strip(), start)
            yield statement
            pending = []
            if statement.copies_in:
                data = []
    if data is not None:
        raise SeedError(f"{source}:{start}: the COPY's data does not end with a line {COPY_END}", ExitCode.FILE)
    if pending and "".join(pending).strip():
        raise SeedError(f"{source}:{start}: the last statement does not end with ';'", ExitCode.FILE)


def prefetched(items: Iterator[Statement | CopyData], depth: int = 8) -> Iterator[Statement | CopyData]:
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

    def statements(self) -> Iterator[Statement | CopyData]:
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
