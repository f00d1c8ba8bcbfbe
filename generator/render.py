"""Rendering: one Jinja environment, the SQL-literal filters, and the statement plans.

Python computes every value and every piece of SQL the templates lay out; templates
hold loops and layout only. Rendering is streamed: a file is produced chunk by chunk,
batch by batch, so a large dataset is never held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

import jinja2

from . import __version__, dataset
from .dataset import Inputs
from .errors import ExitCode, SeedError
from . import fileformat as ff
from .fileformat import ANCHOR_SETTING
from .identity import CHILD_BASE, DAY_ZERO, INDEX_DIGITS, SEED_NAMESPACE_FIRST, SEED_NAMESPACE_LAST, SEED_NAMESPACE_PREFIX, seed_uuid
from .model import (
    AD_TREE,
    CAMPAIGN_DATES,
    ORDER_RULES,
    ORGANIC_SOURCE,
    SPEND_COLUMNS,
    STATUS_COLUMN,
    NAME_COLUMN,
    ID,
    UPDATED_AT,
    AS_DAILY_ID,
    AS_DAY,
    AS_INSTANT,
    AS_NOW,
    AS_PRODUCT,
    AS_VALUE,
    AS_FILL,
    AS_GENERATED,
    ACCEPTED_TYPES,
    FILL_KINDS,
    DERIVED,
    FUNNELS,
    PLATFORM_PRODUCTS,
    PRODUCT_KEY,
    PRODUCT_TABLE,
    BUILTIN,
    Column,
    Product,
    Schema,
    Table,
    value_kind,
)
from .resources import resource
from .sqlliteral import sql_literal

BATCH_ROWS = 1000  # rows per INSERT statement: bounded memory, bounded statement size
LOCK_KEY = 0x5EED5EED  # pg_advisory_xact_lock key shared by seed and reset
SEED_FILE, RESET_FILE, VERIFY_FILE = (f.name for f in ff.OUTPUTS)  # fileformat declares each file once
OUTPUT_FILES = (SEED_FILE, RESET_FILE, VERIFY_FILE)


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def wrap(items: Iterable[str], width: int = 88) -> list[str]:
    """Items joined by ", " in lines of at most ``width`` characters; a line that
    continues the list starts with ", " (leading commas, as `.sqlfluff` says)."""
    lines: list[str] = []
    for item in items:
        if not lines:
            lines.append(item)
        elif len(lines[-1]) + 2 + len(item) <= width:
            lines[-1] += ", " + item
        else:
            lines.append(", " + item)
    return lines


def sql_row(values: Iterable[Any]) -> str:
    """A VALUES row: every value through :func:`sql_literal`."""
    return "(" + ", ".join(sql_literal(v) for v in values) + ")"


def templates_dir() -> Path:
    """Templates ship inside the wheel as generator/templates; a checkout has them at the top."""
    return resource("templates", "templates")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Jinja environment (cached: each template is compiled once per process)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["sql"] = sql_literal
    env.filters["sql_row"] = sql_row
    env.filters["ident"] = ident
    env.filters["seed_owned"] = seed_owned
    env.globals["contract"] = ff  # the file format's codes, settings and column names
    env.globals["index_digits"] = INDEX_DIGITS  # the digits of the index an id ends in
    return env


def stream(template_name: str, **context: Any) -> Iterator[str]:
    """The rendered chunks of one template; a template failure names the template."""
    try:
        template = environment().get_template(template_name)
        yield from template.generate(**context)
    except jinja2.TemplateError as exc:
        raise SeedError(f"template {template_name} failed: {exc}", ExitCode.INTERNAL) from exc


# --- SQL pieces computed from the model -------------------------------------------------

ANCHOR_DAY = f"current_setting({sql_literal(ANCHOR_SETTING)})::date"


def seed_owned(expression: str) -> str:
    """The SQL test that ``expression`` (an id column, uuid or TEXT as Prisma makes it) is
    in the seed's namespace: its canonical text starts with the namespace's prefix, which
    is the uuid range SEED_NAMESPACE_FIRST..SEED_NAMESPACE_LAST, compared bytewise
    whatever the database's collation."""
    return f"starts_with({expression}::text, {sql_literal(SEED_NAMESPACE_PREFIX)})"


