"""Reading a generated SQL file as the runner needs it: statements and psql meta-commands.

The runner executes the files the generator writes, without psql. It splits them into
statements the way psql does (a `;` outside quotes, quoted identifiers, dollar quotes
and comments ends a statement), streaming line by line so a large file is never held
whole. The psql meta-commands the generator emits (`\\set ON_ERROR_STOP on`,
`\\set QUIET on`) only tune psql; the runner always stops at the first error, so it
accepts and skips them. Any other meta-command is refused: the file is not one of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ExitCode, SeedError

HEADER_PREFIX = "-- gen-seed-sql "
ACCEPTED_META = {"\\set ON_ERROR_STOP on", "\\set QUIET on"}

# One token of SQL text; an unterminated quote runs to the end of the text (\Z).
_TOKEN = re.compile(
    r"""
      '[^']*(?:''[^']*)*(?:'|\Z)
    | "[^"]*(?:""[^"]*)*(?:"|\Z)
    | --[^\n]*
    | \$(?P<tag>[A-Za-z_][A-Za-z_0-9]*|)\$.*?(?:\$(?P=tag)\$|\Z)
    | (?P<semi>;)
    """,
    re.S | re.X,
)


@dataclass(frozen=True)
class Statement:
    sql: str
    line: int  # 1-based line where the statement starts


def _ends_statement(text: str) -> bool:
    """True when ``text`` ends with a `;` that lies outside every quote and comment."""
    last = None
    for match in _TOKEN.finditer(text):
        last = match
    if last is None or last.group("semi") is None:
        return False
    return text[last.end():].strip() == ""


def statements(lines: Iterator[str], source: str = "<file>") -> Iterator[Statement]:
    """The SQL statements of a generated file, in order (meta-commands checked and dropped)."""
    pending: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not pending:
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
        if stripped.endswith(";") and _ends_statement("".join(pending)):
            yield Statement("".join(pending).strip(), start)
            pending = []
    if pending and "".join(pending).strip():
        raise SeedError(f"{source}:{start}: the last statement does not end with ';'", ExitCode.FILE)


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
    titles = {"seed": "staging seed", "reset": "staging reset", "verify": "staging verify"}
    if titles[kind] not in first:
        raise SeedError(f"{path} is not a {kind} file: {first.strip()[3:]}", ExitCode.FILE)
    return Script(path, kind)
