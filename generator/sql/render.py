"""Rendering the three files: the seed, the reset and verify, each from its template
with the context Python computes (the plans of plans.py, the names of names.py, the
preflight of preflight.py, the guard, the history windows, verify's rules).

Templates hold loops and layout only. Rendering is streamed: a file is produced chunk by
chunk, batch by batch, so a large dataset is never held in memory.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from .. import __version__
from ..dataset import dataset
from ..dataset.inputs import Inputs
from ..progress import Progress
from ..schema.model import Schema
from ..schema.rules import PLATFORM_PRODUCTS, PRODUCT_KEY, PRODUCT_TABLE
from . import fileformat as ff
from .checks import verify_checks
from .literal import sql_literal
from .names import (
    ANCHOR_DAY, ad_levels, ident, namespace_context, order_names, product_scope, qualified, relation, stats_tables,
)
from .plans import Upsert, _ordered, batches, copy_chunks, convergence_plans, ownership_plans
from .preflight import PREFLIGHT_RESET, PREFLIGHT_SEED, PREFLIGHT_VERIFY, preflight_query
from .templating import stream

LOCK_KEY = 0x5EED5EED  # pg_advisory_xact_lock key shared by seed and reset
SEED_FILE, RESET_FILE, VERIFY_FILE = (f.name for f in ff.OUTPUTS)  # fileformat declares each file once
OUTPUT_FILES = (SEED_FILE, RESET_FILE, VERIFY_FILE)


def header(inputs: Inputs, title: str) -> dict[str, str]:
    return {
        "title": title,
        "version": __version__,
        "inputs": inputs.describe(),
        "regenerate": inputs.command_line(),
    }


def _counted(table: str, rows: Iterator[Any], progress: Progress | None) -> Iterator[Any]:
    """``rows`` as they are, telling ``progress`` the count every thousand rows and at the end."""
    if progress is None:
        yield from rows
        return
    count = 0
    for count, row in enumerate(rows, start=1):
        if count % 1000 == 0:
            progress(table, count)
        yield row
    progress(table, count)


def anchor_expression(inputs: Inputs) -> str:
    """The anchor day as a 'YYYY-MM-DD' text: pinned by --as-of, else the apply day (UTC)."""
    if inputs.as_of:
        return sql_literal(inputs.as_of.isoformat())
    return "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def guard_context(mode: str, schema: Schema, flavor: ff.Flavor) -> dict[str, Any]:
    return {
        "lock_key": LOCK_KEY,
        # temporary tables: the psql flavor's COPY, a table owned as a set in either flavor
        "preflight": preflight_query(mode, schema, flavor, staged=mode == PREFLIGHT_SEED and (
            flavor.staged or any(t.owned_as_set for t in schema.seeded_tables()))),
        "product_table": relation(schema.table(PRODUCT_TABLE)),
        "qualified": qualified(schema),
        "product_key": schema.table(PRODUCT_TABLE).sql(PRODUCT_KEY),
        "product_scope": product_scope(schema.table(PRODUCT_TABLE)),
        "skus": [p.sku for p in PLATFORM_PRODUCTS],
    }


def part_text(upsert: Upsert, inputs: Inputs, part: range) -> tuple[str, int]:
    """One part of a table's rows (dataset.parts) as COPY data lines, and how many: what a
    worker process makes. The same lines, in the same order, as the table's whole rows."""
    text = "".join(copy_chunks(_ordered(upsert, dataset.rows(upsert.table.key, inputs, part))))
    return text, text.count("\n")  # a data line holds no line break (literal.copy_text escapes it)


MIN_PARTS = 4  # a table of fewer parts is made in this process: a pool costs more than it saves


