"""Binding the dataset to a team's schema.prisma (generator/prisma/binding.py), without a
database: the stand-in's own schema.prisma binds to the model exactly; each ordinary
difference a team has is taken from the schema; each mismatch, made alone, is exit 6
naming it (and nothing else), and several at once are named at once."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice
from pathlib import Path

import pytest

from generator.dataset.inputs import Inputs
from generator.dataset import dataset
from generator.errors import ExitCode, SeedError
from generator.prisma import binding
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.schema.builtin import BUILTIN
from generator.schema.model import AS_FILL, AS_GENERATED, AS_NOW
from generator.sql import ddl, plans, render
from generator.sql.output import render_all
from support.prisma_text import SMALL, STAND_IN, in_model

ROOT = Path(__file__).resolve().parent.parent


def edited(old: str, new: str, text: str = STAND_IN, count: int = 1) -> str:
    assert text.count(old) == count, old
    return text.replace(old, new)


# What a binding checks does not depend on the dataset's size, only on the values it writes
# (a test that needs a value asserts the dataset writes it): SMALL binds in a fifth of the
# default's time. VARIED writes every order status and a campaign without an end date.
VARIED = Inputs.scaled(orders=12, campaigns=3)


def problems(text: str, names: Names | None = None, inputs: Inputs | None = None) -> list[str]:
    """The mismatches bind names, one per item (it must refuse with exit 6)."""
    with pytest.raises(SeedError) as refused:
        bind(parse(text, "team.prisma"), names, inputs or SMALL, base=BUILTIN)
    assert refused.value.code == ExitCode.PREREQUISITE
    message = refused.value.message
    assert message.startswith("team.prisma does not fit the dataset: ") and message.endswith(" (nothing was written)")
    assert "\n" not in message
    return message.removeprefix("team.prisma does not fit the dataset: ").removesuffix(" (nothing was written)").split("; ")


def test_the_stand_in_schema_binds_to_the_model_itself():
    """generator/prisma/schema.prisma read by the same parser gives the built-in tables
    (names, keys, foreign keys), so the stand-in and the model cannot drift apart; the
    files built from it are out/'s but for the header."""
    schema = bind(parse(STAND_IN), inputs=Inputs(), base=BUILTIN)
    assert [(t.name, t.column_names) for t in schema.tables] == [(t.name, t.column_names) for t in BUILTIN.tables]
    assert schema == BUILTIN
    committed = {name: (ROOT / "out" / name).read_text(encoding="utf-8") for name in render.OUTPUT_FILES}
    for name, text in render_all(Inputs(), schema).items():
        body = lambda s: [line for line in s.splitlines() if not line.startswith("-- Inputs:")]  # noqa: E731
        assert body(text) == body(committed[name]), name


def test_snake_case_maps_give_every_sql_name():
    text = re.sub(r"^(model (\w+) \{)$", lambda m: m.group(1) + f'\n  @@map("t_{m.group(2).lower()}")', STAND_IN,
                  flags=re.M)
    text = in_model("Order", "orderNumber   String        @unique", 'orderNumber   String        @unique @map("order_no")',
                    text)
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    assert schema.table("Order").name == "t_order"
    assert schema.table("Order").sql("orderNumber") == "order_no"
    assert schema.table("OrderItem").name == "t_orderitem"


def test_mapped_enum_values_are_written_as_stored():
    text = edited("  facebook\n  instagram\n  organic\n",
                  '  facebook  @map("FB")\n  instagram @map("IG")\n  organic   @map("ORG")\n')
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    assert {row["adSource"] for row in dataset.rows("SellpageStatsDaily", SMALL)} == {"facebook", "instagram", "organic"}
    seed = "".join(render.render_seed(SMALL, schema))
    verify = "".join(render.render_verify(SMALL, schema))
    assert "'FB'" in seed and "'facebook'" not in seed  # the rows and the stats ids' CASE
    assert "WHEN 'ORG' THEN '063'" in seed
    assert "\"adSource\" = 'ORG'" in verify  # organic spend = 0 compares the stored value
    assert "organic adSpend = 0" in verify  # the check keeps the dataset's name


