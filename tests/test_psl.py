"""generator/prisma/psl.py reads schema.prisma as Prisma does: every schema in the test suite is
read by Prisma's own parser (npm @prisma/prisma-schema-wasm, pinned; its DMMF) and by ours,
and the models, fields, types, maps, defaults, native types and uniqueness compared.
And a schema it cannot read is exit 2 naming file:line and what it expected."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.errors import ExitCode, SeedError
from generator.prisma.psl import Call, PrismaSchema, Ref, parse, read_schema
from support.node import PRISMA, node_packages

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = sorted([ROOT / "generator" / "prisma" / "schema.prisma", *(PRISMA / "teams").glob("*/schema.prisma")])
# A schema with the parts of the language the others do not use: comments after
# attributes, Unsupported, @@id, named arguments, escapes, views.
LANGUAGE = '''// comment
generator client {
  provider = "prisma-client"
  output   = "./generated"
  previewFeatures = ["views"]
}

datasource db {
  provider = "postgresql"
}

/// A doc comment
enum Tone {
  LOUD  @map("loud") // trailing
  quiet

  @@map("tones")
}

model Thing {
  id       Int      @id @default(autoincrement()) // trailing
  code     String   @unique(map: "thing_code_key") @db.VarChar(12)
  label    String?  @default("say \\"hi\\"")
  tone     Tone     @default(LOUD)
  weight   Float    @default(1.5)
  on       Boolean  @default(true)
  tags     String[] @default(["a", "b"])
  blob     Bytes?
  big      BigInt   @default(-1)
  raw      Unsupported("tsvector")?
  at       DateTime @default(dbgenerated("now() - interval '1 day'")) @db.Timestamptz(3)
  parts    Part[]

  @@unique([code, tone], name: "codeTone")
  @@index([label(sort: Desc), at], map: "thing_label_at")
  @@map("things")
}

model Part {
  thingId Int
  n       Int
  thing   Thing @relation(fields: [thingId], references: [id], onDelete: Cascade, onUpdate: Cascade)

  @@id([thingId, n])
}

view ThingView {
  id   Int    @unique
  code String
}
'''


def ours(schema: PrismaSchema) -> dict[str, Any]:
    """Our reading, in the DMMF's shape (the parts the build uses)."""
    enums = {e.name for e in schema.enums}

    def default(value: Any) -> Any:
        if isinstance(value, Call):
            return {"name": value.name}
        if isinstance(value, Ref):
            return {"true": True, "false": False}.get(value.name, value.name)
        return value

    def field(f):
        native = f.native
        kind = "enum" if f.type in enums else "object" if schema.is_relation(f) else "unsupported" if f.unsupported else "scalar"
        return {
            "name": f.name, "dbName": f.db_name if f.attribute("map") else None, "kind": kind, "type": f.type,
            "isList": f.list, "isRequired": not f.optional, "isId": bool(f.attribute("id")),
            "isUnique": bool(f.attribute("unique")), "hasDefaultValue": f.attribute("default") is not None,
            # the DMMF writes a BigInt's default as a string
            "default": (str(f.default) if f.type == "BigInt" else default(f.default)) if f.attribute("default") else None,
            "nativeType": [native.name.removeprefix("db."), [str(a.value) for a in native.args]] if native else None,
            "isUpdatedAt": bool(f.attribute("updatedAt")),
        }

    return {
        "models": {m.name: {"dbName": m.db_name if m.attribute("map") else None,
                            "fields": [field(f) for f in m.fields if not (f.unsupported)],
                            "primaryKey": list(m.id_fields) if m.attribute("id") else None,
                            "uniqueFields": [list(s) for s in m.unique_sets[1 if m.id_fields else 0:]
                                             if not (len(s) == 1 and m.field(s[0]) and m.field(s[0]).attribute("unique"))]}
                   for m in schema.models if m.kind != "type"},
        "enums": {e.name: {"dbName": e.db_name if e.db_name != e.name else None,
                           "values": [[v.name, v.db_name if v.db_name != v.name else None] for v in e.values]}
                  for e in schema.enums},
    }


