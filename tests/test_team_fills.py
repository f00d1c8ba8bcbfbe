"""[fill] as a team writes it: one "*.field" entry for a field every model has (a tenant
column), a model's own entry over it, and values typed by the column's native type
(@db.Uuid, @db.Date, @db.Timestamptz, @db.SmallInt), each refused at build when the
column cannot hold it. The tenant team (tests/prisma/teams/tenant) is the whole stack:
tests/test_teams.py applies it on the DDL Prisma's engine writes."""

from __future__ import annotations

import re
import tomllib

import pytest

from generator.errors import ExitCode, SeedError
from generator.schema.kinds import value_kind
from support.prisma_text import TENANT_SCHEMA, TENANT_SETTINGS, column, tenant_bound

FILL = TENANT_SETTINGS["fill"]
TENANT_ID, USER_TENANT = FILL["*.organizationId"], FILL["User.organizationId"]


def bound(fill: dict, text: str = TENANT_SCHEMA):
    return tenant_bound(text, fill=fill, app_managed=())


def refusal(fill: dict, text: str = TENANT_SCHEMA) -> str:
    with pytest.raises(SeedError) as raised:
        bound(fill, text)
    assert raised.value.code == ExitCode.PREREQUISITE
    return str(raised.value)


def filled(schema, model: str, name: str) -> str | None:
    return column(schema, model, name).fill


def test_a_wildcard_fills_the_field_on_every_model_the_seed_writes():
    schema = bound(FILL)
    with_tenant = [t.name for t in schema.seeded_tables() if "organizationId" in t.column_names]
    assert len(with_tenant) == 12  # the customers too
    for name in with_tenant:
        expected = USER_TENANT if name == "User" else TENANT_ID
        assert filled(schema, name, "organizationId") == f"'{expected}'::uuid", name


def test_a_models_own_entry_wins_over_the_wildcard_in_either_order():
    reordered = {"User.organizationId": USER_TENANT, **{k: v for k, v in FILL.items() if k != "User.organizationId"}}
    for fill in (FILL, reordered):
        schema = bound(fill)
        assert filled(schema, "User", "organizationId") == f"'{USER_TENANT}'::uuid"
        assert filled(schema, "Seller", "organizationId") == f"'{TENANT_ID}'::uuid"


def test_a_wildcard_no_model_has_is_named():
    message = refusal({**FILL, "*.tenantId": "x"})
    assert "[fill] *.tenantId: no model the seed writes has such a field" in message


def test_without_the_wildcard_each_model_names_its_missing_tenant():
    message = refusal({k: v for k, v in FILL.items() if k != "*.organizationId"})
    for model in ("Seller", "Order", "AdStatsDaily"):
        assert f"{model}.organizationId: required, has no default" in message
    assert "User.organizationId" not in message


def test_fills_are_cast_to_the_columns_native_types():
    schema = bound(FILL)
    assert filled(schema, "Campaign", "launchedOn") == "'2026-01-15'::date"
    assert filled(schema, "Order", "importedAt") == "'2026-02-01T08:30:00+00:00'::timestamptz"
    assert filled(schema, "Order", "priority") == "'3'::smallint"
    order = next(t for t in schema.tables if t.name == "Order")
    kinds = {c.name: value_kind(c) for c in order.columns}
    assert (kinds["organizationId"], kinds["importedAt"], kinds["priority"]) == ("id", "instant", "integer")


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("*.organizationId", "tenant-1", "'tenant-1' is not a UUID (the column is uuid)"),
    ("User.organizationId", "7e5a1c2d0b9f", "'7e5a1c2d0b9f' is not a UUID (the column is uuid)"),
    ("Order.priority", 40000, "40000 does not fit the smallint column (-32768 to 32767)"),
    ("Campaign.launchedOn", "datetime", "is a date-time, the column holds a date"),
])
def test_a_value_the_native_type_cannot_hold_is_named_at_build(key, value, problem):
    if value == "datetime":
        value = tomllib.loads("x = 2026-01-15T10:00:00Z")["x"]
    message = refusal({**FILL, key: value})
    where = key.replace("*", "Seller") if key.startswith("*") else key
    assert re.search(re.escape(f"{where}: [fill] value ") + ".*" + re.escape(problem), message), message


def test_a_uuid_fill_is_written_in_its_canonical_form():
    schema = bound({**FILL, "*.organizationId": "{7E5A1C2D-0B9F-4C3E-8A61-2F4D5E6A7B8C}"})
    assert filled(schema, "Seller", "organizationId") == f"'{TENANT_ID}'::uuid"
