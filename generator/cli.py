"""The `gen-seed-sql` command line: thin wrappers over the library.

Each command parses options, calls one library function and prints. A ``SeedError``
becomes a one-line message and its documented exit code, in one place (``SeedGroup``).
"""

from __future__ import annotations

import math
import re
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .config import MAX_CAMPAIGNS, MAX_ORDERS, MAX_SCALE, MAX_SEED, read_config
from .dataset.inputs import DEFAULT_SEED
from .errors import DEFAULT_LOCK_TIMEOUT, ExitCode, SeedError, exit_codes_help
from .schema.builtin import builtin_schema

EXIT_CODES_HELP = exit_codes_help()


def _parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


class PathValue(click.ParamType):
    """A file-system path; one no operating system can open (a NUL byte) is a usage error.

    (click.Path would crash on it: it calls os.stat, which raises ValueError.)"""

    name = "path"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        if isinstance(value, Path):
            return value
        if "\x00" in str(value):
            self.fail("a path cannot contain a NUL byte", param, ctx)
        return Path(value)


PATH = PathValue()


class SeedGroup(click.Group):
    """A group that turns a SeedError into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except SeedError as exc:
            click.echo(f"gen-seed-sql: error: {exc.message}", err=True)
            ctx.exit(int(exc.code))
        except KeyboardInterrupt:
            # the connection closes with the process: an open transaction is rolled back
            click.echo("gen-seed-sql: error: interrupted; nothing was written", err=True)
            ctx.exit(int(ExitCode.INTERRUPTED))


def config_option(function):  # type: ignore[no-untyped-def]
    """--config: the settings file (default: gen-seed-sql.toml here or in the nearest parent)."""
    return click.option(
        "--config", "config_path", type=PATH, default=None, metavar="PATH",
        help="Settings file  [default: gen-seed-sql.toml in this directory or the nearest parent that has one].",
    )(function)


def dataset_options(function):  # type: ignore[no-untyped-def]
    """The knobs that shape the dataset, shared by every command that renders it; each
    overrides the settings file's value of the same name."""
    for decorator in reversed(
        [
            click.option("--seed", type=click.IntRange(0, MAX_SEED), default=None, help=f"Randomness seed  [default: {DEFAULT_SEED}]."),
            click.option("--orders", type=click.IntRange(0, MAX_ORDERS), default=None, help="Orders  [default: 100 x scale]."),
            click.option("--campaigns", type=click.IntRange(0, MAX_CAMPAIGNS), default=None, help="Campaigns (3 adsets, 6 ads each)  [default: 10 x scale]."),
            click.option("--scale", type=click.IntRange(1, MAX_SCALE), default=None, help="Multiply the default counts (volume mode)  [default: 1]."),
            click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=_parse_day, default=None, help="Pin the anchor day in the files  [default: the day of the apply, UTC]."),
            click.option("--flavor", type=click.Choice(["psql", "plain"]), default=None,
                         help="psql: the files with psql's meta-commands; plain: for any other SQL runner "
                         "(node-postgres, prisma db execute, Supabase, Flyway)  [default: the settings' flavor, else psql]."),
            click.option("--prisma-schema", "prisma_schema", type=PATH, default=None, metavar="PATH",
                         help="The team's schema.prisma: bind the files to it  [default: the settings' prisma-schema, else the stand-in]."),
            config_option,
        ]
    ):
        function = decorator(function)
    return function


