"""`gen-seed-sql lint`: every generated statement checked, nothing skipped for size.

Two checks, designed around what each tool can do:

- **validity** — every statement of every file goes through PostgreSQL's own grammar
  (libpg_query, via pglast), and every `DO` block's body through the PL/pgSQL grammar.
  That is fast (the whole default seed in well under a second) and reads every row, so
  a broken row deep in a large file fails with its file and line.
- **style** — sqlfluff (postgres dialect, raw templater, the project's `.sqlfluff`)
  on each *distinct statement shape*: the statement with its VALUES rows cut to the
  first two. sqlfluff is slow (about 10 ms a row) and stops at its parse-node limit on
  a 2,000-row INSERT; statements that differ only in their rows have the same shape,
  so a few dozen sqlfluff runs cover the style of every statement. The rows sqlfluff
  does not see are held to their layout (one per line, leading commas) by a pattern.
- **COPY data** — the rows a psql file loads with `COPY … FROM STDIN` are not SQL: each
  data line is held to COPY's text format (as many tab-separated fields as the COPY
  names columns, and only the escapes COPY reads: `\\N`, `\\\\`, `\\n`, `\\r`,
  `\\t`, `\\xHH`), so a broken row deep in a large file fails with its file and line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExitCode, SeedError
from ..resources import resource
from ..run.script import CopyData, Statement, statements
from ..sql.fileformat import COPY_STATEMENT, HEADER_PREFIX, ROW_LINE, VALUES_LINE

SHAPE_ROWS = 2


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    check: str  # "parse", "style", "layout"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.check}: {self.message}"


@dataclass
class LintResult:
    files: list[str] = field(default_factory=list)
    statements: int = 0
    rows: int = 0
    copy_rows: int = 0  # COPY data lines, each checked against COPY's text format
    shapes: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Shape:
    """A statement with its rows cut to SHAPE_ROWS; ``origin`` maps its lines back."""

    text: str
    origin: list[int]
    file: str


def shape_of(statement: Statement, file: str) -> tuple[str, Shape, int]:
    """(the shape's key, the shape, the number of row lines) of one statement."""
    lines = statement.sql.split("\n")
    kept: list[str] = []
    origin: list[int] = []
    key: list[str] = []
    rows = 0
    in_values = False
    for offset, line in enumerate(lines):
        if in_values and ROW_LINE.match(line):
            rows += 1
            if rows <= SHAPE_ROWS:
                kept.append(line)
                origin.append(statement.line + offset)
            continue
        in_values = line == VALUES_LINE
        kept.append(line)
        origin.append(statement.line + offset)
        key.append(line)
    return "\n".join(key), Shape("\n".join(kept) + "\n", origin, file), rows


def _parse(statement: Statement, file: str) -> Problem | None:
    from pglast import parse_plpgsql, parser

    try:
        parser.parse_sql(statement.sql)
        body = re.match(r"DO (\$\w*\$)(.*)\1;?\Z", statement.sql, re.S)
        if body:
            parse_plpgsql(f"CREATE FUNCTION lint() RETURNS void LANGUAGE plpgsql AS $lint${body.group(2)}$lint$;")
    except parser.ParseError as exc:
        location = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else 0
        line = statement.line + statement.sql[:location].count("\n")
        return Problem(file, line, "parse", str(exc.args[0]))
    return None


_COPY_FIELD = re.compile(r"\\N|(?:[^\\\t\n\r]|\\[\\nrt]|\\x[0-9A-Fa-f]{2})*")


def copy_columns(statement: Statement) -> int:
    """How many columns a COPY … FROM STDIN statement names."""
    found = COPY_STATEMENT.match(statement.sql)
    assert found is not None  # Statement.copies_in
    return len([c for c in found.group("columns").split(",") if c.strip()])


def _copy_problems(data: CopyData, columns: int, file: str) -> list[Problem]:
    """Each data line that is not ``columns`` fields of COPY's text format."""
    problems = []
    for offset, line in enumerate(data.text.split("\n")[: data.rows]):
        fields = line.split("\t")
        if len(fields) != columns:
            problems.append(Problem(file, data.line + offset, "copy",
                                    f"{len(fields)} fields, the COPY names {columns} columns"))
        elif not all(_COPY_FIELD.fullmatch(f) for f in fields):
            bad = next(f for f in fields if not _COPY_FIELD.fullmatch(f))
            problems.append(Problem(file, data.line + offset, "copy", f"not a COPY text field: {bad!r}"))
    return problems


def sqlfluff_config_path() -> Path:
    """The project's `.sqlfluff`: at the top of a checkout, or shipped in the wheel."""
    return resource("sqlfluff.cfg", ".sqlfluff")


@lru_cache(maxsize=4)
def _linter(config_text: str):  # type: ignore[no-untyped-def]
    from sqlfluff.core import FluffConfig, Linter

    return Linter(config=FluffConfig.from_string(config_text))


@lru_cache(maxsize=1024)
def _violations(config_text: str, text: str) -> tuple[tuple[int, str], ...]:
    """sqlfluff's findings for one shape: (line, "CODE description"). Kept per process, so
    a second lint of files that share shapes (a test's copy of out/) styles only the new ones."""
    result = _linter(config_text).lint_string(text)
    return tuple((v.line_no, f"{v.rule_code()} {v.desc()}") for v in result.get_violations())


def _style(shapes: list[Shape]) -> list[Problem]:
    config_text = sqlfluff_config_path().read_text(encoding="utf-8")
    problems = []
    for shape in shapes:
        for line_no, message in _violations(config_text, shape.text):
            line = shape.origin[min(max(line_no - 1, 0), len(shape.origin) - 1)]
            problems.append(Problem(shape.file, line, "style", message))
    return problems


def generated_files(directory: Path) -> list[Path]:
    """The .sql files in ``directory`` that gen-seed-sql generated (by their header)."""
    if not directory.is_dir():
        raise SeedError(f"{directory} is not a directory", ExitCode.FILE)
    found = []
    for path in sorted(directory.glob("*.sql")):
        try:
            with path.open(encoding="utf-8") as f:
                if f.readline().startswith(HEADER_PREFIX):
                    found.append(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise SeedError(f"cannot read {path}: {exc}", ExitCode.FILE) from exc
    if not found:
        raise SeedError(f"no generated .sql files in {directory} (run `gen-seed-sql build`)", ExitCode.FILE)
    return found


def lint_directory(directory: Path, style: bool = True) -> LintResult:
    """Parse every statement of every generated file in ``directory``; style each shape."""
    try:
        import pglast  # noqa: F401
        if style:
            import sqlfluff  # noqa: F401
    except ImportError:
        raise SeedError("lint needs pglast and sqlfluff: pip install 'gen-seed-sql[lint]'", ExitCode.PREREQUISITE) from None
    result = LintResult()
    shapes: dict[str, Shape] = {}
    for path in generated_files(directory):
        name = str(path)
        result.files.append(name)
        with path.open(encoding="utf-8") as f:
            columns = 0
            for statement in statements(iter(f), name):
                if isinstance(statement, CopyData):
                    result.copy_rows += statement.rows
                    result.problems.extend(_copy_problems(statement, columns, name))
                    continue
                if statement.copies_in:
                    columns = copy_columns(statement)
                result.statements += 1
                problem = _parse(statement, name)
                if problem:
                    result.problems.append(problem)
                key, shape, rows = shape_of(statement, name)
                result.rows += rows
                shapes.setdefault(key, shape)
    result.shapes = len(shapes)
    if style:
        result.problems.extend(_style(list(shapes.values())))
    return result
