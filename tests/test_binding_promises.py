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
        "AdStatsDaily: no @id, @unique or @@unique on (entityId, level, statDate), the key the seed upserts on"]
    reordered = in_model("AdStatsDaily", "  @@unique([level, entityId, statDate])", "  @@unique([statDate, level, entityId])")
    assert bind(parse(reordered), inputs=SMALL, base=BUILTIN).table("AdStatsDaily").conflict_key == (
        "level", "entityId", "statDate")


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
