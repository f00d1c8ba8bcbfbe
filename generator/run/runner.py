"""The runner: apply, reset and verify the generated files over psycopg (the connection,
its declarations and its errors: connection.py).

The runner refuses unless ``APP_ENV`` or ``NODE_ENV`` is exactly ``staging``; then it
declares ``app.env = 'staging'`` for the file's transaction only (nothing outlives it:
behind a pooler the server connection is shared), and the guard inside the SQL has the
last word.
"""

from __future__ import annotations

import time
from typing import Any, Iterator

import psycopg

from ..errors import ExitCode, SeedError
from ..progress import Progress
from ..sql.fileformat import (
    CHECK_COLUMNS, COPY_STATEMENT, MESSAGE_PREFIX, PLAN_SETTING, REPORT_TABLE_COLUMN, SEEDED_ROWS_CHECK,
    STATE_VERIFY_FAILED,
    output_file, staged_table_of,
)
from .connection import connect, database_error, declarations, require_staging_environment, resolve_dsn
from .results import Check, RunReport
from .script import CopyData, Script, Statement, check_whole_file, ends_transaction, prefetched

# --- running a script ---------------------------------------------------------------------


IDLE = psycopg.pq.TransactionStatus.IDLE
READ_ONLY = "SET LOCAL transaction_read_only = on"
VERIFY_END = b"ROLLBACK"  # what the runner sends for the COMMIT that ends a verify file
PLAN_END = b"ROLLBACK"  # what a plan sends for the COMMIT that ends the seed
PLAN_READ = f"SELECT current_setting('{PLAN_SETTING}', true)".encode()
# A query takes the transaction's first snapshot; from then on PostgreSQL refuses to make
# the transaction read-write again ("transaction read-write mode must be set before any
# query"), so a file cannot undo the runner's read-only declaration. (A snapshot also ends
# `SET transaction_isolation`: only a read-only run takes one this early.)
READ_ONLY_SNAPSHOT = "SELECT current_setting('transaction_read_only')"


def _opened(conn: psycopg.Connection, script: Script, declare: Any, kind: str) -> None:
    """After a file's first statement: it opened the transaction (check_whole_file said so
    before connecting; this holds it for what the server did), then the declarations."""
    if conn.info.transaction_status == IDLE:
        raise SeedError(f"{script.path} does not open a transaction: not {kind}", ExitCode.FILE)
    _declare(conn, script, declare)


def _declare(conn: psycopg.Connection, script: Script, declare: Any) -> None:
    """Run the runner's declarations right after the file's BEGIN; after a read-only one,
    take the snapshot that makes it final."""
    for sql, params in declare:
        conn.execute(sql, params)
    if any(sql == READ_ONLY for sql, _ in declare):
        row = conn.execute(READ_ONLY_SNAPSHOT).fetchone()
        if row is None or row[0] != "on":  # pragma: no cover - PostgreSQL just took the declaration
            raise SeedError(f"{script.path}: the transaction is not read-only after the runner declared it so",
                            ExitCode.DATABASE)


def _client_encoding(conn: psycopg.Connection) -> str | None:
    return conn.info.parameter_status("client_encoding")


def _may_send(conn: psycopg.Connection, script: Script, statement: Statement, encoding: str | None) -> None:
    """At run time, before each statement after the first (besides check_whole_file, which
    refused the file before anything was sent): the file's transaction is still open, and
    its client_encoding is the one the runner's reading of the file assumed."""
    if conn.info.transaction_status == IDLE:
        raise SeedError(f"{script.path}:{statement.line}: the file's transaction ended before this statement, "
                        "which was not sent: not a complete generated file", ExitCode.FILE)
    if _client_encoding(conn) != encoding:
        raise SeedError(f"{script.path}:{statement.line}: the file changed client_encoding, which changes how "
                        "PostgreSQL reads the statements after it: not a complete generated file", ExitCode.FILE)


def run_script(
    conn: psycopg.Connection,
    script: Script,
    command: str,
    columns: tuple[str, ...],
    dsn: str,
    progress: Progress | None = None,
    declare: tuple[tuple[str, tuple[Any, ...]], ...] | list[tuple[str, tuple[Any, ...]]] = (),
    plan: bool = False,
) -> RunReport:
    """Execute every statement of ``script``; the file's own BEGIN/COMMIT make it one
    transaction, and ``declare`` runs right after its BEGIN. A file whose first statement
    does not open a transaction is refused. On any error the connection is closed, so
    nothing is committed. A ``plan`` runs everything but the end: it reads the file's plan
    entries (fileformat.PLAN_SETTING), then rolls back instead of committing."""
    report = RunReport(command, str(script.path), columns)
    conn.add_notice_handler(lambda diag: report.notices.append(diag.message_primary or ""))
    started = time.perf_counter()
    try:
        items = prefetched(script.statements())
        encoding = _client_encoding(conn)
        for number, statement in enumerate(items):
            if isinstance(statement, CopyData):  # pragma: no cover - statements() puts data after its COPY
                raise SeedError(f"{script.path}:{statement.line}: COPY data without a COPY", ExitCode.FILE)
            if number > 0:
                _may_send(conn, script, statement, encoding)
            cur = psycopg.ClientCursor(conn)
            if plan and number > 0 and ends_transaction(statement):
                report.read_plan(cur.execute(PLAN_READ).fetchone()[0])
                cur.execute(PLAN_END)
                report.rolled_back = True
                continue
            if statement.copies_in:
                _copy_in(cur, statement, items, progress)
                continue
            # bytes: run as written, no placeholders; a client-side cursor sends it with the
            # simple query protocol, as psql does
            cur.execute(statement.sql.encode("utf-8"))
            if number == 0:
                _opened(conn, script, declare, "a complete generated file")
            if cur.description and [d.name for d in cur.description][: len(columns) + 1] == [REPORT_TABLE_COLUMN, *columns]:
                for values in cur.fetchall():
                    row = dict(zip([d.name for d in cur.description], values))
                    report.add(row)
                    if progress:
                        progress(row[REPORT_TABLE_COLUMN], sum(report.tables[row[REPORT_TABLE_COLUMN]].counts.values()))
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            raise SeedError(f"{script.path} left its transaction open: not a complete generated file", ExitCode.FILE)
    except psycopg.Error as exc:
        conn.close()
        raise database_error(exc, dsn, command) from None
    except BaseException:
        conn.close()
        raise
    report.elapsed = time.perf_counter() - started
    report.notices = [n.replace(MESSAGE_PREFIX, "", 1) for n in report.notices]
    return report




