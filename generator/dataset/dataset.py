"""The staging dataset: pure, deterministic Python (no disk, no database, no templates).

Every entity draws its randomness from its own generator, derived from
``(seed, entity kind, index)``, so adding order 101 changes nothing about order 7 and
adding campaigns changes nothing about orders. Money is exact ``Decimal``. Dates are
offsets from the anchor day (``DayOffset`` / ``Instant``), resolved when the SQL is
applied, so the data is always dated relative to the day of the apply.

Everything is produced by generators, in the documented order, so that a large
dataset (``--scale``) is streamed rather than held in memory.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from functools import cache
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable, Iterator

from ..schema.builtin import table
from ..schema.model import Table
from ..schema.rules import AD_SOURCES, DERIVED, OPTIMIZATION_GOALS, ORDER_STATUSES, PLATFORM_PRODUCTS, Product
from .identity import CHILD_BASE, child_index, seed_uuid
from .inputs import Inputs
from .values import DayOffset, Instant

HISTORY_DAYS = 30  # orders and sellpage stats cover the 30 days before the anchor day

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def entity_random(seed: int, kind: str, *index: int) -> random.Random:
    """The private random generator of one entity: a function of (seed, kind, index)."""
    key = ":".join([str(seed), kind, *map(str, index)]).encode()
    return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:16], "big"))


def draw(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint(low, high)``, the same number from the same stream, without its
    argument checks: ``randint`` is ``randrange(low, high + 1)``, which is ``low +
    _randbelow(width)`` (CPython's random.py since 3.2; tests/test_dataset.py holds the
    two equal). A build draws millions."""
    return low + rng._randbelow(high - low + 1)  # type: ignore[attr-defined]


# Each thousandth a draw has given, as the Decimal Decimal(n) / 1000 makes: looked up, not
# divided again (filled as the draws come, so importing the module costs nothing).
_THOUSANDTHS: dict[int, Decimal] = {}


def thousandths(n: int) -> Decimal:
    """Decimal(n) / 1000, made once per n."""
    found = _THOUSANDTHS.get(n)
    if found is None:
        found = _THOUSANDTHS[n] = Decimal(n) / 1000
    return found


def jitter(rng: random.Random) -> Decimal:
    """A factor in [0.75, 1.25] (the milestone's ±25%), exact to a thousandth."""
    return thousandths(750 + rng._randbelow(501))  # type: ignore[attr-defined]  # draw(rng, 750, 1250)


def share(rng: random.Random, low: int, high: int) -> Decimal:
    """A rate in [low, high] thousandths."""
    return thousandths(draw(rng, low, high))


def floor_int(value: Decimal) -> int:
    return int(value)  # values here are never negative, so int() is the floor


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# Per stats table, its derived columns' rules with the Decimal each rounds to (computed once).
_DERIVED_PLACES = {name: tuple((d, Decimal(1).scaleb(-d.places)) for d in rules) for name, rules in DERIVED.items()}


def derived(table_name: str, row: dict[str, Any]) -> dict[str, Decimal]:
    """The derived columns of a stats row, by the model's rules (rules.DERIVED)."""
    return {d.column: ratio(row[d.numerator] * d.factor, row[d.divisor], places)
            for d, places in _DERIVED_PLACES[table_name]}


def ratio(numerator: Decimal | int, divisor: Decimal | int, places: Decimal) -> Decimal:
    """numerator / divisor rounded half-up to ``places``; 0 where the divisor is 0."""
    if divisor == 0:
        return Decimal(0).quantize(places)
    return (Decimal(numerator) / Decimal(divisor)).quantize(places, rounding=ROUND_HALF_UP)


def weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    """A value drawn by integer weights."""
    roll = rng.randrange(sum(w for _, w in choices))
    for value, weight in choices:
        if roll < weight:
            return value
        roll -= weight
    raise AssertionError("unreachable")


# Which function produces the rows of which table: filled by @rows_of where each is
# defined (a test checks it covers exactly the model's seeded tables).
ROW_PRODUCERS: dict[str, Callable[["Inputs"], Iterator[dict[str, Any]]]] = {}