def _daily_id_expression(t: Table) -> str:
    """A stats row's id from its natural key (model.DailyId; identity.daily_uuid)."""
    spec = t.daily_id
    assert spec is not None
    kind = t.column(spec.kind_column)
    layers = " ".join(
        f"WHEN {sql_literal(kind.store(value))} THEN {sql_literal(f'{layer:03x}')}" for value, layer in spec.layers
    )
    day = f"(a.anchor_day + v.{ident(t.sql(spec.day_column))}) - {sql_literal(DAY_ZERO.isoformat())}::date"
    indent = "\n" + " " * 12
    return (
        f"({indent}{sql_literal(SEED_NAMESPACE_PREFIX + '8')}"
        f"{indent}|| CASE v.{ident(t.sql(spec.kind_column))} {layers} END"
        f"{indent}|| '-8' || lpad(to_hex(({day}) % 4096), 3, '0')"
        f"{indent}|| '-' || right(v.{ident(t.sql(spec.entity_column))}, {INDEX_DIGITS})"
        f"\n{' ' * 8})::uuid"
    )


# The alias of the row that converts enum-like values to the live column's type.
TYPED = "e"


def _select_expression(schema: Schema, t: Table, column: Column) -> str:
    ref = f"v.{ident(column.name)}"
    if column.seeded_as == AS_DAY:
        return f"a.anchor_day + {ref}"
    if column.seeded_as == AS_INSTANT:
        return f"(a.anchor_day + {ref}::interval) AT TIME ZONE 'UTC'"
    if column.seeded_as == AS_PRODUCT:
        return f"p.{ident(schema.table(PRODUCT_TABLE).id_name)}"  # the product joined by its sku (Upsert.product_join)
    if column.seeded_as == AS_NOW:
        return "now()"
    if column.seeded_as == AS_DAILY_ID:
        return _daily_id_expression(t)
    if column.seeded_as == AS_GENERATED:
        # a client-only default (cuid(), uuid()...): a value made from the row's own id
        made = _select_expression(schema, t, t.column(ID))
        if column.sql_type == "uuid":
            return f"({made})::uuid"
        return f"'c' || replace(({made})::text, '-', '')"
    if column.choices:
        # the live column's own type, text or an enum of any name (see Upsert.typed_join)
        return f"{TYPED}.{ident(column.name)}"
    return f"{ref}::{column.sql_type}"


def _typed_join(t: Table, columns: Iterable[Column]) -> str | None:
    """A LATERAL row of the table's own row type holding its enum-like values: the
    database converts each text to the live column's type, whatever the app named it."""
    names = [c.name for c in columns if c.choices and c.seeded_as == AS_VALUE]
    if not names:
        return None
    pairs = ", ".join(f"{sql_literal(n)}, v.{ident(n)}" for n in names)
    return (
        f"CROSS JOIN\n        LATERAL jsonb_populate_record(\n            NULL::{ident(t.name)}, jsonb_build_object({pairs})\n        ) AS {TYPED}"
    )


# The kinds of column whose values come row by row in VALUES (the rest are computed).
ROW_VALUES = (AS_VALUE, AS_DAY, AS_INSTANT, AS_PRODUCT)


@dataclass(frozen=True)
class Upsert:
    """The SQL around one table's rows: everything but the rows themselves."""

    table: Table
    columns: tuple[str, ...]  # the columns the statement writes
    value_columns: tuple[str, ...]  # those whose values come row by row (the rest are constants)
    value_keys: tuple[str, ...]  # their keys: the dataset's row keys (model.Column.key)
    expressions: tuple[str, ...]
    conflict_key: tuple[str, ...]
    compared: tuple[str, ...]
    stamped: tuple[str, ...]  # columns set to now() on insert and on restore (updatedAt)
    product_join: str | None  # the join that resolves a product sku to its id
    typed_join: str | None  # the join that gives enum-like values the live column's type

    @staticmethod
    def of(t: Table, schema: Schema) -> "Upsert":
        cols = t.seeded_columns
        shared = dataset.constants(t)
        filled = {c.key: c.fill for c in cols if c.seeded_as == AS_FILL and c.fill is not None}
        products = [c.name for c in cols if c.seeded_as == AS_PRODUCT]
        if len(products) > 1:  # pragma: no cover - one alias "p" per statement
            raise SeedError(f"{t.name}: at most one product column is supported", ExitCode.INTERNAL)
        product = schema.table(PRODUCT_TABLE)
        join = (
            f"LEFT JOIN {ident(product.name)} AS p ON v.{ident(products[0])} = p.{ident(product.sql(PRODUCT_KEY))}"
            if products
            else None
        )
        by_row = [c for c in cols if c.key not in shared and c.key not in filled and c.seeded_as in ROW_VALUES]
        return Upsert(
            table=t,
            columns=tuple(c.name for c in cols),
            value_columns=tuple(c.name for c in by_row),
            value_keys=tuple(c.key for c in by_row),
            expressions=tuple(
                filled[c.key] if c.key in filled
                else f"{sql_literal(shared[c.key])}::{c.sql_type}" if c.key in shared
                else _select_expression(schema, t, c)
                for c in cols
            ),
            conflict_key=t.names(t.conflict_key),
            compared=tuple(c.name for c in t.compared_columns),
            stamped=tuple(c.name for c in cols if c.seeded_as == AS_NOW),
            product_join=join,
            typed_join=_typed_join(t, cols),
        )

    @property
    def column_lines(self) -> list[str]:
        return wrap(ident(c) for c in self.columns)

    @property
    def value_column_lines(self) -> list[str]:
        return wrap(ident(c) for c in self.value_columns)

    @property
    def current_lines(self) -> list[str]:
        return wrap(f"t.{ident(c)}" for c in self.compared)

    @property
    def excluded_lines(self) -> list[str]:
        return wrap(f"excluded.{ident(c)}" for c in self.compared)


