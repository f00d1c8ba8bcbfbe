"""Statement plans: the SQL around each table's rows (`Upsert`), the rows themselves in
batches (fitted to a team's schema), the ids each file describes for convergence
(`Described`, `ConvergencePlan`), the reset's ownership rules (`OwnershipPlan`), the
counts verify expects, and the check that the dataset fits the tables it is bound to.
Computed in Python, laid out by the templates; no Jinja here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any

from ..dataset import dataset
from ..dataset.identity import CHILD_BASE, DAY_ZERO, INDEX_DIGITS, SEED_NAMESPACE_PREFIX, seed_uuid
from ..dataset.inputs import Inputs
from ..errors import ExitCode, SeedError
from ..schema.kinds import value_kind
from ..schema.model import (
    AS_DAILY_ID, AS_DAY, AS_FILL, AS_GENERATED, AS_INSTANT, AS_NOW, AS_PRODUCT, AS_VALUE, ID, Column, Schema, Table,
)
from ..schema.rules import DERIVED, PRODUCT_KEY, PRODUCT_TABLE
from . import fileformat as ff
from .literal import copy_row, sql_literal
from .names import Relation, ident, product_scope, relation, wrap

BATCH_ROWS = 1000  # rows per INSERT statement: bounded memory, bounded statement size


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
        f"{indent}|| '-' || right(v.{ident(t.sql(spec.entity_column))}::text, {INDEX_DIGITS})"
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
        f"CROSS JOIN\n        LATERAL jsonb_populate_record(\n            NULL::{ident(relation(t))}, jsonb_build_object({pairs})\n        ) AS {TYPED}"
    )


def _live_typed(column: Column) -> bool:
    """Does the staging table take ``column``'s type from the live table? Its enum-likes
    (an enum of whatever name, or text) and its uuid ids (uuid, or the TEXT a Prisma
    String id is): COPY reads the text into the column's own type once, and the upsert
    writes it as it is, not through a cast to the model's type and back."""
    return column.seeded_as == AS_VALUE and (bool(column.choices) or column.sql_type == "uuid")


