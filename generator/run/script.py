r"""Reading a generated SQL file as the runner needs it: statements, psql meta-commands,
and the data lines of a `COPY … FROM STDIN`.

The runner executes the files the generator writes, without psql. It splits them into
statements the way psql does (a `;` outside quotes, quoted identifiers, dollar quotes
and comments ends a statement), streaming line by line so a large file is never held
whole. The psql meta-commands the generator emits (fileformat.PSQL_META) only tune psql;
the runner always stops at the first error, so it accepts and skips them. The seed's end
holds psql's dry run (`\if :{?dry_run}` … `\else` COMMIT `\endif`): the runner never
defines dry_run, so it reads the `\else` branch (a plan rolls back itself). Any other
meta-command is refused: the file is not one of ours.
A `COPY … FROM STDIN;` statement is followed, as psql reads it, by its data lines up to
the line `\.`: they come after the statement in chunks (`CopyData`), the last one marked.
`check_whole_file` reads a file once more, before the runner connects, for the commands
PostgreSQL would run and the shape of a generated file of its kind.
"""

from __future__ import annotations

import re
import threading
from queue import Full, Queue
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import ExitCode, SeedError
from ..sql.literal import DOLLAR_DELIMITER
from ..sql.fileformat import (
    COPY_END, COPY_STATEMENT, DRY_RUN_ELSE, DRY_RUN_END, DRY_RUN_IF, HEADER_PREFIX, PSQL_META, output_file,
)

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
    branch: str | None = None  # inside the psql dry run's \if (skipped) or its \else
    for number, line in enumerate(lines, start=1):
        if branch == DRY_RUN_IF:  # the runner never defines dry_run: psql's dry run is not its
            if line.strip() in (DRY_RUN_ELSE, DRY_RUN_END):
                branch = DRY_RUN_ELSE if line.strip() == DRY_RUN_ELSE else None
            continue
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
                if (branch, stripped) in ((None, DRY_RUN_IF), (DRY_RUN_ELSE, DRY_RUN_END)):
                    branch = DRY_RUN_IF if stripped == DRY_RUN_IF else None
                    continue
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
    if branch is not None:
        raise SeedError(f"{source}: the file's {branch} has no {DRY_RUN_END}", ExitCode.FILE)
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


# --- what PostgreSQL will see: the commands of a statement, and the whole file's shape ---------
#
# The runner sends each statement as one simple query, and PostgreSQL runs every command in
# it (`SELECT 1; COMMIT; DELETE …` commits, then deletes outside any transaction). So the
# check before a run looks at commands as PostgreSQL's scanner cuts them: at each `;`
# outside quotes ('…', E'…' with backslash escapes, "…", $tag$…$tag$, a string continued
# on the next line) and comments (-- to the end of the line, nested /* */). A `;` the
# grammar joins (BEGIN ATOMIC … END) only joins commands, so checking every piece checks
# every command's first keyword. Where PostgreSQL could read the text another way (a
# backslash before a quote, which means something else when the session has
# standard_conforming_strings off; a quote or `$` right after a number) the file is
# refused: a generated file never holds that.

_NEXT_TOKEN = re.compile(r"""['"$;]|--|/\*""")
# What needs no closer look, skipped in one match (most of a VALUES list): text without a
# quote, `$`, `;` or comment start, and '…' strings without a backslash that no letter or
# digit precedes (so not E'…', and the same whatever standard_conforming_strings says).
_PLAIN_RUN = re.compile(r"""(?:[^'"$;/-]++|-(?!-)|/(?!\*)|(?<![A-Za-z0-9_$\x80-\U0010ffff])'[^'\\]*+')*+""")
_LINE_END = re.compile(r"[\n\r]")
_COMMENT_MARK = re.compile(r"/\*|\*/")
# A string continued after a newline (`'a'\n'b'` is one string, read as its first part is).
_CONTINUED = re.compile(r"(?:[ \t\f\v]|--[^\n\r]*)*[\n\r](?:[ \t\n\r\f\v]+|--[^\n\r]*[\n\r])*'")
_SPACE = " \t\n\r\f\v"
_ESCAPED_STRING_REST = re.compile(r"(?:[^'\\]++|\\.|'')*+'", re.S)  # after the opening quote of E'…'
_WORD = re.compile(r"[A-Za-z_\x80-\U0010ffff][A-Za-z_0-9$\x80-\U0010ffff]*")


