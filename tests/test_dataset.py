"""The dataset's rules, checked in Python (no disk, no database)."""

from collections import Counter
from decimal import Decimal

import pytest

from generator.dataset import dataset
from generator.dataset.dataset import iter_campaigns, iter_orders, make_campaign, make_order, rows
from generator.dataset.inputs import Inputs
from generator.schema.builtin import seeded_tables
from generator.schema.builtin import BUILTIN

DEFAULT = Inputs()


def test_default_counts_match_the_milestone():
    counts = {name: sum(1 for _ in rows(name, DEFAULT)) for name in
              ("User", "Seller", "Sellpage", "Order", "Campaign", "Adset", "Ad", "SellpageStatsDaily")}
    assert counts == {"User": 1, "Seller": 1, "Sellpage": 3, "Order": 100, "Campaign": 10,
                      "Adset": 30, "Ad": 60, "SellpageStatsDaily": 180}
    assert 1600 <= sum(1 for _ in rows("AdStatsDaily", DEFAULT)) <= 2000


def test_two_published_one_draft():
    assert Counter(p.status for p in dataset.SELLPAGES) == {"PUBLISHED": 2, "DRAFT": 1}


def test_money_adds_up_exactly():
    for o in iter_orders(DEFAULT):
        for item in o.items:
            assert item.line_total == item.quantity * item.unit_price
        assert o.subtotal == sum(i.line_total for i in o.items)
        assert o.total == o.subtotal + o.shipping_fee - o.discount
        assert all(isinstance(v, Decimal) for v in (o.subtotal, o.total, o.discount))


def test_order_events_follow_the_status_timeline_and_stay_in_the_past():
    for o in iter_orders(DEFAULT):
        statuses = tuple(e.status for e in o.events)
        assert statuses == dataset.ORDER_TIMELINES[o.status]
        instants = [e.at.seconds for e in o.events]
        assert instants == sorted(instants) and len(set(instants)) == len(instants)
        assert -30 * 86400 <= instants[0] and instants[-1] < 0


