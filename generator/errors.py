"""The one exception type for user errors, and the exit codes it maps to."""

from __future__ import annotations

import re
from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of every `gen-seed-sql` command (the table in docs/cli.md)."""

    OK = 0
    DIFF = 1  # build --check found stale files; verify or lint found a mismatch
    USAGE = 2  # bad option value or unknown option (click's own code)
    NOT_STAGING = 3  # the environment does not say staging (APP_ENV / NODE_ENV)
    GUARD_REFUSED = 4  # the database's guard refused (app.env not staging for this database)
    CONNECTION = 5  # server unreachable, bad credentials, connect timeout, server gone
    PREREQUISITE = 6  # the schema does not fit, missing platform products or optional part
    FILE = 7  # missing, unreadable or malformed input file; unwritable output
    LOCK_TIMEOUT = 8  # another run held the seed lock (or a table lock) too long
    CONFLICT = 9  # a real row already holds a unique value the seed needs
    DATABASE = 10  # any other error reported by the database
    INTERNAL = 70  # a bug: please report it
    INTERRUPTED = 130  # Ctrl-C

    @property
    def summary(self) -> str:
        """A few words for `--help` (docs/cli.md says more, one row per code)."""
        return _SUMMARIES[self]


_SUMMARIES = {
    ExitCode.OK: "ok",
    ExitCode.DIFF: "stale files, verify or lint mismatch",
    ExitCode.USAGE: "bad usage",
    ExitCode.NOT_STAGING: "environment not staging",
    ExitCode.GUARD_REFUSED: "refused by the database guard",
    ExitCode.CONNECTION: "cannot connect",
    ExitCode.PREREQUISITE: "schema does not fit, missing platform products or optional part",
    ExitCode.FILE: "file error",
    ExitCode.LOCK_TIMEOUT: "lock timeout",
    ExitCode.CONFLICT: "conflict with real data",
    ExitCode.DATABASE: "other database error",
    ExitCode.INTERNAL: "internal error (a bug: please report it)",
    ExitCode.INTERRUPTED: "interrupted",
}


def exit_codes_help() -> str:
    """The `Exit codes:` epilog of every command, from ExitCode."""
    return "Exit codes: " + "; ".join(f"{code.value} {code.summary}" for code in ExitCode) + "."


DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a run waits for a lock before it gives up with LOCK_TIMEOUT


# Control characters a message may quote from a user's input (a path, a name): written
# \n, \r, \t or \xHH, so that a message is always one line.
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class SeedError(Exception):
    """A user-facing error: one line of message and the exit code it maps to."""

    def __init__(self, message: str, code: ExitCode = ExitCode.DATABASE) -> None:
        message = _CONTROL.sub(lambda m: _SHOWN.get(m.group(), f"\\x{ord(m.group()):02X}"), message)
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message
