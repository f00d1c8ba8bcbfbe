"""The stand-ins of the application's tables that `gen-seed-sql schema` prints: the
reference DDL from the model, the Prisma-made DDLs, and the platform products."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from .. import __version__
from ..resources import resource
from ..schema.model import ID, UPDATED_AT, Schema
from ..schema.rules import PLATFORM_PRODUCTS, PRODUCT_KEY, PRODUCT_TABLE, Product
from . import fileformat as ff
from .literal import sql_literal
from .names import ident, product_scope, relation
from .templating import stream

# The stand-ins of the application's tables that `gen-seed-sql schema --ddl` prints.
DDL_REFERENCE = "reference"  # PostgreSQL-native, from the model: uuid, timestamptz, text + CHECK
DDL_PRISMA = "prisma"  # what `prisma migrate` makes of generator/prisma/schema.prisma
DDL_PRISMA_UUID = "prisma-uuid"  # the same with every id and *Id field `@db.Uuid`
DDLS = (DDL_REFERENCE, DDL_PRISMA, DDL_PRISMA_UUID)
PRISMA_DDL_FILES = {DDL_PRISMA: "schema.sql", DDL_PRISMA_UUID: "schema.uuid.sql"}


def prisma_ddl(ddl: str) -> str:
    """The committed DDL that Prisma's schema engine wrote for ``ddl`` (tests/prisma/)."""
    return (resource("prisma", "generator/prisma") / PRISMA_DDL_FILES[ddl]).read_text(encoding="utf-8")


def _reference_tables(schema: Schema) -> list[dict[str, Any]]:
    tables = []
    for t in schema.tables:
        lines = []
        for c in t.columns:
            line = f"{ident(c.name)} {c.sql_type}"
            if not c.nullable:
                line += " NOT NULL"
            if c.default:
                line += f" DEFAULT {c.default}"
            if c.choices:
                line += f" CHECK ({ident(c.name)} IN ({', '.join(sql_literal(x) for x in c.choices)}))"
            if c.references:
                parent = schema.table(c.references)
                line += f" REFERENCES {ident(relation(parent))} ({ident(parent.id_name)}) ON DELETE RESTRICT"
            lines.append(line)
        lines.append(f"PRIMARY KEY ({ident(t.id_name)})")
        for key in (t.natural_key, *t.unique):
            if key:
                lines.append(f"UNIQUE ({', '.join(ident(k) for k in t.names(key))})")
        indexes = [c.name for c in t.foreign_keys]
        tables.append({"name": relation(t), "bare": t.name, "description": t.description, "lines": lines,
                       "indexes": indexes})
    return tables


def render_schema(ddl: str = DDL_REFERENCE, prisma: str | None = None, *, schema: Schema) -> Iterator[str]:
    """A stand-in for the application's tables (``ddl``: one of DDLS), and the platform
    products inserted as the main seed would (updatedAt set, as Prisma Client does).
    ``prisma``: another Prisma-made DDL to print instead of the committed one of ``ddl``
    (``""``: the products alone, as the demo inserts them after a team's migrations)."""
    product = schema.table(PRODUCT_TABLE)
    # the columns a product fills (those a team's Product has), and updatedAt where it has one
    keys = [k for k in (ID, *(f.name for f in fields(Product) if f.name != ID)) if k in product.column_keys]
    stamp = UPDATED_AT in product.column_keys
    products = {
        "table": relation(product),
        "columns": [*product.names(keys), *([product.sql(UPDATED_AT)] if stamp else [])],
        "key": product.sql(PRODUCT_KEY),
        "rows": [tuple(int(getattr(p, k) * 100) if product.column(k).minor_units else getattr(p, k) for k in keys)
                 for p in PLATFORM_PRODUCTS],
        "stamp": stamp,
        # the [fill]ed columns a product is looked up within (a tenant's), with their values;
        # a sku then unique only among them has no unique index of its own
        "scope": product_scope(product),
    }
    if ddl == DDL_REFERENCE:
        schemas = sorted({t.schema_name for t in schema.tables if t.schema_name is not None})
        return stream("schema.sql.j2", ff.PSQL, version=__version__, ddl=ddl, tables=_reference_tables(schema), prisma="",
                      products=products, schemas=schemas)
    return stream("schema.sql.j2", ff.PSQL, version=__version__, ddl=ddl, tables=[], schemas=[],
                  prisma=prisma if prisma is not None else prisma_ddl(ddl),
                  products=products)