@dataclass
class Batch:
    """Up to BATCH_ROWS rows of one statement; ``number`` counts from 1 per table."""

    number: int
    rows: list[tuple[Any, ...]]


def batches(rows: Iterator[tuple[Any, ...]]) -> Iterator[Batch]:
    """The rows of one statement in batches of at most BATCH_ROWS, numbered from 1."""
    number = 0
    while chunk := list(islice(rows, BATCH_ROWS)):
        number += 1
        yield Batch(number, chunk)


def binding_mismatches(inputs: Inputs, schema: Schema) -> list[str]:
    """Where the dataset and the tables it is bound to disagree, in the preflight's words:
    a column the dataset writes that the table lacks, a column the table has the seed
    must fill (``seeded_as``) that the dataset gives no value for. Empty: they fit."""
    found = []
    for t in schema.seeded_tables():
        upsert = Upsert.of(t, schema)
        first = next(iter(dataset.rows(t.key, inputs)), None)
        if first is None:
            continue  # no rows (orders=0): nothing to write, nothing to disagree about
        wanted, given = set(upsert.value_keys), set(first) - set(t.omitted)
        for key in sorted(given - wanted):
            found.append(f"{ident(t.name)}.{ident(key)}: the dataset writes it, the table has no such column "
                         "(or the seed does not write it)")
        for key in sorted(wanted - given):
            found.append(f"{ident(t.name)}.{ident(t.sql(key))}: needs a value from the dataset, has none")
    return found


def check_binding(inputs: Inputs, schema: Schema) -> None:
    """Refuse (exit 6), naming every mismatch at once, before anything is written."""
    mismatches = binding_mismatches(inputs, schema)
    if mismatches:
        raise SeedError("the dataset does not fit the tables it is bound to: " + "; ".join(mismatches)
                        + " (nothing was written)", ExitCode.PREREQUISITE)


def _fitted(t: Table, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A team's schema (binding.py): each row with its enum values as the schema stores
    them, and its derived decimals computed at the column's scale from the exact value
    (rounded once, half-up, as PostgreSQL rounds numeric)."""
    stored = {c.key: dict(c.stored) for c in t.seeded_columns if c.stored}
    rescaled = [(d, c.scale) for d in DERIVED.get(t.key, ()) for c in t.columns
                if c.key == d.column and c.scale is not None and c.scale != d.places]
    omitted = t.omitted
    if not (stored or rescaled or omitted):
        yield from rows
        return
    for row in rows:
        for key in omitted:
            row.pop(key, None)
        for key, values in stored.items():
            if key in row:
                row[key] = values.get(row[key], row[key])
        for d, places in rescaled:
            row[d.column] = dataset.ratio(row[d.numerator] * d.factor, row[d.divisor], Decimal(1).scaleb(-places))
        yield row


def _ordered(upsert: Upsert, rows: Iterator[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """Row dicts as tuples in the statement's VALUES order (and a check of the keys)."""
    t, keys = upsert.table, upsert.value_keys
    for row in _fitted(t, rows):
        if len(row) != len(keys):
            raise SeedError(
                f"dataset row for {t.name} has columns {sorted(row)}, expected {sorted(keys)}",
                ExitCode.INTERNAL,
            )
        yield tuple(row[k] for k in keys)


# --- what a file describes: its ids, for convergence ---------------------------------------


# Runs of ids never cross a block of this many indexes ((index - 1) // RUN_LENGTH): the
# longest run, which bounds the series that expands them (templates/_described.sql.j2),
# stays at most this long, and one more order adds a line rather than changing one.
RUN_LENGTH = CHILD_BASE  # one parent's children: an order's items never split across blocks


@dataclass(frozen=True)
class Described:
    """The ids of one table that a file writes, as runs of consecutive indexes within
    blocks of RUN_LENGTH: every id is ``prefix`` + the index in 12 digits
    (docs/identity.md). The seed deletes the
    seed-owned rows outside them; verify counts those."""

    table: str  # the table's key (model.Table.key)
    prefix: str
    ranges: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        return sum(last - first + 1 for first, last in self.ranges)

    @property
    def longest(self) -> int:
        """At least the length of the longest run: the next power of two, at most
        RUN_LENGTH (so the line that says it rarely changes when the counts do)."""
        longest = max((last - first + 1 for first, last in self.ranges), default=1)
        return min(RUN_LENGTH, 1 << (longest - 1).bit_length())

    @property
    def cte(self) -> str:
        """The name verify gives these ids: described_order_item for OrderItem."""
        snake = "".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in self.table).lstrip("_")
        return f"described_{snake}"

    @property
    def range_lines(self) -> list[str]:
        return [f"({first}, {last})" for first, last in self.ranges]


