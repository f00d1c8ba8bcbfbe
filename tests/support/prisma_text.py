"""schema.prisma texts the binding tests bind: the stand-in's, edited model by model, and
the tenant team's (tests/prisma/teams/tenant) with its settings."""

from __future__ import annotations

import tomllib
from typing import Any

from generator.dataset.inputs import Inputs
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.schema.builtin import BUILTIN
from generator.schema.model import Column, Schema
from support import ROOT

STAND_IN = (ROOT / "generator" / "prisma" / "schema.prisma").read_text(encoding="utf-8")
TENANT = ROOT / "tests" / "prisma" / "teams" / "tenant"
TENANT_SCHEMA = (TENANT / "schema.prisma").read_text(encoding="utf-8")
TENANT_SETTINGS = tomllib.loads((TENANT / "gen-seed-sql.toml").read_text(encoding="utf-8"))


def in_model(model: str, old: str, new: str, text: str = STAND_IN) -> str:
    """``old`` -> ``new`` inside ``model``'s block only (``old`` occurs there once)."""
    start = text.index(f"model {model} {{")
    end = text.index("\n}", start)
    block = text[start:end]
    assert block.count(old) == 1, (model, old)
    return text[:start] + block.replace(old, new) + text[end:]


SMALL = Inputs.scaled(orders=3, campaigns=1)  # every table has rows: what the binding checks, quickly


def tenant_bound(text: str = TENANT_SCHEMA, **names: Any) -> Schema:
    """The tenant team's schema bound with its settings (``names``: a Names field each,
    over the settings' own), its values checked on a small dataset."""
    settings = {"fields": TENANT_SETTINGS["fields"], "fill": TENANT_SETTINGS["fill"],
                "app_managed": tuple(TENANT_SETTINGS["app-managed"])}
    return bind(parse(text, "schema.prisma"), Names(**(settings | names)), inputs=SMALL, base=BUILTIN)


def column(schema: Schema, table: str, name: str) -> Column | None:
    """The column SQL calls ``name`` of the table SQL calls ``table`` (None: it has none)."""
    found = next(t for t in schema.tables if t.name == table)
    return next((c for c in found.columns if c.name == name), None)
