"""`gen-seed-sql demo`: the whole job on a throwaway embedded PostgreSQL."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable

from ..dataset.inputs import Inputs
from ..errors import DEFAULT_LOCK_TIMEOUT, ExitCode, SeedError
from ..run.report import checks_text, mismatch_summary, run_report_text, table_text
from ..run.connection import MISSING_TABLE_HINT, connect
from ..run.runner import run_file, run_sql_text, verify
from ..run.script import open_script
from ..schema.model import Schema
from ..schema.rules import DERIVED, FUNNELS, PRODUCT_TABLE, SPEND_COLUMNS
from ..sql.ddl import DDL_PRISMA, render_schema
from ..sql.fileformat import SEED, VERIFY
from ..sql.literal import sql_literal
from ..sql.names import ad_levels, ident, order_names, relation
from ..sql.output import write_files
from .embedded import start_embedded

DEMO_DATABASE = "staging"

def _samples(schema: Schema) -> tuple[tuple[str, str], ...]:
    """What the demo shows, as queries written from the schema's names."""
    o, campaign, ads = order_names(schema), ad_levels(schema)[0], schema.table("AdStatsDaily")
    stats, col = ads.daily_id, ads.sql
    spend, purchases = col(SPEND_COLUMNS[ads.key]), col(FUNNELS[ads.key][-1])
    roas = next(d for d in DERIVED[ads.key] if d.column == "roas")
    if stats is None:  # pragma: no cover - the model gives every stats table one
        raise SeedError("AdStatsDaily has no daily id in the model", ExitCode.INTERNAL)
    created = ident(o["created_at"])
    orders = (
        f"SELECT {ident(o['number'])}, {(ident(o['customer']) + ', ') if o['customer'] else ''}"
        f"{ident(o['status'])}, {ident(o['total'])}, "
        f"to_char({created} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS {ident(o['created_at'] + ' (UTC)')} "
        f"FROM {ident(o['order'])} ORDER BY {created} DESC LIMIT 5"
    )
    name, status, campaign_id = (f"c.{ident(campaign[k])}" for k in ("name", "status", "id"))
    spent = f"sum(s.{ident(spend)})"
    if ads.column(SPEND_COLUMNS[ads.key]).minor_units:  # cents: shown in the major unit, as roas reads them
        spent = f"round({spent} / 100.0, 2)"
    campaigns = (
        f"SELECT {name}, {status}, {spent} AS spend, sum(s.{ident(purchases)}) AS purchases, "
        f"round(sum(s.{ident(col(roas.numerator))}) / nullif(sum(s.{ident(col(roas.divisor))}), 0), 2) AS roas "
        f"FROM {ident(campaign['table'])} AS c JOIN {ident(relation(ads))} AS s ON s.{ident(col(stats.entity_column))} = {campaign_id} "
        f"WHERE s.{ident(col(stats.day_column))} >= (now() AT TIME ZONE 'UTC')::date - 3 "
        f"AND s.{ident(col(stats.kind_column))}::text = {sql_literal(campaign['kind'])} "
        f"GROUP BY {campaign_id}, {name}, {status} ORDER BY spend DESC LIMIT 5"
    )
    return (("orders", orders), ("campaigns with the most spend, last 3 days", campaigns))