def _staged_type(column: Column) -> str:
    """The type of ``column``'s values in a staging table (see Upsert.staged_lines)."""
    if column.seeded_as == AS_DAY:
        return "integer"
    if column.seeded_as == AS_INSTANT:
        return "interval"
    return {"integer": "integer", "decimal": "numeric"}.get(value_kind(column), "text")


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
            f"LEFT JOIN {ident(relation(product))} AS p ON v.{ident(products[0])} = p.{ident(product.sql(PRODUCT_KEY))}"
            + "".join(f" AND p.{ident(name)} = {value}" for name, value in product_scope(product))
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
    def staging(self) -> str:
        """The temporary table the psql files load this table's rows into with COPY."""
        return ff.staging_table(self._staging_base)

    @property
    def _staging_base(self) -> str:
        """The table's name, after its PostgreSQL schema's where it has one: what the
        temporary tables for its rows are named from."""
        t = self.table
        return t.name if t.schema_name is None else f"{t.schema_name}_{t.name}"

    def key_match(self, alias: str, row: str) -> str:
        """The ON clause that joins the live row ``alias`` whose conflict key is the
        composite ``row``'s (a key of several columns: one a line)."""
        terms = [f"{alias}.{ident(name)} = ({row}).{ident(name)}" for name in self.conflict_key]
        return f"ON {terms[0]}" if len(terms) == 1 else "ON\n" + "\n".join(
            f"    {'AND ' if n else ''}{term}" for n, term in enumerate(terms))

    def key_text(self, prefix: str) -> str:
        """A row's key as text, its columns read after ``prefix`` (``t.``, or ``(u.row).``
        for a composite): its id, or its natural key's values joined by spaces; how a plan
        names the row."""
        parts = [f"{prefix}{ident(name)}::text" for name in self.conflict_key]
        if len(parts) == 1:
            return parts[0]
        return "concat_ws(\n    ' '\n" + "".join(f"    , {part}\n" for part in parts) + ")"

    @property
    def relation(self) -> Relation:
        """How the files name the table (names.Relation)."""
        return relation(self.table)

    @property
    def staged_lines(self) -> list[str]:
        """The staging table's columns, one a line, as the SELECT that makes it: an
        enum-like column or a uuid id the live column itself (``t."status"``: its own type,
        so COPY reads the values into it; see _live_typed), the others typed as their
        VALUES literals would be (an offset an integer, an instant an interval, a decimal
        numeric, else text), so the statement's expressions read it as they read VALUES."""
        by_key, live = {c.key: c for c in self.table.columns}, self.live_typed
        typed = [f"t.{ident(name)}" if name in live else f"NULL::{_staged_type(by_key[key])} AS {ident(name)}"
                 for name, key in zip(self.value_columns, self.value_keys)]
        return [("" if i == 0 else ", ") + line for i, line in enumerate(typed)]

    @property
    def uses_anchor(self) -> bool:
        """Does an expression read the anchor day (a day, an instant, a stats id)? A table
        without one (a team's items with no createdAt) joins no anchor."""
        return any("a.anchor_day" in e for e in self.expressions)

    @property
    def live_typed(self) -> frozenset[str]:
        """The value columns whose staging column takes the live column's type (_live_typed)."""
        return frozenset(c.name for c in self.table.seeded_columns if _live_typed(c) and c.name in self.value_columns)

    @property
    def staged_from_live(self) -> bool:
        """Does the staging table take a column's type from the live table?"""
        return bool(self.live_typed)

    @property
    def staged_expressions(self) -> tuple[str, ...]:
        """The expressions, reading a staging table: its enum-like columns and uuid ids hold
        the live column's type already (no ``typed_join``, no cast)."""
        live = self.live_typed
        products = {c.name for c in self.table.seeded_columns if c.seeded_as == AS_PRODUCT}
        # the product's id is named for its column: beside v."id" it would be a second "id"
        return tuple(f"v.{ident(name)}" if name in live else f"{expression} AS {ident(name)}" if name in products
                     else expression for name, expression in zip(self.columns, self.expressions))

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

    # A table owned as a set (model.Table.owned_as_set: a serial id, no natural key): its
    # rows go into a temporary table of the live columns' types first (``wanted``), then
    # one statement makes each seeded parent's live rows equal that set
    # (templates/seed.staging.sql.j2; docs/identity.md).
    @property
    def owned_as_set(self) -> bool:
        return self.table.owned_as_set

    @property
    def wanted(self) -> str:
        """The temporary table of the rows a table owned as a set should hold."""
        return ff.staging_table("rows_" + self._staging_base)

    @property
    def owner(self) -> str:
        """The SQL name of the owner column: the foreign key to the seeded parent."""
        return self.table.sql(self.table.owner_column or ID)

    def set_expressions(self, staged: bool) -> tuple[str, ...]:
        """The expressions of the compared columns (what a row of the set is), in order."""
        by_name = dict(zip(self.columns, self.staged_expressions if staged else self.expressions))
        return tuple(by_name[name] for name in self.compared)

    def set_source(self, staged: bool) -> list[str]:
        """Where those expressions read from: the rows (staged or VALUES) and their joins."""
        lines = ["FROM " + (f"{ident(self.staging)} AS v" if staged else "v")]
        lines += ["CROSS JOIN anchor AS a"] if self.uses_anchor else []
        lines += [self.product_join] if self.product_join else []
        if self.typed_join and not staged:  # written for inside a statement: four spaces less here
            lines.append("\n".join(line.removeprefix("    ") for line in self.typed_join.split("\n")))
        return lines

    def set_targets(self, alias: str, first: str = "") -> list[str]:
        """The compared columns after ``alias``, one a line as select targets (the first
        line after ``first``, the others after a comma)."""
        return [(first if i == 0 else ", ") + f"{alias}{ident(c)}" for i, c in enumerate(self.compared)]

    def set_lines(self, alias: str) -> list[str]:
        """The compared columns, each after ``alias`` (``w.``), wrapped."""
        return wrap(f"{alias}{ident(c)}" for c in self.compared)

    @property
    def compared_lines(self) -> list[str]:
        return wrap(ident(c) for c in self.compared)


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


def copy_chunks(rows: Iterator[tuple[Any, ...]], size: int = BATCH_ROWS) -> Iterator[str]:
    """The rows as COPY data lines (literal.copy_row), ``size`` lines a chunk: formatted
    in Python, so the template lays out the statement and not each row."""
    while chunk := list(islice(rows, size)):
        yield "\n".join(map(copy_row, chunk)) + "\n"


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
            found.append(f"{ident(relation(t))}.{ident(key)}: the dataset writes it, the table has no such column "
                         "(or the seed does not write it)")
        for key in sorted(wanted - given):
            found.append(f"{ident(relation(t))}.{ident(t.sql(key))}: needs a value from the dataset, has none")
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
    cents = [c.key for c in t.seeded_columns if c.minor_units]
    omitted = t.omitted
    if not (stored or rescaled or cents or omitted):
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
        for key in cents:  # after the rates: they are made from the money in its major unit
            if key in row:
                row[key] = int(row[key] * 100)  # exact: the dataset's money has 2 decimals
        yield row


