"""The schema's types: `Column`, `Table` and `Schema`, the value every file is rendered
from, with its lookups (insert and delete order, foreign keys).

Everything that depends on the tables comes from a `Schema`: the reference DDL
(`gen-seed-sql schema`), the seed's insert order and upsert keys, the reset's delete
order and ownership rules, verify's checks, the schema preflight. There is no second
list of tables, and no table or column name written anywhere else: code names a table
or column by its key, and every file takes its SQL name from here (`Table.name`,
`Column.name`; see `Column`). The built-in declaration is in builtin.py; a team's
schema is bound in prisma/binding.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

ID = "id"  # the key of every table's id column
CREATED_AT = "createdAt"  # the key of the row's creation instant
UPDATED_AT = "updatedAt"  # the key of the instant of its last write

# How the seed's value for a column becomes the stored value (sql/render.py, `_select_expression`).
AS_VALUE = "value"  # the row's literal, cast to the model's type (enums: to the live column's type)
AS_DAY = "day"  # anchor day + integer day offset (a date)
AS_INSTANT = "instant"  # (anchor day + interval) AT TIME ZONE 'UTC' (a timestamptz; the file runs in UTC)
AS_PRODUCT = "product"  # the id of the platform product whose sku is given
AS_NOW = "now"  # now(): written on insert and on restore, never compared (updatedAt)
AS_DAILY_ID = "daily-id"  # a stats row's id, made from its natural key (dataset/identity.py, `daily_uuid`)
# Columns a team's schema adds (binding.py): the same value on every row, from [fill] in
# gen-seed-sql.toml (``Column.fill`` holds it as SQL), and a value made from the row's id
# where the schema's default is one only Prisma Client applies (``cuid()``, ``uuid()``...).
AS_FILL = "fill"
AS_GENERATED = "generated"


@dataclass(frozen=True)
class Column:
    """One column: its SQL type, constraints, and how the seed fills it.

    ``key`` is how the code names the column: the dataset's row keys, the roles below,
    the keys of other columns and tables. ``name`` is how SQL names it; it is the key
    unless ``sql_name`` says otherwise (as SQLAlchemy's ``Column.key`` and ``name``). Every
    file takes its names from here, so a column the application renames is renamed here,
    with ``sql_name``, and nowhere else (tests/test_model_names.py renames them all)."""

    key: str
    sql_type: str
    nullable: bool = False
    default: str | None = None
    choices: tuple[str, ...] = ()  # allowed values (a CHECK constraint in the reference DDL)
    references: str | None = None  # key of the table whose id this column points to
    seeded_as: str | None = AS_VALUE  # None: the seed never writes this column
    sql_name: str | None = None  # the column's name in the database, if not its key
    # A team's schema (binding.py): how each of the dataset's values is stored where the
    # enum maps it (``facebook @map("FACEBOOK")``), and a [fill] column's value as SQL.
    stored: tuple[tuple[str, str], ...] = ()
    fill: str | None = None
    # A team's schema must have it (SPEC.md's list of required columns). Any other column
    # the dataset writes (names, titles, budgets, timestamps) is left out where the
    # team's schema lacks it (binding.py).
    required: bool = True
    # Money a team's schema keeps as an integer count of minor units (cents): the
    # dataset's value x 100, exactly (binding.py; plans.py writes it).
    minor_units: bool = False

    @property
    def name(self) -> str:
        """The column's name in SQL."""
        return self.sql_name or self.key

    def store(self, value: str) -> str:
        """How the database stores the dataset's ``value`` of this enum-like column."""
        return dict(self.stored).get(value, value)

    @property
    def scale(self) -> int | None:
        """The decimals a ``numeric(p, s)`` column holds (None for other types)."""
        found = re.fullmatch(r"numeric\((\d+),\s*(\d+)\)", self.sql_type)
        return int(found.group(2)) if found else None


@dataclass(frozen=True)
class Table:
    """One table of the application's schema. Like a column, it has a ``key`` (how the
    code names it) and a ``name`` (how SQL does: the key unless ``sql_name`` is set).
    Every column named here (keys, owner, the daily id's columns) is named by its key."""

    key: str
    columns: tuple[Column, ...]
    # The natural key the seed upserts on (stats rows); their id is made from it.
    natural_key: tuple[str, ...] = ()
    # For stats rows: how the id is made from the natural key (see `DailyId`).
    daily_id: "DailyId | None" = None
    unique: tuple[tuple[str, ...], ...] = ()
    # Where seeded ids come from: (layer, type) of the 5eed scheme, or None.
    id_layer_type: tuple[int, int] | None = None
    # The column whose value in the seed namespace makes a row seed-owned (reset, verify).
    owner_column: str | None = ID
    seeded: bool = True  # the seed writes rows of this table
    description: str = ""
    sql_name: str | None = None  # the table's name in the database, if not its key
    # The PostgreSQL schema the table is in (a team's ``@@schema``), or None: unqualified.
    schema_name: str | None = None
    # Keys of the columns the dataset writes that a team's schema lacks (binding.py): the
    # files leave them out.
    omitted: tuple[str, ...] = ()
    # A table the seed never writes but the demo fills (the platform products): the team's
    # required fields without a default it has no value for, each as a mismatch to name.
    unwritten: tuple[str, ...] = ()
    # A serial id (`@default(autoincrement())`, binding.py): the database's sequence fills
    # it, the seed never writes it, and the table's rows are the seed's through their
    # owner column's parent. ``serial_owner``: the owner column (a foreign key to a
    # seeded parent) that a table owned by its own id takes when its id is serial; a table
    # without one (its id is what the namespace protects) refuses a serial id.
    serial_id: bool = False
    serial_owner: str | None = None

    @property
    def name(self) -> str:
        """The table's name in SQL."""
        return self.sql_name or self.key

    @property
    def column_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' SQL names."""
        return tuple(c.name for c in self.columns)

    def sql(self, key: str) -> str:
        """The SQL name of the column whose key is ``key``."""
        return self.column(key).name

    def names(self, keys: "tuple[str, ...] | list[str]") -> tuple[str, ...]:
        """The SQL names of the columns with these keys."""
        return tuple(self.column(k).name for k in keys)

    @property
    def id_name(self) -> str:
        """The SQL name of the id column."""
        return self.column(ID).name

    @property
    def seeded_columns(self) -> tuple[Column, ...]:
        """Columns whose values the seed supplies, in table order."""
        return tuple(c for c in self.columns if c.seeded_as is not None)

    @property
    def owned_as_set(self) -> bool:
        """Are the rows of each seeded parent written as a set (a serial id and no natural
        key: nothing to upsert on)? docs/identity.md says how."""
        return self.serial_id and not self.natural_key

    @property
    def conflict_key(self) -> tuple[str, ...]:
        """The key of `ON CONFLICT`: the natural key if there is one, else the id (none
        for a table owned as a set)."""
        if self.owned_as_set:
            return ()
        return self.natural_key or (ID,)

    @property
    def compared_columns(self) -> tuple[Column, ...]:
        """Seeded columns outside the conflict key: what a re-apply compares and restores.

        Not the stats rows' id (written once, on insert) nor updatedAt (now() on a write)."""
        return tuple(
            c
            for c in self.seeded_columns
            if c.key not in self.conflict_key and c.seeded_as not in (AS_NOW, AS_DAILY_ID)
        )

    @property
    def foreign_keys(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.references)

    def column(self, key: str) -> Column:
        """The column whose key is ``key``."""
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.key} has no column {key}")