def test_rates_at_fewer_decimals_are_rounded_once_from_the_exact_value():
    """ctr at 4 decimals: the value is round(clicks / impressions, 4) from the exact
    quotient, not the 6-decimal value rounded again; verify's formula rounds to 4."""
    text = in_model("AdStatsDaily", "  ctr               Decimal\n", "  ctr               Decimal  @db.Decimal(10, 4)\n")
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    assert schema.table("AdStatsDaily").column("ctr").scale == 4
    rows = plans._fitted(schema.table("AdStatsDaily"), (dict(r) for r in plans.dataset.rows("AdStatsDaily", Inputs())))
    for row in islice(rows, 200):  # the default dataset's first 200 rows
        exact = Decimal(row["linkClicks"]) / Decimal(row["impressions"])
        assert row["ctr"] == exact.quantize(Decimal("0.0001"), rounding="ROUND_HALF_UP")
    assert row["cpc"].as_tuple().exponent == -4  # the others keep the dataset's places
    verify = "".join(render.render_verify(SMALL, schema))
    assert 'round(t."linkClicks" / nullif(t."impressions"::numeric, 0), 4)' in verify


def test_a_rate_is_rounded_once_where_rounding_twice_differs():
    """0.00004999996 is 0.0000 at 4 decimals; rounded to 6 first (0.000050), then to 4,
    it would be 0.0001. A stats row with that quotient gets the single rounding."""
    text = in_model("AdStatsDaily", "  ctr               Decimal\n", "  ctr               Decimal  @db.Decimal(10, 4)\n")
    table = bind(parse(text), inputs=SMALL, base=BUILTIN).table("AdStatsDaily")
    row = {"impressions": 10**11, "linkClicks": 4999996, "spend": Decimal("1.00"), "purchases": 1,
           "purchaseValue": Decimal("2.00"), "ctr": Decimal("0.000050")}
    twice = Decimal("0.000050").quantize(Decimal("0.0001"), "ROUND_HALF_UP")
    (fitted,) = plans._fitted(table, iter([row]))
    assert twice == Decimal("0.0001") and fitted["ctr"] == Decimal("0.0000")


def test_a_column_the_schema_lacks_is_left_out_when_not_required():
    text = in_model("Campaign", "  dailyBudget Decimal        @db.Decimal(10, 2)\n", "")
    text = in_model("User", "  name         String?\n", "", text)
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    assert "dailyBudget" not in schema.table("Campaign").column_keys
    assert schema.table("Campaign").omitted == ("dailyBudget",)
    seed = render_all(SMALL, schema)[render.SEED_FILE]
    assert '"dailyBudget"' not in seed and '"name"' in seed  # the seller's and campaigns' names stay


def test_extra_columns_are_filled_from_fill_a_client_default_and_updated_at():
    text = in_model("Order", "  total         Decimal       @db.Decimal(10, 2)\n",
                    "  total         Decimal       @db.Decimal(10, 2)\n  currency      String\n"
                    "  address       Json\n  placedVia     String @default(\"web\")\n  code String @default(cuid())\n")
    text = in_model("OrderEvent", "  createdAt DateTime    @default(now())\n",
                    "  createdAt DateTime    @default(now())\n  touchedAt DateTime @updatedAt\n", text)
    names = Names(fill={"Order.currency": "USD", "Order.address": {"line1": "1 Staging Way"}})
    bound = bind(parse(text), names, SMALL, base=BUILTIN)
    order = bound.table("Order")
    assert order.column("currency").seeded_as == AS_FILL and order.column("currency").fill == "'USD'::text"
    assert order.column("address").fill == """'{"line1": "1 Staging Way"}'::jsonb"""
    assert order.column("code").seeded_as == AS_GENERATED
    assert "placedVia" not in order.column_keys  # the database's default fills it
    event = bound.table("OrderEvent")
    assert event.column("touchedAt").seeded_as == AS_NOW


# --- each mismatch alone ----------------------------------------------------------------

