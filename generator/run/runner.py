"""The runner: apply, reset and verify the generated files over psycopg.

Connection: ``--dsn``, else ``DATABASE_URL``, else libpq's ``PG*`` variables; a URL as a
Prisma app's ``.env`` holds it is taken as it is (``schema=`` names the tables' schema,
parameters only Prisma knows are dropped). The runner refuses unless ``APP_ENV`` or
``NODE_ENV`` is exactly ``staging``; then it declares ``app.env = 'staging'`` for the
file's transaction only (nothing outlives it: behind a pooler the server connection is
shared), and the guard inside the SQL has the last word. Every database failure becomes a ``SeedError`` with a documented exit code; no
message ever carries a password.
"""

from __future__ import annotations

import os
import re
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import psycopg
from psycopg import conninfo, errors

from ..errors import ExitCode, SeedError
from ..progress import Progress
from ..sql.fileformat import (
    CHECK_COLUMNS, COPY_STATEMENT, ENV_SETTING, MESSAGE_PREFIX, REPORT_TABLE_COLUMN, SEEDED_ROWS_CHECK, STAGING,
    STATE_PRODUCTS, STATE_REFUSED, STATE_SCHEMA, STATE_VERIFY_FAILED, output_file, staged_table_of,
)
from .results import Check, RunReport
from .script import CopyData, Script, Statement, check_whole_file, ends_transaction, prefetched

CONNECT_TIMEOUT_SECONDS = 10


# --- environment and connection ----------------------------------------------------------


def require_staging_environment(environ: Mapping[str, str] = os.environ) -> None:
    """Refuse unless APP_ENV or NODE_ENV is exactly 'staging' (case and spaces count)."""
    if STAGING in (environ.get("APP_ENV"), environ.get("NODE_ENV")):
        return
    seen = ", ".join(f"{k}={environ[k]!r}" for k in ("APP_ENV", "NODE_ENV") if k in environ) or "neither is set"
    raise SeedError(
        f"refused: the environment is not staging ({seen}); set APP_ENV=staging to run against a staging database",
        ExitCode.NOT_STAGING,
    )