@click.group(cls=SeedGroup, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gen-seed-sql")
def cli() -> None:
    """Deterministic staging seed data, rendered into reviewable SQL files."""


@cli.command(epilog=EXIT_CODES_HELP)
@dataset_options
@click.option("--out", "out_dir", type=PATH, default=None, help="Directory of the generated files  [default: the settings' out, else out].")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 with a diff when the files are stale.")
@click.option("--stat", is_flag=True, help="With --check: per table, rows added / removed / changed instead of the diff.")
def build(seed: int | None, orders: int | None, campaigns: int | None, scale: int | None, as_of: date | None,
          flavor: str | None, prisma_schema: Path | None, config_path: Path | None, out_dir: Path | None, check: bool,
          stat: bool) -> None:
    """Write the seed, reset and verify SQL files.

    Example: gen-seed-sql build --check --stat
    """
    from .sql.output import check_out_dir, write_files
    from .run.report import table_text

    config = read_config(config_path)
    inputs = config.inputs(seed=seed, orders=orders, campaigns=campaigns, scale=scale, as_of=as_of,
                           out_dir=out_dir, prisma_schema=prisma_schema, flavor=flavor)
    schema = config.schema(prisma_schema, inputs)  # built once per command and passed down
    rebuild = config.rebuild(inputs, out_dir)
    out_dir = config.out_dir(out_dir)
    if stat and not check:
        raise click.UsageError("--stat goes with --check")
    if check:
        checked = check_out_dir(inputs, schema, out_dir, stat=stat)
        if checked is None:
            raise SeedError(
                f"{out_dir} is not a directory: nothing to check (build it with `{rebuild}`)",
                ExitCode.FILE,
            )
        differences = checked.differences
        if not differences:
            click.echo(f"{out_dir}: up to date")
            return
        if stat:
            click.echo(table_text(["table", "added", "removed", "changed"], checked.rows))
            click.echo("files: " + ", ".join(f"{d.name} ({d.status})" for d in differences))
        else:
            for d in differences:
                click.echo(d.diff, nl=False)
        names = ", ".join(d.name for d in differences)
        raise SeedError(f"{out_dir} is stale ({names}): run `{rebuild}` and commit the result", ExitCode.DIFF)
    from .progress import terminal_progress

    written = write_files(inputs, out_dir, schema, terminal_progress())
    _clear_progress()
    for path in written:
        click.echo(f"wrote {path}")


def _ddl_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--ddl", type=click.Choice(["reference", "prisma", "prisma-uuid"]), default="reference", show_default=True,
        help="reference: PostgreSQL-native (idempotent); prisma: as `prisma migrate` makes it (TEXT ids); "
        "prisma-uuid: with @db.Uuid ids.",
    )(function)


@cli.command(epilog=EXIT_CODES_HELP)
@_ddl_option
def schema(ddl: str) -> None:
    """Print a stand-in for the app's tables, and the platform products.

    Example: gen-seed-sql schema --ddl prisma | psql "$DATABASE_URL"
    """
    from .sql.ddl import render_schema

    for chunk in render_schema(ddl, schema=builtin_schema()):
        click.echo(chunk, nl=False)


def _report_options(function):  # type: ignore[no-untyped-def]
    for decorator in reversed(
        [
            click.option("--dsn", metavar="DSN", default=None, help="Connection string or URI  [default: $DATABASE_URL, else libpq's PG* variables]."),
            click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Report for people or machines."),
        ]
    ):
        function = decorator(function)
    return function


def _finite(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """FloatRange lets nan through (it compares false with both bounds)."""
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds.", ctx, param)
    return value


def _lock_timeout_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--lock-timeout", type=click.FloatRange(0.1, 3600), default=DEFAULT_LOCK_TIMEOUT, show_default=True,
        metavar="SECONDS", callback=_finite,
        help="Give up when a lock (another run's, or a table's) is held longer than this.",
    )(function)


def _script(file: Path | None, kind: str, config_path: Path | None = None):  # type: ignore[no-untyped-def]
    """FILE, else the file of that kind in the settings' out (else ./out), opened."""
    from .run.script import open_script

    return open_script(read_config(config_path).output_path(kind, file), kind)


FILE_ARGUMENT = click.argument("file", required=False, type=PATH)


def _run_options(function):  # type: ignore[no-untyped-def]
    """The argument and options of apply and reset."""
    for decorator in reversed([FILE_ARGUMENT, _report_options, _lock_timeout_option, config_option]):
        function = decorator(function)
    return function


