"""`gen-seed-sql demo`: the whole job on a throwaway embedded PostgreSQL."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable

from .dataset import Inputs
from .embedded import start_embedded
from .errors import DEFAULT_LOCK_TIMEOUT, ExitCode, SeedError
from .output import write_files
from .model import DERIVED, FUNNELS, SPEND_COLUMNS, Schema
from .fileformat import SEED, VERIFY
from .render import ad_levels, ident, order_names, render_schema
from .sqlliteral import sql_literal
from .report import checks_text, mismatch_summary, run_report_text, table_text
from .runner import connect, run_file, run_sql_text, verify
from .script import open_script

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
        f"SELECT {ident(o['number'])}, {ident(o['customer'])}, {ident(o['status'])}, {ident(o['total'])}, "
        f"to_char({created} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS {ident(o['created_at'] + ' (UTC)')} "
        f"FROM {ident(o['order'])} ORDER BY {created} DESC LIMIT 5"
    )
    name, status, campaign_id = (f"c.{ident(campaign[k])}" for k in ("name", "status", "id"))
    campaigns = (
        f"SELECT {name}, {status}, sum(s.{ident(spend)}) AS spend, sum(s.{ident(purchases)}) AS purchases, "
        f"round(sum(s.{ident(col(roas.numerator))}) / nullif(sum(s.{ident(col(roas.divisor))}), 0), 2) AS roas "
        f"FROM {ident(campaign['table'])} AS c JOIN {ident(ads.name)} AS s ON s.{ident(col(stats.entity_column))} = {campaign_id} "
        f"WHERE s.{ident(col(stats.day_column))} >= (now() AT TIME ZONE 'UTC')::date - 3 "
        f"AND s.{ident(col(stats.kind_column))}::text = {sql_literal(campaign['kind'])} "
        f"GROUP BY {campaign_id}, {name}, {status} ORDER BY spend DESC LIMIT 5"
    )
    return (("orders", orders), ("campaigns with the most spend, last 3 days", campaigns))


def run_demo(inputs: Inputs, ddl: str, keep: bool, echo: Callable[[str], None], schema: Schema) -> None:
    """Start a server, load the schema stand-in ``ddl``, apply and verify the seed, print a summary."""
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
            run_sql_text(conn, "".join(render_schema(ddl, schema=schema)), dsn, "schema")
        echo(f"embedded PostgreSQL started; the {ddl} schema and the platform products loaded into '{DEMO_DATABASE}'")
        write_files(inputs, files, schema)
        report = run_file(open_script(files / SEED.name, SEED.kind), dsn, DEFAULT_LOCK_TIMEOUT)
        echo("")
        echo(run_report_text(report))
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
        shutil.rmtree(files, ignore_errors=True)
        if not keep:
            server.stop()