MISMATCHES = {
    "a model the dataset needs, renamed": (
        re.sub(r"\bOrder\b", "Orders", STAND_IN).replace("model Orders {", 'model Orders {\n  @@map("orders")'),
        None, ['"Order": no such model ("orders" is mapped from model Orders?)']),
    "an enum without a value the dataset uses": (
        edited("  CANCELLED\n  REFUNDED\n", "  CANCELLED\n"), None,
        ["Order.status: enum OrderStatus has no value REFUNDED (the dataset uses it)",
         "OrderEvent.status: enum OrderStatus has no value REFUNDED (the dataset uses it)"]),
    "a required column with no value": (
        in_model("Order", "  total         Decimal", "  currency      String\n  total         Decimal"), None,
        ['Order.currency: required, has no default, and the dataset has no value for it '
         '(give one in [fill]: "Order.currency" = ...)']),
    "a string shorter than the longest seeded one": (
        in_model("Order", "orderNumber   String        @unique", "orderNumber   String        @unique @db.VarChar(8)"),
        None, ["Order.orderNumber: holds 8 characters, the dataset writes 10 (STG-000001)"]),
    "a precision too small": (
        in_model("Order", "  total         Decimal       @db.Decimal(10, 2)", "  total         Decimal       @db.Decimal(3, 2)"),
        None, ["Order.total: holds 1 digits before the point, the dataset writes "]),
    "a money scale too small": (
        in_model("Order", "  total         Decimal       @db.Decimal(10, 2)", "  total         Decimal       @db.Decimal(10, 0)"),
        None, ["Order.total: is Decimal(10,0), the dataset's money has 2 decimals"]),
    "text where a uuid is needed": (
        in_model("Order", "orderNumber   String        @unique", "orderNumber   String        @unique @db.Uuid"),
        None, ["Order.orderNumber: is @db.Uuid, the dataset writes text that is not a uuid"]),
    "a type the values cannot go into": (
        in_model("OrderItem", "  quantity  Int", "  quantity  String"), None,
        ["OrderItem.quantity: is String, the dataset writes integer values (needs Int or BigInt)"]),
    "instants into a date": (
        in_model("Order", "  createdAt     DateTime      @default(now())", "  createdAt     DateTime      @default(now()) @db.Date"),
        None, ["Order.createdAt: is @db.Date, the dataset writes instants (a timestamp)"]),
    "an ON CONFLICT target without a unique constraint": (
        edited("  @@unique([level, entityId, statDate])\n", ""), None,
        ["AdStatsDaily: no @id, @unique or @@unique on (level, entityId, statDate), the key the seed upserts on"]),
    "a required field the dataset needs, missing": (
        in_model("Order", "  customerName  String\n", ""), None,
        ["Order.customerName: no such field (the dataset needs it)"]),
    "a fill value for a unique column of many rows": (
        in_model("Order", "  total         Decimal", "  code          String @unique\n  total         Decimal"),
        Names(fill={"Order.code": "X"}), ["Order.code: is unique, one [fill] value cannot go into every seeded row"]),
    "a fill value for a field that does not exist": (
        STAND_IN, Names(fill={"Order.currency": "USD"}), ["[fill] Order.currency: no such field"]),
    "a mapping to a model that does not exist": (
        STAND_IN, Names(models={"Sellpage": "SellPage"}), ['"SellPage": no such model (model Sellpage?)']),
    "a mapping of a field the dataset does not have": (
        STAND_IN, Names(fields={"Order.grandTotal": "total"}), ["[fields] Order.grandTotal: is not a field of the dataset's models"]),
    "a fill value of the wrong type": (
        in_model("Order", "  total         Decimal", "  version       Int\n  total         Decimal"),
        Names(fill={"Order.version": "one"}), ["Order.version: [fill] value 'one' is not an integer (the field is Int)"]),
    "a fill value longer than its column": (
        in_model("Order", "  total         Decimal", "  currency      String @db.Char(3)\n  total         Decimal"),
        Names(fill={"Order.currency": "USDX"}), ["Order.currency: holds 3 characters, the [fill] value has 4 (USDX)"]),
    "days into a time": (
        in_model("Campaign", "  startDate   DateTime\n", "  startDate   DateTime @db.Time(3)\n"), None,
        ["Campaign.startDate: is @db.Time, the dataset writes days (a date)"]),
    "a required field the dataset leaves NULL": (
        in_model("Campaign", "  endDate     DateTime?\n", "  endDate     DateTime\n"), None,
        ["Campaign.endDate: is required (DateTime, not DateTime?), the dataset leaves it NULL on some rows"]),
    "money as Float": (
        in_model("Order", "  total         Decimal       @db.Decimal(10, 2)", "  total         Float"), None,
        ["Order.total: is Float, the dataset's money is exact (needs Decimal, or Int or BigInt for cents)"]),
    "a client-only default too long for its column": (
        in_model("Order", "  total         Decimal", "  code          String @unique @default(nanoid(12)) @db.VarChar(21)\n  total         Decimal"),
        None, ["Order.code: holds 21 characters, the files make its @default(nanoid()) value from the row's id: 33"]),
    "an enum fill value the enum lacks": (
        in_model("Order", "  total         Decimal", "  channel       PaymentMethod\n  total         Decimal"),
        Names(fill={"Order.channel": "CASH"}), ["Order.channel: [fill] value 'CASH' is not a value of enum PaymentMethod"]),
}


