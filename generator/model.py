"""The table model: the one description of the application's tables.

Everything that depends on the tables comes from here: the reference DDL
(`gen-seed-sql schema`), the seed's insert order and upsert keys, the reset's delete
order and ownership rules, verify's checks, the schema preflight. There is no second
list of tables, and no table or column name written anywhere else: code names a table
or column by its key, and every file takes its SQL name from here (`Table.name`,
`Column.name`; see `Column`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

ID = "id"  # the key of every table's id column
CREATED_AT = "createdAt"  # the key of the row's creation instant
UPDATED_AT = "updatedAt"  # the key of the instant of its last write

# How the seed's value for a column becomes the stored value (render.py, `_select_expression`).
AS_VALUE = "value"  # the row's literal, cast to the model's type (enums: to the live column's type)
AS_DAY = "day"  # anchor day + integer day offset (a date)
AS_INSTANT = "instant"  # (anchor day + interval) AT TIME ZONE 'UTC' (a timestamptz; the file runs in UTC)
AS_PRODUCT = "product"  # the id of the platform product whose sku is given
AS_NOW = "now"  # now(): written on insert and on restore, never compared (updatedAt)
AS_DAILY_ID = "daily-id"  # a stats row's id, made from its natural key (identity.py, `daily_uuid`)
# Columns a team's schema adds (binding.py): the same value on every row, from [fill] in
# gen-seed-sql.toml (``Column.fill`` holds it as SQL), and a value made from the row's id
# where the schema's default is one only Prisma Client applies (``cuid()``, ``uuid()``...).
AS_FILL = "fill"
AS_GENERATED = "generated"


@dataclass(frozen=True)
class Column:
    """One column: its SQL type, constraints, and how the seed fills it.

    ``key`` is how the code names the column: the dataset's row keys, the roles below,
    the keys of other columns and tables. ``name`` is how SQL names it; it is the key
    unless ``sql_name`` says otherwise (as SQLAlchemy's ``Column.key`` and ``name``). Every
    file takes its names from here, so a column the application renames is renamed here,
    with ``sql_name``, and nowhere else (tests/test_model_names.py renames them all)."""

    key: str
    sql_type: str
    nullable: bool = False
    default: str | None = None
    choices: tuple[str, ...] = ()  # allowed values (a CHECK constraint in the reference DDL)
    references: str | None = None  # key of the table whose id this column points to
    seeded_as: str | None = AS_VALUE  # None: the seed never writes this column
    sql_name: str | None = None  # the column's name in the database, if not its key
    # A team's schema (binding.py): how each of the dataset's values is stored where the
    # enum maps it (``facebook @map("FACEBOOK")``), and a [fill] column's value as SQL.
    stored: tuple[tuple[str, str], ...] = ()
    fill: str | None = None

    @property
    def name(self) -> str:
        """The column's name in SQL."""
        return self.sql_name or self.key

    def store(self, value: str) -> str:
        """How the database stores the dataset's ``value`` of this enum-like column."""
        return dict(self.stored).get(value, value)

    @property
    def scale(self) -> int | None:
        """The decimals a ``numeric(p, s)`` column holds (None for other types)."""
        found = re.fullmatch(r"numeric\((\d+),\s*(\d+)\)", self.sql_type)
        return int(found.group(2)) if found else None


@dataclass(frozen=True)
class Table:
    """One table of the application's schema. Like a column, it has a ``key`` (how the
    code names it) and a ``name`` (how SQL does: the key unless ``sql_name`` is set).
    Every column named here (keys, owner, the daily id's columns) is named by its key."""

    key: str
    columns: tuple[Column, ...]
    # The natural key the seed upserts on (stats rows); their id is made from it.
    natural_key: tuple[str, ...] = ()
    # For stats rows: how the id is made from the natural key (see `DailyId`).
    daily_id: "DailyId | None" = None
    unique: tuple[tuple[str, ...], ...] = ()
    # Where seeded ids come from: (layer, type) of the 5eed scheme, or None.
    id_layer_type: tuple[int, int] | None = None
    # The column whose value in the seed namespace makes a row seed-owned (reset, verify).
    owner_column: str | None = ID
    seeded: bool = True  # the seed writes rows of this table
    description: str = ""
    sql_name: str | None = None  # the table's name in the database, if not its key
    # Keys of the columns the dataset writes that a team's schema lacks (binding.py): the
    # files leave them out.
    omitted: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The table's name in SQL."""
        return self.sql_name or self.key

    @property
    def column_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' SQL names."""
        return tuple(c.name for c in self.columns)

    def sql(self, key: str) -> str:
        """The SQL name of the column whose key is ``key``."""
        return self.column(key).name

    def names(self, keys: "tuple[str, ...] | list[str]") -> tuple[str, ...]:
        """The SQL names of the columns with these keys."""
        return tuple(self.column(k).name for k in keys)

    @property
    def id_name(self) -> str:
        """The SQL name of the id column."""
        return self.column(ID).name

    @property
    def seeded_columns(self) -> tuple[Column, ...]:
        """Columns whose values the seed supplies, in table order."""
        return tuple(c for c in self.columns if c.seeded_as is not None)

    @property
    def conflict_key(self) -> tuple[str, ...]:
        """The key of `ON CONFLICT`: the natural key if there is one, else the id."""
        return self.natural_key or (ID,)

    @property
    def compared_columns(self) -> tuple[Column, ...]:
        """Seeded columns outside the conflict key: what a re-apply compares and restores.

        Not the stats rows' id (written once, on insert) nor updatedAt (now() on a write)."""
        return tuple(
            c
            for c in self.seeded_columns
            if c.key not in self.conflict_key and c.seeded_as not in (AS_NOW, AS_DAILY_ID)
        )

    @property
    def foreign_keys(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.references)

    def column(self, key: str) -> Column:
        """The column whose key is ``key``."""
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.key} has no column {key}")