class UnclearSQL(ValueError):
    """The text has no single reading as commands (unterminated, or read two ways)."""


def _ident_char(c: str) -> bool:
    return c.isalnum() or c in "_$" if c.isascii() else True


def _run_before(sql: str, i: int, floor: int) -> str:
    """The identifier characters just before ``i`` (no further back than ``floor``)."""
    j = i
    while j > floor and _ident_char(sql[j - 1]):
        j -= 1
    if j < i and (sql[j].isdigit() or sql[j] == "$" or (j > floor and sql[j - 1] == ".")):
        raise UnclearSQL("a quote or $ right after a number")
    return sql[j:i]


def _string_end(sql: str, i: int, escapes: bool) -> int:
    """The index just after the quote closing the string whose opening quote is at ``i``."""
    pos = i + 1
    while True:
        if escapes:
            found = _ESCAPED_STRING_REST.match(sql, pos)
            end = found.end() if found else -1
        else:
            end = _close(sql, "'", pos)
        if end < 0:
            raise UnclearSQL("an unterminated quoted string")
        more = _CONTINUED.match(sql, end)
        if more is None:
            return end
        if "\v" in more.group():  # a vertical tab is a space to PostgreSQL 16+ only
            raise UnclearSQL("a string continued after a vertical tab")
        pos = more.end()


def _comment_end(sql: str, at: int) -> int | None:
    """The index just after the `*/` that closes the (nested) /* comment whose text starts
    at ``at``, or None when it never ends."""
    depth = 0
    while (mark := _COMMENT_MARK.search(sql, at)) is not None:
        at = mark.end()
        if mark.group() == "/*":
            depth += 1
        elif depth == 0:
            return at
        else:
            depth -= 1
    return None


