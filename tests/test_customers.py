"""The dataset's customers, where a team has them: with a model for customers (named
Customer with an email and a name, or the one `[models] Customer` names), the twelve
customers of the dataset are seeded with fixed ids in the seed's namespace, each order
links to its own, and reset, convergence and verify cover them. Without one nothing
changes (tests/test_bytes.py holds the stand-in's and the other teams' files). The
tenant team (tests/prisma/teams/tenant) has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dataset import dataset
from generator.errors import SeedError
from generator.dataset.identity import SEED_NAMESPACE_PREFIX
from generator.run.runner import verify
from generator.run.script import open_script
from generator.schema.builtin import BUILTIN
from generator.sql import render
from generator.sql.checks import verify_checks
from generator.sql.names import relation
from generator.sql.output import render_all
from generator.tools.demo import _samples
from generator.prisma.binding import bind
from generator.prisma.psl import parse
from support.database import Database, psql_report
from support.prisma_text import SMALL, STAND_IN, TENANT_SCHEMA, in_model, tenant_bound
from support.teams import built_and_loaded

CUSTOMER_CHECK = "customerId: the customer whose email is customerEmail"


def customers_of(schema) -> list[dict]:
    return list(dataset.rows("Customer", SMALL)) if schema.has("Customer") else []


def test_a_customer_model_gets_the_twelve_customers_with_namespace_ids():
    schema = tenant_bound()
    assert schema.has("Customer") and "customerId" in schema.table("Order").column_keys
    rows = customers_of(schema)
    assert [r["name"] for r in rows] == [name for name, _ in dataset.CUSTOMERS]
    assert [str(r["id"]) for r in rows] == [f"{SEED_NAMESPACE_PREFIX}8003-8004-{n:012d}" for n in range(1, 13)]
    seed = render_all(SMALL, schema)[render.SEED_FILE]
    assert '    INSERT INTO "commerce"."Customer" AS t (' in seed


def test_each_order_links_to_its_own_customer():
    by_id = {r["id"]: r for r in dataset.rows("Customer", SMALL)}
    orders = list(dataset.rows("Order", SMALL))
    assert len({o["customerId"] for o in orders}) > 1
    for order in orders:
        assert by_id[order["customerId"]]["email"] == order["customerEmail"]
        assert by_id[order["customerId"]]["name"] == order["customerName"]


def test_without_a_customer_model_no_customer_is_seeded():
    schema = bind(parse(STAND_IN), inputs=SMALL, base=BUILTIN)
    assert not schema.has("Customer") and "customerId" not in schema.table("Order").column_keys
    assert CUSTOMER_CHECK not in str([c.label for c in verify_checks(SMALL, schema)])


def test_a_customer_model_without_an_email_is_not_taken_for_the_customers():
    text = STAND_IN + "\nmodel Customer {\n  id   String @id\n  name String\n}\n"
    assert not bind(parse(text), inputs=SMALL, base=BUILTIN).has("Customer")


BUYER = TENANT_SCHEMA.replace("model Customer {", "model Buyer {").replace("Customer      @relation", "Buyer      @relation")


def test_models_customer_names_the_teams_model_for_them():
    schema = tenant_bound(BUYER, models={"Customer": "Buyer"})
    assert relation(schema.table("Customer")) == '"commerce"."Buyer"'
    assert "customerId" in schema.table("Order").column_keys


def test_a_key_to_an_unnamed_customers_model_is_named_for_models_not_fill():
    with pytest.raises(SeedError) as raised:
        tenant_bound(BUYER)
    assert 'Order.customerId: required, has no default, and the dataset has no value for it (a key to Buyer: ' \
           'the dataset\'s customers? name the model: [models] Customer = "Buyer")' in str(raised.value)
    assert "[fill]" not in str(raised.value)


def test_verify_checks_each_order_has_its_own_customer():
    (check,) = [c for c in verify_checks(SMALL, tenant_bound()) if c.kind == "order_customer"]
    assert check.label == f"'{CUSTOMER_CHECK}'"
    assert check.args["customers"] == '"commerce"."Customer"'


@pytest.fixture
def tenant(blank_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    return blank_db, *built_and_loaded(blank_db, "tenant", tmp_path, monkeypatch, "--orders", "12", "--campaigns", "1")


def linked(db: Database, order: str, customers: str) -> list[tuple[str, str]]:
    return db.query(f'SELECT o."customerEmail", c.email FROM {order} AS o JOIN {customers} AS c '
                    'ON o."customerId" = c.id ORDER BY o."orderNumber"')


@pytest.mark.db
def test_the_seed_writes_the_customers_and_links_every_order(tenant):
    db, schema, out = tenant
    applied, _ = psql_report(db, out / render.SEED_FILE)
    customers, order = relation(schema.table("Customer")), relation(schema.table("Order"))
    assert applied[customers][0] == 12
    pairs = linked(db, order.ref, customers.ref)
    assert len(pairs) == 12 and all(a == b for a, b in pairs)


@pytest.mark.db
def test_verify_fails_on_an_order_moved_to_another_customer_and_a_reapply_restores_it(tenant):
    db, schema, out = tenant
    psql_report(db, out / render.SEED_FILE)
    customers, order = relation(schema.table("Customer")), relation(schema.table("Order"))
    db.execute(f'UPDATE {order.ref} SET "customerId" = (SELECT id FROM {customers.ref} AS c '
               f'WHERE c.email != {order.ref}."customerEmail" ORDER BY c.id LIMIT 1) '
               f'WHERE "orderNumber" = \'STG-000001\'')
    failed = [c for c in verify(open_script(out / render.VERIFY_FILE, "verify"), db.dsn) if not c.ok]
    assert [(c.name, c.found) for c in failed] == [(CUSTOMER_CHECK, 1)]
    again, _ = psql_report(db, out / render.SEED_FILE)
    assert again[order][1] == 1 and again[customers][1] == 0, again
    assert all(c.ok for c in verify(open_script(out / render.VERIFY_FILE, "verify"), db.dsn))


@pytest.mark.db
def test_reset_removes_the_customers_but_one_a_real_order_references(tenant):
    db, schema, out = tenant
    psql_report(db, out / render.SEED_FILE)
    customers, order = relation(schema.table("Customer")), relation(schema.table("Order"))
    first = db.scalar(f"SELECT min(id) FROM {customers.ref}")
    db.execute(f'INSERT INTO {order.ref} (id, "sellerId", "sellpageId", "customerId", "orderNumber", "customerEmail", '
               '"customerName", status, "paymentMethod", "subtotalCents", "shippingFeeCents", "discountCents", '
               '"totalCents", "updatedAt", "organizationId", "importedAt", priority) '
               f'SELECT \'real-1\', o."sellerId", o."sellpageId", %s, \'REAL-1\', \'r@example.com\', \'Real\', o.status, '
               f'o."paymentMethod", 0, 0, 0, 0, now(), o."organizationId", now(), 1 FROM {order.ref} AS o LIMIT 1',
               (first,))
    db.execute(f'UPDATE {order.ref} SET "sellerId" = (SELECT "sellerId" FROM {order.ref} LIMIT 1) WHERE id = \'real-1\'')
    reset, _ = psql_report(db, out / render.RESET_FILE)
    assert db.query(f"SELECT id FROM {customers.ref}") == [(first,)]
    assert reset[customers] == (11, 1)  # (deleted, kept)


def test_with_customers_the_orders_may_lack_their_name_and_email():
    """The customer's name and email are the customer's: orders without copies of them bind,
    and their files write neither (nor check them: no order email to compare)."""
    text = in_model("Order", "  customerEmail String\n", "", TENANT_SCHEMA)
    text = in_model("Order", "  customerName  String\n", "", text)
    schema = tenant_bound(text)
    order = schema.table("Order")
    assert {"customerEmail", "customerName"} <= set(order.omitted) and "customerId" in order.column_keys
    seed = render_all(SMALL, schema)[render.SEED_FILE]
    assert '"customerName"' not in seed and '"customerEmail"' not in seed
    assert not [c for c in verify_checks(SMALL, schema) if c.kind == "order_customer"]
    assert _samples(schema)[0][1].startswith('SELECT "orderNumber", "status", "totalCents", ')  # the demo's


def test_without_customers_the_orders_need_their_name_and_email():
    text = in_model("Order", "  customerEmail String\n", "", STAND_IN)
    with pytest.raises(SeedError, match=r"Order\.customerEmail: no such field \(the dataset needs it\)"):
        bind(parse(text), inputs=SMALL, base=BUILTIN)
