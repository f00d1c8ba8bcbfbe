"""The app's own client reads every seeded row: for the stand-in and each team-like
schema (tests/prisma/teams/), Prisma Client 7 generated from that schema.prisma
(`prisma generate`, offline: PRISMA_SCHEMA_ENGINE_BINARY names a stub that only answers
--version) reads every row of every seeded model over @prisma/adapter-pg, and zod 4
parses each (tests/prisma/client/read.ts): uuid ids, enum values as the client names
them, decimals at no more than the column's scale, dates, JSON. Versions are pinned in
tests/prisma/client/package-lock.json; node and npm are on CI's machines."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.config import read_config
from generator.dataset.inputs import Inputs
from generator.prisma.psl import read_schema
from generator.schema import builtin
from generator.schema.kinds import value_kind
from generator.schema.model import AS_FILL, AS_GENERATED, Schema
from generator.sql.names import relation
from generator.sql import ddl, plans, render
from generator.schema.builtin import BUILTIN
from support.database import Database
from support.node import CLIENT, node_packages, node_url
from support.teams import TEAM_NAMES, TEAMS, bound, build, load

ROOT = Path(__file__).resolve().parent.parent
STAND_IN = ROOT / "generator" / "prisma" / "schema.prisma"
GENERATOR = '\ngenerator client {\n  provider = "prisma-client"\n  output   = "./generated"\n}\n'


@pytest.fixture(scope="module")
def client_tools() -> Path:
    node_packages(CLIENT, ".bin/tsx")
    return CLIENT / "node_modules" / ".bin"


def spec(schema: Schema, names: dict[str, dict[str, str]], prisma=None) -> dict[str, dict]:
    """Per seeded model (the team's name): its client property and what each field it
    writes must be, by the team's field names (``prisma``: the team's parsed schema, for
    the fields it declares Float)."""
    out = {}
    for t in schema.seeded_tables():
        model_name = names["models"].get(t.key, t.key)
        fields = {}
        for c in t.seeded_columns:
            field = c.key if c.seeded_as in (AS_FILL, AS_GENERATED) else names["fields"].get(f"{t.key}.{c.key}", c.key)
            kind = value_kind(c)
            if c.seeded_as == AS_FILL:
                entry = ["enum", *c.choices] if c.choices else [{"json": "json", "integer": "int", "boolean": "boolean",
                                                                   "instant": "date", "day": "date", "id": "uuid",
                                                                   "decimal": "decimal"}.get(kind, "string")]
                if entry == ["decimal"]:
                    entry.append(30)
            elif c.seeded_as == AS_GENERATED:
                entry = ["string"]
            elif kind == "id":
                entry = ["uuid"]
            elif kind == "choice":
                # the client names enum values by the schema's names: the dataset's own
                entry = ["enum", *(dict((stored, value) for value, stored in c.stored).get(x, x) for x in c.choices)]
            elif kind == "decimal" and prisma is not None and prisma.model(model_name).field(field).type == "Float":
                entry = ["number"]
            elif kind == "decimal":
                entry = ["decimal", c.scale if c.scale is not None else 2]
            elif kind in ("day", "instant"):
                entry = ["date"]
            elif kind == "integer":
                entry = ["bigint" if c.sql_type == "bigint" else "int"]  # Prisma Client reads a BigInt as a bigint
            else:
                entry = ["string"]
            if c.nullable:
                entry[0] += "?"
            fields[field] = entry
        out[model_name] = {"property": model_name[0].lower() + model_name[1:], "fields": fields}
    return out


CASES = ["stand-in", *TEAM_NAMES]


@pytest.mark.parametrize("case", CASES)
def test_prisma_client_reads_every_seeded_row(case, client_tools, blank_db: Database, tmp_path, monkeypatch):
    work = CLIENT / ".work" / f"{case}-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        if case == "stand-in":
            schema, inputs, names = builtin.BUILTIN, Inputs(), {"models": {}, "fields": {}}
            text = STAND_IN.read_text(encoding="utf-8") + GENERATOR
            stand_in = tmp_path / "ddl.sql"
            stand_in.write_text("".join(ddl.render_schema(ddl.DDL_PRISMA, schema=BUILTIN)), encoding="utf-8")
            assert blank_db.psql(stand_in, extra=["-v", "ON_ERROR_STOP=1"]).returncode == 0
            seed = ROOT / "out" / render.SEED_FILE  # the committed files themselves
        else:
            schema, inputs = bound(case, monkeypatch)
            config = read_config(None)
            names = {"models": config.get("models", {}), "fields": config.get("fields", {})}
            text = (TEAMS / case / "schema.prisma").read_text(encoding="utf-8")
            assert build(case, tmp_path / "out", monkeypatch).exit_code == 0
            load(blank_db, case, schema, tmp_path)
            seed = tmp_path / "out" / render.SEED_FILE
        applied = blank_db.psql(seed)
        assert applied.returncode == 0, applied.stderr
        (work / "schema.prisma").write_text(text, encoding="utf-8")
        stub = work / "schema-engine-stub"
        stub.write_text("#!/bin/sh\necho schema-engine-cli 0.0.0\n", encoding="utf-8")
        stub.chmod(0o755)
        env = {**os.environ, "PRISMA_SCHEMA_ENGINE_BINARY": str(stub), "PRISMA_HIDE_UPDATE_MESSAGE": "1",
               "CHECKPOINT_DISABLE": "1", "PRISMA_GENERATE_SKIP_AUTOINSTALL": "1"}
        generated = subprocess.run([str(client_tools / "prisma"), "generate", "--schema", str(work / "schema.prisma")],
                                   capture_output=True, text=True, env=env, timeout=300, cwd=work)
        assert generated.returncode == 0, generated.stdout + generated.stderr
        prisma = None if case == "stand-in" else read_schema(TEAMS / case / "schema.prisma")
        (work / "spec.json").write_text(json.dumps(spec(schema, names, prisma)), encoding="utf-8")
        run = subprocess.run([str(client_tools / "tsx"), str(CLIENT / "read.ts")], capture_output=True, text=True,
                             timeout=300, cwd=CLIENT,
                             env={**env, "SPEC": str(work / "spec.json"), "GENERATED": str(work / "generated"),
                                  "DATABASE_URL": node_url(blank_db.dsn)})
        assert run.returncode == 0, run.stdout + run.stderr
        read = json.loads(run.stdout.strip().splitlines()[-1])
        expected = plans.expected_counts(inputs, schema)
        by_model = {names["models"].get(t.key, t.key): expected[relation(t)] for t in schema.seeded_tables()}
        assert read == by_model
    finally:
        shutil.rmtree(work, ignore_errors=True)