def describe(t: Table, inputs: Inputs) -> Described:
    """The ids of ``t`` that the dataset of ``inputs`` holds (one pass over its rows)."""
    if t.id_layer_type is None:  # pragma: no cover - the model gives every id table one
        raise SeedError(f"{t.name} has no id layout", ExitCode.INTERNAL)
    prefix = str(seed_uuid(*t.id_layer_type, 0))[:-INDEX_DIGITS]
    ranges: list[list[int]] = []
    for row in dataset.rows(t.key, inputs):
        text = str(row[ID])
        if not text.startswith(prefix):  # pragma: no cover - dataset and model disagree
            raise SeedError(f"{t.name} id {text} does not start with {prefix}", ExitCode.INTERNAL)
        index = int(text[len(prefix):])
        if ranges and ranges[-1][1] + 1 == index and (index - 1) // RUN_LENGTH == (ranges[-1][0] - 1) // RUN_LENGTH:
            ranges[-1][1] = index
        else:
            ranges.append([index, index])
    return Described(t.key, prefix, tuple((first, last) for first, last in ranges))


@lru_cache(maxsize=4)  # the seed and the verify file of one build share it (keyed on both arguments)
def convergence_plans(inputs: Inputs, schema: Schema = BUILTIN) -> tuple[dict[str, Any], ...]:
    """Per seed-owned table, children first: the ids the file describes (the table's own,
    or, for a stats table, its owner column's parent's) and the foreign keys that keep
    a row. AdStatsDaily is left out: its entity column points at three tables, and its
    rows outside every seeded entity's history window go after the upserts."""
    described: dict[str, Described] = {}
    plans = []
    for plan in ownership_plans(schema):
        owner = schema.table(plan["key"]).column(plan["owner_key"])
        parent = plan["key"] if owner.key == ID else owner.references
        if parent is None:
            continue
        if parent not in described:
            described[parent] = describe(schema.table(parent), inputs)
        plans.append({**plan, "described": described[parent]})
    return tuple(plans)


def ownership_plans(schema: Schema) -> list[dict[str, Any]]:
    """Per seed-owned table, children first (the reset's and the convergence's order): its
    SQL name, its id's and its owner column's, and, for a table owned by its own id, the
    foreign keys that keep a row (each child table's name and column's)."""
    return [
        {
            "key": t.key,
            "owner_key": t.owner_column,
            "table": t.name,
            "owner": t.sql(t.owner_column),
            "id": t.id_name if ID in t.column_keys else None,
            "owned_by_id": t.owner_column == ID,
            "children": [(child.name, col.name) for child, col in schema.children(t.key)] if t.owner_column == ID else [],
        }
        for t in schema.owned_tables()
    ]


def header(inputs: Inputs, title: str) -> dict[str, str]:
    return {
        "title": title,
        "version": __version__,
        "inputs": inputs.describe(),
        "regenerate": inputs.command_line(),
    }


def anchor_expression(inputs: Inputs) -> str:
    """The anchor day as a 'YYYY-MM-DD' text: pinned by --as-of, else the apply day (UTC)."""
    if inputs.as_of:
        return sql_literal(inputs.as_of.isoformat())
    return "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


