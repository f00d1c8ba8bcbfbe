"""Each promise of the binding to a team's schema.prisma and of its settings, broken alone.

One test per promise of docs/prisma.md and docs/cli.md that a one-line bug in
generator/prisma/binding.py, generator/prisma/psl.py or the settings could break while
the tests nearest it still pass (issue 27): a falsy ``[fill]`` value, a ``[fields]``
entry naming a field the schema lacks, an enum ``[fill]``'s cast, ``@map(name: …)``,
each client-only default, an ``ON CONFLICT`` key that only a wider or narrower unique set
holds, paths relative to the settings file, and a ``0`` on the command line. No database:
a schema.prisma text is bound and the bound schema or the rendered SQL inspected, or the
command line builds in a scratch repository. tests/mutations.py makes each bug and checks
that the test here catches it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config import CONFIG_NAME, load_config, read_config
from generator.dataset.inputs import Inputs
from generator.errors import ExitCode, SeedError
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.schema.builtin import BUILTIN
from generator.schema.model import AS_FILL, AS_GENERATED
from generator.sql.output import render_all
from support.prisma_text import STAND_IN, in_model
from generator.sql.render import SEED_FILE

ROOT = Path(__file__).resolve().parent.parent
SMALL = Inputs.scaled(orders=3, campaigns=1)  # enough rows to render every table, quickly


def with_order_field(line: str, text: str = STAND_IN) -> str:
    """The stand-in with one more field in ``Order``, before ``total``."""
    return in_model("Order", "  total         Decimal", f"  {line}\n  total         Decimal", text)


def problems(text: str, names: Names | None = None) -> list[str]:
    """The mismatches bind names, one per item (it must refuse with exit 6)."""
    with pytest.raises(SeedError) as refused:
        bind(parse(text, "team.prisma"), names, SMALL, base=BUILTIN)
    assert refused.value.code == ExitCode.PREREQUISITE
    message = refused.value.message
    return message.removeprefix("team.prisma does not fit the dataset: ").removesuffix(" (nothing was written)").split("; ")


def seed_of(schema) -> str:  # type: ignore[no-untyped-def]
    return render_all(SMALL, schema)[SEED_FILE]


# --- [fill] -----------------------------------------------------------------------------

@pytest.mark.parametrize("optional", [False, True], ids=["required", "optional"])
@pytest.mark.parametrize("prisma_type,toml,literal", [
    ("Int", "0", "'0'::integer"),
    ("Boolean", "false", "'false'::boolean"),
    ("String", '""', "''::text"),
    ("Float", "0.0", "'0.0'::double precision"),
], ids=["zero", "false", "empty-string", "zero-float"])
def test_a_falsy_fill_value_is_written_like_any_other(tmp_path, prisma_type, toml, literal, optional):
    """``[fill]`` 0, false, "" and 0.0, read from the settings file, are values: written on
    every seeded row, not taken for "no value" (a required column would then be named as
    having none; an optional one silently left out)."""
    (tmp_path / CONFIG_NAME).write_text(f'[fill]\n"Order.extra" = {toml}\n', encoding="utf-8")
    fill = load_config(tmp_path / CONFIG_NAME).get("fill")
    assert list(fill) == ["Order.extra"]
    text = with_order_field(f"extra         {prisma_type}{'?' if optional else ''}")
    schema = bind(parse(text), Names(fill=fill), SMALL, base=BUILTIN)
    column = schema.table("Order").column("extra")
    assert column.seeded_as == AS_FILL and column.fill == literal
    assert literal in seed_of(schema)


def test_an_enum_fill_is_cast_to_the_enums_mapped_type_name():
    """An enum ``[fill]`` is written as its stored value, cast to the enum's PostgreSQL
    type: the ``@@map`` name, not the enum's Prisma name nor the model's."""
    text = STAND_IN + '\nenum Channel {\n  WEB @map("web")\n  APP\n\n  @@map("order_channel")\n}\n'
    text = with_order_field("channel       Channel", text)
    schema = bind(parse(text), Names(fill={"Order.channel": "WEB"}), SMALL, base=BUILTIN)
    column = schema.table("Order").column("channel")
    assert column.seeded_as == AS_FILL and column.fill == """'web'::"order_channel\""""
    seed = seed_of(schema)
    assert """'web'::"order_channel\"""" in seed and '::"Channel"' not in seed and """'web'::"Order\"""" not in seed


