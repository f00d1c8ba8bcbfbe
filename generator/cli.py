"""The `gen-seed-sql` command line: thin wrappers over the library.

Each command parses options, calls one library function and prints. A ``SeedError``
becomes a one-line message and its documented exit code, in one place (``SeedGroup``).
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from . import __version__
from .dataset.inputs import DEFAULT_SEED, Inputs
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
    from .config import MAX_CAMPAIGNS, MAX_ORDERS, MAX_SCALE, MAX_SEED

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


def _schema(config, given: Path | None = None, inputs: Inputs | None = None):  # type: ignore[no-untyped-def]
    """The schema a command binds the dataset to, built once and passed down: the team's
    schema.prisma (``--prisma-schema``, else the settings' ``prisma-schema``), else the
    built-in stand-in."""
    path = given if given is not None else config.path_of("prisma-schema")
    if path is None:
        return builtin_schema()
    from .prisma.binding import Names, bind
    from .config import relative_label
    from .prisma.psl import read_schema

    names = Names(config.get("models", {}), config.get("fields", {}), config.get("fill", {}))
    return bind(read_schema(path, relative_label(path) if path.is_absolute() else str(path)), names, inputs,
                base=builtin_schema())


def _config(path: Path | None):  # type: ignore[no-untyped-def]
    from .config import read_config

    return read_config(path)


def _inputs(config, seed: int | None, orders: int | None, campaigns: int | None, scale: int | None,  # type: ignore[no-untyped-def]
            as_of: date | None, out_dir: Path | None = None, prisma_schema: Path | None = None,
            flavor: str | None = None) -> Inputs:
    """The inputs of a command: each option as given, else the settings file's, else the
    default. With a settings file, the inputs carry its name and the command that
    reproduces them (the plain `gen-seed-sql build` when nothing overrides it)."""
    given = {"seed": seed, "orders": orders, "campaigns": campaigns, "scale": scale, "as-of": as_of}
    value = {key: v if v is not None else config.get(key) for key, v in given.items()}
    inputs = Inputs.scaled(scale=value["scale"] or 1, seed=DEFAULT_SEED if value["seed"] is None else value["seed"],
                           orders=value["orders"], campaigns=value["campaigns"], as_of=value["as-of"])
    inputs = replace(inputs, flavor=flavor or config.get("flavor", "psql"))
    from .config import discovered_from, relative_label, repository_of

    out = config.out_dir(out_dir)
    schema_path = prisma_schema if prisma_schema is not None else config.path_of("prisma-schema")
    if schema_path is not None:
        inputs = replace(inputs, prisma_schema=relative_label(schema_path, repository_of(out)))
    given_schema = [f"--prisma-schema {prisma_schema}"] if prisma_schema is not None else []
    if config.path is None:
        return replace(inputs, regenerate=" ".join([inputs.command_line(), *given_schema])) if given_schema else inputs
    label = config.label(repository_of(out))
    options = inputs.options_against(config.values)
    if out_dir is not None:
        options.append(f"--out {out_dir}")
    named = [] if config.path.resolve() == discovered_from(out) else [f"--config {label}"]
    return replace(inputs, settings=label,
                   regenerate=" ".join(["gen-seed-sql build", *named, *given_schema, *options]))


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
    from .sql.output import check_files, render_all, stat_files, write_files
    from .run.report import table_text

    config = _config(config_path)
    inputs = _inputs(config, seed, orders, campaigns, scale, as_of, out_dir, prisma_schema, flavor)
    schema = _schema(config, prisma_schema, inputs)  # built once per command and passed down
    rebuild = inputs.command_line() if config.path else f"{inputs.command_line()} --out {config.out_dir(out_dir)}"
    out_dir = config.out_dir(out_dir)
    if stat and not check:
        raise click.UsageError("--stat goes with --check")
    if check:
        if not out_dir.is_dir():
            raise SeedError(
                f"{out_dir} is not a directory: nothing to check (build it with `{rebuild}`)",
                ExitCode.FILE,
            )
        fresh = render_all(inputs, schema)
        differences = check_files(fresh, out_dir)
        if not differences:
            click.echo(f"{out_dir}: up to date")
            return
        if stat:
            rows = stat_files(fresh, out_dir, schema)
            click.echo(table_text(["table", "added", "removed", "changed"], rows))
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
    """FILE, else the file of that kind in the settings' out (else ./out)."""
    from .sql.fileformat import output_file
    from .run.script import open_script

    default = _config(config_path).out_dir(None) / output_file(kind).name
    return open_script(file if file is not None else default, kind)


def _print_run(report, output_format: str) -> None:  # type: ignore[no-untyped-def]
    from .run.report import run_report_json, run_report_text

    click.echo(run_report_json(report) if output_format == "json" else run_report_text(report))


FILE_ARGUMENT = click.argument("file", required=False, type=PATH)


@cli.command(epilog=EXIT_CODES_HELP)
@FILE_ARGUMENT
@_report_options
@_lock_timeout_option
@config_option
def apply(file: Path | None, dsn: str | None, output_format: str, lock_timeout: float, config_path: Path | None) -> None:
    """Apply the seed (default out/seed.staging.sql) in one transaction.

    Needs APP_ENV=staging or NODE_ENV=staging.

    \b
    Example: APP_ENV=staging gen-seed-sql apply --dsn postgresql://app@staging-db/app
    """
    from .progress import terminal_progress
    from .run.runner import apply_or_reset

    report = apply_or_reset(_script(file, "seed", config_path), dsn, lock_timeout, terminal_progress())
    _clear_progress()
    _print_run(report, output_format)


@cli.command(epilog=EXIT_CODES_HELP)
@FILE_ARGUMENT
@_report_options
@_lock_timeout_option
@config_option
def reset(file: Path | None, dsn: str | None, output_format: str, lock_timeout: float, config_path: Path | None) -> None:
    """Delete every seed-owned row (default file out/seed.staging.reset.sql).

    Needs APP_ENV=staging or NODE_ENV=staging. Example: APP_ENV=staging gen-seed-sql reset
    """
    from .progress import terminal_progress
    from .run.runner import apply_or_reset

    report = apply_or_reset(_script(file, "reset", config_path), dsn, lock_timeout, terminal_progress())
    _clear_progress()
    _print_run(report, output_format)


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
    import json

    from .run.doctor import diagnose, mismatch_summary
    from .sql.output import check_files, render_all
    from .run.report import table_text

    config = _config(config_path)
    inputs = _inputs(config, None, None, None, None, None)
    schema = _schema(config, None, inputs)
    out_dir = config.out_dir(None)
    stale = None
    if out_dir.is_dir():
        differences = check_files(render_all(inputs, schema), out_dir)
        if differences:
            stale = (f"{out_dir} is stale for the settings ({', '.join(d.name for d in differences)}): "
                     f"the files an operator runs are not what `{inputs.command_line()}` makes; run it and commit the result")
            click.echo(f"gen-seed-sql: {stale}", err=True)
    findings = diagnose(dsn, schema, out_dir)
    if output_format == "json":
        click.echo(json.dumps({"ok": all(f.ok for f in findings), "checks": [f.__dict__ for f in findings]}, indent=2))
    else:
        rows = [[f.table, f.column, f.needs, f.has, "ok" if f.ok else "MISMATCH"] for f in findings]
        click.echo(table_text(["table", "column", "the files need", "the database has", "result"], rows, right_from=5))
    if not all(f.ok for f in findings):
        raise SeedError(mismatch_summary(findings), ExitCode.PREREQUISITE)
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

    config = _config(config_path)
    inputs = _inputs(config, seed, orders, campaigns, scale, as_of, prisma_schema=prisma_schema, flavor=flavor)
    migrations = config.path_of("prisma-migrations")
    run_demo(inputs, ddl=ddl, keep=keep, echo=click.echo, schema=_schema(config, prisma_schema, inputs),
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
    directory = directory if directory is not None else _config(config_path).out_dir(None)
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