def _ordered(upsert: Upsert, rows: Iterator[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """Row dicts as tuples in the statement's VALUES order (and a check of the keys)."""
    t, keys = upsert.table, upsert.value_keys
    pick = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    width = len(keys)
    for row in _fitted(t, rows):
        if len(row) != width:
            raise SeedError(
                f"dataset row for {t.name} has columns {sorted(row)}, expected {sorted(keys)}",
                ExitCode.INTERNAL,
            )
        yield pick(row)


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
    indexes = dataset.id_indexes(t.key, inputs)
    for index in indexes if indexes is not None else _indexes(t, prefix, inputs):
        if ranges and ranges[-1][1] + 1 == index and (index - 1) // RUN_LENGTH == (ranges[-1][0] - 1) // RUN_LENGTH:
            ranges[-1][1] = index
        else:
            ranges.append([index, index])
    return Described(t.key, prefix, tuple((first, last) for first, last in ranges))


def _indexes(t: Table, prefix: str, inputs: Inputs) -> Iterator[int]:
    """The index each of the table's ids ends in, read from its rows."""
    for row in dataset.rows(t.key, inputs):
        text = str(row[ID])
        if not text.startswith(prefix):  # pragma: no cover - dataset and model disagree
            raise SeedError(f"{t.name} id {text} does not start with {prefix}", ExitCode.INTERNAL)
        yield int(text[len(prefix):])


@dataclass(frozen=True)
class OwnershipPlan:
    """One seed-owned table, as the reset and the convergence delete from it: its key,
    its SQL name, its owner column's key and SQL name, its id's SQL name (None: no id),
    and, for a table owned by its own id, the foreign keys that keep a row (each
    child table's and column's SQL names)."""

    key: str
    table: str
    owner_key: str
    owner: str
    id: str | None
    owned_by_id: bool
    children: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ConvergencePlan(OwnershipPlan):
    """An ownership plan with the ids the file describes: the table's own, or, for a
    stats table, its owner column's parent's."""

    described: Described | None = None


@lru_cache(maxsize=4)  # the seed and the verify file of one build share it (keyed on both arguments)
def convergence_plans(inputs: Inputs, schema: Schema) -> tuple[ConvergencePlan, ...]:
    """Per seed-owned table, children first: the ids the file describes (the table's own,
    or, for a stats table, its owner column's parent's) and the foreign keys that keep
    a row. AdStatsDaily is left out: its entity column points at three tables, and its
    rows outside every seeded entity's history window go after the upserts."""
    described: dict[str, Described] = {}
    plans = []
    for plan in ownership_plans(schema):
        owner = schema.table(plan.key).column(plan.owner_key)
        parent = plan.key if owner.key == ID else owner.references
        if parent is None:
            continue
        if parent not in described:
            described[parent] = describe(schema.table(parent), inputs)
        plans.append(ConvergencePlan(**{f.name: getattr(plan, f.name) for f in fields(OwnershipPlan)},
                                     described=described[parent]))
    return tuple(plans)


def ownership_plans(schema: Schema) -> list[OwnershipPlan]:
    """Per seed-owned table, children first (the reset's and the convergence's order)."""
    return [
        OwnershipPlan(
            key=t.key,
            table=relation(t),
            owner_key=t.owner_column or ID,
            owner=t.sql(t.owner_column or ID),
            id=t.id_name if ID in t.column_keys else None,
            owned_by_id=t.owner_column == ID,
            children=tuple((relation(child), col.name) for child, col in schema.children(t.key)) if t.owner_column == ID else (),
        )
        for t in schema.owned_tables()
    ]


def expected_counts(inputs: Inputs, schema: Schema) -> dict[str, int]:
    """Rows per seeded table, from the dataset (the ids a table describes, where the
    convergence plans already counted them)."""
    described = {p.described.table: p.described.count for p in convergence_plans(inputs, schema) if p.described}
    return {relation(t): described[t.key] if t.key in described else dataset.row_count(t.key, inputs)
            for t in schema.seeded_tables()}