# --- names ------------------------------------------------------------------------------

def test_a_fields_entry_naming_a_field_the_schema_lacks_is_a_mismatch():
    """``[fields]`` says where a column is: naming a field the model lacks is a mismatch,
    even for a column the dataset may leave out (``User.name`` is optional)."""
    found = problems(STAND_IN, Names(fields={"User.name": "displayName"}))
    assert len(found) == 1 and found[0].startswith("User.displayName: no such field"), found
    renamed = in_model("User", "  name         String?\n", "  displayName  String?\n")
    user = bind(parse(renamed), Names(fields={"User.name": "displayName"}), SMALL, base=BUILTIN).table("User")
    assert user.sql("name") == "displayName"  # where the field exists, it is the column


def test_map_with_a_named_argument_is_read_as_the_positional_form():
    """``@map(name: "…")`` and ``@@map(name: "…")`` (and on enum values) name the column,
    table and stored value as ``@map("…")`` does."""
    def mapped(form: str) -> str:
        text = in_model("Order", "  @@index([sellerId])\n", f"  @@map({form.format('orders')})\n  @@index([sellerId])\n")
        text = in_model("Order", "orderNumber   String        @unique",
                        f"orderNumber   String        @unique @map({form.format('order_no')})", text)
        assert text.count("  facebook\n") == 1
        return text.replace("  facebook\n", f"  facebook @map({form.format('FB')})\n")

    named = bind(parse(mapped('name: "{}"')), inputs=SMALL, base=BUILTIN)
    positional = bind(parse(mapped('"{}"')), inputs=SMALL, base=BUILTIN)
    order = named.table("Order")
    assert order.name == "orders" and order.sql("orderNumber") == "order_no"
    assert ("facebook", "FB") in named.table("SellpageStatsDaily").column("adSource").stored
    assert named == positional


# --- the team's extra columns -------------------------------------------------------------

@pytest.mark.parametrize("default", ["uuid()", "cuid()", "nanoid()", "ulid()"])
def test_each_client_only_default_is_written_by_the_files(default):
    """Prisma Client, not the database, applies ``uuid()``, ``cuid()``, ``nanoid()`` and
    ``ulid()``: the files write such a column's value (made from the row's id), since the
    database has no default for it."""
    schema = bind(parse(with_order_field(f"code          String @unique @default({default})")), inputs=SMALL,
                  base=BUILTIN)
    assert schema.table("Order").column("code").seeded_as == AS_GENERATED
    seed = seed_of(schema)
    insert = seed[seed.index('INSERT INTO "Order"'):]
    assert '"code"' in insert.split(")")[0] and "'c' || replace(" in insert


# --- ON CONFLICT ----------------------------------------------------------------------------

@pytest.mark.parametrize("unique", [
    "@@unique([level, entityId, statDate, sellerId])",
    "@@id([level, entityId, statDate, sellerId])",
    "@@unique([level, entityId])",
], ids=["a wider unique set", "a wider id", "a narrower unique set"])
def test_an_on_conflict_key_needs_a_unique_set_of_exactly_its_fields(unique):
    """PostgreSQL infers an ON CONFLICT target only from a unique index on exactly its
    columns: a unique set that holds the key with another field, or part of it, is a
    mismatch; the same fields in another order fit."""
    text = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])", f"  {unique}")
    if "@@id" in unique:
        text = in_model("AdStatsDaily", "  id                String   @id @default(uuid())\n", "", text)
    assert problems(text) == [
        "AdStatsDaily: no @id, @unique or @@unique on (level, entityId, statDate), the key the seed upserts on"]
    reordered = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])", "  @@unique([statDate, level, entityId])")
    assert bind(parse(reordered), inputs=SMALL, base=BUILTIN).table("AdStatsDaily").conflict_key == (
        "level", "entityId", "statDate")