def prismas(datamodel: dict[str, Any]) -> dict[str, Any]:
    """Prisma's DMMF, the same parts."""

    def default(f):
        if not f.get("hasDefaultValue"):
            return None
        value = f.get("default")
        return {"name": value["name"]} if isinstance(value, dict) else value

    def field(f):
        return {
            "name": f["name"], "dbName": f.get("dbName"), "kind": f["kind"], "type": f["type"], "isList": f["isList"],
            "isRequired": f["isRequired"], "isId": f["isId"], "isUnique": f["isUnique"],
            "hasDefaultValue": f["hasDefaultValue"], "default": default(f),
            "nativeType": f["nativeType"], "isUpdatedAt": f["isUpdatedAt"],
        }

    models = [*datamodel["models"], *datamodel.get("views", [])]
    return {
        "models": {m["name"]: {"dbName": m["dbName"], "fields": [field(f) for f in m["fields"]],
                               "primaryKey": m["primaryKey"]["fields"] if m.get("primaryKey") else None,
                               "uniqueFields": m["uniqueFields"]}
                   for m in models},
        "enums": {e["name"]: {"dbName": e.get("dbName"), "values": [[v["name"], v["dbName"]] for v in e["values"]]}
                  for e in datamodel["enums"]},
    }


@pytest.fixture(scope="module")
def prisma_parser() -> None:
    node_packages(PRISMA, "@prisma/prisma-schema-wasm")


def dmmf(paths: list[Path]) -> dict[str, Any]:
    run = subprocess.run(["node", str(PRISMA / "dmmf.mjs"), *map(str, paths)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.slow
def test_every_schema_of_the_suite_is_read_as_prisma_reads_it(prisma_parser, tmp_path):
    language = tmp_path / "language.prisma"
    language.write_text(LANGUAGE, encoding="utf-8")
    paths = [*SCHEMAS, language]
    theirs = dmmf(paths)
    assert len(SCHEMAS) >= 4
    for path in paths:
        expected, found = prismas(theirs[str(path)]), ours(read_schema(path))
        assert found["enums"] == expected["enums"], path
        assert set(found["models"]) == set(expected["models"]), path
        for name, model in expected["models"].items():
            assert found["models"][name] == model, (path, name)


def test_the_language_schema_has_what_it_claims():
    schema = parse(LANGUAGE)
    thing = schema.model("Thing")
    assert thing.db_name == "things" and thing.field("label").default == 'say "hi"'
    assert thing.field("at").default == Call("dbgenerated", (thing.field("at").attribute("default").args[0].value.args[0],))
    assert thing.field("raw").unsupported == "tsvector" and thing.field("raw").optional
    assert schema.model("Part").id_fields == ("thingId", "n")
    assert schema.model("ThingView").kind == "view"
    assert [(v.name, v.db_name) for v in schema.enum("Tone").values] == [("LOUD", "loud"), ("quiet", "quiet")]


UNREADABLE = {
    "a block that never ends": ("model A {\n  id String @id\n", "x.prisma:3: expected a field's name, a block attribute (@@) or '}', found the end of the file"),
    "a field without a type": ("model A {\n  id\n}\n", "x.prisma:2: expected the type of field id, found a new line"),
    "an unknown block": ("table A {\n}\n", "x.prisma:1: expected a block (model, enum, view, type, datasource, generator), found 'table'"),
    "an unclosed argument list": ("model A {\n  id String @default(uuid(\n}\n", "x.prisma:2: expected a value"),
    "a stray character": ("model A {\n  id String # x\n}\n", "x.prisma:2: cannot read '#' here"),
    "an attribute's arguments over two lines": ("model A {\n  id String @default(\n    uuid())\n}\n",
                                               "x.prisma:2: expected a value"),
    "a setting's list over two lines": ('generator c {\n  previewFeatures = [\n    "views"]\n}\n',
                                        "x.prisma:2: expected a value"),
    "a setting without a value": ("datasource db {\n  provider =\n}\n", "x.prisma:2: expected a value"),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE), ids=str)
def test_a_schema_it_cannot_read_is_exit_2_naming_file_line_and_what_it_expected(case):
    text, message = UNREADABLE[case]
    with pytest.raises(SeedError) as refused:
        parse(text, "x.prisma")
    assert refused.value.code == ExitCode.USAGE
    assert refused.value.message.startswith(message), refused.value.message


def test_an_unreadable_schema_file_is_exit_2(tmp_path):
    with pytest.raises(SeedError) as refused:
        read_schema(tmp_path / "missing.prisma")
    assert refused.value.code == ExitCode.USAGE and "cannot read the Prisma schema" in refused.value.message