@dataclass(frozen=True)
class DailyId:
    """How a stats row's id is made from its natural key, at apply time:
    ``00000000-5eed-8LLL-8DDD-NNNNNNNNNNNN`` where the layer ``LLL`` comes from the value
    of ``kind_column`` (``layers``), ``DDD`` is the day (``day_column``) as days since
    2000-01-01 modulo 4096 in hex, and ``NNNNNNNNNNNN`` the 12-digit index of the entity
    whose id is in ``entity_column``. docs/identity.md has the table."""

    kind_column: str
    layers: tuple[tuple[str, int], ...]
    entity_column: str
    day_column: str = "statDate"


def _id(seeded: bool = True, as_: str = AS_VALUE) -> Column:
    return Column(ID, "uuid", default="gen_random_uuid()", seeded_as=as_ if seeded else None)


def _created_at(seeded: bool = True) -> Column:
    return Column(
        CREATED_AT, "timestamptz", default="now()", seeded_as=AS_INSTANT if seeded else None
    )


def _updated_at(seeded: bool = True) -> Column:
    # now() on insert and when a re-apply restores a row: a Prisma-made schema has no
    # default for @updatedAt columns (the client sets them).
    return Column(UPDATED_AT, "timestamptz", default="now()", seeded_as=AS_NOW if seeded else None)


MONEY = "numeric(12, 2)"
RATIO = "numeric(10, 6)"
RATE = "numeric(12, 4)"
ENTITY_STATUSES = ("ACTIVE", "PAUSED", "ARCHIVED")
ORDER_STATUSES = (
    "PENDING",
    "CONFIRMED",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "CANCELLED",
    "REFUNDED",
)


# --- the roles: the columns whose meaning some rule or file relies on, named by key -------
# Each is declared below through its role, so its key is written once.


@dataclass(frozen=True)
class Level:
    """One level of the campaign tree: the value of AdStatsDaily's level column for it, the
    table of its entities, and that table's foreign key to the level above (None at the top)."""

    kind: str
    table: str
    parent_key: str | None
    stats_layer: int  # the layer of its AdStatsDaily rows' ids (docs/identity.md)


