"""SQL names and small SQL pieces computed from the schema: quoted identifiers, the
lists the files wrap, the seed-ownership test, and the roles' columns in SQL names (the
campaign tree's levels, the order rules, the stats tables). No templates, no driver."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dataset.identity import SEED_NAMESPACE_FIRST, SEED_NAMESPACE_LAST, SEED_NAMESPACE_PREFIX
from ..errors import ExitCode, SeedError
from ..schema.model import AS_FILL, Schema, Table
from ..schema.rules import AD_TREE, CAMPAIGN_DATES, NAME_COLUMN, ORDER_RULES, STATUS_COLUMN
from .fileformat import ANCHOR_SETTING
from .literal import quote_name, sql_literal


class Relation(str):
    """How the files name a table: the string is its label (what reports, checks and the
    preflight print), ``ref`` the SQL that refers to it. An unqualified table's label is
    its name and its ref the quoted name; a table in a PostgreSQL schema of its own
    (``@@schema``) has ``"schema"."table"`` for both, so no ``search_path`` decides which
    table a file writes. The label is what ``to_regclass`` reads (double quotes only);
    the ref may use Unicode escapes (literal.quote_name)."""

    ref: str

    def __new__(cls, label: str, ref: str) -> "Relation":
        made = super().__new__(cls, label)
        made.ref = ref
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Relation, (str(self), self.ref))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def relation(t: Table) -> Relation:
    """How the files name table ``t`` (see `Relation`)."""
    if t.schema_name is None:
        return Relation(t.name, quote_name(t.name))
    return Relation(f"{_quoted(t.schema_name)}.{_quoted(t.name)}", f"{quote_name(t.schema_name)}.{quote_name(t.name)}")


def qualified(schema: Schema) -> bool:
    """Whether the schema's tables are named with their PostgreSQL schema (``@@schema``):
    then every label is SQL already, which the files' messages print as it is."""
    return any(t.schema_name is not None for t in schema.tables)


def ident(name: str) -> str:
    """A quoted SQL identifier (literal.quote_name); a table's `Relation`: its ref."""
    if isinstance(name, Relation):
        return name.ref
    return quote_name(name)


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


ANCHOR_DAY = f"current_setting({sql_literal(ANCHOR_SETTING)})::date"


def seed_owned(expression: str) -> str:
    """The SQL test that ``expression`` (an id column, uuid or TEXT as Prisma makes it) is
    in the seed's namespace: its canonical text starts with the namespace's prefix, which
    is the uuid range SEED_NAMESPACE_FIRST..SEED_NAMESPACE_LAST, compared bytewise
    whatever the database's collation."""
    return f"starts_with({expression}::text, {sql_literal(SEED_NAMESPACE_PREFIX)})"


def stats_tables(schema: Schema) -> dict[str, dict[str, str]]:
    """The stats tables' SQL names and roles, from the model (their DailyId): table, the
    column that gives the kind (level, source), the entity column and the day column."""
    out = {}
    for role, key in (("ad", "AdStatsDaily"), ("sellpage", "SellpageStatsDaily")):
        t = schema.table(key)
        daily = t.daily_id
        if daily is None:  # pragma: no cover - the model gives every stats table one
            raise SeedError(f"{key} has no daily id in the model", ExitCode.INTERNAL)
        out[role] = {"table": relation(t), "kind": t.sql(daily.kind_column), "entity": t.sql(daily.entity_column),
                     "day": t.sql(daily.day_column)}
    return out


def namespace_context() -> dict[str, str]:
    """The bounds of the seed's UUID namespace, as every `BETWEEN` of the files uses them."""
    return {"first": str(SEED_NAMESPACE_FIRST), "last": str(SEED_NAMESPACE_LAST)}


def ad_levels(schema: Schema) -> list[dict[str, Any]]:
    """The campaign tree's levels (rules.AD_TREE) in SQL names: per level its AdStatsDaily
    kind, table, id, foreign key to the level above, status and name; the top level's
    start and end dates (rules.CAMPAIGN_DATES)."""
    levels = []
    for level in AD_TREE:
        t = schema.table(level.table)
        levels.append({"kind": schema.stored("AdStatsDaily", "level", level.kind), "table": relation(t), "id": t.id_name,
                       "parent_key": t.sql(level.parent_key) if level.parent_key else None,
                       "status": t.sql(STATUS_COLUMN), "name": t.sql(NAME_COLUMN)})
    top = schema.table(AD_TREE[0].table)
    levels[0]["start_date"], levels[0]["end_date"] = top.names(CAMPAIGN_DATES)
    return levels


def order_names(schema: Schema) -> dict[str, str]:
    """model.ORDER_RULES in SQL names: the three tables, their ids, and the columns the
    order rules read (those of an item or event prefixed item_ or event_ where the
    order's have the same key; ``customer`` None where the orders carry no customer name)."""
    o = ORDER_RULES
    order, item, event = schema.table(o.order), schema.table(o.item), schema.table(o.event)
    return {
        "order": relation(order), "item": relation(item), "event": relation(event),
        "order_id": order.id_name, "item_id": item.id_name, "event_id": event.id_name,
        "item_owner": item.sql(item.owner_column or "id"),
        "item_order_key": item.sql(o.order_key), "event_order_key": event.sql(o.order_key),
        "quantity": item.sql(o.quantity), "unit_price": item.sql(o.unit_price), "line_total": item.sql(o.line_total),
        "subtotal": order.sql(o.subtotal), "shipping_fee": order.sql(o.shipping_fee),
        "discount": order.sql(o.discount), "total": order.sql(o.total),
        "status": order.sql(o.status), "event_status": event.sql(o.status),
        "created_at": order.sql(o.created_at), "event_created_at": event.sql(o.created_at),
        "number": order.sql(o.number), "customer": order.sql(o.customer) if o.customer in order.column_keys else None,
    }


def product_scope(product: Table) -> list[tuple[str, str]]:
    """(column, value as SQL) of the products' [fill]ed columns (binding.scope_columns):
    a product is the one with the sku among the rows holding these values (a tenant's)."""
    return [(c.name, c.fill) for c in product.columns if c.seeded_as == AS_FILL and c.fill is not None]