def test_an_on_conflict_key_is_named_in_its_own_order_and_by_the_teams_names():
    """The mismatch lists the key as the docs' ``@@unique([level, entityId, statDate])``
    does, each field by its ``[fields]`` name: not sorted."""
    text = in_model("AdStatsDaily", "  statDate          DateTime", "  day               DateTime")
    text = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])\n", "", text)
    assert problems(text, Names(fields={"AdStatsDaily.statDate": "day"})) == [
        "AdStatsDaily: no @id, @unique or @@unique on (level, entityId, day), the key the seed upserts on"]


# --- what a mismatch says to do (docs/prisma.md, "Every mismatch, at build time, at once") ---

def test_a_field_another_column_binds_is_never_suggested():
    """``updatedAt`` is the dataset's own column of Order: for a missing ``createdAt`` the
    build suggests the field no column binds (``placedAt``, though it has a default), not
    the closer name another column takes."""
    text = in_model("Order", "  createdAt     DateTime      @default(now())",
                    '  placedAt      DateTime      @default(now()) @map("placed_at")')
    assert problems(text) == ["Order.createdAt: no such field (the dataset needs it) (field placedAt?)"]


@pytest.mark.parametrize("fields,hint", [
    ("  displayName        String?\n", " (field displayName?)"),
    ("  displayName        String?\n  motto              String?\n", ""),  # two could: neither is suggested
    ("  displayName        String?  @db.Uuid\n", ""),  # text cannot go into a uuid
    ("  displayName        String?  @default(cuid())\n", ""),  # a generated value is no rename
], ids=["the only String", "two Strings", "a uuid", "a cuid() default"])
def test_the_one_field_that_could_hold_a_missing_column_is_suggested(fields, hint):
    """Where no name is close, the field is suggested if it is the only one no column of
    the dataset binds that the values could go into (Seller's ``name`` is text)."""
    text = in_model("Seller", "  name               String\n", fields)
    assert problems(text) == ["Seller.name: no such field (the dataset needs it)" + hint]


def test_a_required_field_that_alone_could_hold_a_missing_column_is_named_for_mapping():
    """``displayName`` (required, no default) is the only field that could hold Seller's
    ``name``, ``headline`` Sellpage's ``title`` (an optional column): the build says to
    map each, not to [fill] one constant into every row."""
    text = in_model("Seller", "  name               String\n", "  displayName        String\n")
    text = in_model("Sellpage", "  title     String\n", "  headline  String\n", text)
    found = problems(text)
    assert 'Seller.displayName: required, has no default, and the dataset has no value for it (the dataset\'s name? ' \
        'map it: [fields] "Seller.name" = "displayName")' in found
    assert 'Sellpage.headline: required, has no default, and the dataset has no value for it (the dataset\'s title? ' \
        'map it: [fields] "Sellpage.title" = "headline")' in found
    assert not any("[fill]" in p for p in found), found
    names = Names(fields={"Seller.name": "displayName", "Sellpage.title": "headline"})
    assert bind(parse(text), names, SMALL, base=BUILTIN).table("Seller").sql("name") == "displayName"


@pytest.mark.parametrize("model,old,new,named", [
    ("Order", "  total         Decimal       @db.Decimal(10, 2)", "  totalCents    Int", "Order.totalCents"),
    ("Seller", "  name               String\n", "  displayName        String\n", "Seller.displayName"),
], ids=["a close name", "the one field that could hold it"])
def test_a_renamed_column_is_named_once(model, old, new, named):
    """A column the team renamed is one mismatch: the hint on the team's field says how to
    map it, and the dataset's column is not named again as missing."""
    found = problems(in_model(model, old, new))
    assert len(found) == 1 and found[0].startswith(f"{named}: required") and "map it: [fields]" in found[0], found