AD_TREE = (
    Level("CAMPAIGN", "Campaign", None, 0x051),
    Level("ADSET", "Adset", "campaignId", 0x052),
    Level("AD", "Ad", "adsetId", 0x053),
)
CAMPAIGN, ADSET, AD = AD_TREE
# A campaign's run, and so the history of its stats: from the first column through the
# second (null while the campaign runs on).
CAMPAIGN_DATES = ("startDate", "endDate")
# Each level's status column: an archived campaign archives its tree, an ad has its adset's.
STATUS_COLUMN = "status"
NAME_COLUMN = "name"  # each level's name, as a dashboard shows it
AD_LEVELS = tuple(level.kind for level in AD_TREE)  # AdStatsDaily's level values
AD_SOURCES = ("facebook", "instagram", "organic")
ORGANIC_SOURCE = "organic"  # traffic nobody paid for: its spend is 0
SPEND_COLUMNS = {"AdStatsDaily": "spend", "SellpageStatsDaily": "adSpend"}  # what a stats row cost
OPTIMIZATION_GOALS = ("PURCHASE", "INITIATE_CHECKOUT", "LANDING_PAGE_VIEW")
# The platform products are looked up by this table and column (a prerequisite).
PRODUCT_TABLE = "Product"
PRODUCT_KEY = "sku"


@dataclass(frozen=True)
class OrderRules:
    """Where an order's rules live: each item's line total is quantity x unit price; the
    order's subtotal is the sum of its items' line totals, its total subtotal + shipping
    fee - discount; its status is its last event's, its first event at its creation."""

    order: str = "Order"
    item: str = "OrderItem"
    event: str = "OrderEvent"
    order_key: str = "orderId"  # items' and events' foreign key to their order
    quantity: str = "quantity"
    unit_price: str = "unitPrice"
    line_total: str = "lineTotal"
    subtotal: str = "subtotal"
    shipping_fee: str = "shippingFee"
    discount: str = "discount"
    total: str = "total"
    status: str = STATUS_COLUMN
    created_at: str = CREATED_AT  # the order's creation, and each event's instant
    number: str = "orderNumber"  # what a person reads: the order's number and customer
    customer: str = "customerName"


ORDER_RULES = OrderRules()
_O = ORDER_RULES


@dataclass(frozen=True)
class Derived:
    """A column computed from two others: ``numerator`` x ``factor`` / ``divisor``,
    rounded half-up to ``places`` decimals; 0 where the divisor is 0. Its type holds
    ``places`` decimals."""

    column: str
    numerator: str
    divisor: str
    places: int
    factor: int = 1

    @property
    def sql_type(self) -> str:
        return RATIO if self.places == 6 else RATE