# --- the schema preflight: what a file needs of the live schema --------------------------

PREFLIGHT_SEED = "seed"  # every column written, enum values, unfillable columns, ON CONFLICT keys
PREFLIGHT_VERIFY = "verify"  # every column read, enum values
PREFLIGHT_RESET = "reset"  # the owner and foreign-key columns the reset compares
KIND_LABELS = {
    "id": "uuid or text",
    "text": "text",
    "choice": "text or an enum",
    "integer": "an integer",
    "decimal": "numeric",
    "day": "date or timestamp",
    "instant": "timestamp or timestamptz",
    "json": "json or jsonb",
    "boolean": "boolean",
}


def _preflight_needs(mode: str, schema: Schema) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(table, column, kind, values) for every column the file of ``mode`` touches."""
    # Every file compares ownership: the reset deletes by it, the seed converges by it,
    # verify counts by it (the owner columns, ids, and the foreign keys that keep a row).
    ownership: list[tuple[str, str, str, tuple[str, ...]]] = []
    for t in schema.owned_tables():
        keys = {ID, t.owner_column} if ID in t.column_keys else {t.owner_column}
        keys |= {c.key for c in t.foreign_keys}
        ownership += [(t.name, c.name, "id", ()) for c in t.columns if c.key in keys]
    if mode == PREFLIGHT_RESET:
        return ownership
    product = schema.table(PRODUCT_TABLE)
    needs = [(product.name, c.name, value_kind(c), ()) for c in product.columns if c.key in (ID, PRODUCT_KEY)]
    for t in schema.seeded_tables():
        for c in t.seeded_columns:
            needs.append((t.name, c.name, value_kind(c), c.choices))
    listed = {(table_name, column) for table_name, column, _, _ in needs}
    return needs + [n for n in ownership if (n[0], n[1]) not in listed]


def preflight_context(mode: str, schema: Schema) -> dict[str, Any]:
    """What templates/_preflight.sql.j2 needs: the rows of `need`, the accepted types."""
    needs = _preflight_needs(mode, schema)
    rows = [
        f"({number}, {sql_literal(t)}, {sql_literal(c)}, {sql_literal(k)}, "
        + (sql_literal(" ".join(values)) if values else "NULL")
        + ")"
        for number, (t, c, k, values) in enumerate(needs, start=1)
    ]
    used = {k for _, _, k, _ in needs}
    accepted = ACCEPTED_TYPES | {kind: names for kind, names in FILL_KINDS.items() if kind in used}
    kinds = [
        f"({sql_literal(kind)}, {sql_literal(KIND_LABELS[kind])}, ARRAY[{', '.join(sql_literal(n) for n in names)}])"
        for kind, names in accepted.items()
    ]
    conflicts = []
    if mode == PREFLIGHT_SEED:
        for t in schema.seeded_tables():
            key = t.names(t.conflict_key)
            conflicts.append(f"({sql_literal(t.name)}, ARRAY[{', '.join(sql_literal(k) for k in key)}])")
    grants = [f"({sql_literal(t)}, {sql_literal(p)})" for t, p in _privileges(mode, needs, schema)]
    return {"need_rows": rows, "kind_rows": kinds, "conflict_rows": conflicts, "writes": mode == PREFLIGHT_SEED,
            "privilege_rows": grants, "changes_rows": mode != PREFLIGHT_VERIFY}


def _privileges(mode: str, needs: list[tuple[str, str, str, tuple[str, ...]]], schema: Schema) -> list[tuple[str, str]]:
    """(table, privilege) for everything the file of ``mode`` does: it reads every table it
    names; the seed inserts, updates and deletes (the convergence) seeded rows and deletes
    the other seed-owned ones; the reset deletes seed-owned rows."""
    seeded = {t.name for t in schema.seeded_tables()}
    owned = {t.name for t in schema.owned_tables()}
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(n[0] for n in needs):  # in the order the file names them
        wanted = ["SELECT"]
        if mode == PREFLIGHT_SEED and name in seeded:
            wanted += ["INSERT", "UPDATE"]
        if mode != PREFLIGHT_VERIFY and name in owned:
            wanted.append("DELETE")
        found += [(name, privilege) for privilege in wanted]
    return found


def preflight_query(mode: str, schema: Schema = BUILTIN) -> str:
    """The read-only query that compares the live schema with what the file of ``mode``
    needs: rows (table_name, column_name, needs, has, ok). The files run it in their
    guard and refuse on any row not ok; `gen-seed-sql doctor` prints it."""
    return "".join(stream("_preflight.sql.j2", **preflight_context(mode, schema))).rstrip()


def guard_context(mode: str, schema: Schema) -> dict[str, Any]:
    return {
        "lock_key": LOCK_KEY,
        "preflight": preflight_query(mode, schema),
        "product_table": schema.table(PRODUCT_TABLE).name,
        "product_key": schema.table(PRODUCT_TABLE).sql(PRODUCT_KEY),
        "skus": [p.sku for p in PLATFORM_PRODUCTS],
    }


# --- the three files ---------------------------------------------------------------------


def stats_tables(schema: Schema) -> dict[str, dict[str, str]]:
    """The stats tables' SQL names and roles, from the model (their DailyId): table, the
    column that gives the kind (level, source), the entity column and the day column."""
    out = {}
    for role, key in (("ad", "AdStatsDaily"), ("sellpage", "SellpageStatsDaily")):
        t = schema.table(key)
        daily = t.daily_id
        if daily is None:  # pragma: no cover - the model gives every stats table one
            raise SeedError(f"{key} has no daily id in the model", ExitCode.INTERNAL)
        out[role] = {"table": t.name, "kind": t.sql(daily.kind_column), "entity": t.sql(daily.entity_column),
                     "day": t.sql(daily.day_column)}
    return out


def render_seed(inputs: Inputs, schema: Schema = BUILTIN) -> Iterator[str]:
    """The seed file, chunk by chunk (output.write_files and render_all check the binding first)."""
    upserts = [Upsert.of(t, schema) for t in schema.seeded_tables()]
    converge = convergence_plans(inputs, schema)
    statements = ((u, batches(_ordered(u, dataset.rows(u.table.key, inputs)))) for u in upserts)
    return stream(
        ff.SEED.template,
        header=header(inputs, ff.SEED.title),
        anchor=anchor_expression(inputs),
        anchor_day=ANCHOR_DAY,
        statements=statements,
        converge=converge,
        stats=stats_tables(schema),
        **window_context(schema),
        **guard_context(PREFLIGHT_SEED, schema),
    )


def namespace_context() -> dict[str, str]:
    """The bounds of the seed's UUID namespace, as every `BETWEEN` of the files uses them."""
    return {"first": str(SEED_NAMESPACE_FIRST), "last": str(SEED_NAMESPACE_LAST)}