NEEDS_VARIED = {"an enum without a value the dataset uses", "a required field the dataset leaves NULL"}
assert NEEDS_VARIED <= set(MISMATCHES)


@pytest.mark.parametrize("case", sorted(MISMATCHES), ids=str)
def test_each_mismatch_alone_is_named_alone(case):
    text, names, expected = MISMATCHES[case]
    found = problems(text, names, VARIED if case in NEEDS_VARIED else None)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got.startswith(want), (got, want)


def test_every_mismatch_is_named_at_once():
    text = in_model("Order", "  customerName  String\n", "  currency      String\n")
    text = in_model("OrderItem", "  quantity  Int", "  quantity  String", text)
    text = edited("  @@unique([level, entityId, statDate])\n", "", text)
    found = problems(text)
    assert len(found) == 3, found  # currency, the one String left, is asked about as customerName: one problem
    assert any("currency" in p and "the dataset's customerName?" in p for p in found)
    assert any("quantity" in p for p in found) and any("AdStatsDaily" in p for p in found)


def test_a_rate_may_be_float_and_a_stats_table_may_be_keyed_by_its_natural_key_alone():
    """roas as Float keeps the dataset's places; AdStatsDaily without an id, its natural key
    the primary key (@@id), is written without one."""
    text = in_model("AdStatsDaily", "  roas              Decimal\n", "  roas              Float\n")
    text = in_model("AdStatsDaily", "  id                String   @id @default(uuid())\n", "", text)
    text = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])", "  @@id([level, entityId, statDate])", text)
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    stats = schema.table("AdStatsDaily")
    assert "id" not in stats.column_keys and stats.omitted == ("id",)
    assert stats.column("roas").sql_type == "numeric(12, 4)"  # the dataset's own places
    seed = render_all(SMALL, schema)[render.SEED_FILE]
    section = seed[seed.index('INSERT INTO "AdStatsDaily"'):][:400]
    assert '"id"' not in section.split("SELECT")[0]


def test_an_enum_may_lack_a_value_the_dataset_never_writes():
    """The one seeded user is a SELLER: a Role without CUSTOMER fits (and the files check
    the live enum only for the values it has); without SELLER it does not."""
    schema = bind(parse(edited("  SELLER\n  CUSTOMER\n}", "  SELLER\n}")), inputs=SMALL, base=BUILTIN)
    assert schema.table("User").column("role").choices == ("ADMIN", "SELLER")
    assert problems(edited("  ADMIN\n  SELLER\n  CUSTOMER\n}", "  ADMIN\n  CUSTOMER\n}")) == [
        "User.role: enum Role has no value SELLER (the dataset uses it)"]


def test_a_fill_for_a_field_the_dataset_writes_is_a_mismatch():
    assert problems(STAND_IN, Names(fill={"Order.total": 1})) == ["[fill] Order.total: the dataset writes this field itself"]


def test_a_product_model_without_updated_at_gets_its_products_all_the_same():
    text = in_model("Product", "  updatedAt  DateTime    @updatedAt\n", "")
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    products = "".join(ddl.render_schema(ddl.DDL_PRISMA, prisma="", schema=schema))
    assert 'INSERT INTO "Product" ("id", "sku", "name", "price")' in products and "now()" not in products


def test_a_missing_table_the_seed_never_writes_is_no_mismatch():
    start = STAND_IN.index("model AdStatsRaw {")
    text = STAND_IN[:start] + STAND_IN[STAND_IN.index("\n}\n", start) + 3:]
    text = text.replace("  adStatsRaw         AdStatsRaw[]\n", "").replace("  raw       AdStatsRaw[]\n", "")
    schema = bind(parse(text), inputs=SMALL, base=BUILTIN)
    assert not schema.has("AdStatsRaw")
    reset = render_all(SMALL, schema)[render.RESET_FILE]
    assert "AdStatsRaw" not in reset


def test_the_cli_reports_a_mismatch_as_exit_6_in_one_line(tmp_path):
    from click.testing import CliRunner

    from generator.cli import cli

    (tmp_path / "schema.prisma").write_text(in_model("OrderItem", "  quantity  Int", "  quantity  String"),
                                            encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--prisma-schema", str(tmp_path / "schema.prisma"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 6
    assert result.output.count("\n") == 1 and "OrderItem.quantity: is String" in result.output
    assert not (tmp_path / "out").exists()


def test_binding_names_the_kinds_it_accepts():
    assert set(binding.KIND_TYPES) == {"id", "text", "choice", "integer", "decimal", "day", "instant"}