def _apply_or_reset(kind: str, file: Path | None, dsn: str | None, output_format: str, lock_timeout: float,
                    config_path: Path | None) -> None:
    """apply (``kind`` "seed") and reset ("reset"): run the file, print its report."""
    from .progress import terminal_progress
    from .run.report import run_report_json, run_report_text
    from .run.runner import apply_or_reset

    report = apply_or_reset(_script(file, kind, config_path), dsn, lock_timeout, terminal_progress())
    _clear_progress()
    click.echo(run_report_json(report) if output_format == "json" else run_report_text(report))


@cli.command(epilog=EXIT_CODES_HELP)
@_run_options
def apply(file: Path | None, dsn: str | None, output_format: str, lock_timeout: float, config_path: Path | None) -> None:
    """Apply the seed (default out/seed.staging.sql) in one transaction.

    Needs APP_ENV=staging or NODE_ENV=staging.

    \b
    Example: APP_ENV=staging gen-seed-sql apply --dsn postgresql://app@staging-db/app
    """
    _apply_or_reset("seed", file, dsn, output_format, lock_timeout, config_path)


@cli.command(epilog=EXIT_CODES_HELP)
@_run_options
def reset(file: Path | None, dsn: str | None, output_format: str, lock_timeout: float, config_path: Path | None) -> None:
    """Delete every seed-owned row (default file out/seed.staging.reset.sql).

    Needs APP_ENV=staging or NODE_ENV=staging. Example: APP_ENV=staging gen-seed-sql reset
    """
    _apply_or_reset("reset", file, dsn, output_format, lock_timeout, config_path)


@cli.command(epilog=EXIT_CODES_HELP)
@_run_options
def plan(file: Path | None, dsn: str | None, output_format: str, lock_timeout: float, config_path: Path | None) -> None:
    """Show what applying the seed would change, writing nothing.

    Runs the seed (default out/seed.staging.sql) as apply does, guard included, in a
    transaction it always rolls back; prints per table the rows an apply would insert,
    restore, delete and keep, naming up to five per table. Exit 0 when the database
    already holds exactly the file's dataset, 1 when an apply would change something.
    Needs APP_ENV=staging or NODE_ENV=staging.

    \b
    Example: APP_ENV=staging gen-seed-sql plan --dsn "$DATABASE_URL"
    """
    from .progress import terminal_progress
    from .run.report import plan_text, run_report_json
    from .run.runner import plan_apply

    report = plan_apply(_script(file, "seed", config_path), dsn, lock_timeout, terminal_progress())
    _clear_progress()
    click.echo(run_report_json(report) if output_format == "json" else plan_text(report))
    if report.changed:
        raise SeedError("plan: an apply would change rows (see above); nothing was written", ExitCode.DIFF)


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")


@cli.command(epilog=EXIT_CODES_HELP)
@FILE_ARGUMENT
@_report_options
@click.option("--empty", is_flag=True, help="Expect no seeded rows (the state after a reset).")
@config_option
def verify(file: Path | None, dsn: str | None, output_format: str, empty: bool, config_path: Path | None) -> None:
    """Check the database against what the files promise (read-only).

    Exit 1 names each mismatch. Example: gen-seed-sql verify --dsn "$DATABASE_URL"
    """
    from .run.report import checks_json, checks_text, mismatch_summary
    from .run.runner import verify as run_verify

    checks = run_verify(_script(file, "verify", config_path), dsn, expect_empty=empty)
    click.echo(checks_json(checks) if output_format == "json" else checks_text(checks))
    if not all(c.ok for c in checks):
        raise SeedError(mismatch_summary(checks), ExitCode.DIFF)


