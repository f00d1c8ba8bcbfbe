"""Money in integer minor units: a team's money field that is `Int` or `BigInt` holds the
dataset's money x 100, exactly; verify's money rules hold in those units, its formulas
read the money back in its major unit; `Float` money stays refused. The tenant team
(tests/prisma/teams/tenant) keeps every money field in cents: tests/test_teams.py
applies, re-applies, verifies and resets it on the DDL Prisma's engine writes."""

from __future__ import annotations


import pytest

from generator.dataset import dataset
from generator.dataset.inputs import Inputs
from generator.errors import SeedError
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.schema.builtin import BUILTIN
from generator.schema.kinds import value_kind
from generator.schema.rules import PLATFORM_PRODUCTS
from generator.sql import ddl
from generator.sql.checks import rule_checks
from generator.sql.plans import Upsert, _ordered
from support.prisma_text import TENANT_SCHEMA, TENANT_SETTINGS, tenant_bound

SCHEMA, SETTINGS = TENANT_SCHEMA, TENANT_SETTINGS


def bound(text: str = SCHEMA):
    return tenant_bound(text)


def table(schema, key: str):
    return next(t for t in schema.tables if t.key == key)


def test_an_int_or_bigint_money_field_keeps_cents():
    schema = bound()
    total = table(schema, "Order").column("total")
    spend = table(schema, "AdStatsDaily").column("spend")
    assert (total.name, total.sql_type, total.minor_units, value_kind(total)) == ("totalCents", "integer", True, "integer")
    assert (spend.name, spend.sql_type, spend.minor_units) == ("spendCents", "bigint", True)
    assert not table(schema, "AdStatsDaily").column("cpc").minor_units  # a rate stays a decimal


def test_the_seed_writes_the_datasets_money_times_100_exactly():
    schema = bound()
    order = table(schema, "Order")
    upsert = Upsert.of(order, schema)
    written = list(_ordered(upsert, dataset.rows("Order", Inputs())))
    source = list(dataset.rows("Order", Inputs()))
    at = upsert.value_keys.index("total")
    assert [row[at] for row in written] == [int(r["total"] * 100) for r in source]
    assert all(isinstance(row[at], int) for row in written)
    assert any(r["total"] != int(r["total"]) for r in source)  # cents that matter


def test_verify_reads_cents_back_in_the_major_unit_in_its_formulas():
    (cpc,) = [c for c in rule_checks(bound()) if c.table == '"ads"."AdStatsDaily"' and c.label.startswith("'cpc = formula'")]
    assert cpc.args["terms"] == ['t."cpc" != coalesce(round((t."spendCents" / 100.0) / nullif(t."linkClicks"::numeric, 0), '
                                 '4), 0)']
    (roas,) = [c for c in rule_checks(bound()) if c.table == '"ads"."AdStatsDaily"' and c.label.startswith("'roas = formula'")]
    assert "(t.\"purchaseValueCents\" / 100.0) / nullif((t.\"spendCents\" / 100.0), 0)" in roas.args["terms"][0]


def test_the_demo_inserts_the_products_price_in_cents():
    text = "".join(ddl.render_schema(ddl.DDL_PRISMA, prisma="", schema=bound()))
    assert '"priceCents"' in text
    for product in PLATFORM_PRODUCTS:
        assert f", {int(product.price * 100)}, now())" in text and str(product.price) not in text


def test_float_money_is_refused_and_the_message_names_cents():
    text = SCHEMA.replace("totalCents Int", "totalCents Float")
    with pytest.raises(SeedError) as raised:
        bound(text)
    assert "Order.totalCents: is Float, the dataset's money is exact (needs Decimal, or Int or BigInt for cents)" \
        in str(raised.value)


def test_a_renamed_money_field_is_named_for_mapping_not_for_a_fill():
    """Without its [fields] entry, `totalCents` is the dataset's `total` under another name:
    the build says to map it, not to give it a constant."""
    fields = {k: v for k, v in SETTINGS["fields"].items() if k != "Order.total"}
    names = Names(fields=fields, fill=SETTINGS["fill"], app_managed=tuple(SETTINGS["app-managed"]))
    with pytest.raises(SeedError) as raised:
        bind(parse(SCHEMA, "schema.prisma"), names, inputs=Inputs(), base=BUILTIN)
    message = str(raised.value)
    assert ('Order.totalCents: required, has no default, and the dataset has no value for it under this name '
            '(the dataset\'s total? map it: [fields] "Order.total" = "totalCents")') in message
    assert '[fill]: "Order.totalCents"' not in message


def test_the_demo_shows_spend_in_cents_in_the_major_unit():
    from generator.tools.demo import _samples

    campaigns = _samples(bound())[1][1]
    assert 'round(sum(s."spendCents") / 100.0, 2) AS spend' in campaigns


def test_the_demo_names_a_products_field_it_has_no_value_for_before_it_starts():
    """The demo inserts the platform products; a required price in cents the settings do
    not map is named (with the mapping to give) before any server starts."""
    from generator.errors import ExitCode
    from generator.tools.demo import run_demo
    from support.prisma_text import TENANT

    fields = {k: v for k, v in SETTINGS["fields"].items() if k != "Product.price"}
    schema = tenant_bound(fields=fields)
    with pytest.raises(SeedError) as raised:
        run_demo(Inputs(), "prisma", False, print, schema, migrations=TENANT / "migrations")
    assert raised.value.code == ExitCode.PREREQUISITE
    assert ('Product.priceCents: required, has no default, and the products the demo inserts have no value for it '
            'under this name (the dataset\'s price? map it: [fields] "Product.price" = "priceCents")') in str(raised.value)
    assert bound().table("Product").unwritten == ()
