"""Serial ids on the tables the seed owns through a parent: `Int` / `BigInt
@default(autoincrement())` ids on OrderItem, OrderEvent, the stats tables and AdStatsRaw.
The database's sequence numbers those rows; the seed knows them by their parent's seeded
id. OrderItem and OrderEvent have no natural key the seed could upsert on: each seeded
order's rows are written as a set (docs/identity.md); the stats tables keep upserting on
their natural key and stop writing the id. A serial id on a table whose ids the
namespace protects is refused at build, saying why.

The schema is the stand-in's schema.prisma with those ids made serial (OrderItem with an
`@@unique([orderId, productId])` too); its DDL is what Prisma's schema engine writes for
it (SERIAL_DDL)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.dataset.inputs import Inputs
from generator.errors import ExitCode, SeedError
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.run.doctor import diagnose
from generator.schema.builtin import BUILTIN
from generator.sql import ddl, plans
from generator.sql.output import render_all, write_files
from generator.sql.render import RESET_FILE, SEED_FILE, VERIFY_FILE
from support import ROOT
from support.cli import run_file
from support.database import Database, psql_report, verify_rows, xmins
from support.prisma_text import SMALL, STAND_IN, in_model

SERIAL = {"OrderItem": "Int", "OrderEvent": "BigInt", "AdStatsDaily": "BigInt", "SellpageStatsDaily": "Int",
          "AdStatsRaw": "Int"}


def serial_text(text: str = STAND_IN) -> str:
    """The stand-in's schema.prisma with a serial id on every table the seed owns through a parent."""
    for model, kind in SERIAL.items():
        block = text[text.index(f"model {model} {{"):]
        old = block[:block.index("\n", block.index("  id "))].split("\n")[-1]
        text = in_model(model, old, f"  id {kind} @id @default(autoincrement())", text)
    return in_model("OrderItem", "@@index([orderId])", "@@unique([orderId, productId])\n  @@index([orderId])", text)


SERIAL_SCHEMA = serial_text()

# The DDL Prisma's schema engine writes for SERIAL_SCHEMA (`prisma migrate diff
# --from-empty`, the engine tests/prisma/regenerate.mjs runs, checked against it): the
# stand-in's own (generator/prisma/schema.sql) with SERIAL / BIGSERIAL ids on those
# tables and the unique index of OrderItem's @@unique.
STAND_IN_DDL = (ROOT / "generator" / "prisma" / "schema.sql").read_text(encoding="utf-8")


def serial_ddl() -> str:
    text = STAND_IN_DDL
    for model, kind in SERIAL.items():
        start = text.index(f'CREATE TABLE "{model}" (')
        old = '"id" TEXT NOT NULL,'
        at = text.index(old, start)
        text = text[:at] + f'"id" {"BIGSERIAL" if kind == "BigInt" else "SERIAL"} NOT NULL,' + text[at + len(old):]
    index = 'CREATE INDEX "OrderItem_productId_idx" ON "OrderItem"("productId");\n'
    assert text.count(index) == 1
    return text.replace(index, index + '\n-- CreateIndex\nCREATE UNIQUE INDEX "OrderItem_orderId_productId_key" '
                        'ON "OrderItem"("orderId", "productId");\n')


SERIAL_DDL = serial_ddl()
FLAVORS = ("psql", "plain")


def bound(text: str = SERIAL_SCHEMA, inputs: Inputs | None = None):
    return bind(parse(text, "schema.prisma"), Names(), inputs=inputs or Inputs(), base=BUILTIN)


def refusal(text: str) -> str:
    with pytest.raises(SeedError) as raised:
        bound(text, SMALL)
    assert raised.value.code == ExitCode.PREREQUISITE
    return str(raised.value)


# --- the binding, no database -----------------------------------------------------------------