@pytest.mark.slow
def test_order_weights_and_rates_are_plausible_over_many_orders():
    orders = list(iter_orders(Inputs(orders=5000)))
    status = Counter(o.status for o in orders)
    assert 0.25 < status["DELIVERED"] / 5000 < 0.42  # 3 of 9
    for s in ("PENDING", "CANCELLED", "REFUNDED"):
        assert 0.07 < status[s] / 5000 < 0.16  # 1 of 9
    assert 0.25 < sum(len(o.items) == 2 for o in orders) / 5000 < 0.35
    assert 0.65 < sum(o.payment_method == "CARD" for o in orders) / 5000 < 0.75
    assert 0.25 < sum(o.shipping_fee == 0 for o in orders) / 5000 < 0.35
    assert 0.11 < sum(o.discount > 0 for o in orders) / 5000 < 0.19
    days = Counter(o.created_at.seconds // 86400 for o in orders)
    assert set(days) == set(range(-30, 0))


def test_customer_names_exercise_quoting():
    names = {o.customer[0] for o in iter_orders(DEFAULT)}
    assert any("'" in n for n in names)
    assert any(any(ord(ch) > 127 for ch in n) for n in names)
    assert len(dataset.CUSTOMERS) == 12


def test_campaign_tree_and_status_propagation():
    campaigns = list(iter_campaigns(Inputs(campaigns=200)))
    for c in campaigns:
        assert 10 <= c.days <= 30
        assert len(c.adsets) == 3 and all(len(s.ads) == 2 for s in c.adsets)
        assert len({s.optimization_goal for s in c.adsets}) == 3
        assert c.adsets[2].status in ("PAUSED", "ARCHIVED")
        for s in c.adsets:
            if c.status == "ARCHIVED":
                assert s.status == "ARCHIVED"
            assert all(ad.status == s.status for ad in s.ads)
            assert s.days == min(c.days, 21) and all(ad.days == min(s.days, 14) for ad in s.ads)
    default = list(iter_campaigns(DEFAULT))
    assert Counter(c.sellpage.index for c in default) == {1: 5, 2: 5}


@pytest.mark.slow
def test_campaign_dates_agree_with_status_and_hold_every_stats_row():
    campaigns = {c.id: c for c in iter_campaigns(Inputs(campaigns=300))}
    for c in campaigns.values():
        nearest, farthest = dataset.LAST_DAY_BEFORE_ANCHOR[c.status]
        assert -farthest <= c.last_day <= -nearest
        assert -30 <= c.first_day and c.first_day + c.days - 1 == c.last_day and 10 <= c.days <= 30
        assert (c.end_date is None) == (c.status == "ACTIVE")
    assert all(c.last_day == -1 for c in campaigns.values() if c.status == "ACTIVE")
    assert {c.status for c in campaigns.values()} == {"ACTIVE", "PAUSED", "ARCHIVED"}
    rows_by_campaign = {cid: [] for cid in campaigns}
    for row in dataset.rows("Campaign", Inputs(campaigns=300)):
        assert row["startDate"].days == campaigns[row["id"]].first_day
        assert row["endDate"] == campaigns[row["id"]].end_date
    entity_campaign = {}
    for c in campaigns.values():
        entity_campaign[c.id] = c
        for s in c.adsets:
            entity_campaign[s.id] = c
            entity_campaign.update({ad.id: c for ad in s.ads})
    for r in rows("AdStatsDaily", Inputs(campaigns=300)):
        c = entity_campaign[r["entityId"]]
        assert c.first_day <= r["statDate"].days <= c.last_day
        rows_by_campaign[c.id].append(r["statDate"].days)
    # each campaign's own history ends on its last day; the archived ones all end 4+ days ago
    assert all(max(days) == campaigns[cid].last_day for cid, days in rows_by_campaign.items())


def test_ad_stats_funnel_and_derived_metrics():
    for r in rows("AdStatsDaily", DEFAULT):
        assert r["impressions"] >= r["linkClicks"] >= r["contentViews"] >= r["checkoutInitiated"] >= r["purchases"] >= 0
        assert r["ctr"] == dataset.ratio(r["linkClicks"], r["impressions"], Decimal("0.000001"))
        assert r["cpm"] == dataset.ratio(r["spend"] * 1000, r["impressions"], Decimal("0.0001"))
        assert r["statDate"].days < 0


def test_sellpage_stats_sources():
    stats = list(rows("SellpageStatsDaily", DEFAULT))
    assert {(r["sellpageId"], r["statDate"], r["adSource"]) for r in stats}.__len__() == 180
    assert all(r["adSpend"] == 0 for r in stats if r["adSource"] == "organic")
    assert all(r["adSpend"] > 0 for r in stats if r["adSource"] != "organic" and r["linkClicks"] > 3)
    clicks = Counter()
    for r in stats:
        clicks[r["adSource"]] += r["linkClicks"]
    total = sum(clicks.values())
    assert 0.5 < clicks["facebook"] / total < 0.6 and 0.12 < clicks["organic"] / total < 0.18


def test_entities_depend_only_on_seed_kind_and_index():
    assert make_order(1, 7) == make_order(1, 7)
    assert make_order(1, 7) != make_order(2, 7)
    assert list(iter_orders(Inputs(orders=7)))[-1] == list(iter_orders(Inputs(orders=8)))[6]
    assert list(iter_campaigns(Inputs(campaigns=3))) == list(iter_campaigns(Inputs(campaigns=4)))[:3]
    assert make_campaign(5, 2) == make_campaign(5, 2)


@pytest.mark.parametrize("inputs", [DEFAULT, Inputs(seed=7, orders=13, campaigns=4), Inputs(orders=0, campaigns=0)])
def test_row_counts_without_rows_equal_the_rows(inputs):
    for t in seeded_tables():
        assert dataset.row_count(t.name, inputs) == sum(1 for _ in rows(t.name, inputs)), t.name


@pytest.mark.parametrize("inputs", [DEFAULT, Inputs(seed=7, orders=500, campaigns=4), Inputs(orders=0, campaigns=0)])
def test_id_indexes_known_without_the_rows_equal_the_rows_ids(inputs):
    """The orders' family: the indexes convergence describes, computed from each order's
    shape, are the ids its rows hold, in their order."""
    from generator.dataset.identity import INDEX_DIGITS

    known = [t for t in seeded_tables() if dataset.id_indexes(t.name, inputs) is not None]
    assert {t.name for t in known} == {"Order", "OrderItem", "OrderEvent"}
    for t in known:
        from_rows = [int(str(row["id"])[-INDEX_DIGITS:]) for row in rows(t.name, inputs)]
        assert list(dataset.id_indexes(t.name, inputs)) == from_rows, t.name


@pytest.mark.slow
@pytest.mark.parametrize("inputs", [Inputs(seed=7, orders=2500, campaigns=120), Inputs(orders=1000, campaigns=50),
                                    Inputs(orders=0, campaigns=0)])
def test_a_tables_parts_in_order_are_its_rows(inputs):
    """A volume build makes a large table part by part (dataset.parts): the parts' rows,
    one after the other, are the table's rows, each once, in order."""
    parted = [t for t in seeded_tables() if dataset.parts(t.name, inputs) is not None]
    assert {t.name for t in parted} == {"Order", "OrderItem", "OrderEvent", "Campaign", "Adset", "Ad", "AdStatsDaily"}
    for t in parted:
        parts = dataset.parts(t.name, inputs)
        assert [row for part in parts for row in rows(t.name, inputs, part)] == list(rows(t.name, inputs)), t.name
        entities = [i for part in parts for i in part]
        assert entities == list(range(1, len(entities) + 1)), t.name


def test_an_orders_shape_is_its_items_and_events():
    for seed in (1, 20260221):
        for index in range(1, 400):
            order = make_order(seed, index)
            assert dataset.order_shape(seed, index) == (len(order.items), len(order.events)), (seed, index)


def test_a_draw_is_randint():
    """dataset.draw skips randint's argument checks: the same numbers from the same stream."""
    import random

    for low, high in ((1, 1), (0, 1), (750, 1250), (8, 25), (8000, 14000), (-5, 5), (0, 2**40)):
        a, b = random.Random(low * 7 + high), random.Random(low * 7 + high)
        assert [dataset.draw(a, low, high) for _ in range(300)] == [b.randint(low, high) for _ in range(300)]
        assert [dataset.jitter(a) for _ in range(50)] == [Decimal(b.randint(750, 1250)) / 1000 for _ in range(50)]


def test_verify_renders_the_same_before_or_after_the_seed():
    from generator.sql.render import render_seed, render_verify

    inputs = Inputs(seed=11, orders=17, campaigns=3)
    first = "".join(render_verify(inputs, schema=BUILTIN))
    "".join(render_seed(inputs, schema=BUILTIN))
    assert "".join(render_verify(inputs, schema=BUILTIN)) == first
    assert "17 AS expected" in first  # the orders' count, known without rendering the seed


def test_every_timeline_starts_with_the_first_status_and_ends_with_the_order_status():
    for status, steps in dataset.ORDER_TIMELINES.items():
        assert steps[0] == dataset.FIRST_ORDER_STATUS and steps[-1] == status


def test_money_and_ratios_round_half_up_as_postgresql_does():
    """A tie goes up, as PostgreSQL's round(numeric) does (half-even would give 0.12)."""
    from decimal import Decimal

    from generator.dataset.dataset import money, ratio

    assert money(Decimal("0.125")) == Decimal("0.13") and money(Decimal("2.675")) == Decimal("2.68")
    assert ratio(1, 8, Decimal("0.01")) == Decimal("0.13") and ratio(1, 0, Decimal("0.0001")) == Decimal("0.0000")
