"""Verify's checks as plan values: one `Check` per row verify prints, in the order it
prints them. Each names its kind, the macro of templates/_checks.sql.j2 that writes its
FROM and WHERE (one macro per kind; the skeleton every check shares is written once), its
name as SQL, its table, the count it expects and what its kind needs. No Jinja here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..dataset import dataset
from ..dataset.identity import CHILD_BASE
from ..dataset.inputs import Inputs
from ..schema.model import ID, Schema, Table
from ..schema.rules import AD_TREE, DERIVED, FUNNELS, ORDER_RULES, ORGANIC_SOURCE, SPEND_COLUMNS, STATUS_COLUMN
from .fileformat import SEEDED_ROWS_CHECK
from .literal import sql_literal
from .names import ad_levels, ident, order_names, relation, stats_tables
from .plans import convergence_plans, expected_counts

# The kinds of check, each a macro of templates/_checks.sql.j2 (a test holds the two lists equal).
KINDS = (
    "seeded_rows", "undescribed", "line_total", "subtotal", "total", "order_status", "order_window",
    "campaign_end", "archived_adsets", "paused_adset", "ad_status", "rule", "ad_window", "organic_spend",
    "page_window", "order_customer",
)
UNDESCRIBED = "seeded rows the file does not describe"


@dataclass(frozen=True)
class Check:
    """One row of verify: ``kind`` (KINDS) writes its FROM and WHERE from ``args``;
    ``label`` is its name as SQL (a literal, or an expression that adds the first
    offending row); ``found`` counts its rows and must equal ``expected``."""

    kind: str
    label: str
    table: str
    expected: int = 0
    args: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:  # a misspelled kind fails the build, not a file
            raise ValueError(f"no such kind of check: {self.kind}")


def _labelled(name: str, example: list[str]) -> str:
    """A check's name as SQL followed by its first offending row: the least of
    ``example``'s parts joined, one part a line (nothing where no row offends)."""
    parts = "\n                || ".join(example)
    return (f"{sql_literal(name)} || coalesce(\n            ' (first: ' || min(\n                {parts}\n"
            "            ) || ')'\n            , ''\n        )")


def _major(t: Table, key: str) -> str:
    """Column ``key`` of the stats row ``t`` as a formula reads it: money a team keeps in
    cents (Column.minor_units) back in its major unit, exactly; anything else as it is."""
    value = f"t.{ident(t.sql(key))}"
    return f"({value} / 100.0)" if t.column(key).minor_units else value


def rule_checks(schema: Schema) -> list[Check]:
    """The stats rows' rules (rules.FUNNELS, rules.DERIVED): per stats table, the funnel
    never increases, and each derived column equals its formula, a check of its own. A
    failing check's name ends with its first offending row (kind, entity, day; a
    formula's column value and what the formula gives)."""
    checks = []
    for key, funnel in FUNNELS.items():
        t = schema.table(key)
        col = t.sql
        owner = col(t.owner_column or ID)
        daily = t.daily_id
        row = [f"t.{ident(col(daily.kind_column))}::text", f"' ' || t.{ident(owner)}::text",
               f"' ' || t.{ident(col(daily.day_column))}::date::text"] if daily else [f"t.{ident(owner)}::text"]
        steps = [f"t.{ident(col(a))} >= t.{ident(col(b))}" for a, b in zip(funnel, funnel[1:])]
        checks.append(Check("rule", _labelled("funnel never increases", row), relation(t),
                            args={"owner": owner, "negate": True, "joiner": "AND", "terms": steps}))
        for d in DERIVED[key]:
            numerator = _major(t, d.numerator)
            numerator = f"{d.factor} * {numerator}" if d.factor != 1 else numerator
            places = t.column(d.column).scale  # the column's (a team's schema may hold fewer than d.places)
            divisor = _major(t, d.divisor)
            divisor = f"{divisor}::numeric" if divisor.startswith("t.") else divisor
            formula = f"coalesce(round({numerator} / nullif({divisor}, 0), {places}), 0)"
            example = [*row, f"': ' || t.{ident(col(d.column))}::text", "', the formula gives '", f"{formula}::text"]
            checks.append(Check("rule", _labelled(f"{col(d.column)} = formula", example), relation(t),
                                args={"owner": owner, "negate": False, "joiner": "OR",
                                      "terms": [f"t.{ident(col(d.column))} != {formula}"]}))
    return checks


