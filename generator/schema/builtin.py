"""The built-in declaration: the 13 tables of the application's stand-in schema, as one
`Schema` (`BUILTIN`); each column says whether a team's schema must have it. One source of a
`Schema`; a team's schema.prisma is the other (prisma/binding.py)."""

from __future__ import annotations

from dataclasses import replace

from .model import (
    AS_DAILY_ID, AS_DAY, AS_INSTANT, AS_NOW, AS_PRODUCT, AS_VALUE, CREATED_AT, ID, UPDATED_AT, Column, DailyId, Schema,
    Table,
)
from .rules import (
    AD, AD_LEVELS, AD_SOURCES, AD_TREE, ADSET, CAMPAIGN, CAMPAIGN_DATES, DERIVED, ENTITY_STATUSES, FUNNELS, MONEY,
    NAME_COLUMN, OPTIMIZATION_GOALS, ORDER_RULES, ORDER_STATUSES, PRODUCT_KEY, PRODUCT_TABLE, SPEND_COLUMNS,
    STATUS_COLUMN,
)

_O = ORDER_RULES


def _id(seeded: bool = True, as_: str = AS_VALUE, required: bool = True) -> Column:
    return Column(ID, "uuid", default="gen_random_uuid()", seeded_as=as_ if seeded else None, required=required)


def _created_at(seeded: bool = True, required: bool = False) -> Column:
    # required where a rule reads it (an order's and its events' timeline)
    return Column(
        CREATED_AT, "timestamptz", default="now()", seeded_as=AS_INSTANT if seeded else None, required=required
    )


def _updated_at(seeded: bool = True) -> Column:
    # now() on insert and when a re-apply restores a row: a Prisma-made schema has no
    # default for @updatedAt columns (the client sets them).
    return Column(UPDATED_AT, "timestamptz", default="now()", seeded_as=AS_NOW if seeded else None, required=False)


def _funnel(table_key: str) -> tuple[Column, ...]:
    return tuple(Column(key, "integer") for key in FUNNELS[table_key])


def _derived(table_key: str) -> tuple[Column, ...]:
    return tuple(Column(d.column, d.sql_type) for d in DERIVED[table_key])


def _status(choices: tuple[str, ...]) -> Column:
    return Column(STATUS_COLUMN, "text", choices=choices)


def _name() -> Column:
    return Column(NAME_COLUMN, "text")


# --- the tables ---------------------------------------------------------------------------

