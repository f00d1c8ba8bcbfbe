"""The command line as the tests run it: in this process through click's runner, or as
the console script in a process of its own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli import cli

# The console script, as a process of its own (the package this interpreter imports).
CLI = [sys.executable, "-c", "from generator.cli import main; main()"]
# The runner's environment: it says staging, and nothing the test's shell holds speaks for it.
STAGING_ENV = {"APP_ENV": "staging", "NODE_ENV": None, "DATABASE_URL": None, "PGPASSWORD": None}


def run(args: list[str], env: dict[str, str | None] | None = None) -> Result:
    """``gen-seed-sql ARGS`` in this process, its environment saying staging."""
    return CliRunner().invoke(cli, args, env={**STAGING_ENV, **(env or {})}, catch_exceptions=False)


def run_file(command: str, file: Path, dsn: str, *extra: str) -> Result:
    """``gen-seed-sql COMMAND FILE --dsn DSN`` (apply, reset, verify) in this process."""
    return run([command, str(file), "--dsn", dsn, *extra])


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without what speaks for a database or an environment
    (PG*, APP_ENV, NODE_ENV, DATABASE_URL), with ``extra``: for a console script."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k not in ("APP_ENV", "NODE_ENV", "DATABASE_URL")}
    env.update(extra)
    return env


def the_error(result: Result) -> str:
    """The one error line of a command that failed; fails on a traceback or on more lines."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("gen-seed-sql: error:")]
    assert len(lines) == 1, result.output
    return lines[0]


def assert_one_line_error(result: Result, code: int, *needles: str) -> None:
    """The command exited ``code`` with one error line, holding each of ``needles``."""
    assert result.exit_code == code, (result.exit_code, result.output)
    line = the_error(result)
    for needle in needles:
        assert needle in line, (needle, line)