def campaign_end_checks(schema: Schema) -> list[Check]:
    """Where each status puts a campaign's end: the nearest and farthest days before the
    anchor of its last stats day (dataset.LAST_DAY_BEFORE_ANCHOR)."""
    checks, campaign = [], ad_levels(schema)[0]
    for status, (nearest, farthest) in dataset.LAST_DAY_BEFORE_ANCHOR.items():
        if status == "ACTIVE":
            name = f"ACTIVE campaign: no {campaign['end_date']}, stats through the day before the anchor"
        else:
            name = (f"{status} campaign: {campaign['end_date']} = last stats day, "
                    f"{nearest} to {farthest} days before the anchor")
        checks.append(Check("campaign_end", sql_literal(name), campaign["table"], args={
            "status": schema.stored(AD_TREE[0].table, STATUS_COLUMN, status), "ended": status != "ACTIVE",
            "nearest": nearest, "farthest": farthest}))
    return checks


def customer_checks(schema: Schema) -> list[Check]:
    """Where the team's schema has the customers' table and the orders' key to it: each
    seeded order's customer is its own (the customer's email is the order's)."""
    o = ORDER_RULES
    if not schema.has(o.customers):
        return []
    order, customers = schema.table(o.order), schema.table(o.customers)
    if o.customer_key not in order.column_keys or "customerEmail" not in order.column_keys:
        return []
    key, email = order.sql(o.customer_key), order.sql("customerEmail")
    return [Check("order_customer", sql_literal(f"{key}: the customer whose email is {email}"), relation(order), args={
        "customers": relation(customers), "id": customers.id_name, "email": customers.sql("email"),
        "key": key, "order_email": email})]


def verify_checks(inputs: Inputs, schema: Schema) -> list[Check]:
    """Every check verify makes, in the order it prints them."""
    counts, o = expected_counts(inputs, schema), order_names(schema)
    campaign, adset, ad_level = ad_levels(schema)
    ad, page = stats_tables(schema)["ad"], stats_tables(schema)["sellpage"]
    days = dataset.HISTORY_DAYS
    checks = [Check("seeded_rows", sql_literal(SEEDED_ROWS_CHECK), relation(t), counts[relation(t)],
                    {"owner": t.sql(t.owner_column)}) for t in schema.seeded_tables() if t.owner_column]
    checks += [Check("undescribed", sql_literal(UNDESCRIBED), p.table, args={"plan": p})
               for p in convergence_plans(inputs, schema)]
    first_status = dataset.FIRST_ORDER_STATUS
    checks += [
        Check("line_total", sql_literal(f"{o['line_total']} = {o['quantity']} x {o['unit_price']}"), o["item"]),
        Check("subtotal", sql_literal(f"{o['subtotal']} = sum of {o['line_total']}"), o["order"]),
        Check("total", sql_literal(f"{o['total']} = {o['subtotal']} + {o['shipping_fee']} - {o['discount']}"),
              o["order"]),
        Check("order_status", sql_literal(f"{o['status']} = last event, first event {first_status} at {o['created_at']}"),
              o["order"], args={"first_event_status": schema.stored(ORDER_RULES.event, ORDER_RULES.status, first_status)}),
        Check("order_window", sql_literal(f"{o['created_at']} in the {days} days before the anchor"), o["order"]),
        *customer_checks(schema),
        *campaign_end_checks(schema),
        Check("archived_adsets", sql_literal("archived campaign: adsets archived"), adset["table"], args={
            "campaign_archived": schema.stored(AD_TREE[0].table, STATUS_COLUMN, "ARCHIVED"),
            "adset_archived": schema.stored(AD_TREE[1].table, STATUS_COLUMN, "ARCHIVED")}),
        # An adset's index is its campaign's x CHILD_BASE + its number (docs/identity.md):
        # the ids of every campaign's always-paused adset end in that number's digits.
        Check("paused_adset", sql_literal("third adset never active"), adset["table"], args={
            "ids": f"%{dataset.ALWAYS_PAUSED_ADSET:0{len(str(CHILD_BASE - 1))}d}",
            "active": schema.stored(AD_TREE[1].table, STATUS_COLUMN, "ACTIVE")}),
        Check("ad_status", sql_literal("ad status = adset status"), ad_level["table"]),
        *rule_checks(schema),
        Check("ad_window", sql_literal(f"{ad['day']} inside the entity's history window"), ad["table"]),
        Check("organic_spend", sql_literal(
            f"{ORGANIC_SOURCE} {schema.table('SellpageStatsDaily').sql(SPEND_COLUMNS['SellpageStatsDaily'])} = 0"),
            page["table"], args={
                "organic": schema.stored("SellpageStatsDaily", "adSource", ORGANIC_SOURCE),
                "spend": schema.table("SellpageStatsDaily").sql(SPEND_COLUMNS["SellpageStatsDaily"])}),
        Check("page_window", sql_literal(f"{page['day']} in the {days} days before the anchor"), page["table"]),
    ]
    return checks