TABLES: tuple[Table, ...] = (
    Table(
        "User",
        (
            _id(),
            Column("email", "text"),
            Column("passwordHash", "text"),
            Column(NAME_COLUMN, "text", nullable=True, required=False),
            Column("role", "text", choices=("ADMIN", "SELLER", "CUSTOMER")),
            _created_at(),
            _updated_at(),
        ),
        unique=(("email",),),
        id_layer_type=(0x001, 0x001),
        description="login accounts",
    ),
    Table(
        "Seller",
        (
            _id(),
            Column("userId", "uuid", references="User"),
            _name(),
            Column("slug", "text"),
            _created_at(),
            _updated_at(),
        ),
        unique=(("slug",),),
        id_layer_type=(0x001, 0x002),
        description="seller accounts",
    ),
    Table(
        PRODUCT_TABLE,
        (
            _id(seeded=False),
            Column(PRODUCT_KEY, "text", seeded_as=None),
            Column(NAME_COLUMN, "text", seeded_as=None, required=False),
            Column("price", MONEY, seeded_as=None, required=False),
            _created_at(seeded=False),
            _updated_at(seeded=False),
        ),
        unique=((PRODUCT_KEY,),),
        owner_column=None,
        seeded=False,
        description="platform catalog, owned by the main seed (a prerequisite)",
    ),
    Table(
        "Sellpage",
        (
            _id(),
            Column("sellerId", "uuid", references="Seller"),
            Column("productId", "uuid", references=PRODUCT_TABLE, seeded_as=AS_PRODUCT),
            Column("slug", "text"),
            Column("title", "text", required=False),
            Column("price", MONEY, required=False),
            _status(("PUBLISHED", "DRAFT")),
            _created_at(),
            _updated_at(),
        ),
        unique=(("slug",),),
        id_layer_type=(0x002, 0x001),
        description="a seller's landing page for one product",
    ),
    Table(
        _O.order,
        (
            _id(),
            Column("sellerId", "uuid", references="Seller"),
            Column("sellpageId", "uuid", references="Sellpage"),
            Column(_O.number, "text"),
            Column("customerEmail", "text"),
            Column(_O.customer, "text"),
            _status(ORDER_STATUSES),
            Column("paymentMethod", "text", choices=("CARD", "PAYPAL")),
            Column(_O.subtotal, MONEY),
            Column(_O.shipping_fee, MONEY),
            Column(_O.discount, MONEY),
            Column(_O.total, MONEY),
            _created_at(required=True),
            _updated_at(),
        ),
        unique=((_O.number,),),
        id_layer_type=(0x003, 0x001),
        description="customer orders",
        omitted=(_O.customer_key,),  # the stand-in has no customers' table (with_customers)
    ),
    Table(
        _O.item,
        (
            _id(),
            Column(_O.order_key, "uuid", references=_O.order),
            Column("productId", "uuid", references=PRODUCT_TABLE, seeded_as=AS_PRODUCT),
            Column(_O.quantity, "integer"),
            Column(_O.unit_price, MONEY),
            Column(_O.line_total, MONEY),
            _created_at(),
            _updated_at(),
        ),
        id_layer_type=(0x003, 0x002),
        serial_owner=_O.order_key,
        description="order lines",
    ),
    Table(
        _O.event,
        (
            _id(),
            Column(_O.order_key, "uuid", references=_O.order),
            _status(ORDER_STATUSES),
            _created_at(required=True),
        ),
        id_layer_type=(0x003, 0x003),
        serial_owner=_O.order_key,
        description="an order's status timeline",
    ),
    Table(
        CAMPAIGN.table,
        (
            _id(),
            Column("sellerId", "uuid", references="Seller"),
            Column("sellpageId", "uuid", references="Sellpage"),
            _name(),
            _status(ENTITY_STATUSES),
            Column("dailyBudget", MONEY, required=False),
            Column(CAMPAIGN_DATES[0], "date", seeded_as=AS_DAY),
            Column(CAMPAIGN_DATES[1], "date", nullable=True, seeded_as=AS_DAY),
            _created_at(),
            _updated_at(),
        ),
        id_layer_type=(0x004, 0x001),
        description="ad campaigns",
    ),
    Table(
        ADSET.table,
        (
            _id(),
            Column(ADSET.parent_key or "", "uuid", references=CAMPAIGN.table),
            _name(),
            _status(ENTITY_STATUSES),
            Column("optimizationGoal", "text", choices=OPTIMIZATION_GOALS),
            _created_at(),
            _updated_at(),
        ),
        id_layer_type=(0x004, 0x002),
        description="ad sets of a campaign",
    ),
    Table(
        AD.table,
        (
            _id(),
            Column(AD.parent_key or "", "uuid", references=ADSET.table),
            _name(),
            _status(ENTITY_STATUSES),
            _created_at(),
            _updated_at(),
        ),
        id_layer_type=(0x004, 0x003),
        description="ads of an ad set",
    ),
    Table(
        "AdStatsDaily",
        (
            _id(as_=AS_DAILY_ID, required=False),  # keyed by its natural key: an id is the team's choice
            Column("sellerId", "uuid", references="Seller"),
            Column("level", "text", choices=AD_LEVELS),
            Column("entityId", "uuid"),
            Column("statDate", "date", seeded_as=AS_DAY),
            *_funnel("AdStatsDaily"),
            Column("purchaseValue", MONEY),
            Column(SPEND_COLUMNS["AdStatsDaily"], MONEY),
            *_derived("AdStatsDaily"),
            _created_at(seeded=False),
            _updated_at(),
        ),
        natural_key=("level", "entityId", "statDate"),
        daily_id=DailyId("level", tuple((level.kind, level.stats_layer) for level in AD_TREE), "entityId"),
        owner_column="entityId",
        description="daily ad metrics per campaign, ad set and ad",
    ),
    Table(
        "AdStatsRaw",
        (
            _id(seeded=False),
            Column("sellerId", "uuid", references="Seller", seeded_as=None),
            Column("adId", "uuid", references=AD.table, seeded_as=None),
            Column("fetchedAt", "timestamptz", default="now()", seeded_as=None, required=False),
            Column("payload", "jsonb", seeded_as=None, required=False),
        ),
        owner_column="adId",
        seeded=False,
        description="raw ad-platform payloads, written by ingestion; reset removes seeded ads' rows",
    ),
    Table(
        "SellpageStatsDaily",
        (
            _id(as_=AS_DAILY_ID, required=False),  # keyed by its natural key: an id is the team's choice
            Column("sellerId", "uuid", references="Seller"),
            Column("sellpageId", "uuid", references="Sellpage"),
            Column("statDate", "date", seeded_as=AS_DAY),
            Column("adSource", "text", choices=AD_SOURCES),
            Column(SPEND_COLUMNS["SellpageStatsDaily"], MONEY),
            *_funnel("SellpageStatsDaily"),
            Column("revenue", MONEY),
            *_derived("SellpageStatsDaily"),
            _created_at(seeded=False),
            _updated_at(),
        ),
        natural_key=("sellpageId", "statDate", "adSource"),
        daily_id=DailyId("adSource", (("facebook", 0x061), ("instagram", 0x062), ("organic", 0x063)), "sellpageId"),
        owner_column="sellpageId",
        description="daily sellpage funnel per traffic source",
    ),
)