def test_a_serial_id_is_the_databases_and_the_parent_owns_the_rows():
    schema = bound(inputs=SMALL)
    for key in ("OrderItem", "OrderEvent"):
        t = schema.table(key)
        assert (t.serial_id, t.owner_column, t.owned_as_set, t.conflict_key) == (True, "orderId", True, ()), key
        assert t.column("id").seeded_as is None and t.column("id").sql_type in ("integer", "bigint")
        upsert = plans.Upsert.of(t, schema)
        assert "id" not in upsert.columns and "orderId" in upsert.compared
    for key, owner in (("AdStatsDaily", "entityId"), ("SellpageStatsDaily", "sellpageId")):
        t = schema.table(key)
        assert (t.serial_id, t.owner_column, t.owned_as_set) == (True, owner, False), key
        assert t.conflict_key == t.natural_key and "id" not in plans.Upsert.of(t, schema).columns
    assert schema.table("AdStatsRaw").serial_id


def test_the_seed_writes_no_serial_id_and_upserts_no_set_table():
    seed = render_all(SMALL, bound(inputs=SMALL))[SEED_FILE]
    assert 'INSERT INTO "seed_rows_OrderItem"' in seed and 'INSERT INTO "seed_rows_OrderEvent"' in seed
    assert "ON CONFLICT (\"level\", \"entityId\", \"statDate\")" in seed
    upserted = [t for t in bound(inputs=SMALL).seeded_tables() if not t.owned_as_set]
    assert seed.count(" ON CONFLICT (") == len(upserted) == len(BUILTIN.seeded_tables()) - 2
    assert "('OrderItem', ARRAY[" not in seed  # no ON CONFLICT key in the preflight
    assert "(109, 'OrderItem', 'id', 'integer', NULL::text [])" in seed  # read as an integer


def test_the_plain_flavor_needs_temporary_tables_for_a_set_table():
    """The rows of a table owned as a set go into a temporary table in either flavor:
    the plain seed's preflight asks for the TEMPORARY privilege too (the stand-in's does not)."""
    plain = replace(SMALL, flavor="plain")
    assert "TEMPORARY privilege" in render_all(plain, bound(inputs=SMALL))[SEED_FILE]
    assert "TEMPORARY privilege" not in render_all(plain, BUILTIN)[SEED_FILE]


@pytest.mark.parametrize("model", ["User", "Seller", "Sellpage", "Order", "Campaign", "Adset", "Ad"])
def test_a_serial_id_on_a_table_the_namespace_protects_is_refused_saying_why(model):
    text = STAND_IN
    block = text[text.index(f"model {model} {{"):]
    old = block[:block.index("\n", block.index("  id "))].split("\n")[-1]
    message = refusal(in_model(model, old, "  id Int @id @default(autoincrement())", text))
    assert (f"{model}.id: is an Int @default(autoincrement()) id: the seed knows its {model} rows, and the reset "
            "and convergence find them, by their ids in its namespace (00000000-5eed-…), which an integer cannot "
            "hold") in message
    assert "a serial id fits only a table the seed owns through a parent" in message


def test_an_integer_id_without_autoincrement_is_refused():
    text = SERIAL_SCHEMA.replace("id Int @id @default(autoincrement())\n  orderId   String\n  productId",
                                 "id Int @id\n  orderId   String\n  productId")
    assert text != SERIAL_SCHEMA
    assert "OrderItem.id: is an Int id without @default(autoincrement())" in refusal(text)


def test_a_client_default_made_from_the_id_is_refused_on_a_serial_table():
    text = in_model("OrderEvent", "  orderId   String", "  publicId  String @default(cuid())\n  orderId   String",
                    SERIAL_SCHEMA)
    assert "OrderEvent.publicId: has @default(cuid()), which the files make from the row's seeded id" in refusal(text)


# --- on PostgreSQL: the DDL Prisma writes, both flavors ----------------------------------------

def load(db: Database, tmp_path: Path, schema) -> None:
    script = tmp_path / "schema.sql"
    script.write_text("".join(ddl.render_schema(ddl.DDL_PRISMA, prisma=SERIAL_DDL, schema=schema)), encoding="utf-8")
    loaded = db.psql(script, extra=["-v", "ON_ERROR_STOP=1"])
    assert loaded.returncode == 0, loaded.stderr


