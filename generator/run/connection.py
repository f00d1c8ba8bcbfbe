"""The connection: which database a command runs against and how it is reached.

``--dsn``, else ``DATABASE_URL``, else libpq's ``PG*`` variables; a URL as a Prisma app's
``.env`` holds it is taken as it is (``schema=`` names the tables' schema, parameters only
Prisma knows are dropped). ``APP_ENV`` or ``NODE_ENV`` must be exactly ``staging``. What
the runner declares for a file's transaction (``declarations``), and every database
failure as a ``SeedError`` with a documented exit code; no message ever carries a
password (``redact``).
"""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any, Mapping

import psycopg
from psycopg import conninfo, errors

from ..errors import ExitCode, SeedError
from ..sql.fileformat import (
    DRY_RUN_SETTING, ENV_SETTING, MESSAGE_PREFIX, STAGING, STATE_PRODUCTS, STATE_REFUSED, STATE_SCHEMA,
)

CONNECT_TIMEOUT_SECONDS = 10
MISSING_TABLE_HINT = "load the application schema first"


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
    dsn: str, *, staging: bool = False, lock_timeout: float | None = None, read_only: bool = False,
    dry_run: bool = False,
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
    if dry_run:  # the seed's reports then write their plan entries
        found.append(("SELECT set_config(%s, 'on', true)", (DRY_RUN_SETTING,)))
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
        return SeedError(f"missing table: {message} ({MISSING_TABLE_HINT})", ExitCode.PREREQUISITE)
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