def resolve_dsn(dsn: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """--dsn, else DATABASE_URL, else '' (libpq then reads the PG* variables)."""
    if dsn:
        return dsn
    return environ.get("DATABASE_URL", "")


# Query parameters of a Prisma connection URL that libpq does not know (Prisma's docs,
# "PostgreSQL connection URL arguments"); `schema` is read, the others are dropped.
PRISMA_ONLY_PARAMETERS = frozenset(
    {
        "schema",
        "connection_limit",
        "pool_timeout",
        "socket_timeout",
        "pgbouncer",
        "statement_cache_size",
        "sslaccept",
        "sslidentity",
        "max_connection_lifetime",
        "max_idle_connection_lifetime",
    }
)


@dataclass(frozen=True)
class Target:
    """Where to connect: a DSN libpq accepts, and the schema the tables live in (or None)."""

    dsn: str
    schema: str | None = None


def parse_target(dsn: str) -> Target:
    """A Target from a DSN or URL; a Prisma URL's own parameters are read or dropped.

    A malformed DSN (a port that is not a number, an unknown parameter) is a usage error."""
    schema = None
    if dsn.startswith(("postgres://", "postgresql://")) and "?" in dsn:
        base, _, query = dsn.partition("?")
        kept = []
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            if key == "schema":
                schema = urllib.parse.unquote(value) or None
            elif key not in PRISMA_ONLY_PARAMETERS and pair:
                kept.append(pair)
        dsn = base + ("?" + "&".join(kept) if kept else "")
    try:
        params = conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        reason = redact(_first_line(exc), dsn).removeprefix("missing \"=\" after ")
        raise SeedError(f"invalid --dsn / DATABASE_URL: {reason}", ExitCode.USAGE) from None
    port = str(params.get("port") or "")
    # one port, or one per host (several hosts: a URL's h1:5432,h2:5433); an empty one is
    # libpq's default port (postgresql://u@h1,h2:5433/db has the port list ",5433")
    if port and not all(p.isdigit() or not p for p in port.split(",")):
        raise SeedError(f"invalid --dsn / DATABASE_URL: the port {port!r} is not a number", ExitCode.USAGE)
    return Target(dsn, schema)


_KEYWORD_PASSWORD = re.compile(r"""password\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']+))""")


def _secrets(dsn: str) -> list[str]:
    """Every password the DSN (valid or not, key=value or URL, Prisma's included) or
    PGPASSWORD holds, as written and decoded: what a message must never show."""
    found = [os.environ.get("PGPASSWORD", "")]
    if dsn.startswith(("postgres://", "postgresql://")):
        try:
            parts = urllib.parse.urlsplit(dsn)
            found += [parts.password or ""] + [v for k, v in urllib.parse.parse_qsl(parts.query) if k == "password"]
        except ValueError:
            pass
        found += [urllib.parse.unquote(p) for p in found]  # as written (percent-encoded) and decoded
    else:
        found += [quoted.replace("\\'", "'").replace("\\\\", "\\") or bare
                  for quoted, bare in _KEYWORD_PASSWORD.findall(dsn)]
        found += [quoted for quoted, _ in _KEYWORD_PASSWORD.findall(dsn) if quoted]
    return sorted({s for s in found if s}, key=len, reverse=True)


def redact(message: str, dsn: str) -> str:
    """``message`` without any password the DSN or PGPASSWORD holds."""
    for secret in _secrets(dsn):
        message = message.replace(secret, "********")
    return message


def describe_target(dsn: str) -> str:
    """host/port/dbname/user of a DSN, for messages (never the password)."""
    try:
        params = conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "the database (unparsable DSN)"
    env = os.environ
    host = params.get("host") or env.get("PGHOST") or "localhost"
    port = params.get("port") or env.get("PGPORT") or "5432"
    dbname = params.get("dbname") or env.get("PGDATABASE") or params.get("user") or env.get("PGUSER") or "(default)"
    return f"{dbname} on {host}:{port}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def connect(dsn: str | None) -> psycopg.Connection:
    """An autocommit connection that declares nothing for its session (see `declarations`)."""
    target = parse_target(resolve_dsn(dsn)).dsn
    try:
        conn = psycopg.connect(
            target, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS, application_name="gen-seed-sql"
        )
    except psycopg.OperationalError as exc:
        detail = redact(_first_line(exc), target)
        if any(text in detail for text in ("password authentication failed", "no password supplied", "role \"")):
            problem = "bad credentials for"
        elif "does not exist" in detail and "database" in detail:
            problem = "no such database:"
        else:
            problem = "cannot connect to"
        raise SeedError(f"{problem} {describe_target(target)}: {detail}", ExitCode.CONNECTION) from None
    return conn


def declarations(
    dsn: str, *, staging: bool = False, lock_timeout: float | None = None, read_only: bool = False
) -> list[tuple[str, tuple[Any, ...]]]:
    """What the runner declares for a file's transaction, each transaction-local
    (``set_config(..., true)``): run right after the file's BEGIN, gone at its end."""
    found: list[tuple[str, tuple[Any, ...]]] = []
    if read_only:
        found.append(("SET LOCAL transaction_read_only = on", ()))
    schema = parse_target(dsn).schema
    if schema:
        found.append(("SELECT set_config('search_path', quote_ident(%s), true)", (schema,)))
    if lock_timeout is not None:
        found.append(("SELECT set_config('lock_timeout', %s, true)", (f"{int(lock_timeout * 1000)}ms",)))
    if staging:
        found.append(("SELECT set_config(%s, %s, true)", (ENV_SETTING, STAGING)))
    return found


def database_error(exc: psycopg.Error, dsn: str, during: str) -> SeedError:
    """The SeedError for a database error: the guard, prerequisites, locks, conflicts."""
    message = redact(_first_line(exc), dsn)
    if message.startswith(MESSAGE_PREFIX):
        message = message[len(MESSAGE_PREFIX):]
    state = getattr(exc, "sqlstate", None)
    if state == STATE_REFUSED:
        return SeedError(message, ExitCode.GUARD_REFUSED)
    if state in (STATE_SCHEMA, STATE_PRODUCTS):
        return SeedError(message, ExitCode.PREREQUISITE)
    if isinstance(exc, errors.UndefinedTable):
        return SeedError(f"missing table: {message} (load the application schema first)", ExitCode.PREREQUISITE)
    if isinstance(exc, errors.LockNotAvailable):
        return SeedError(
            f"lock timeout during {during}: another run or session held a lock the seed needs "
            "(raise --lock-timeout, or wait for it to finish); nothing was written",
            ExitCode.LOCK_TIMEOUT,
        )
    if isinstance(exc, errors.UniqueViolation):
        diag = exc.diag
        detail = redact(diag.message_detail or "", dsn)
        return SeedError(
            f"conflict with real data in {diag.table_name!r}: {detail} "
            f"(constraint {diag.constraint_name}); the seed wrote nothing",
            ExitCode.CONFLICT,
        )
    # A lost connection has no SQLSTATE (or a class 08 one), a shut-down server 57P0x;
    # other OperationalErrors (class 53-58: out of memory, object in use...) are the database's.
    lost = isinstance(exc, psycopg.OperationalError) and (state is None or state.startswith("08"))
    if lost or state in ("57P01", "57P02", "57P03"):
        return SeedError(
            f"lost the connection to the server during {during}: {message}; nothing was committed",
            ExitCode.CONNECTION,
        )
    return SeedError(f"database error during {during}: {message}", ExitCode.DATABASE)


# --- running a script ---------------------------------------------------------------------


IDLE = psycopg.pq.TransactionStatus.IDLE
READ_ONLY = "SET LOCAL transaction_read_only = on"
VERIFY_END = b"ROLLBACK"  # what the runner sends for the COMMIT that ends a verify file
# A query takes the transaction's first snapshot; from then on PostgreSQL refuses to make
# the transaction read-write again ("transaction read-write mode must be set before any
# query"), so a file cannot undo the runner's read-only declaration. (A snapshot also ends
# `SET transaction_isolation`: only a read-only run takes one this early.)
READ_ONLY_SNAPSHOT = "SELECT current_setting('transaction_read_only')"


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
) -> RunReport:
    """Execute every statement of ``script``; the file's own BEGIN/COMMIT make it one
    transaction, and ``declare`` runs right after its BEGIN. A file whose first statement
    does not open a transaction is refused. On any error the connection is closed, so
    nothing is committed."""
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
            if statement.copies_in:
                _copy_in(cur, statement, items, progress)
                continue
            # bytes: run as written, no placeholders; a client-side cursor sends it with the
            # simple query protocol, as psql does
            cur.execute(statement.sql.encode("utf-8"))
            if number == 0:
                if conn.info.transaction_status == IDLE:
                    raise SeedError(f"{script.path} does not open a transaction: not a complete generated file", ExitCode.FILE)
                _declare(conn, script, declare)
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


def run_file(script: Script, target: str, lock_timeout: float, progress: Progress | None = None) -> RunReport:
    """Run a seed or reset file on ``target``, declaring staging for its transaction only.
    The whole file is read and checked first: a file that fails is refused unconnected."""
    check_whole_file(script)
    conn = connect(target)
    declare = declarations(target, staging=True, lock_timeout=lock_timeout)
    file = output_file(script.kind)
    try:
        return run_script(conn, script, file.command, file.columns, target, progress, declare)
    finally:
        conn.close()


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
                if conn.info.transaction_status == IDLE:
                    raise SeedError(f"{script.path} does not open a transaction: not a verify file", ExitCode.FILE)
                _declare(conn, script, declare)
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