@dataclass(frozen=True)
class DailyId:
    """How a stats row's id is made from its natural key, at apply time:
    ``00000000-5eed-8LLL-8DDD-NNNNNNNNNNNN`` where the layer ``LLL`` comes from the value
    of ``kind_column`` (``layers``), ``DDD`` is the day (``day_column``) as days since
    2000-01-01 modulo 4096 in hex, and ``NNNNNNNNNNNN`` the 12-digit index of the entity
    whose id is in ``entity_column``. docs/identity.md has the table."""

    kind_column: str
    layers: tuple[tuple[str, int], ...]
    entity_column: str
    day_column: str = "statDate"


@dataclass(frozen=True)
class Schema:
    """The application's tables as one value: what every file is rendered from. Built once
    per command (the built-in declaration is `BUILTIN`) and passed through render, doctor
    and demo; a team's renamed schema is another value, with no module state to patch.
    Hashable, so caches keyed on it (render.convergence_plans) follow it."""

    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        """The table whose key is ``key``."""
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def has(self, key: str) -> bool:
        return any(t.key == key for t in self.tables)

    def stored(self, table_key: str, column_key: str, value: str) -> str:
        """How the database stores the dataset's ``value`` of an enum-like column."""
        return self.table(table_key).column(column_key).store(value)

    def insert_order(self) -> tuple[Table, ...]:
        """All tables, parents before children (stable: declaration order breaks ties)."""
        return _insert_order(self.tables)

    def seeded_tables(self) -> tuple[Table, ...]:
        """Tables the seed writes, in insert order."""
        return tuple(t for t in self.insert_order() if t.seeded)

    def owned_tables(self) -> tuple[Table, ...]:
        """Tables holding seed-owned rows, children first: the reset's delete order."""
        return tuple(t for t in reversed(self.insert_order()) if t.owner_column)

    def children(self, parent: str) -> tuple[tuple[Table, Column], ...]:
        """Every (table, column) whose foreign key points at the table whose key is ``parent``."""
        return tuple(
            (t, c) for t in self.tables for c in t.foreign_keys if c.references == parent
        )


@cache
def _insert_order(tables: tuple[Table, ...]) -> tuple[Table, ...]:
    done: list[Table] = []
    keys: set[str] = set()
    pending = list(tables)
    while pending:
        for t in pending:
            if all(fk.references in keys or fk.references == t.key for fk in t.foreign_keys):
                done.append(t)
                keys.add(t.key)
                pending.remove(t)
                break
        else:  # pragma: no cover - the model above has no cycle
            raise ValueError("foreign keys form a cycle: " + ", ".join(t.name for t in pending))
    return tuple(done)
