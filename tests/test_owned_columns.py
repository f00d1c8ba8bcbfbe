"""Seeded rows own every column: an optional field the dataset does not know, with no
default and no [fill], is written NULL on every seeded row and restored by a re-apply
(the app's soft delete undone, reported `updated`); a field the settings list as
`app-managed` is never written nor restored; a field with a database default keeps it.
The tenant team (tests/prisma/teams/tenant) holds such fields."""

from __future__ import annotations


import pytest

from generator.errors import ExitCode, SeedError
from generator.schema.kinds import value_kind
from generator.sql.output import render_all
from generator.sql.plans import Upsert
from support.prisma_text import SMALL, TENANT_SCHEMA, TENANT_SETTINGS, column, tenant_bound

FILL, FIELDS = TENANT_SETTINGS["fill"], TENANT_SETTINGS["fields"]
SCHEMA = TENANT_SCHEMA


def bound(app_managed: tuple[str, ...] = (), text: str = SCHEMA, fill: dict | None = None):
    return tenant_bound(text, fill=FILL if fill is None else fill, app_managed=app_managed)


def test_an_unknown_optional_field_is_written_null_as_its_live_type():
    schema = bound()
    deleted = column(schema, "Order", "deletedAt")
    assert deleted.fill == '(NULL::"commerce"."Order")."deletedAt"' and deleted.nullable
    assert value_kind(deleted) == "instant"
    reason = column(schema, "Campaign", "archivedReason")
    assert reason.fill == '(NULL::"ads"."Campaign")."archivedReason"' and value_kind(reason) == "text"
    order = next(t for t in schema.tables if t.name == "Order")
    assert "deletedAt" in [c.name for c in order.compared_columns]  # a re-apply restores it


def test_an_unknown_optional_enum_is_checked_by_its_values():
    review = column(bound(), "Ad", "reviewStatus")
    assert review.fill == '(NULL::"ads"."Ad")."reviewStatus"'
    assert (value_kind(review), review.choices) == ("choice", ("in_review", "approved"))


def test_the_seed_writes_and_restores_the_null():
    seed = render_all(SMALL, bound())["seed.staging.sql"]  # the Order upsert's text, whatever the count
    assert '(NULL::"commerce"."Order")."deletedAt"' in seed
    assert '"deletedAt" = excluded."deletedAt"' in seed


def test_an_app_managed_field_is_never_written_nor_restored():
    schema = bound(("Order.lastViewedAt",))
    assert column(schema, "Order", "lastViewedAt") is None
    assert column(schema, "Order", "deletedAt") is not None
    upsert = Upsert.of(next(t for t in schema.tables if t.name == "Order"), schema)
    assert "lastViewedAt" not in upsert.columns and "lastViewedAt" not in upsert.compared
    assert "deletedAt" in upsert.compared


def test_a_field_with_a_database_default_keeps_it():
    text = SCHEMA.replace("deletedAt      DateTime?", "deletedAt      DateTime? @default(now())")
    assert column(bound(text=text), "Order", "deletedAt") is None


@pytest.mark.parametrize(("entry", "problem"), [
    ("Order.nosuch", "[app-managed] Order.nosuch: no such field"),
    ("Order.status", "[app-managed] Order.status: the dataset writes this field itself"),
    ("Ordr.deletedAt", "[app-managed] Ordr.deletedAt: no such model"),
])
def test_an_app_managed_entry_that_names_nothing_to_leave_is_refused(entry, problem):
    with pytest.raises(SeedError) as raised:
        bound((entry,))
    assert raised.value.code == ExitCode.PREREQUISITE and problem in str(raised.value)


def test_an_app_managed_field_with_a_fill_is_refused():
    with pytest.raises(SeedError) as raised:
        bound(("Order.lastViewedAt",), fill={**FILL, "Order.lastViewedAt": "2026-01-01T00:00:00Z"})
    assert "[app-managed] Order.lastViewedAt: has a [fill] value too" in str(raised.value)


def test_the_settings_name_the_app_managed_fields(tmp_path):
    """`app-managed` in gen-seed-sql.toml reaches the binding; a malformed entry is a usage error."""
    from generator.config import read_config

    settings = tmp_path / "gen-seed-sql.toml"
    (tmp_path / "schema.prisma").write_text(SCHEMA, encoding="utf-8")
    fill = "\n".join(f'"{k}" = {tomllib_value(v)}' for k, v in FILL.items())
    fields = "\n".join(f'"{k}" = "{v}"' for k, v in FIELDS.items())
    settings.write_text(f'prisma-schema = "schema.prisma"\napp-managed = ["Order.lastViewedAt"]\n[fields]\n{fields}\n'
                        f'[fill]\n{fill}\n', encoding="utf-8")
    schema = read_config(settings).schema()
    assert column(schema, "Order", "lastViewedAt") is None and column(schema, "Order", "deletedAt") is not None
    settings.write_text('app-managed = ["lastViewedAt"]\n', encoding="utf-8")
    with pytest.raises(SeedError) as raised:
        read_config(settings)
    assert raised.value.code == ExitCode.USAGE and "app-managed" in str(raised.value)


def tomllib_value(value) -> str:
    """A [fill] value as TOML writes it (the tenant's: strings, a date, a date-time, an integer)."""
    if isinstance(value, str):
        return '"' + value + '"'
    return value.isoformat().replace("+00:00", "Z") if hasattr(value, "isoformat") else str(value)
