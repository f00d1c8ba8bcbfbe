"""What kind of value each column receives, and the live column types the schema
preflight accepts for each kind (sql/preflight.py, prisma/binding.py)."""

from __future__ import annotations

from dataclasses import replace

from .model import AS_DAILY_ID, AS_DAY, AS_FILL, AS_GENERATED, AS_INSTANT, AS_NOW, AS_PRODUCT, AS_VALUE, Column


# What kind of value each column receives, as the schema preflight checks it: the live
# column's type (its base type, for a domain) must be one of these (pg_type.typname).
# "choice" columns also take any enum type that has every value the dataset uses.
ACCEPTED_TYPES: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "text", "varchar", "bpchar"),
    "text": ("text", "varchar", "bpchar", "citext"),
    "choice": ("text", "varchar", "bpchar", "citext"),
    "integer": ("int2", "int4", "int8", "numeric"),
    "decimal": ("numeric", "float4", "float8"),
    "day": ("date", "timestamp", "timestamptz"),
    "instant": ("timestamp", "timestamptz"),
}


# Kinds only a team's [fill] columns have (binding.py): listed in a file's preflight only
# where it has such a column.
FILL_KINDS: dict[str, tuple[str, ...]] = {"json": ("json", "jsonb"), "boolean": ("bool",)}


def value_kind(column: Column) -> str:
    """The kind of value (a key of ACCEPTED_TYPES or FILL_KINDS) the files put in or read
    from ``column``."""
    if column.seeded_as == AS_FILL and not column.choices:
        base = column.sql_type.partition("(")[0]  # timestamptz(6) is a timestamptz
        return {"jsonb": "json", "json": "json", "boolean": "boolean", "timestamp": "instant",
                "timestamptz": "instant", "date": "day", "uuid": "id", "bigint": "integer", "smallint": "integer",
                "double precision": "decimal", "real": "decimal"}.get(base, value_kind(replace(column, seeded_as=AS_VALUE)))
    if column.seeded_as == AS_GENERATED:
        return "id" if column.sql_type == "uuid" else "text"
    if column.seeded_as == AS_DAY or column.sql_type == "date":
        return "day"
    if column.seeded_as in (AS_INSTANT, AS_NOW) or column.sql_type == "timestamptz":
        return "instant"
    if column.choices:
        return "choice"
    if column.sql_type == "uuid" or column.seeded_as in (AS_PRODUCT, AS_DAILY_ID):
        return "id"
    if column.sql_type in ("integer", "bigint"):
        return "integer"
    if column.sql_type.startswith("numeric"):
        return "decimal"
    return "text"