# The rules of the stats rows, stated once: the dataset computes by them, verify checks
# them, and the stats tables declare their columns from them. Each step of a funnel is
# at most the step before it.
FUNNELS: dict[str, tuple[str, ...]] = {
    "AdStatsDaily": ("impressions", "linkClicks", "contentViews", "checkoutInitiated", "purchases"),
    "SellpageStatsDaily": ("linkClicks", "contentViews", "checkoutInitiated", "purchases"),
}
DERIVED: dict[str, tuple[Derived, ...]] = {
    "AdStatsDaily": (
        Derived("ctr", "linkClicks", "impressions", 6),
        Derived("cpc", "spend", "linkClicks", 4),
        Derived("cpm", "spend", "impressions", 4, factor=1000),
        Derived("costPerPurchase", "spend", "purchases", 4),
        Derived("roas", "purchaseValue", "spend", 4),
    ),
    "SellpageStatsDaily": (
        Derived("cr1", "contentViews", "linkClicks", 6),
        Derived("cr2", "checkoutInitiated", "contentViews", 6),
        Derived("cr3", "purchases", "checkoutInitiated", 6),
    ),
}


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
            Column(NAME_COLUMN, "text", nullable=True),
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
            Column(NAME_COLUMN, "text", seeded_as=None),
            Column("price", MONEY, seeded_as=None),
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
            Column("title", "text"),
            Column("price", MONEY),
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
            _created_at(),
            _updated_at(),
        ),
        unique=((_O.number,),),
        id_layer_type=(0x003, 0x001),
        description="customer orders",
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
        description="order lines",
    ),
    Table(
        _O.event,
        (
            _id(),
            Column(_O.order_key, "uuid", references=_O.order),
            _status(ORDER_STATUSES),
            _created_at(),
        ),
        id_layer_type=(0x003, 0x003),
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
            Column("dailyBudget", MONEY),
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
            _id(as_=AS_DAILY_ID),
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
            Column("fetchedAt", "timestamptz", default="now()", seeded_as=None),
            Column("payload", "jsonb", seeded_as=None),
        ),
        owner_column="adId",
        seeded=False,
        description="raw ad-platform payloads, written by ingestion; reset removes seeded ads' rows",
    ),
    Table(
        "SellpageStatsDaily",
        (
            _id(as_=AS_DAILY_ID),
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


# The columns SPEC.md lists as required, per table (besides the id): a team's schema must
# have them. Any other column the dataset writes (names, titles, budgets, timestamps) is
# left out where the team's schema lacks it (binding.py).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "User": ("email", "passwordHash", "role"),
    "Seller": ("userId", "name", "slug"),
    "Product": ("sku",),
    "Sellpage": ("sellerId", "productId", "slug", "status"),
    "Order": ("sellerId", "sellpageId", "orderNumber", "customerEmail", "customerName", "status", "paymentMethod",
              "subtotal", "shippingFee", "discount", "total", "createdAt"),
    "OrderItem": ("orderId", "productId", "quantity", "unitPrice", "lineTotal"),
    "OrderEvent": ("orderId", "status", "createdAt"),
    "Campaign": ("sellerId", "sellpageId", "name", "status", "startDate", "endDate"),
    "Adset": ("campaignId", "name", "status", "optimizationGoal"),
    "Ad": ("adsetId", "name", "status"),
    "AdStatsDaily": ("sellerId", "level", "entityId", "statDate", *FUNNELS["AdStatsDaily"], "purchaseValue", "spend",
                     *(d.column for d in DERIVED["AdStatsDaily"])),
    "AdStatsRaw": ("sellerId", "adId"),
    "SellpageStatsDaily": ("sellerId", "sellpageId", "statDate", "adSource", "adSpend",
                           *FUNNELS["SellpageStatsDaily"], "revenue", *(d.column for d in DERIVED["SellpageStatsDaily"])),
}
# Tables the seed never writes that a team's schema may lack (the reset then has nothing
# to remove from them).
OPTIONAL_TABLES = ("AdStatsRaw",)


@dataclass(frozen=True)
class Schema:
    """The application's tables as one value: what every file is rendered from. Built once
    per command (the built-in declaration is `BUILTIN`) and passed through render, doctor
    and demo; a team's renamed schema is another value, with no module state to patch.
    Hashable, so caches keyed on it (render.convergence_plans) follow it."""

    tables: tuple[Table, ...]
    # Bound to a team's schema.prisma (binding.py): verify names, for each failing rule of
    # the stats rows, the column and the first offending row (the stand-in's files keep
    # their one check per table and rule, unchanged).
    detailed: bool = False

    def table(self, key: str) -> Table:
        """The table whose key is ``key``."""
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def has(self, key: str) -> bool:
        return any(t.key == key for t in self.tables)

    def stored(self, table_key: str, column_key: str, value: str) -> str:
        """How the database stores the dataset's ``value`` of an enum-like column."""
        return self.table(table_key).column(column_key).store(value)

    def insert_order(self) -> tuple[Table, ...]:
        """All tables, parents before children (stable: declaration order breaks ties)."""
        return _insert_order(self.tables)

    def seeded_tables(self) -> tuple[Table, ...]:
        """Tables the seed writes, in insert order."""
        return tuple(t for t in self.insert_order() if t.seeded)

    def owned_tables(self) -> tuple[Table, ...]:
        """Tables holding seed-owned rows, children first: the reset's delete order."""
        return tuple(t for t in reversed(self.insert_order()) if t.owner_column)

    def children(self, parent: str) -> tuple[tuple[Table, Column], ...]:
        """Every (table, column) whose foreign key points at the table whose key is ``parent``."""
        return tuple(
            (t, c) for t in self.tables for c in t.foreign_keys if c.references == parent
        )


BUILTIN = Schema(TABLES)  # the built-in declaration above


def builtin_schema() -> Schema:
    """The schema a command binds the dataset to (a later version: the team's own)."""
    return BUILTIN


# The built-in declaration's own lookups, for the dataset's keys and the tests.
def table(key: str) -> Table:
    """The built-in table whose key is ``key``."""
    return BUILTIN.table(key)


def insert_order() -> tuple[Table, ...]:
    return BUILTIN.insert_order()


@cache
def _insert_order(tables: tuple[Table, ...]) -> tuple[Table, ...]:
    done: list[Table] = []
    keys: set[str] = set()
    pending = list(tables)
    while pending:
        for t in pending:
            if all(fk.references in keys or fk.references == t.key for fk in t.foreign_keys):
                done.append(t)
                keys.add(t.key)
                pending.remove(t)
                break
        else:  # pragma: no cover - the model above has no cycle
            raise ValueError("foreign keys form a cycle: " + ", ".join(t.name for t in pending))
    return tuple(done)


def seeded_tables() -> tuple[Table, ...]:
    return BUILTIN.seeded_tables()


def owned_tables() -> tuple[Table, ...]:
    return BUILTIN.owned_tables()


def children(parent: str) -> tuple[tuple[Table, Column], ...]:
    return BUILTIN.children(parent)


# What kind of value each column receives, as the schema preflight checks it: the live
# column's type (its base type, for a domain) must be one of these (pg_type.typname).
# "choice" columns also take any enum type that has every value the dataset uses.
ACCEPTED_TYPES: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "text", "varchar", "bpchar"),
    "text": ("text", "varchar", "bpchar", "citext"),
    "choice": ("text", "varchar", "bpchar", "citext"),
    "integer": ("int2", "int4", "int8", "numeric"),
    "decimal": ("numeric", "float4", "float8"),
    "day": ("date", "timestamp", "timestamptz"),
    "instant": ("timestamp", "timestamptz"),
}


