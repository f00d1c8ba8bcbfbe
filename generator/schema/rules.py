"""The domain's rules, named by the keys of the columns they rely on: the campaign tree,
the order rules, the funnels and derived metrics of the stats rows, spend, status, name,
the value types of money and rates, and the platform products the main seed provides.
The built-in declaration (builtin.py) declares its columns through them; the dataset
computes by them; verify checks them."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .model import CREATED_AT

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
# The built-in declaration (builtin.py) declares each through its role, so its key is
# written once.


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
    customers: str = "Customer"  # the customers' table, where a team's schema has one
    customer_key: str = "customerId"  # an order's key to its customer there


ORDER_RULES = OrderRules()


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
