"""The one exception type for user errors, and the exit codes it maps to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of every `gen-seed-sql` command (the table in docs/cli.md)."""

    OK = 0
    DIFF = 1  # build --check found stale files; verify or lint found a mismatch
    USAGE = 2  # bad option value or unknown option (click's own code)
    NOT_STAGING = 3  # the environment does not say staging (APP_ENV / NODE_ENV)
    GUARD_REFUSED = 4  # the database's guard refused (app.env not staging for this database)
    CONNECTION = 5  # server unreachable, bad credentials, connect timeout, server gone
    PREREQUISITE = 6  # missing tables or platform products
    FILE = 7  # missing, unreadable or malformed input file; unwritable output
    LOCK_TIMEOUT = 8  # another run held the seed lock (or a table lock) too long
    CONFLICT = 9  # a real row already holds a unique value the seed needs
    DATABASE = 10  # any other error reported by the database
    INTERNAL = 70  # a bug: please report it
    INTERRUPTED = 130  # Ctrl-C


DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a run waits for a lock before it gives up with LOCK_TIMEOUT


class SeedError(Exception):
    """A user-facing error: one line of message and the exit code it maps to."""

    def __init__(self, message: str, code: ExitCode = ExitCode.DATABASE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message
