"""Several PostgreSQL schemas (Prisma's multiSchema): with ``@@schema`` on its models, every
table and enum type a file names is qualified with its schema, so no search_path decides
which table a file reads or writes. The tenant team (tests/prisma/teams/tenant) keeps its
accounts in "public", the shop in "commerce" and advertising in "ads", beside a legacy
table "public"."Order" that has the shop's table name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.dataset.inputs import Inputs
from generator.errors import ExitCode, SeedError
from generator.run.doctor import diagnose, mismatch_summary
from generator.sql import render
from generator.sql.literal import quote_name
from generator.sql.names import relation
from generator.sql.output import render_all
from support.database import Database, psql_report
from support.prisma_text import TENANT_SCHEMA, TENANT_SETTINGS, column, in_model, tenant_bound
from support.teams import built_and_loaded

SMALL = Inputs.scaled(orders=3, campaigns=1)
LEGACY_ORDER = '"public"."Order"'  # the legacy table: same name as "commerce"."Order"


def unqualified(text: str, names: list[str]) -> list[str]:
    """The places ``text`` names one of the tables ``names`` without a schema before it."""
    quoted = "|".join(re.escape(quote_name(name)) for name in names)
    return re.findall(rf'.{{0,30}}(?<![."])(?:{quoted})(?![."]).{{0,30}}', text)


def test_every_table_a_file_names_is_qualified_with_its_schema():
    schema = tenant_bound()
    assert {relation(t).ref for t in schema.tables if t.key in ("User", "Order", "Campaign")} == {
        '"public"."User"', '"commerce"."Order"', '"ads"."Campaign"'}
    files = render_all(SMALL, schema)
    for name, text in files.items():
        assert unqualified(text, [t.name for t in schema.tables]) == [], name
    assert '    INSERT INTO "commerce"."Order" AS t (' in files[render.SEED_FILE]
    assert 'DELETE FROM "commerce"."Order" AS t' in files[render.RESET_FILE]


def test_the_preflight_resolves_each_label_as_it_is():
    """A qualified label is SQL already: to_regclass reads it, the message prints it."""
    seed = render_all(SMALL, tenant_bound())[render.SEED_FILE]
    assert "to_regclass(n.table_name)" in seed and "quote_ident(n.table_name)" not in seed
    assert "'\"commerce\".\"Order\"'" in seed
    plain = render_all(SMALL, tenant_bound(TENANT_SCHEMA.replace("@@schema(", "// @@schema(")))[render.SEED_FILE]
    assert "to_regclass(quote_ident(n.table_name))" in plain


def test_an_enum_fill_is_cast_to_its_schemas_type():
    text = in_model("Ad", "reviewStatus   ReviewStatus?", "reviewStatus   ReviewStatus", TENANT_SCHEMA)
    schema = tenant_bound(text, fill={**TENANT_SETTINGS["fill"], "Ad.reviewStatus": "APPROVED"})
    assert column(schema, "Ad", "reviewStatus").fill == "'approved'::\"ads\".\"review_status\""


def test_a_schema_with_schema_on_some_models_only_is_refused_naming_them():
    text = in_model("OrderEvent", '@@schema("commerce")', "", TENANT_SCHEMA)
    with pytest.raises(SeedError) as raised:
        tenant_bound(text)
    assert raised.value.code == ExitCode.PREREQUISITE
    assert "@@schema: is on User but not on OrderEvent (Prisma needs it on every model)" in str(raised.value)


@pytest.fixture
def tenant_db(blank_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    return blank_db, *built_and_loaded(blank_db, "tenant", tmp_path, monkeypatch, "--orders", "12", "--campaigns", "2")


@pytest.mark.db
def test_the_files_never_touch_a_same_named_table_on_the_search_path(tenant_db):
    """"public"."Order" is first on the search_path under the shop's table name: apply,
    verify and reset, with psql, leave its row as it was."""
    db, schema, out = tenant_db
    db.execute(f"INSERT INTO {LEGACY_ORDER} (id, \"orderNumber\", total) VALUES ('legacy-1', 'L-1', 12.5)")
    assert db.scalar("SHOW search_path") == '"$user", public'
    applied, _ = psql_report(db, out / render.SEED_FILE)
    order = relation(schema.table("Order"))
    assert applied[order][0] == 12 and LEGACY_ORDER not in applied
    assert db.scalar(f"SELECT count(*) FROM {order.ref}") == 12
    checked = db.psql(out / render.VERIFY_FILE)
    assert checked.returncode == 0 and "MISMATCH" not in checked.stdout, checked.stdout + checked.stderr
    psql_report(db, out / render.RESET_FILE)
    assert db.scalar(f"SELECT count(*) FROM {order.ref}") == 0
    assert db.query(f'SELECT id, "orderNumber", total = 12.5 FROM {LEGACY_ORDER}') == [("legacy-1", "L-1", True)]


@pytest.mark.db
def test_doctor_names_a_missing_schemas_table_with_its_schema(tenant_db):
    db, schema, out = tenant_db
    db.execute('DROP SCHEMA "ads" CASCADE')
    findings = diagnose(db.dsn, schema, out)
    missing = {f.table for f in findings if f.has == "no such table"}
    assert missing == {relation(t) for t in schema.tables if t.schema_name == "ads"}
    assert '"ads"."Campaign"' in missing
    summary = mismatch_summary(findings, qualified=True)
    assert '"ads"."Campaign": needs a table, has no such table' in summary and '"""' not in summary


@pytest.mark.db
def test_a_column_the_seed_cannot_fill_is_named_with_its_tables_schema(tenant_db):
    db, schema, out = tenant_db
    db.execute('ALTER TABLE "commerce"."Order" ADD COLUMN "channel" text NOT NULL DEFAULT \'web\'')
    db.execute('ALTER TABLE "commerce"."Order" ALTER COLUMN "channel" DROP DEFAULT')
    bad = [(f.table, f.column, f.has) for f in diagnose(db.dsn, schema, out) if not f.ok]
    assert bad == [('"commerce"."Order"', "channel", "text NOT NULL without a default")]