WINDOW_ALIASES = ("c", "s", "d")  # one table alias per level of the tree, top first


def history_windows(schema: Schema) -> list[dict[str, Any]]:
    """Per level of the campaign tree (model.AD_TREE), the SQL of its entities' history
    window: the table, the joins up to the campaign, and the first and last day. A
    campaign's runs over its dates (model.CAMPAIGN_DATES; the day before the anchor while
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


def ad_levels(schema: Schema = BUILTIN) -> list[dict[str, Any]]:
    """The campaign tree's levels (model.AD_TREE) in SQL names: per level its AdStatsDaily
    kind, table, id, foreign key to the level above, status and name; the top level's
    start and end dates (model.CAMPAIGN_DATES)."""
    levels = []
    for level in AD_TREE:
        t = schema.table(level.table)
        levels.append({"kind": schema.stored("AdStatsDaily", "level", level.kind), "table": t.name, "id": t.id_name,
                       "parent_key": t.sql(level.parent_key) if level.parent_key else None,
                       "status": t.sql(STATUS_COLUMN), "name": t.sql(NAME_COLUMN)})
    top = schema.table(AD_TREE[0].table)
    levels[0]["start_date"], levels[0]["end_date"] = top.names(CAMPAIGN_DATES)
    return levels


def order_names(schema: Schema = BUILTIN) -> dict[str, str]:
    """model.ORDER_RULES in SQL names: the three tables, their ids, and the columns the
    order rules read (those of an item or event prefixed item_ or event_ where the
    order's have the same key)."""
    o = ORDER_RULES
    order, item, event = schema.table(o.order), schema.table(o.item), schema.table(o.event)
    return {
        "order": order.name, "item": item.name, "event": event.name,
        "order_id": order.id_name, "item_id": item.id_name, "event_id": event.id_name,
        "item_order_key": item.sql(o.order_key), "event_order_key": event.sql(o.order_key),
        "quantity": item.sql(o.quantity), "unit_price": item.sql(o.unit_price), "line_total": item.sql(o.line_total),
        "subtotal": order.sql(o.subtotal), "shipping_fee": order.sql(o.shipping_fee),
        "discount": order.sql(o.discount), "total": order.sql(o.total),
        "status": order.sql(o.status), "event_status": event.sql(o.status),
        "created_at": order.sql(o.created_at), "event_created_at": event.sql(o.created_at),
        "number": order.sql(o.number), "customer": order.sql(o.customer),
    }


def window_context(schema: Schema) -> dict[str, Any]:
    """What the history-window SQL (templates/_ad_stats_windows.sql.j2) needs."""
    return {
        **namespace_context(),
        "history_days": dataset.HISTORY_DAYS,
        "adset_cap": dataset.ADSET_HISTORY_CAP,
        "ad_cap": dataset.AD_HISTORY_CAP,
        "windows": history_windows(schema),
    }


def rule_checks(schema: Schema) -> list[dict[str, Any]]:
    """Verify's checks of the stats rows' rules, rendered from the model (FUNNELS, DERIVED):
    per stats table, the funnel never increases, and each derived column equals its formula."""
    checks = []
    for key, funnel in FUNNELS.items():
        t = schema.table(key)
        col = t.sql
        owner = col(t.owner_column or ID)
        steps = [f"t.{ident(col(a))} >= t.{ident(col(b))}" for a, b in zip(funnel, funnel[1:])]
        checks.append({"name": "funnel never increases", "table": t.name, "owner": owner,
                       "negate": True, "joiner": "AND", "terms": steps})
        formulas = []
        for d in DERIVED[key]:
            numerator = f"t.{ident(col(d.numerator))}"
            numerator = f"{d.factor} * {numerator}" if d.factor != 1 else numerator
            places = t.column(d.column).scale  # the column's (a team's schema may hold fewer than d.places)
            formulas.append(f"t.{ident(col(d.column))} != coalesce(round({numerator} / "
                            f"nullif(t.{ident(col(d.divisor))}::numeric, 0), {places}), 0)")
        checks.append({"name": " ".join(col(d.column) for d in DERIVED[key]) + " = formulas", "table": t.name,
                       "owner": owner, "negate": False, "joiner": "OR", "terms": formulas})
    return checks


def campaign_end_checks(schema: Schema) -> list[tuple[str, str, int, int]]:
    """Verify's checks of where each status puts a campaign's end: (status, check name,
    nearest and farthest days before the anchor of its last stats day)."""
    checks, end = [], ad_levels(schema)[0]["end_date"]
    for status, (nearest, farthest) in dataset.LAST_DAY_BEFORE_ANCHOR.items():
        if status == "ACTIVE":
            name = f"ACTIVE campaign: no {end}, stats through the day before the anchor"
        else:
            name = f"{status} campaign: {end} = last stats day, {nearest} to {farthest} days before the anchor"
        checks.append((schema.stored(AD_TREE[0].table, STATUS_COLUMN, status), name, nearest, farthest))
    return checks


def render_reset(inputs: Inputs, schema: Schema = BUILTIN) -> Iterator[str]:
    plans = ownership_plans(schema)
    return stream(
        ff.RESET.template,
        header=header(inputs, ff.RESET.title),
        plans=plans,
        **namespace_context(),
        **guard_context(PREFLIGHT_RESET, schema),
    )


def expected_counts(inputs: Inputs, schema: Schema = BUILTIN) -> dict[str, int]:
    """Rows per seeded table, from the dataset (the ids a table describes, where the
    convergence plans already counted them)."""
    described = {p["described"].table: p["described"].count for p in convergence_plans(inputs, schema)}
    return {t.name: described[t.key] if t.key in described else dataset.row_count(t.key, inputs)
            for t in schema.seeded_tables()}


def render_verify(inputs: Inputs, schema: Schema = BUILTIN) -> Iterator[str]:
    counts, levels = expected_counts(inputs, schema), ad_levels(schema)
    owned = [(t.name, t.sql(t.owner_column), counts[t.name]) for t in schema.seeded_tables() if t.owner_column]
    return stream(
        ff.VERIFY.template,
        header=header(inputs, ff.VERIFY.title),
        owned=owned,
        converge=convergence_plans(inputs, schema),
        campaign_end_checks=campaign_end_checks(schema),
        rule_checks=rule_checks(schema),
        # An adset's index is its campaign's x CHILD_BASE + its number (docs/identity.md):
        # the ids of every campaign's always-paused adset end in that number's digits.
        paused_adset_ids=f"%{dataset.ALWAYS_PAUSED_ADSET:0{len(str(CHILD_BASE - 1))}d}",
        campaign=levels[0],
        adset=levels[1],
        ad_level=levels[2],
        ad=stats_tables(schema)["ad"],
        page=stats_tables(schema)["sellpage"],
        orders=order_names(schema),
        first_order_status=dataset.FIRST_ORDER_STATUS,
        first_event_status=schema.stored(ORDER_RULES.event, ORDER_RULES.status, dataset.FIRST_ORDER_STATUS),
        organic=ORGANIC_SOURCE,
        organic_stored=schema.stored("SellpageStatsDaily", "adSource", ORGANIC_SOURCE),
        active=schema.stored(AD_TREE[0].table, STATUS_COLUMN, "ACTIVE"),
        campaign_archived=schema.stored(AD_TREE[0].table, STATUS_COLUMN, "ARCHIVED"),
        adset_archived=schema.stored(AD_TREE[1].table, STATUS_COLUMN, "ARCHIVED"),
        adset_active=schema.stored(AD_TREE[1].table, STATUS_COLUMN, "ACTIVE"),
        page_spend=schema.table("SellpageStatsDaily").sql(SPEND_COLUMNS["SellpageStatsDaily"]),
        preflight=preflight_query(PREFLIGHT_VERIFY, schema),
        **window_context(schema),
    )


# The stand-ins of the application's tables that `gen-seed-sql schema --ddl` prints.
DDL_REFERENCE = "reference"  # PostgreSQL-native, from the model: uuid, timestamptz, text + CHECK
DDL_PRISMA = "prisma"  # what `prisma migrate` makes of generator/prisma/schema.prisma
DDL_PRISMA_UUID = "prisma-uuid"  # the same with every id and *Id field `@db.Uuid`
DDLS = (DDL_REFERENCE, DDL_PRISMA, DDL_PRISMA_UUID)
PRISMA_DDL_FILES = {DDL_PRISMA: "schema.sql", DDL_PRISMA_UUID: "schema.uuid.sql"}


def prisma_ddl(ddl: str) -> str:
    """The committed DDL that Prisma's schema engine wrote for ``ddl`` (tests/prisma/)."""
    return (resource("prisma", "generator/prisma") / PRISMA_DDL_FILES[ddl]).read_text(encoding="utf-8")


def _reference_tables(schema: Schema) -> list[dict[str, Any]]:
    tables = []
    for t in schema.tables:
        lines = []
        for c in t.columns:
            line = f"{ident(c.name)} {c.sql_type}"
            if not c.nullable:
                line += " NOT NULL"
            if c.default:
                line += f" DEFAULT {c.default}"
            if c.choices:
                line += f" CHECK ({ident(c.name)} IN ({', '.join(sql_literal(x) for x in c.choices)}))"
            if c.references:
                parent = schema.table(c.references)
                line += f" REFERENCES {ident(parent.name)} ({ident(parent.id_name)}) ON DELETE RESTRICT"
            lines.append(line)
        lines.append(f"PRIMARY KEY ({ident(t.id_name)})")
        for key in (t.natural_key, *t.unique):
            if key:
                lines.append(f"UNIQUE ({', '.join(ident(k) for k in t.names(key))})")
        indexes = [c.name for c in t.foreign_keys]
        tables.append({"name": t.name, "description": t.description, "lines": lines, "indexes": indexes})
    return tables


def render_schema(ddl: str = DDL_REFERENCE, prisma: str | None = None, schema: Schema = BUILTIN) -> Iterator[str]:
    """A stand-in for the application's tables (``ddl``: one of DDLS), and the platform
    products inserted as the main seed would (updatedAt set, as Prisma Client does).
    ``prisma``: another Prisma-made DDL to print instead of the committed one of ``ddl``
    (``""``: the products alone, as the demo inserts them after a team's migrations)."""
    product = schema.table(PRODUCT_TABLE)
    keys = [ID, *(f.name for f in fields(Product) if f.name != ID)]  # the columns a product fills
    products = {
        "table": product.name,
        "columns": [*product.names(keys), product.sql(UPDATED_AT)],
        "key": product.sql(PRODUCT_KEY),
        "rows": [tuple(getattr(p, k) for k in keys) for p in PLATFORM_PRODUCTS],
    }
    if ddl == DDL_REFERENCE:
        return stream("schema.sql.j2", version=__version__, ddl=ddl, tables=_reference_tables(schema), prisma="", products=products)
    return stream("schema.sql.j2", version=__version__, ddl=ddl, tables=[],
                  prisma=prisma if prisma is not None else prisma_ddl(ddl),
                  products=products)