def command_spans(sql: str, backslash_quotes: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each command PostgreSQL's scanner finds in ``sql`` (the last one may
    have no `;`); ``backslash_quotes`` reads '…' as standard_conforming_strings=off does.
    Raises UnclearSQL when the text is unterminated or has no single reading."""
    spans: list[tuple[int, int]] = []
    start = pos = floor = 0
    while (found := _NEXT_TOKEN.search(sql, _PLAIN_RUN.match(sql, pos).end())) is not None:  # type: ignore[union-attr]
        i, token = found.start(), found.group()
        if token == ";":
            spans.append((start, i + 1))
            start = pos = floor = i + 1
        elif token == "--":
            line_end = _LINE_END.search(sql, i)
            pos = floor = line_end.end() if line_end else len(sql)
        elif token == "/*":
            at = _comment_end(sql, i + 2)
            if at is None:
                raise UnclearSQL("an unterminated /* comment")
            pos = floor = at
        elif token == '"':
            end = _close(sql, '"', i + 1)
            if end < 0:
                raise UnclearSQL("an unterminated quoted identifier")
            pos = floor = end
        elif token == "$":
            if _run_before(sql, i, floor):  # inside an identifier: a$b
                pos = i + 1
                continue
            tag = DOLLAR_DELIMITER.match(sql, i)
            if tag is None:  # a parameter ($1) or a lone $
                pos = i + 1
                continue
            end = sql.find(tag.group(), tag.end())
            if end < 0:
                raise UnclearSQL("an unterminated dollar quote")
            pos = floor = end + len(tag.group())
        else:  # "'"
            if i - 2 >= floor and sql[i - 1] == "&" and sql[i - 2] in "uU":  # U&'…' has no escapes
                escapes = backslash_quotes and _run_before(sql, i - 1, floor) not in ("u", "U")
            else:  # E'…' has backslash escapes, B'…' and X'…' none, '…' and N'…' as the session says
                run = _run_before(sql, i, floor)
                escapes = run in ("e", "E") or (backslash_quotes and run not in ("b", "B", "x", "X"))
            pos = floor = _string_end(sql, i, escapes)
    if sql[start:].strip(_SPACE):
        spans.append((start, len(sql)))
    return spans


def _skip_space(sql: str, pos: int, end: int) -> int:
    """``pos`` moved past spaces and comments (the commands' own scanner made sure they end)."""
    while pos < end:
        if sql[pos] in _SPACE:
            pos += 1
        elif sql.startswith("--", pos):
            line_end = _LINE_END.search(sql, pos)
            pos = line_end.end() if line_end else end
        elif sql.startswith("/*", pos):
            at = _comment_end(sql, pos + 2)
            pos = at if at is not None else end
        else:
            break
    return min(pos, end)


@dataclass(frozen=True)
class Command:
    """One command of a statement, as PostgreSQL will run it."""

    sql: str
    line: int  # 1-based line of its first word

    def words(self, limit: int | None = None) -> tuple[str, ...] | None:
        """Its leading words, upper-cased (at most ``limit``); None when, with no limit, it
        holds anything but words (and a closing `;`)."""
        found: list[str] = []
        pos, end = 0, len(self.sql)
        while limit is None or len(found) < limit:
            pos = _skip_space(self.sql, pos, end)
            word = _WORD.match(self.sql, pos)
            if word is None:
                break
            found.append(word.group().upper() if word.group().isascii() else word.group())
            pos = word.end()
        if limit is None and self.sql[pos:end].rstrip(_SPACE) not in ("", ";"):
            return None
        return tuple(found)

    def shown(self) -> str:
        return _shown(self.sql)


def _shown(sql: str) -> str:
    """The start of some SQL on one line, for a message."""
    text = " ".join(sql[:200].split())
    return text if len(text) <= 60 else text[:57] + "..."


def commands(statement: Statement) -> list[Command]:
    """The commands PostgreSQL will run for ``statement``, each with its line.

    Raises UnclearSQL when its text has no single reading (see command_spans)."""
    sql = statement.sql
    spans = command_spans(sql)
    if "\\" in sql:  # the same commands whatever the session's standard_conforming_strings
        try:
            same = command_spans(sql, backslash_quotes=True) == spans
        except UnclearSQL:
            same = False
        if not same:
            raise UnclearSQL("a backslash before a quote: read otherwise with standard_conforming_strings off")
    found = []
    for start, end in spans:
        first = _skip_space(sql, start, end)
        if first < end and sql[first] != ";":  # not an empty command (only spaces or comments)
            found.append(Command(sql[start:end], statement.line + sql.count("\n", 0, first)))
    return found


# What opens and what ends a file's transaction, by the kind of file: the first command
# opens it, the last ends it, and no other command may do either.
_OPENS = {("BEGIN",), ("BEGIN", "WORK"), ("BEGIN", "TRANSACTION"), ("START", "TRANSACTION")}
_COMMITS = {("COMMIT",), ("COMMIT", "WORK"), ("COMMIT", "TRANSACTION"), ("END",), ("END", "WORK"),
            ("END", "TRANSACTION")}
_ROLLBACKS = {("ROLLBACK",), ("ROLLBACK", "WORK"), ("ROLLBACK", "TRANSACTION"), ("ABORT",), ("ABORT", "WORK"),
              ("ABORT", "TRANSACTION")}
_END_WORDS = {"COMMIT", "END", "ROLLBACK", "ABORT"}


def _opens(kind: str) -> set[tuple[str, ...]]:
    return _OPENS | {words + ("READ", "ONLY") for words in _OPENS} if kind == "verify" else _OPENS


def _ends(kind: str) -> set[tuple[str, ...]]:
    return _COMMITS | _ROLLBACKS if kind == "verify" else _COMMITS


def _transaction_word(words: tuple[str, ...]) -> str | None:
    """'open' or 'end' when a command (by its first words) opens or ends a transaction."""
    if words[:1] == ("BEGIN",) or words[:2] == ("START", "TRANSACTION"):
        return "open"
    if (words[:1] and words[0] in _END_WORDS) or words[:2] == ("PREPARE", "TRANSACTION"):
        return "end"
    return None


def ends_transaction(statement: Statement) -> bool:
    """Whether ``statement`` (of a file check_whole_file passed) is the one that ends its
    transaction: a single COMMIT, END, ROLLBACK or ABORT."""
    if not statement.sql[:1].isalpha() or statement.sql[:1].upper() not in "CERA":
        return False
    found = commands(statement)
    return len(found) == 1 and _transaction_word(found[0].words(2) or ("",)) == "end"


def check_whole_file(script: Script) -> None:
    """Read all of ``script`` (streaming, keeping no statement) and refuse it, before anything
    is sent, unless it has the shape of a generated file of its kind: its first statement
    only opens the transaction (BEGIN; for verify BEGIN READ ONLY too), no other command
    opens or ends one, its last command is COMMIT (verify: or ROLLBACK) with nothing after
    it, a COPY … FROM STDIN only in a seed and as a statement of its own."""
    kind, path = script.kind, script.path

    def refuse(line: int, problem: str) -> SeedError:
        return SeedError(f"{path}:{line}: {problem}: not a complete generated {kind} file", ExitCode.FILE)

    first = True
    ended: Command | None = None  # the command that ended the transaction
    last: Command | None = None
    for item in script.statements():
        if isinstance(item, CopyData):
            continue  # statements() hands data only after its COPY, checked below
        try:
            found = commands(item)
        except UnclearSQL as exc:
            raise refuse(item.line, f"cannot read this statement's commands as PostgreSQL would ({exc})") from None
        if first:  # the runner declares its settings right after this statement: it only opens
            if len(found) != 1 or found[0].words() not in _opens(kind):
                shown = _shown("; ".join(c.sql for c in found) or item.sql)
                raise refuse(item.line, f"the first statement does not open the transaction (`{shown}`, not BEGIN)")
            first = False
            last = found[0]
            continue
        for command in found:
            last = command
            head = command.words(2) or ("",)
            if ended is not None:
                raise refuse(command.line, f"`{command.shown()}` comes after the transaction ended "
                                           f"(line {ended.line}): it would run outside it")
            role = _transaction_word(head)
            if role == "open":
                raise refuse(command.line, f"`{command.shown()}` opens a transaction again")
            if role == "end":
                if kind == "verify" and len(found) != 1:  # the runner rolls it back instead (ends_transaction)
                    raise refuse(command.line, f"`{command.shown()}` ends verify's transaction inside a statement "
                                               "of other commands, not as a statement of its own")
                if command.words() not in _ends(kind):
                    raise refuse(command.line, f"`{command.shown()}` ends the transaction otherwise than "
                                               f"{'COMMIT or ROLLBACK' if kind == 'verify' else 'COMMIT'}")
                ended = command
                continue
            if head[0] == "COPY" and (kind != "seed" or not item.copies_in or len(found) != 1):
                raise refuse(command.line, f"`{command.shown()}`: a {kind} file "
                                           + ("loads no rows (COPY)" if kind != "seed" else
                                              "copies only FROM STDIN, a statement of its own"))
    if first or last is None:
        raise refuse(1, "it holds no statement")
    if ended is None:
        raise refuse(last.line, f"the file left its transaction open: its last statement, `{last.shown()}`, "
                                "is not COMMIT")