def test_a_field_several_models_lack_is_told_to_take_one_wildcard_fill():
    """A tenant key on several models: each is told that one ``"*.tenantId"`` fills it on
    every model; on one model alone, the model's own entry."""
    text = STAND_IN
    for model in ("User", "Seller", "Campaign"):
        text = in_model(model, "  updatedAt", "  tenantId String @db.Uuid\n  updatedAt", text)
    found = problems(text)
    assert [p.partition(":")[0] for p in found] == ["User.tenantId", "Seller.tenantId", "Campaign.tenantId"]
    assert all(p.endswith('(give one in [fill]: "*.tenantId" = ... fills it on every model)') for p in found), found
    alone = in_model("User", "  updatedAt", "  tenantId String @db.Uuid\n  updatedAt")
    assert problems(alone) == ['User.tenantId: required, has no default, and the dataset has no value for it '
                               '(give one in [fill]: "User.tenantId" = ...)']
    tenant = "7e5a1c2d-0b9f-4c3e-8a61-2f4d5e6a7b8c"
    assert bind(parse(text), Names(fill={"*.tenantId": tenant}), SMALL, base=BUILTIN).table("Campaign").column("tenantId")


# --- the settings file and the command line -------------------------------------------------

def header(path: Path) -> str:
    """The ``-- Inputs:`` line of a generated file."""
    line = path.read_text(encoding="utf-8").splitlines()[2]
    assert line.startswith("-- Inputs:"), line
    return line


def test_paths_in_the_settings_file_are_relative_to_its_directory(tmp_path, monkeypatch):
    """``prisma-schema`` and ``prisma-migrations`` name paths relative to the settings
    file's directory, not the current one: a build run from a subdirectory binds the
    file's schema (a decoy at the same path below the current directory is not read)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.prisma").write_text(
        in_model("Order", "orderNumber   String        @unique", 'orderNumber   String        @unique @map("order_no")'),
        encoding="utf-8")
    (tmp_path / CONFIG_NAME).write_text(
        'prisma-schema = "db/schema.prisma"\nprisma-migrations = "db/migrations"\norders = 3\ncampaigns = 1\n',
        encoding="utf-8")
    (tmp_path / "app" / "db").mkdir(parents=True)
    (tmp_path / "app" / "db" / "schema.prisma").write_text("not a schema\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "app")
    assert read_config(None).path_of("prisma-migrations").resolve() == (tmp_path / "db" / "migrations").resolve()
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    seed = tmp_path / "out" / "seed.staging.sql"
    assert "prisma-schema=db/schema.prisma" in header(seed)
    assert '"order_no"' in seed.read_text(encoding="utf-8")


@pytest.mark.parametrize("option,inputs", [
    ("--seed", "seed=0 orders=12 campaigns=2"),
    ("--orders", "seed=5 orders=0 campaigns=2"),
    ("--campaigns", "seed=5 orders=12 campaigns=0"),
])
def test_a_zero_on_the_command_line_overrides_the_settings_file(tmp_path, monkeypatch, option, inputs):
    """0 is a value like any other: given on the command line, it wins over the settings
    file's value of the same name, and the header's command says so."""
    (tmp_path / ".git").mkdir()
    (tmp_path / CONFIG_NAME).write_text("seed = 5\norders = 12\ncampaigns = 2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", option, "0"])
    assert result.exit_code == 0, result.output
    line = header(tmp_path / "out" / "seed.staging.sql")
    assert f"Inputs: {inputs} " in line and line.endswith(f"command: gen-seed-sql build {option} 0"), line