def read_migrations(folder: Path) -> list[tuple[str, str]]:
    """(name, SQL) of each migration in a Prisma migrations folder, in the order `prisma
    migrate deploy` applies them (the folders' names sorted)."""
    if not folder.is_dir():
        raise SeedError(f"{folder}: no such migrations folder (prisma-migrations)", ExitCode.FILE)
    found = []
    for path in sorted(folder.glob("*/migration.sql")):
        try:
            found.append((path.parent.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise SeedError(f"cannot read {path}: {exc}", ExitCode.FILE) from exc
    if not found:
        raise SeedError(f"{folder}: no */migration.sql in it (prisma-migrations)", ExitCode.FILE)
    return found


def run_demo(inputs: Inputs, ddl: str, keep: bool, echo: Callable[[str], None], schema: Schema,
             migrations: Path | None = None, committed: Path | None = None) -> None:
    """Start a server, load the schema stand-in ``ddl``, apply and verify the seed, print a summary.

    With ``migrations`` (a Prisma migrations folder), the team's own migrations are the
    schema, and the files applied are the ``committed`` ones (out/): applied, applied
    again (it must write nothing), verified -- proof that they fit the migrations."""
    steps = read_migrations(migrations) if migrations is not None else []
    unwritten = schema.table(PRODUCT_TABLE).unwritten
    if steps and unwritten:  # the team's products' table: the demo inserts the platform products
        raise SeedError("the demo cannot insert the platform products into the team's schema: " + "; ".join(unwritten)
                        + " (nothing was started)", ExitCode.PREREQUISITE)
    if migrations is not None and committed is not None:
        missing = [f.name for f in (SEED, VERIFY) if not (committed / f.name).is_file()]
        if missing:
            raise SeedError(f"{committed} has no {', '.join(missing)}: run `gen-seed-sql build` first", ExitCode.FILE)
    server = start_embedded(keep=keep)
    files = Path(tempfile.mkdtemp(prefix="gen-seed-sql-demo-"))
    try:
        admin = connect(server.dsn)
        with admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{DEMO_DATABASE}"')
            admin.execute(f'CREATE DATABASE "{DEMO_DATABASE}"')
            # This throwaway database is staging, and says so itself (psql needs no PGOPTIONS).
            admin.execute(f"ALTER DATABASE \"{DEMO_DATABASE}\" SET app.env = 'staging'")
        dsn = server.dsn.replace("/postgres?", f"/{DEMO_DATABASE}?")
        with connect(dsn) as conn:
            if steps:
                for name, sql in steps:
                    run_sql_text(conn, sql, dsn, f"migration {name}")
                try:
                    run_sql_text(conn, "".join(render_schema(DDL_PRISMA, prisma="", schema=schema)), dsn, "products")
                except SeedError as exc:  # the schema is loaded: the migrations lack the products' table
                    raise SeedError(exc.message.replace(
                        MISSING_TABLE_HINT, f"the {len(steps)} migration(s) of {migrations} were applied and create "
                        "no such table: check the settings' [models] names"), exc.code) from None
            else:
                run_sql_text(conn, "".join(render_schema(ddl, schema=schema)), dsn, "schema")
        if steps:
            echo(f"embedded PostgreSQL started; {len(steps)} migration(s) of {migrations} and the platform products "
                 f"loaded into '{DEMO_DATABASE}'")
        else:
            echo(f"embedded PostgreSQL started; the {ddl} schema and the platform products loaded into '{DEMO_DATABASE}'")
        if steps and committed is not None:
            files = committed  # the committed files: what the team's operators run
            echo(f"applying the committed files in {committed}")
        else:
            write_files(inputs, files, schema)
        report = run_file(open_script(files / SEED.name, SEED.kind), dsn, DEFAULT_LOCK_TIMEOUT)
        echo("")
        echo(run_report_text(report))
        if steps:
            again = run_file(open_script(files / SEED.name, SEED.kind), dsn, DEFAULT_LOCK_TIMEOUT)
            written = [name for name, t in again.tables.items()
                       if any(n for column, n in t.counts.items() if column not in ("unchanged", "kept"))]
            echo("")
            echo("applied again: " + ("nothing written" if not again.changed else "wrote rows in " + ", ".join(written)))
            if again.changed:
                raise SeedError("applying the files again wrote rows in " + ", ".join(written)
                                + ": they do not converge on these migrations", ExitCode.DIFF)
        checks = verify(open_script(files / VERIFY.name, VERIFY.kind), dsn)
        echo("")
        echo(checks_text(checks))
        with connect(dsn) as conn:
            for title, query in _samples(schema):
                cur = conn.execute(query.encode())
                echo(f"\nsample {title}:")
                echo(table_text([d.name for d in cur.description or []], cur.fetchall(), right_from=2))
        if not all(c.ok for c in checks):
            raise SeedError(mismatch_summary(checks), ExitCode.DIFF)
        echo(f"\nverify: all {len(checks)} checks hold")
        if keep:
            echo(f"\nthe server keeps running. DSN: {dsn}")
            echo(f"  psql: {server.psql} '{dsn}'")
            echo(f"  apply again: APP_ENV=staging gen-seed-sql apply --dsn '{dsn}'")
            echo(f"  stop it: {server.pg_ctl_command('stop')}")
    finally:
        if files != committed:
            shutil.rmtree(files, ignore_errors=True)
        if not keep:
            server.stop()