# The dataset's customers (dataset.CUSTOMERS): a table the stand-in lacks, seeded where a
# team's schema has a model for them (an email and a name; binding.py), each order then
# linked to its own by ORDER_CUSTOMER.
CUSTOMER = Table(
    _O.customers,
    (
        _id(),
        Column("email", "text"),
        _name(),
        _created_at(seeded=False),
        _updated_at(),
    ),
    id_layer_type=(0x003, 0x004),
    description="the orders' customers",
)
CUSTOMER_COPIES = ("customerEmail", _O.customer)  # what an order carries of its customer
ORDER_CUSTOMER = Column(_O.customer_key, "uuid", references=_O.customers, required=False)


def with_customers(schema: Schema) -> Schema:
    """``schema`` with the customers' table before the orders, and the orders' key to it
    (after their sellpage's) no longer left out; the orders' copies of their customer's
    name and email become optional."""
    tables: list[Table] = []
    for t in schema.tables:
        if t.key == _O.order:
            keys = t.column_keys
            at = keys.index("sellpageId") + 1 if "sellpageId" in keys else len(keys)
            # the customer's name and email are the customer's now: the orders may lack them
            columns = tuple(replace(c, required=False) if c.key in CUSTOMER_COPIES else c for c in t.columns)
            t = replace(t, columns=(*columns[:at], ORDER_CUSTOMER, *columns[at:]),
                        omitted=tuple(k for k in t.omitted if k != _O.customer_key))
            tables.append(CUSTOMER)
        tables.append(t)
    return Schema(tuple(tables))


# Tables the seed never writes that a team's schema may lack (the reset then has nothing
# to remove from them).
OPTIONAL_TABLES = ("AdStatsRaw",)


BUILTIN = Schema(TABLES)  # the built-in declaration above


def builtin_schema() -> Schema:
    """The schema a command binds the dataset to (a later version: the team's own)."""
    return BUILTIN


# The built-in declaration's own lookups, for the dataset's keys and the tests.
def table(key: str) -> Table:
    """The built-in table whose key is ``key`` (the customers' too: with_customers)."""
    return CUSTOMER if key == CUSTOMER.key else BUILTIN.table(key)


def insert_order() -> tuple[Table, ...]:
    return BUILTIN.insert_order()


def seeded_tables() -> tuple[Table, ...]:
    return BUILTIN.seeded_tables()


def owned_tables() -> tuple[Table, ...]:
    return BUILTIN.owned_tables()


def children(parent: str) -> tuple[tuple[Table, Column], ...]:
    return BUILTIN.children(parent)