# Kinds only a team's [fill] columns have (binding.py): listed in a file's preflight only
# where it has such a column.
FILL_KINDS: dict[str, tuple[str, ...]] = {"json": ("json", "jsonb"), "boolean": ("bool",)}


def value_kind(column: Column) -> str:
    """The kind of value (a key of ACCEPTED_TYPES or FILL_KINDS) the files put in or read
    from ``column``."""
    if column.seeded_as == AS_FILL and not column.choices:
        return {"jsonb": "json", "boolean": "boolean", "timestamp(3)": "instant", "bigint": "integer",
                "double precision": "decimal"}.get(column.sql_type, value_kind(replace(column, seeded_as=AS_VALUE)))
    if column.seeded_as == AS_GENERATED:
        return "id" if column.sql_type == "uuid" else "text"
    if column.seeded_as == AS_DAY or column.sql_type == "date":
        return "day"
    if column.seeded_as in (AS_INSTANT, AS_NOW) or column.sql_type == "timestamptz":
        return "instant"
    if column.choices:
        return "choice"
    if column.sql_type == "uuid" or column.seeded_as in (AS_PRODUCT, AS_DAILY_ID):
        return "id"
    if column.sql_type == "integer":
        return "integer"
    if column.sql_type.startswith("numeric"):
        return "decimal"
    return "text"


@dataclass(frozen=True)
class Product:
    """A platform product: a prerequisite the main seed owns; looked up by sku."""

    sku: str
    name: str
    price: Decimal
    id: str = field(default="")


# What the application's main seed provides (printed by `gen-seed-sql schema`).
PLATFORM_PRODUCTS: tuple[Product, ...] = (
    Product("MOUSE-001", "Ergonomic Wireless Mouse", Decimal("29.99"), "6f1c2a0e-0d3b-4c59-9a39-3f7f5f0c0001"),
    Product("STAND-001", "Aluminium Laptop Stand", Decimal("49.99"), "6f1c2a0e-0d3b-4c59-9a39-3f7f5f0c0002"),
    Product("DESKPAD-001", "Felt Desk Pad", Decimal("24.99"), "6f1c2a0e-0d3b-4c59-9a39-3f7f5f0c0003"),
)
