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
    ExitCode.DIFF: "stale files, verify or lint mismatch, or a plan that would change rows",
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


# What may not stand as itself in one line of text (a message, a `--` comment of a
# generated file): line ends, every other control character (C0, DEL, C1), the Unicode
# line and paragraph separators and lone surrogates.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """``text`` on one line, each control character written ``\\n``, ``\\r``, ``\\t``,
    ``\\xHH`` or ``\\uHHHH``: what a message or a generated file's comment may quote from a
    user's input (a path, a name)."""
    if _NOT_ONE_LINE.search(text) is None:
        return text
    return _NOT_ONE_LINE.sub(lambda m: _SHOWN.get(m.group(), f"\\x{ord(m.group()):02X}" if ord(m.group()) < 0x100
                                                 else f"\\u{ord(m.group()):04X}"), text)


class SeedError(Exception):
    """A user-facing error: one line of message and the exit code it maps to."""

    def __init__(self, message: str, code: ExitCode = ExitCode.DATABASE) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message