def rows_of(table_name: str):  # type: ignore[no-untyped-def]
    """Register the decorated function as the producer of ``table_name``'s rows (nothing is
    looked up in the schema at import: tests/test_model.py holds the names to it)."""

    def register(function):  # type: ignore[no-untyped-def]
        ROW_PRODUCERS[table_name] = function
        return function

    return register


# --- the fixed part: user, seller, sellpages -------------------------------------------

SELLER_EMAIL = "staging.seller@example.com"
SELLER_PASSWORD = "staging-seed-2026"  # staging only; documented in docs/credentials.md
# bcrypt (cost 10) of SELLER_PASSWORD, computed once: no bcrypt at run time. The $2a$
# form: Node's and Python's bcrypt libraries accept it, and so does pgcrypto's crypt(),
# which knows no $2b$ (the same algorithm, for an ASCII password).
SELLER_PASSWORD_HASH = "$2a$10$4JokOJ544CUBU218aGYETeotieeg9eQnc9peRc/GyMuGUDb3OEVh."
SETUP_INSTANT = Instant.at(-45, 9 * 3600)  # the account exists before any data


@cache
def _id_layer(table_name: str) -> tuple[int, int]:
    """A table's id layer and type (the built-in declaration's), read on first use."""
    return table(table_name).id_layer_type  # type: ignore[return-value]


def _id(table_name: str, index: int) -> uuid.UUID:
    layer, kind = _id_layer(table_name)
    return seed_uuid(layer, kind, index)


def user_id() -> uuid.UUID:
    """The one seeded user's id."""
    return _id("User", 1)


def seller_id() -> uuid.UUID:
    """The one seeded seller's id."""
    return _id("Seller", 1)


@dataclass(frozen=True)
class Sellpage:
    index: int
    product: Product  # the platform product it sells (the model's list: SKU and title from there)
    slug: str
    price: Decimal  # the seller's price
    status: str
    short_name: str

    @property
    def id(self) -> uuid.UUID:
        return _id("Sellpage", self.index)

    @property
    def sku(self) -> str:
        return self.product.sku

    @property
    def title(self) -> str:
        return self.product.name


_MOUSE, _STAND, _DESK_PAD = PLATFORM_PRODUCTS
SELLPAGES: tuple[Sellpage, ...] = (
    Sellpage(1, _MOUSE, "staging-ergo-mouse", Decimal("39.00"), "PUBLISHED", "Mouse"),
    Sellpage(2, _STAND, "staging-laptop-stand", Decimal("59.00"), "PUBLISHED", "Stand"),
    Sellpage(3, _DESK_PAD, "staging-felt-desk-pad", Decimal("29.00"), "DRAFT", "Desk pad"),
)
PUBLISHED = tuple(p for p in SELLPAGES if p.status == "PUBLISHED")


@rows_of("User")
def user_rows(inputs: Inputs) -> Iterator[dict[str, Any]]:
    yield {
        "id": user_id(),
        "email": SELLER_EMAIL,
        "passwordHash": SELLER_PASSWORD_HASH,
        "name": "Staging Seller",
        "role": "SELLER",
        "createdAt": SETUP_INSTANT,
    }


@rows_of("Seller")
def seller_rows(inputs: Inputs) -> Iterator[dict[str, Any]]:
    yield {
        "id": seller_id(),
        "userId": user_id(),
        "name": "Staging Desk Goods",
        "slug": "staging-desk-goods",
        "createdAt": SETUP_INSTANT,
    }


@rows_of("Sellpage")
def sellpage_rows(inputs: Inputs) -> Iterator[dict[str, Any]]:
    for page in SELLPAGES:
        yield {
            "id": page.id,
            "productId": page.sku,
            "slug": page.slug,
            "title": page.title,
            "price": page.price,
            "status": page.status,
            "createdAt": SETUP_INSTANT.plus(page.index * 600),
        }


# --- orders ---------------------------------------------------------------------------