@cli.command(epilog=EXIT_CODES_HELP)
@_report_options
@config_option
def doctor(dsn: str | None, output_format: str, config_path: Path | None) -> None:
    """Compare the live schema with what the files write and read (read-only).

    First says when the files in out/ are stale for the settings (they are what an
    operator runs). Exit 0 when they fit and are fresh, 6 naming every mismatch, 1 when
    out/ is stale. Example: gen-seed-sql doctor --dsn "$DATABASE_URL"
    """
    from .run.doctor import diagnose, findings_json, findings_text, mismatch_summary
    from .sql.names import qualified
    from .sql.output import check_out_dir

    config = read_config(config_path)
    inputs = config.inputs()
    schema = config.schema(None, inputs)
    out_dir = config.out_dir(None)
    checked = check_out_dir(inputs, schema, out_dir)
    stale = None
    if checked is not None and checked.differences:
        stale = (f"{out_dir} is stale for the settings ({', '.join(d.name for d in checked.differences)}): "
                 f"the files an operator runs are not what `{inputs.command_line()}` makes; run it and commit the result")
        click.echo(f"gen-seed-sql: {stale}", err=True)
    findings = diagnose(dsn, schema, out_dir)
    click.echo(findings_json(findings) if output_format == "json" else findings_text(findings))
    if not all(f.ok for f in findings):
        raise SeedError(mismatch_summary(findings, qualified(schema)), ExitCode.PREREQUISITE)
    if stale:
        raise SeedError(stale, ExitCode.DIFF)


@cli.command(epilog=EXIT_CODES_HELP)
@dataset_options
@_ddl_option
@click.option("--keep", is_flag=True, help="Leave the server running and print its DSN.")
def demo(
    seed: int | None, orders: int | None, campaigns: int | None, scale: int | None, as_of: date | None,
    flavor: str | None, prisma_schema: Path | None, config_path: Path | None, ddl: str, keep: bool,
) -> None:
    """Seed an embedded PostgreSQL and show the result (no PostgreSQL needed).

    Starts a throwaway server, loads `schema --ddl DDL`, applies the seed, verifies,
    prints a summary. With prisma-migrations in the settings: loads the team's own
    migrations instead, and applies the committed files in out/ twice (the second must
    write nothing), then verifies. Example: gen-seed-sql demo --ddl prisma --keep
    """
    from .tools.demo import run_demo

    config = read_config(config_path)
    inputs = config.inputs(seed=seed, orders=orders, campaigns=campaigns, scale=scale, as_of=as_of,
                           prisma_schema=prisma_schema, flavor=flavor)
    migrations = config.path_of("prisma-migrations")
    run_demo(inputs, ddl=ddl, keep=keep, echo=click.echo, schema=config.schema(prisma_schema, inputs),
             migrations=migrations, committed=config.out_dir(None) if migrations is not None else None)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("directory", required=False, type=PATH, default=None)
@click.option("--parse-only", is_flag=True, help="Only the PostgreSQL grammar check (skip sqlfluff).")
@config_option
def lint(directory: Path | None, parse_only: bool, config_path: Path | None) -> None:
    """Check every generated statement: PostgreSQL's grammar, then sqlfluff style.

    Example: gen-seed-sql lint out
    """
    import time

    from .tools.lint import lint_directory

    started = time.perf_counter()
    directory = directory if directory is not None else read_config(config_path).out_dir(None)
    result = lint_directory(directory, style=not parse_only)
    for problem in result.problems:
        click.echo(str(problem))
    styled = "" if parse_only else f"; {result.shapes} statement shapes styled by sqlfluff (.sqlfluff)"
    click.echo(
        f"lint: {len(result.files)} files, {result.statements} statements with {result.rows} VALUES rows "
        f"parsed by PostgreSQL's grammar, {result.copy_rows} COPY data lines read field by field"
        f"{styled}; {len(result.problems)} problems "
        f"({time.perf_counter() - started:.1f} s)"
    )
    if result.problems:
        raise SeedError(f"lint found {len(result.problems)} problems in {directory}", ExitCode.DIFF)


def main() -> None:
    """Entry point of the `gen-seed-sql` console script."""
    cli(prog_name="gen-seed-sql")
