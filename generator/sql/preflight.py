"""The schema preflight: what each file touches (columns, kinds of value, enum values,
ON CONFLICT keys, privileges), and the read-only query that compares it with the live
schema. The files run it in their guard; `gen-seed-sql doctor` prints it."""

from __future__ import annotations

from typing import Any

from ..schema.kinds import ACCEPTED_TYPES, FILL_KINDS, value_kind
from ..schema.model import ID, Schema
from ..schema.rules import PRODUCT_KEY, PRODUCT_TABLE
from . import fileformat as ff
from .literal import sql_literal
from .names import qualified, relation
from .templating import stream

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
        # a serial id is the database's: an integer, read where a table owned as a set is matched
        ownership += [(relation(t), c.name, "integer" if c.key == ID and t.serial_id else "id", ())
                      for c in t.columns if c.key in keys]
    if mode == PREFLIGHT_RESET:
        return ownership
    product = schema.table(PRODUCT_TABLE)
    # the product's id and sku, and the [fill]ed columns a product is looked up within
    needs = [(relation(product), c.name, value_kind(c), c.choices) for c in product.columns
             if c.key in (ID, PRODUCT_KEY) or c.fill is not None]
    for t in schema.seeded_tables():
        for c in t.seeded_columns:
            needs.append((relation(t), c.name, value_kind(c), c.choices))
    listed = {(table_name, column) for table_name, column, _, _ in needs}
    return needs + [n for n in ownership if (n[0], n[1]) not in listed]


def preflight_context(mode: str, schema: Schema) -> dict[str, Any]:
    """What templates/_preflight.sql.j2 needs: the rows of `need`, the accepted types."""
    needs = _preflight_needs(mode, schema)
    # each enum value a literal of its own: a value may hold spaces, commas, anything
    rows = [
        f"({number}, {sql_literal(t)}, {sql_literal(c)}, {sql_literal(k)}, "
        + (f"ARRAY[{', '.join(sql_literal(v) for v in values)}]" if values else "NULL::text []")
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
            if not t.conflict_key:
                continue  # owned as a set: no ON CONFLICT
            key = t.names(t.conflict_key)
            conflicts.append(f"({sql_literal(relation(t))}, ARRAY[{', '.join(sql_literal(k) for k in key)}])")
    grants = [f"({sql_literal(t)}, {sql_literal(p)})" for t, p in _privileges(mode, needs, schema)]
    return {"need_rows": rows, "kind_rows": kinds, "conflict_rows": conflicts, "writes": mode == PREFLIGHT_SEED,
            "privilege_rows": grants, "changes_rows": mode != PREFLIGHT_VERIFY, "qualified": qualified(schema)}


def _privileges(mode: str, needs: list[tuple[str, str, str, tuple[str, ...]]], schema: Schema) -> list[tuple[str, str]]:
    """(table, privilege) for everything the file of ``mode`` does: it reads every table it
    names; the seed inserts, updates and deletes (the convergence) seeded rows and deletes
    the other seed-owned ones; the reset deletes seed-owned rows."""
    seeded = {relation(t) for t in schema.seeded_tables()}
    owned = {relation(t) for t in schema.owned_tables()}
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(n[0] for n in needs):  # in the order the file names them
        wanted = ["SELECT"]
        if mode == PREFLIGHT_SEED and name in seeded:
            wanted += ["INSERT", "UPDATE"]
        if mode != PREFLIGHT_VERIFY and name in owned:
            wanted.append("DELETE")
        found += [(name, privilege) for privilege in wanted]
    return found


def preflight_query(mode: str, schema: Schema, flavor: ff.Flavor, *, staged: bool = False) -> str:
    """The read-only query that compares the live schema with what the file of ``mode``
    needs: rows (table_name, column_name, needs, has, ok). The files run it in their
    guard and refuse on any row not ok; `gen-seed-sql doctor` prints it. ``staged``: the
    file loads its rows into temporary tables (the psql seed), so it needs the right to
    create them. ``flavor``: the file's (its comments, or none)."""
    return "".join(stream("_preflight.sql.j2", flavor, **preflight_context(mode, schema), staged=staged)).rstrip()