# The milestone: DELIVERED x3, every other status x1.
ORDER_STATUS_WEIGHTS = tuple((s, 3 if s == "DELIVERED" else 1) for s in ORDER_STATUSES)
# The timeline each final status implies (the last step is the order's status).
ORDER_TIMELINES: dict[str, tuple[str, ...]] = {
    "PENDING": ("PENDING",),
    "CONFIRMED": ("PENDING", "CONFIRMED"),
    "PROCESSING": ("PENDING", "CONFIRMED", "PROCESSING"),
    "SHIPPED": ("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED"),
    "DELIVERED": ("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED"),
    "CANCELLED": ("PENDING", "CANCELLED"),
    "REFUNDED": ("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "REFUNDED"),
}
FIRST_ORDER_STATUS = "PENDING"  # every timeline starts here, at the order's creation
# Twelve real-looking customers; names test quoting (apostrophes, non-ASCII letters).
CUSTOMERS: tuple[tuple[str, str], ...] = (
    ("Siobhán O'Brien", "siobhan.obrien@example.com"),
    ("Zoë Lefèvre", "zoe.lefevre@example.com"),
    ("José Núñez", "jose.nunez@example.com"),
    ("Mia Schröder", "mia.schroeder@example.net"),
    ("D'Arcy Whitfield", "darcy.whitfield@example.org"),
    ("Łukasz Wójcik", "lukasz.wojcik@example.com"),
    ("Amara Okafor", "amara.okafor@example.com"),
    ("Hannah Lee", "hannah.lee@example.net"),
    ("Ravi Subramanian", "ravi.s@example.org"),
    ("Björn Ødegaard", "bjorn.odegaard@example.com"),
    ("Chloé Dubois-O'Neil", "chloe.dubois@example.com"),
    ("Kenji Watanabe", "kenji.watanabe@example.net"),
)
CUSTOMER_NUMBERS = {c: number for number, c in enumerate(CUSTOMERS, start=1)}  # their ids' indexes
SHIPPING_FEE = Decimal("4.99")
DISCOUNT = Decimal("5.00")
PRODUCT_PRICES = {p.sku: p.price for p in SELLPAGES}  # the seller's price per product
LATEST_ORDER_SECOND = 86400 - 3600  # orders start before 23:00 so timelines fit the day


@dataclass(frozen=True)
class OrderItem:
    id: uuid.UUID
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def line_total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class OrderEvent:
    id: uuid.UUID
    status: str
    at: Instant


@dataclass(frozen=True)
class Order:
    index: int
    sellpage: Sellpage
    customer: tuple[str, str]
    status: str
    payment_method: str
    shipping_fee: Decimal
    discount: Decimal
    items: tuple[OrderItem, ...]
    events: tuple[OrderEvent, ...]

    @property
    def id(self) -> uuid.UUID:
        return _id("Order", self.index)

    @property
    def created_at(self) -> Instant:
        return self.events[0].at

    @property
    def subtotal(self) -> Decimal:
        return sum((i.line_total for i in self.items), ZERO)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_fee - self.discount


def make_order(seed: int, index: int) -> Order:
    """Order number ``index`` (1-based): a function of the seed and the index only."""
    rng = entity_random(seed, "order", index)
    day = -rng.randint(1, HISTORY_DAYS)
    created = Instant.at(day, rng.randrange(LATEST_ORDER_SECOND))
    status = weighted(rng, ORDER_STATUS_WEIGHTS)
    page = PUBLISHED[rng.randrange(len(PUBLISHED))]
    skus = [page.sku]
    if rng.random() < 0.30:  # ~30% of orders have a second line: another product
        others = [p.sku for p in SELLPAGES if p.sku != page.sku]
        skus.append(others[rng.randrange(len(others))])
    items = tuple(
        OrderItem(
            id=_id("OrderItem", child_index(index, n)),
            sku=sku,
            quantity=2 if rng.random() < 0.20 else 1,
            unit_price=PRODUCT_PRICES[sku],
        )
        for n, sku in enumerate(skus, start=1)
    )
    shipping = ZERO if rng.random() < 0.30 else SHIPPING_FEE
    discount = DISCOUNT if rng.random() < 0.15 else ZERO
    payment = "CARD" if rng.random() < 0.70 else "PAYPAL"
    customer = CUSTOMERS[rng.randrange(len(CUSTOMERS))]
    events = _timeline(rng, index, created, ORDER_TIMELINES[status])
    return Order(index, page, customer, status, payment, shipping, discount, items, events)


def _timeline(
    rng: random.Random, order_index: int, created: Instant, steps: tuple[str, ...]
) -> tuple[OrderEvent, ...]:
    """Events at strictly increasing instants, all before the anchor day begins."""
    gaps = [rng.randint(1, 48) * 3600 + rng.randrange(3600) for _ in steps[1:]]
    room = -created.seconds - 60  # seconds left before the anchor day's midnight
    total = sum(gaps)
    if total > room:  # squeeze the timeline so no event lies in the future
        gaps = [max(1, g * room // total) for g in gaps]
    events, at = [], created
    for n, status in enumerate(steps, start=1):
        if n > 1:
            at = at.plus(gaps[n - 2])
        events.append(OrderEvent(_id("OrderEvent", child_index(order_index, n)), status, at))
    return tuple(events)


def order_shape(seed: int, index: int) -> tuple[int, int]:
    """How many items and events order ``index`` has, without making the order: the draws
    of make_order up to its second line (tests/test_dataset.py holds the two equal)."""
    rng = entity_random(seed, "order", index)
    rng.randint(1, HISTORY_DAYS)  # the day
    rng.randrange(LATEST_ORDER_SECOND)  # the second
    status = weighted(rng, ORDER_STATUS_WEIGHTS)
    rng.randrange(len(PUBLISHED))  # the sellpage
    return (2 if rng.random() < 0.30 else 1), len(ORDER_TIMELINES[status])


def _order_indexes(inputs: Inputs) -> Iterator[int]:
    return iter(range(1, inputs.orders + 1))


def _child_indexes(inputs: Inputs, which: int) -> Iterator[int]:
    for index in range(1, inputs.orders + 1):
        for number in range(1, order_shape(inputs.seed, index)[which] + 1):
            yield child_index(index, number)


def iter_orders(inputs: Inputs, part: range | None = None) -> Iterator[Order]:
    for index in part if part is not None else range(1, inputs.orders + 1):
        yield make_order(inputs.seed, index)


@rows_of("Order")
def order_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for o in iter_orders(inputs, part):
        yield {
            "id": o.id,
            "sellpageId": o.sellpage.id,
            "orderNumber": f"STG-{o.index:06d}",
            "customerEmail": o.customer[1],
            "customerName": o.customer[0],
            "customerId": _id("Customer", CUSTOMER_NUMBERS[o.customer]),
            "status": o.status,
            "paymentMethod": o.payment_method,
            "subtotal": o.subtotal,
            "shippingFee": o.shipping_fee,
            "discount": o.discount,
            "total": o.total,
            "createdAt": o.created_at,
        }


@rows_of("Customer")
def customer_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    """The twelve customers, whatever the orders (a team's schema with a customers' table)."""
    for (name, email), number in CUSTOMER_NUMBERS.items():
        yield {"id": _id("Customer", number), "email": email, "name": name}


@rows_of("OrderItem")
def order_item_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for o in iter_orders(inputs, part):
        for item in o.items:
            yield {
                "id": item.id,
                "orderId": o.id,
                "productId": item.sku,
                "quantity": item.quantity,
                "unitPrice": item.unit_price,
                "lineTotal": item.line_total,
                "createdAt": o.created_at,
            }


@rows_of("OrderEvent")
def order_event_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for o in iter_orders(inputs, part):
        for event in o.events:
            yield {"id": event.id, "orderId": o.id, "status": event.status, "createdAt": event.at}


# --- campaigns → adsets → ads ----------------------------------------------------------

ADSETS_PER_CAMPAIGN = 3
ALWAYS_PAUSED_ADSET = 3  # the milestone's rule: a campaign's 3rd adset is never active
ADS_PER_ADSET = 2
ADSET_HISTORY_CAP = 21
AD_HISTORY_CAP = 14
CAMPAIGN_THEMES = ("Prospecting", "Retargeting", "Lookalike", "Seasonal", "Broad")


@dataclass(frozen=True)
class Ad:
    index: int  # child_index(its adset's index, its number)
    name: str
    status: str
    days: int  # stats history length

    @property
    def id(self) -> uuid.UUID:
        return _id("Ad", self.index)


@dataclass(frozen=True)
class Adset:
    index: int  # child_index(its campaign's index, its number)
    name: str
    status: str
    optimization_goal: str
    days: int
    ads: tuple[Ad, ...]

    @property
    def id(self) -> uuid.UUID:
        return _id("Adset", self.index)


@dataclass(frozen=True)
class Campaign:
    index: int
    sellpage: Sellpage
    name: str
    status: str
    daily_budget: Decimal
    days: int  # 10-30: the campaign ran `days` days, through its last day
    last_day: int  # its last day with stats: -1 (the day before the anchor) when ACTIVE
    created_at: Instant
    adsets: tuple[Adset, ...]

    @property
    def id(self) -> uuid.UUID:
        return _id("Campaign", self.index)

    @property
    def first_day(self) -> int:
        return self.last_day - self.days + 1

    @property
    def end_date(self) -> DayOffset | None:
        """None while ACTIVE (it runs on); otherwise its last day."""
        return None if self.status == "ACTIVE" else DayOffset(self.last_day)


# How many days before the anchor a campaign's last day lies, by status: ACTIVE ones run
# through the day before the anchor; PAUSED ones stopped in the last 3 days; ARCHIVED
# ones are over, at least 4 days before the anchor (no "last 3 days" view shows them).
LAST_DAY_BEFORE_ANCHOR = {"ACTIVE": (1, 1), "PAUSED": (1, 3), "ARCHIVED": (4, 8)}


def _child_status(parent_status: str, paused: bool) -> str:
    """Archived parents archive their children; otherwise paused wins."""
    if parent_status == "ARCHIVED":
        return "ARCHIVED"
    return "PAUSED" if paused or parent_status == "PAUSED" else "ACTIVE"


def make_campaign(seed: int, index: int) -> Campaign:
    """Campaign number ``index`` with its adsets and ads: a function of (seed, index)."""
    rng = entity_random(seed, "campaign", index)
    page = PUBLISHED[(index - 1) % len(PUBLISHED)]  # alternate: 5 + 5 of 10
    # The longer of two draws in [10, 30]: most campaigns run long, as on a live account.
    days = max(rng.randint(10, 30), rng.randint(10, 30))
    status = weighted(rng, (("ACTIVE", 6), ("PAUSED", 2), ("ARCHIVED", 2)))
    budget = Decimal(rng.randint(4, 30) * 5).quantize(CENT)
    theme = CAMPAIGN_THEMES[rng.randrange(len(CAMPAIGN_THEMES))]
    last_day = -rng.randint(*LAST_DAY_BEFORE_ANCHOR[status])
    days = min(days, HISTORY_DAYS + 1 + last_day)  # the whole history in the 30-day window
    adsets = []
    for a in range(1, ADSETS_PER_CAMPAIGN + 1):
        adset_status = _child_status(status, paused=(a == ALWAYS_PAUSED_ADSET))
        adset_days = min(days, ADSET_HISTORY_CAP)
        ads = tuple(
            Ad(
                index=child_index(child_index(index, a), n),
                name=f"{page.short_name} ad {index}.{a}.{n}",
                status=_child_status(adset_status, paused=False),
                days=min(adset_days, AD_HISTORY_CAP),
            )
            for n in range(1, ADS_PER_ADSET + 1)
        )
        adsets.append(
            Adset(
                index=child_index(index, a),
                name=f"{page.short_name} · {OPTIMIZATION_GOALS[a - 1].replace('_', ' ').title()} {index}.{a}",
                status=adset_status,
                optimization_goal=OPTIMIZATION_GOALS[a - 1],
                days=adset_days,
                ads=ads,
            )
        )
    return Campaign(
        index=index,
        sellpage=page,
        name=f"{page.short_name} – {theme} #{index}",
        status=status,
        daily_budget=budget,
        days=days,
        last_day=last_day,
        created_at=Instant.at(last_day - days + 1, 8 * 3600 + rng.randrange(3600)),
        adsets=tuple(adsets),
    )


def iter_campaigns(inputs: Inputs, part: range | None = None) -> Iterator[Campaign]:
    for index in part if part is not None else range(1, inputs.campaigns + 1):
        yield make_campaign(inputs.seed, index)


@rows_of("Campaign")
def campaign_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for c in iter_campaigns(inputs, part):
        yield {
            "id": c.id,
            "sellpageId": c.sellpage.id,
            "name": c.name,
            "status": c.status,
            "dailyBudget": c.daily_budget,
            "startDate": DayOffset(c.first_day),
            "endDate": c.end_date,
            "createdAt": c.created_at,
        }


@rows_of("Adset")
def adset_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for c in iter_campaigns(inputs, part):
        for s in c.adsets:
            yield {
                "id": s.id,
                "campaignId": c.id,
                "name": s.name,
                "status": s.status,
                "optimizationGoal": s.optimization_goal,
                "createdAt": c.created_at.plus(60 * (s.index % CHILD_BASE)),
            }


@rows_of("Ad")
def ad_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    for c in iter_campaigns(inputs, part):
        for s in c.adsets:
            for ad in s.ads:
                yield {
                    "id": ad.id,
                    "adsetId": s.id,
                    "name": ad.name,
                    "status": ad.status,
                    "createdAt": c.created_at.plus(60 * (s.index % CHILD_BASE) + ad.index % CHILD_BASE),
                }


# --- daily stats ------------------------------------------------------------------------

LEVEL_SHARE = {"CAMPAIGN": Decimal(1), "ADSET": Decimal(1) / 3, "AD": Decimal(1) / 6}


def _ad_stats(
    seed: int, level: str, index: int, entity_id: uuid.UUID, days: int, last_day: int, budget: Decimal, price: Decimal
) -> Iterator[dict[str, Any]]:
    """One entity's daily rows for the ``days`` days through ``last_day``, oldest first."""
    rng = entity_random(seed, "adstats:" + level, index)
    cpm_base = share(rng, 8000, 14000)  # dollars per thousand impressions
    level_budget = budget * LEVEL_SHARE[level]  # the same Decimal product, made once per entity
    for day in range(last_day - days + 1, last_day + 1):
        spend = money(level_budget * jitter(rng))
        impressions = max(1, floor_int(spend * 1000 / (cpm_base * jitter(rng))))
        clicks = floor_int(impressions * share(rng, 8, 25) * jitter(rng))
        views = floor_int(clicks * share(rng, 550, 850))
        checkouts = floor_int(views * share(rng, 80, 200))
        purchases = floor_int(checkouts * share(rng, 300, 600))
        value = money(purchases * price)
        row = {
            "level": level,
            "entityId": entity_id,
            "statDate": DayOffset(day),
            "impressions": impressions,
            "linkClicks": clicks,
            "contentViews": views,
            "checkoutInitiated": checkouts,
            "purchases": purchases,
            "purchaseValue": value,
            "spend": spend,
        }
        yield row | derived("AdStatsDaily", row)


@rows_of("AdStatsDaily")
def ad_stats_rows(inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    """Per campaign: its own rows, then each adset's, then each ad's. Every history ends
    on the campaign's last day, so all of it lies within the campaign's dates."""
    for c in iter_campaigns(inputs, part):
        price, budget, last = c.sellpage.price, c.daily_budget, c.last_day
        yield from _ad_stats(inputs.seed, "CAMPAIGN", c.index, c.id, c.days, last, budget, price)
        for s in c.adsets:
            yield from _ad_stats(inputs.seed, "ADSET", s.index, s.id, s.days, last, budget, price)
        for s in c.adsets:
            for ad in s.ads:
                yield from _ad_stats(inputs.seed, "AD", ad.index, ad.id, ad.days, last, budget, price)


SOURCE_WEIGHTS = {"facebook": 550, "instagram": 300, "organic": 150}  # thousandths


@rows_of("SellpageStatsDaily")
def sellpage_stats_rows(inputs: Inputs) -> Iterator[dict[str, Any]]:
    """30 days x published sellpages x 3 sources; organic traffic costs nothing."""
    for page in PUBLISHED:
        for day in range(-HISTORY_DAYS, 0):
            rng = entity_random(inputs.seed, "sellpagestats", page.index, day)
            visitors = 400 * inputs.scale
            for source in AD_SOURCES:
                clicks = floor_int(visitors * jitter(rng) * SOURCE_WEIGHTS[source] / 1000)
                views = floor_int(clicks * share(rng, 600, 850))
                checkouts = floor_int(views * share(rng, 100, 250))
                purchases = floor_int(checkouts * share(rng, 300, 600))
                spend = ZERO if source == "organic" else money(clicks * share(rng, 400, 900))
                row = {
                    "sellpageId": page.id,
                    "statDate": DayOffset(day),
                    "adSource": source,
                    "adSpend": spend,
                    "linkClicks": clicks,
                    "contentViews": views,
                    "checkoutInitiated": checkouts,
                    "purchases": purchases,
                    "revenue": money(purchases * page.price),
                }
                yield row | derived("SellpageStatsDaily", row)


def constants(t: "Table") -> dict[str, Any]:
    """Values every row of table ``t`` shares: the statement writes them once, not per row.

    Every seeded row belongs to the one seeded seller, so ``sellerId`` is one."""
    return {"sellerId": seller_id()} if t.seeded and "sellerId" in t.column_keys else {}


def _ad_stats_count(inputs: Inputs) -> int:
    return sum(c.days + sum(s.days + sum(ad.days for ad in s.ads) for s in c.adsets) for c in iter_campaigns(inputs))


def _sellpage_stats_count(inputs: Inputs) -> int:
    return len(PUBLISHED) * HISTORY_DAYS * len(AD_SOURCES)


# Row counts of the stats tables without making their rows (a test holds them to rows()).
_ROW_COUNTS = {"AdStatsDaily": _ad_stats_count, "SellpageStatsDaily": _sellpage_stats_count}


def row_count(table_name: str, inputs: Inputs) -> int:
    """How many rows :func:`rows` yields for the table: what verify expects."""
    count = _ROW_COUNTS.get(table_name)
    return count(inputs) if count else sum(1 for _ in rows(table_name, inputs))


# The indexes of the ids of the tables whose rows are costly to make only to read their
# ids (the orders' family); a test holds them to rows().
_ID_INDEXES: dict[str, Callable[[Inputs], Iterator[int]]] = {
    "Order": _order_indexes,
    "OrderItem": lambda inputs: _child_indexes(inputs, 0),
    "OrderEvent": lambda inputs: _child_indexes(inputs, 1),
}


def id_indexes(table_name: str, inputs: Inputs) -> Iterator[int] | None:
    """The index each id of the table's rows ends in (docs/identity.md), in row order,
    where it is known without making the rows; None elsewhere (read the rows' ids)."""
    found = _ID_INDEXES.get(table_name)
    return found(inputs) if found else None


def rows(table_name: str, inputs: Inputs, part: range | None = None) -> Iterator[dict[str, Any]]:
    """The seeded rows of one table, in the documented order (docs/dataset.md), without
    the values of :func:`constants`; with ``part`` (one of :func:`parts`), only those of
    that range of its top-level entities."""
    if part is None:
        return ROW_PRODUCERS[table_name](inputs)
    return ROW_PRODUCERS[table_name](inputs, part)  # type: ignore[call-arg]


# The tables whose rows are made entity by entity from one of the inputs' counts (the
# orders, the campaigns), and how many of those entities a part holds: their rows part by
# part, in order, are their rows (tests/test_dataset.py), so parts can be made apart.
PARTS = {"Order": ("orders", 1000), "OrderItem": ("orders", 1000), "OrderEvent": ("orders", 1000),
         "Campaign": ("campaigns", 50), "Adset": ("campaigns", 50), "Ad": ("campaigns", 50),
         "AdStatsDaily": ("campaigns", 50)}


def parts(table_name: str, inputs: Inputs) -> list[range] | None:
    """The table's rows as parts (ranges of the entities they are made from), in order;
    None for a table made whole."""
    found = PARTS.get(table_name)
    if found is None:
        return None
    count, size = getattr(inputs, found[0]), found[1]
    return [range(first, min(first + size, count + 1)) for first in range(1, count + 1, size)]
