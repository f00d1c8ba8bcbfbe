"""Per-tenant keys, as a multi-tenant team has them: a stats table unique on its natural key
within a tenant (`@@unique([organizationId, level, entityId, statDate])`), and platform
products whose sku is unique within a tenant. The tenant is one [fill] value on every
seeded row, so the seed upserts on the wider key, and looks a product up by its sku among
the tenant's products (the demo inserts them with it). The tenant team
(tests/prisma/teams/tenant), its keys made per tenant."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dataset.inputs import Inputs
from generator.errors import SeedError
from generator.sql import ddl, render
from generator.sql.names import relation
from generator.sql.output import render_all, write_files
from support.database import Database, psql_report, xmins
from support.prisma_text import TENANT_SCHEMA, TENANT_SETTINGS, in_model, tenant_bound
from support.teams import migrations

TENANT = TENANT_SETTINGS["fill"]["*.organizationId"]
OTHER_TENANT = "99999999-0000-4000-8000-000000000001"
PER_TENANT_STATS = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])",
                            "  @@unique([organizationId, level, entityId, statDate])", TENANT_SCHEMA)
PER_TENANT = in_model("Product", "  sku        String      @unique\n",
                      "  sku        String\n  organizationId String @db.Uuid\n\n  @@unique([organizationId, sku])\n",
                      PER_TENANT_STATS)
INPUTS = Inputs.scaled(orders=12, campaigns=2)


def test_a_stats_key_unique_within_a_filled_tenant_is_the_upserts_key():
    stats = tenant_bound(PER_TENANT_STATS).table("AdStatsDaily")
    assert stats.conflict_key == ("level", "entityId", "statDate", "organizationId")
    seed = render_all(INPUTS, tenant_bound(PER_TENANT_STATS))[render.SEED_FILE]
    assert 'ON CONFLICT ("level", "entityId", "statDate", "organizationId") DO UPDATE' in seed


def test_a_wider_key_whose_extra_field_is_written_null_stays_refused():
    """An optional field the dataset does not know is written NULL on every seeded row:
    NULLs never conflict, so a key holding one upserts nothing (a new row each apply)."""
    text = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])",
                    "  archivedAt DateTime?\n  @@unique([archivedAt, level, entityId, statDate])", TENANT_SCHEMA)
    with pytest.raises(SeedError, match=r"AdStatsDaily: no @id, @unique or @@unique on"):
        tenant_bound(text)


def test_a_product_is_looked_up_by_its_sku_within_the_filled_tenant():
    schema = tenant_bound(PER_TENANT)
    files = render_all(INPUTS, schema)
    scope = f'AND p."organizationId" = \'{TENANT}\'::uuid'
    assert f'= p."sku" {scope}' in files[render.SEED_FILE]  # the items' product join
    assert f'WHERE p."sku" = k.sku {scope})' in files[render.SEED_FILE]  # the guard's check
    products = "".join(ddl.render_schema(ddl.DDL_PRISMA, prisma="", schema=schema))
    assert '"organizationId")' in products and f"'{TENANT}'::uuid)" in products and "ON CONFLICT DO NOTHING;" in products


def per_tenant_ddl() -> str:
    """The tenant team's migration with its products' sku and its ad stats unique per tenant."""
    text = migrations("tenant")
    for old, new in (('CREATE UNIQUE INDEX "Product_sku_key" ON "Product"("sku");', ""),
                     ('CREATE UNIQUE INDEX "AdStatsDaily_level_entityId_statDate_key" ON "ads"."AdStatsDaily"("level", '
                      '"entityId", "statDate");',
                      'CREATE UNIQUE INDEX "AdStatsDaily_organizationId_level_entityId_statDate_key" ON "ads"."AdStatsDaily"'
                      '("organizationId", "level", "entityId", "statDate");')):
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text + ('\nALTER TABLE "Product" ADD COLUMN "organizationId" UUID NOT NULL;\n'
                   'CREATE UNIQUE INDEX "Product_organizationId_sku_key" ON "Product"("organizationId", "sku");\n')


@pytest.mark.db
def test_per_tenant_keys_apply_reapply_and_verify_beside_another_tenants_products(blank_db: Database, tmp_path: Path):
    schema = tenant_bound(PER_TENANT)
    script = tmp_path / "ddl.sql"
    script.write_text("".join(ddl.render_schema(ddl.DDL_PRISMA, prisma=per_tenant_ddl(), schema=schema)), encoding="utf-8")
    assert blank_db.psql(script, extra=["-v", "ON_ERROR_STOP=1"]).returncode == 0
    blank_db.execute('INSERT INTO "Product" (id, sku, name, "priceCents", "updatedAt", "organizationId") '
                     "SELECT 'other-' || sku, sku, 'Other tenant', 1, now(), %s FROM \"Product\"", (OTHER_TENANT,))
    write_files(INPUTS, tmp_path / "out", schema=schema)
    applied, _ = psql_report(blank_db, tmp_path / "out" / render.SEED_FILE)
    item, stats = relation(schema.table("OrderItem")), relation(schema.table("AdStatsDaily"))
    assert applied[stats][0] > 0
    assert blank_db.scalar(f'SELECT count(*) FROM {item.ref} AS i JOIN "Product" AS p ON i."productId" = p.id '
                           'WHERE p."organizationId" = %s', (OTHER_TENANT,)) == 0
    before = xmins(blank_db, schema)
    again, _ = psql_report(blank_db, tmp_path / "out" / render.SEED_FILE)
    assert all(counts[0] == counts[1] == counts[3] == 0 for counts in again.values()), again
    assert xmins(blank_db, schema) == before
    checked = blank_db.psql(tmp_path / "out" / render.VERIFY_FILE)
    assert checked.returncode == 0 and "MISMATCH" not in checked.stdout, checked.stdout + checked.stderr