def workers() -> int:
    """The processes a volume build makes its large tables' rows on: the CPUs it may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class _Parts:
    """A process pool, started on first use, that makes a table's parts in order, a few
    ahead of what the file has written (so memory stays bounded whatever the scale)."""

    def __init__(self, jobs: int) -> None:
        self.jobs, self.pool = jobs, None

    def chunks(self, upsert: Upsert, inputs: Inputs, parts: list[range], progress: Progress | None) -> Iterator[str]:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.jobs)
        pending: deque = deque()
        ahead = iter(parts)
        for part in islice(ahead, 2 * self.jobs):
            pending.append(self.pool.submit(part_text, upsert, inputs, part))
        written = 0
        while pending:
            text, count = pending.popleft().result()
            following = next(ahead, None)
            if following is not None:
                pending.append(self.pool.submit(part_text, upsert, inputs, following))
            written += count
            if progress:
                progress(upsert.relation, written)
            yield text

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def render_seed(inputs: Inputs, schema: Schema, progress: Progress | None = None,
                jobs: int | None = None) -> Iterator[str]:
    """The seed file, chunk by chunk (output.write_files and render_all check the binding
    first); ``progress`` hears each table's rows as they are written (a terminal's). A
    table of at least MIN_PARTS parts (a volume build) has its COPY data made on ``jobs``
    processes (default: workers()), part by part, in order: the same bytes."""
    jobs = workers() if jobs is None else jobs
    pool = _Parts(jobs)
    try:
        yield from _render_seed(inputs, schema, progress, pool)
    finally:
        pool.close()


def _render_seed(inputs: Inputs, schema: Schema, progress: Progress | None, pool: _Parts) -> Iterator[str]:
    upserts = [Upsert.of(t, schema) for t in schema.seeded_tables()]
    converge = convergence_plans(inputs, schema)
    flavor = ff.flavor(inputs.flavor)

    def rows(u: Upsert) -> Iterator[tuple[Any, ...]]:
        return _ordered(u, _counted(u.relation, dataset.rows(u.table.key, inputs), progress))

    def copy_data(u: Upsert) -> Iterator[str]:
        parts = dataset.parts(u.table.key, inputs)
        if pool.jobs > 1 and parts is not None and len(parts) >= MIN_PARTS:
            return pool.chunks(u, inputs, parts, progress)
        return copy_chunks(rows(u))

    # Per table, its statements' rows: staged (psql), one statement, its rows as COPY data
    # in chunks; otherwise VALUES batches of at most BATCH_ROWS rows.
    statements = ((u, [copy_data(u)] if flavor.staged else batches(rows(u))) for u in upserts)
    yield from stream(
        ff.SEED.template,
        flavor,
        header=header(inputs, ff.SEED.title),
        anchor=anchor_expression(inputs),
        anchor_day=ANCHOR_DAY,
        statements=statements,
        converge=converge,
        stats=stats_tables(schema),
        **window_context(schema),
        **guard_context(PREFLIGHT_SEED, schema, flavor),
    )


WINDOW_ALIASES = ("c", "s", "d")  # one table alias per level of the tree, top first


def history_windows(schema: Schema) -> list[dict[str, Any]]:
    """Per level of the campaign tree (rules.AD_TREE), the SQL of its entities' history
    window: the table, the joins up to the campaign, and the first and last day. A
    campaign's runs over its dates (rules.CAMPAIGN_DATES; the day before the anchor while
    it has no end); a level below it covers at most its cap of days, ending there."""
    levels = ad_levels(schema)
    start, end = (ident(levels[0][c]) for c in ("start_date", "end_date"))
    top = WINDOW_ALIASES[0]
    last = f"coalesce({top}.{end}::date, a.anchor_day - 1)"
    caps = (None, dataset.ADSET_HISTORY_CAP, dataset.AD_HISTORY_CAP)
    windows = []
    for depth, level in enumerate(levels):
        joins = [
            f"INNER JOIN {ident(levels[up - 1]['table'])} AS {WINDOW_ALIASES[up - 1]} "
            f"ON {WINDOW_ALIASES[up]}.{ident(levels[up]['parent_key'])} = "
            f"{WINDOW_ALIASES[up - 1]}.{ident(levels[up - 1]['id'])}"
            for up in range(depth, 0, -1)
        ]
        cap = caps[depth]
        first = f"{top}.{start}::date" if cap is None else f"greatest({top}.{start}::date, {last} - {cap - 1})"
        windows.append({"kind": level["kind"], "table": level["table"], "id": level["id"], "alias": WINDOW_ALIASES[depth],
                        "joins": joins, "first": first, "last": last})
    return windows


def window_context(schema: Schema) -> dict[str, Any]:
    """What the history-window SQL (templates/_ad_stats_windows.sql.j2) needs."""
    return {
        **namespace_context(),
        "history_days": dataset.HISTORY_DAYS,
        "adset_cap": dataset.ADSET_HISTORY_CAP,
        "ad_cap": dataset.AD_HISTORY_CAP,
        "windows": history_windows(schema),
    }


def render_reset(inputs: Inputs, schema: Schema) -> Iterator[str]:
    plans = ownership_plans(schema)
    flavor = ff.flavor(inputs.flavor)
    return stream(
        ff.RESET.template,
        flavor,
        header=header(inputs, ff.RESET.title),
        plans=plans,
        **namespace_context(),
        **guard_context(PREFLIGHT_RESET, schema, flavor),
    )


def render_verify(inputs: Inputs, schema: Schema) -> Iterator[str]:
    levels, flavor = ad_levels(schema), ff.flavor(inputs.flavor)
    return stream(
        ff.VERIFY.template,
        flavor,
        header=header(inputs, ff.VERIFY.title),
        converge=convergence_plans(inputs, schema),
        checks=verify_checks(inputs, schema),
        campaign=levels[0],
        adset=levels[1],
        ad_level=levels[2],
        ad=stats_tables(schema)["ad"],
        page=stats_tables(schema)["sellpage"],
        orders=order_names(schema),
        preflight=preflight_query(PREFLIGHT_VERIFY, schema, flavor),
        qualified=qualified(schema),
        **window_context(schema),
    )