def build(tmp_path: Path, schema, flavor: str, **counts) -> Path:
    out = tmp_path / f"{flavor}-{'-'.join(f'{k}{v}' for k, v in sorted(counts.items())) or 'default'}"
    write_files(replace(Inputs.scaled(**counts), flavor=flavor), out, schema=schema)
    return out


@pytest.fixture
def serial_db(blank_db: Database, tmp_path: Path):
    schema = bound()
    load(blank_db, tmp_path, schema)
    return blank_db, schema


def rows(db: Database, table: str, columns: str) -> list[tuple]:
    return db.query(f'SELECT {columns} FROM "{table}" WHERE starts_with("orderId", \'00000000-5eed-\') ORDER BY 1, 2, 3')


ITEM_COLUMNS = '"orderId", "productId", quantity, "unitPrice", "lineTotal", "createdAt"'
EVENT_COLUMNS = '"orderId", "createdAt", status'


def no_writes(report: dict) -> bool:
    return all(inserted == updated == deleted == 0 for inserted, updated, _, deleted in report.values())


def failed_checks(db: Database, out: Path) -> set[str]:
    """The names of the checks psql's run of the verify file says failed."""
    return {r[0] for r in verify_rows(db, SimpleNamespace(verify=out / VERIFY_FILE)) if r[4] != "ok"}