def _copy_in(cur: psycopg.ClientCursor, statement: Statement, items: Iterator[Statement | CopyData],
             progress: Progress | None) -> None:
    """Run a COPY … FROM STDIN and send it the data lines that follow it in the file, as
    psql does; ``progress`` hears the rows sent, by the table they are for."""
    found = COPY_STATEMENT.match(statement.sql)
    assert found is not None  # Statement.copies_in
    table = staged_table_of(found.group("target").replace('""', '"'))
    sent = 0
    with cur.copy(statement.sql.encode("utf-8")) as copy:
        for data in items:
            if not isinstance(data, CopyData):  # pragma: no cover - statements() ends each COPY's data
                raise SeedError(f"line {statement.line}: the COPY's data has no end", ExitCode.FILE)
            if data.text:
                copy.write(data.text.encode("utf-8"))
                sent += data.rows
                if progress:
                    progress(table, sent)
            if data.last:
                break


def apply_or_reset(script: Script, dsn: str | None, lock_timeout: float, progress: Progress | None = None) -> RunReport:
    """Run a seed or reset file against the database (the staging checks included)."""
    require_staging_environment()
    return run_file(script, resolve_dsn(dsn), lock_timeout, progress)


def run_file(script: Script, target: str, lock_timeout: float, progress: Progress | None = None,
             plan: bool = False) -> RunReport:
    """Run a seed or reset file on ``target``, declaring staging for its transaction only
    (``plan``: the seed, rolled back). The whole file is read and checked first: a file
    that fails is refused unconnected."""
    check_whole_file(script)
    conn = connect(target)
    declare = declarations(target, staging=True, lock_timeout=lock_timeout, dry_run=plan)
    file = output_file(script.kind)
    try:
        return run_script(conn, script, "plan" if plan else file.command, file.columns, target, progress, declare,
                          plan=plan)
    finally:
        conn.close()


def plan_apply(script: Script, dsn: str | None, lock_timeout: float, progress: Progress | None = None) -> RunReport:
    """What applying the seed would do, found by applying it in a transaction that is
    always rolled back (the staging checks and the guard as for apply)."""
    require_staging_environment()
    return run_file(script, resolve_dsn(dsn), lock_timeout, progress, plan=True)


# --- verify -----------------------------------------------------------------------------------


def verify(script: Script, dsn: str | None, expect_empty: bool = False) -> list[Check]:
    """Run the verify file in a read-only transaction; returns every check.

    The whole file is read and checked first (a file that fails is refused unconnected);
    the runner makes the transaction read-only right after the file's BEGIN, for good.
    With ``expect_empty`` the promise is the state after a reset: no seeded rows.
    """
    check_whole_file(script)
    target = resolve_dsn(dsn)
    conn = connect(target)
    checks: list[Check] = []
    declare = declarations(target, read_only=True)
    try:
        encoding = _client_encoding(conn)
        for number, statement in enumerate(script.statements()):
            if isinstance(statement, CopyData) or statement.copies_in:
                raise SeedError(f"{script.path}:{statement.line}: a verify file loads no rows (COPY): not a verify file",
                                ExitCode.FILE)
            if number > 0:
                _may_send(conn, script, statement, encoding)
            # verify never commits: its end is a ROLLBACK, so a write that got past the
            # read-only transaction (RESET transaction_read_only, before PostgreSQL 16) is undone
            sql = VERIFY_END if ends_transaction(statement) else statement.sql.encode("utf-8")
            cur = conn.execute(sql)
            if number == 0:
                _opened(conn, script, declare, "a verify file")
            if cur.description and tuple(d.name for d in cur.description) == CHECK_COLUMNS:
                for name, table, expected, found, _ in cur.fetchall():
                    if expect_empty and name == SEEDED_ROWS_CHECK:
                        expected = 0
                    checks.append(Check(name, table, int(expected), int(found)))
    except psycopg.Error as exc:
        # The file's deploy gate fails it after printing every check: the checks say the rest.
        if not (checks and getattr(exc, "sqlstate", None) == STATE_VERIFY_FAILED):
            raise database_error(exc, target, "verify") from None
    finally:
        conn.close()
    if not checks:
        raise SeedError(f"{script.path} returned no checks: not a verify file", ExitCode.FILE)
    return checks


def run_sql_text(conn: psycopg.Connection, text: str, dsn: str, during: str) -> None:
    """Execute every statement of generated SQL text (the schema, for the demo and tests)."""
    from .script import statements

    try:
        for statement in statements(iter(text.splitlines(keepends=True)), during):
            conn.execute(statement.sql.encode("utf-8"))
    except psycopg.Error as exc:
        raise database_error(exc, dsn, during) from None