def verify_ok(db: Database, out: Path) -> None:
    assert not failed_checks(db, out)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_apply_then_reapply_writes_nothing(serial_db, tmp_path, flavor):
    db, schema = serial_db
    out = build(tmp_path, schema, flavor)
    findings = diagnose(db.dsn, schema, out)
    assert findings and all(f.ok for f in findings), [f for f in findings if not f.ok]
    applied, _ = psql_report(db, out / SEED_FILE)
    expected = plans.expected_counts(Inputs(), schema)
    assert db.seeded_counts(schema) == expected
    assert {t: c[0] for t, c in applied.items() if c[0]} == {t: n for t, n in expected.items() if n}
    assert db.scalar('SELECT count(DISTINCT id) FROM "OrderEvent"') == expected["OrderEvent"]  # the sequence's
    before = xmins(db, schema)
    again, _ = psql_report(db, out / SEED_FILE)
    assert no_writes(again), again
    assert again["OrderItem"][2] == expected["OrderItem"] and again["OrderEvent"][2] == expected["OrderEvent"]
    assert xmins(db, schema) == before
    verify_ok(db, out)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_an_edited_child_row_is_restored_and_a_copy_goes(serial_db, tmp_path, flavor):
    db, schema = serial_db
    out = build(tmp_path, schema, flavor)
    assert db.psql(out / SEED_FILE).returncode == 0
    items, events = rows(db, "OrderItem", ITEM_COLUMNS), rows(db, "OrderEvent", EVENT_COLUMNS)
    db.execute('UPDATE "OrderItem" SET quantity = quantity + 5 WHERE id = (SELECT min(id) FROM "OrderItem")')
    db.execute('UPDATE "AdStatsDaily" SET impressions = 0 WHERE id = (SELECT max(id) FROM "AdStatsDaily")')
    db.execute('INSERT INTO "OrderEvent" ("orderId", status, "createdAt") '
               'SELECT "orderId", status, "createdAt" FROM "OrderEvent" WHERE id = (SELECT max(id) FROM "OrderEvent")')
    db.execute('DELETE FROM "OrderEvent" WHERE id = (SELECT min(id) FROM "OrderEvent")')
    # verify reads the items by their order: the edited line total is seen
    assert "lineTotal = quantity x unitPrice" in failed_checks(db, out)
    again, _ = psql_report(db, out / SEED_FILE)
    # (inserted, updated, unchanged, deleted)
    assert again["OrderItem"][:2] == (0, 1) and again["OrderItem"][3] == 0, again["OrderItem"]
    assert again["OrderEvent"][0] == 1 and again["OrderEvent"][3] == 1, again["OrderEvent"]
    assert again["AdStatsDaily"][1] == 1
    assert rows(db, "OrderItem", ITEM_COLUMNS) == items and rows(db, "OrderEvent", EVENT_COLUMNS) == events
    assert no_writes(psql_report(db, out / SEED_FILE)[0])
    verify_ok(db, out)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_smaller_file_removes_the_children_it_no_longer_describes(serial_db, tmp_path, flavor):
    db, schema = serial_db
    big, small = build(tmp_path, schema, flavor), build(tmp_path, schema, flavor, orders=40, campaigns=4)
    assert db.psql(big / SEED_FILE).returncode == 0
    before = db.seeded_counts(schema)
    totals, _ = psql_report(db, small / SEED_FILE)
    expected = plans.expected_counts(Inputs.scaled(orders=40, campaigns=4), schema)
    assert db.seeded_counts(schema) == expected
    for name in ("OrderItem", "OrderEvent", "AdStatsDaily"):
        assert totals[name][3] == before[name] - expected[name], (name, totals[name])
    assert no_writes(psql_report(db, small / SEED_FILE)[0])
    verify_ok(db, small)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_reset_deletes_seeded_children_and_keeps_a_real_childs_row(serial_db, tmp_path, flavor):
    db, schema = serial_db
    out = build(tmp_path, schema, flavor)
    assert db.psql(out / SEED_FILE).returncode == 0
    db.execute("""
        INSERT INTO "User" (id, email, "passwordHash", role, "updatedAt") VALUES ('real-user', 'r@example.com', 'x', 'SELLER', now());
        INSERT INTO "Seller" (id, "userId", name, slug, "updatedAt") VALUES ('real-seller', 'real-user', 'Real', 'real', now());
        INSERT INTO "Sellpage" (id, "sellerId", "productId", slug, title, price, status, "updatedAt")
            SELECT 'real-page', 'real-seller', id, 'real-page', 'Real', 10, 'PUBLISHED', now() FROM "Product" LIMIT 1;
        INSERT INTO "Order" (id, "sellerId", "sellpageId", "orderNumber", "customerEmail", "customerName", status,
                             "paymentMethod", subtotal, "shippingFee", discount, total, "updatedAt")
            VALUES ('real-order', 'real-seller', 'real-page', 'REAL-1', 'c@example.com', 'C', 'PENDING', 'CARD', 10, 0, 0, 10, now());
        INSERT INTO "OrderItem" ("orderId", "productId", quantity, "unitPrice", "lineTotal", "updatedAt")
            SELECT 'real-order', id, 1, 10, 10, now() FROM "Product" LIMIT 1;
        INSERT INTO "OrderEvent" ("orderId", status) VALUES ('real-order', 'PENDING');
    """)
    # an apply leaves the real order's rows alone: they are not the seed's
    assert no_writes(psql_report(db, out / SEED_FILE)[0])
    reset, _ = psql_report(db, out / RESET_FILE)
    assert set(db.seeded_counts(schema).values()) == {0}
    assert reset["OrderItem"][0] == plans.expected_counts(Inputs(), schema)["OrderItem"]
    assert db.query('SELECT "orderId" FROM "OrderItem"') == [("real-order",)]
    assert db.query('SELECT "orderId" FROM "OrderEvent"') == [("real-order",)]
    again, _ = psql_report(db, out / RESET_FILE)
    assert all(deleted == 0 for deleted, _ in again.values())


def test_the_runner_applies_and_reports_a_set_table(serial_db, tmp_path):
    db, schema = serial_db
    out = build(tmp_path, schema, "plain")
    first = run_file("apply", out / SEED_FILE, db.dsn, "--format", "json")
    assert first.exit_code == 0, first.output
    db.execute('UPDATE "OrderEvent" SET status = \'REFUNDED\' WHERE id = (SELECT min(id) FROM "OrderEvent")')
    again = run_file("apply", out / SEED_FILE, db.dsn, "--format", "json")
    assert again.exit_code == 0, again.output
    tables = {t["table"]: t for t in json.loads(again.output)["tables"]}
    assert tables["OrderEvent"]["updated"] == 1 and tables["OrderEvent"]["inserted"] == 0, tables["OrderEvent"]
    assert run_file("verify", out / VERIFY_FILE, db.dsn).exit_code == 0
