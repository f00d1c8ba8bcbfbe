"""Binding the dataset to a team's own schema.prisma: the `Schema` its files fit.

The dataset's tables and columns are the stand-in's models and fields (schema/builtin.py), found
in the team's schema by name, or by the names ``[models]`` and ``[fields]`` of
gen-seed-sql.toml give. From the schema the binding takes the SQL names (``@@map``,
``@map``), how enum values are stored (``@map`` on values), the types the values go into
(ids, ``@db.Uuid``, dates and times, ``Decimal`` scales, ``VarChar`` lengths), which
columns the seed must fill that the dataset does not know (``[fill]``, a client-only
default, ``@updatedAt``), and the unique constraint behind every ``ON CONFLICT``.

Every mismatch is collected and reported at once (exit 6), before anything is written.
"""

from __future__ import annotations

import difflib
import json
import math
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..dataset import dataset
from ..dataset.inputs import Inputs
from ..errors import ExitCode, SeedError
from ..schema.builtin import CUSTOMER, OPTIONAL_TABLES, with_customers
from ..schema.kinds import value_kind
from ..schema.model import AS_FILL, AS_GENERATED, AS_NOW, AS_VALUE, ID, Column, Schema, Table
from ..schema.rules import DERIVED, NAME_COLUMN, PRODUCT_KEY, PRODUCT_TABLE
from ..sql.literal import name_problem, quote_name, sql_literal
from .psl import Call, Field, Model, PrismaSchema, field_names

# Defaults the database applies itself: a column with one needs no value from the files.
DATABASE_DEFAULTS = ("now", "autoincrement", "dbgenerated", "sequence")
# Defaults only Prisma Client applies (the database has none): the files write a value.
CLIENT_DEFAULTS = ("uuid", "cuid", "nanoid", "ulid")
PRISMA_DECIMAL = (65, 30)  # Decimal without @db.Decimal

# The Prisma scalar types each kind of value goes into (schema/kinds.py, `value_kind`).
KIND_TYPES = {
    "id": ("String",),
    "text": ("String",),
    "choice": ("String",),  # or an enum that has every value
    "integer": ("Int", "BigInt"),
    "decimal": ("Decimal", "Float"),  # Float only for a rate (money is exact)
    "day": ("DateTime",),
    "instant": ("DateTime",),
}
# Money (a decimal that is no rate): exact, as Decimal, or as an integer count of cents.
MONEY_TYPES = ("Decimal", "Int", "BigInt")
# The native types each kind of value cannot go into (bind_column names them).
_UNFIT_NATIVE = {"text": ("db.Uuid",), "choice": ("db.Uuid",), "instant": ("db.Date", "db.Time", "db.Timetz"),
                 "day": ("db.Time", "db.Timetz")}
# What a [fill] value must be, by the field's Prisma type (Json takes any TOML value).
_FILL_VALUES: dict[str, tuple[tuple[type, ...], str]] = {
    "String": ((str,), "a string"),
    "Int": ((int,), "an integer"),
    "BigInt": ((int,), "an integer"),
    "Float": ((int, float), "a number"),
    "Decimal": ((int, float, str), "a number"),
    "Boolean": ((bool,), "true or false"),
    "DateTime": ((date, datetime, str), "a date or date-time"),
}
# The SQL type a [fill] value is cast to, by the field's Prisma type; a native type
# (@db.Uuid, @db.Date, …) says it where it differs (_fill_type).
FILL_TYPES = {"String": "text", "Int": "integer", "BigInt": "bigint", "Float": "double precision",
              "Decimal": "numeric", "Boolean": "boolean", "DateTime": "timestamp(3)", "Json": "jsonb"}
_NATIVE_FILL_TYPES = {"db.Uuid": "uuid", "db.Date": "date", "db.Timestamptz": "timestamptz",
                      "db.Timestamp": "timestamp", "db.SmallInt": "smallint", "db.Real": "real", "db.Json": "json"}
WILDCARD = "*"  # [fill] "*.field": that field on every model the seed writes that has it


@dataclass(frozen=True)
class Names:
    """What gen-seed-sql.toml says about the team's schema: ``[models]`` (stand-in model ->
    the team's), ``[fields]`` ("Model.field" of the stand-in -> the team's field),
    ``[fill]`` ("Model.field" in the team's names -> the value) and ``app-managed`` (the
    "Model.field"s the app writes on seeded rows: the files never write nor restore them)."""

    models: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    fill: dict[str, Any] = field(default_factory=dict)
    app_managed: tuple[str, ...] = ()


def _type_ref(name: str, pg_schema: str | None) -> str:
    """A table's or enum's name as a type in SQL: qualified with its ``@@schema``, if any."""
    return quote_name(name) if pg_schema is None else f"{quote_name(pg_schema)}.{quote_name(name)}"


def _quoted(name: str) -> str:
    return f'"{name}"'


def _suggest(wanted: str, schema: PrismaSchema) -> str:
    """A close match for a model name: by name or by the table it is mapped to."""
    candidates = {m.name.lower(): f"model {m.name}" for m in schema.models}
    candidates |= {m.db_name.lower(): f"{_quoted(m.db_name)} is mapped from model {m.name}"
                   for m in schema.models if m.db_name != m.name}
    close = difflib.get_close_matches(wanted.lower(), list(candidates), n=1, cutoff=0.6)
    return f" ({candidates[close[0]]}?)" if close else ""


def _suggest_field(wanted: str, model: Model, schema: PrismaSchema, taken: set[str]) -> str:
    """A close match for a field name, by name or column name, among ``model``'s columns
    that no other of the dataset's columns binds (``taken``): ``updatedAt`` is the
    dataset's own, never another's rename."""
    fields = [f for f in model.fields if not schema.is_relation(f) and f.name not in taken]
    names = {f.name.lower(): f.name for f in fields} | {f.db_name.lower(): f.name for f in fields}
    close = difflib.get_close_matches(wanted.lower(), list(names), n=1, cutoff=0.6)
    return f" (field {names[close[0]]}?)" if close else ""


def _decimal(f: Field) -> tuple[int, int]:
    native = f.native
    if native and native.name == "db.Decimal":
        precision, scale = native.arg(position=0), native.arg(position=1)
        if isinstance(precision, int) and isinstance(scale, int):
            return precision, scale
    return PRISMA_DECIMAL


def _length(f: Field) -> int | None:
    native = f.native
    if native and native.name in ("db.VarChar", "db.Char"):
        n = native.arg(position=0)
        return n if isinstance(n, int) else None
    return None


def _fill_type(f: Field) -> str | None:
    """The SQL type a [fill] value of ``f`` is written as: its native type's where one is
    given (`@db.Uuid` is uuid, `@db.Date` date, `@db.Timestamptz(6)` timestamptz: the
    column rounds to its precision on insert, and ON CONFLICT compares the rounded value),
    else its Prisma type's (None: [fill] cannot write it)."""
    native = f.native
    if native is not None and native.name in _NATIVE_FILL_TYPES:
        return _NATIVE_FILL_TYPES[native.name]
    return FILL_TYPES.get(f.type)


# integer, bigint and smallint: -bound .. bound - 1
_INTEGER_BOUNDS = {"Int": 2**31, "BigInt": 2**63, "smallint": 2**15}


def _fill_problem(prisma_type: str, value: Any, sql_type: str = "") -> str | None:
    """Why a [fill] value of the right Python type still cannot go into the column as given:
    NUL anywhere in it, a number that is not finite, an integer out of the column's range,
    a Decimal string that is not a number, a Json value that is not JSON, a uuid column's
    value that is not a UUID. None if it can."""
    if _holds(value, lambda x: isinstance(x, str) and "\x00" in x):
        return "holds NUL (U+0000), which PostgreSQL text cannot hold"
    if _holds(value, lambda x: isinstance(x, float) and not math.isfinite(x)):
        return f"holds {value!r}: not a finite number" + (", and JSON has no NaN or infinity" if prisma_type == "Json" else "")
    bounded = sql_type if sql_type in _INTEGER_BOUNDS else prisma_type
    if bounded in _INTEGER_BOUNDS and isinstance(value, int):
        bound = _INTEGER_BOUNDS[bounded]
        if not -bound <= value < bound:
            return f"{value} does not fit the {bounded} column ({-bound} to {bound - 1})"
    if sql_type == "uuid":
        try:
            uuid.UUID(value)
        except (ValueError, TypeError, AttributeError):
            return f"{value!r} is not a UUID (the column is uuid)"
    if sql_type == "date" and isinstance(value, datetime):
        return f"{value.isoformat()} is a date-time, the column holds a date"
    if prisma_type == "Decimal" and isinstance(value, str):
        try:
            if not Decimal(value).is_finite():
                raise ArithmeticError
        except ArithmeticError:
            return f"{value!r} is not a finite decimal number"
    return None


def _holds(value: Any, test: Any) -> bool:
    """Whether ``value``, or anything inside it (TOML arrays and tables: keys too), passes ``test``."""
    pending = [value]
    while pending:
        item = pending.pop()
        if test(item):
            return True
        if isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
    return False


class _Binder:
    def __init__(self, prisma: PrismaSchema, names: Names, base: Schema, inputs: Inputs | None) -> None:
        self.prisma, self.names, self.inputs = prisma, names, inputs
        self.base = with_customers(base) if self.has_customers(base) else base
        self.problems: list[str] = []
        self._written: dict[str, dict[str, set[Any]]] = {}  # table key -> column key -> values written
        self.limits: dict[tuple[str, str], tuple[str, Any]] = {}
        self.filled: set[str] = set()  # the [fill] keys some column took its value from
        self.unmatched: dict[str, list[tuple[str, str]]] = {}  # model -> the dataset's columns it lacks
        self.serial: set[str] = set()  # the tables whose id is serial (the database fills it)
        # (table, column) -> the index in problems of its "no such field", and the ones a
        # hint on the team's field already says to map: named once, by that hint
        self.missing: dict[tuple[str, str], int] = {}
        self.mapped: set[tuple[str, str]] = set()

    def has_customers(self, base: Schema) -> bool:
        """Whether the team's schema has a model for the dataset's customers: one that
        ``[models] Customer`` names, or a model named Customer with an email and a name
        (their names after ``[fields]``). Without one the orders keep only the names
        and emails they carry."""
        if base.has(CUSTOMER.key):
            return False
        if CUSTOMER.key in self.names.models:
            return True
        model = self.prisma.model(CUSTOMER.key)
        return model is not None and model.kind == "model" and all(
            model.field(self.names.fields.get(f"{CUSTOMER.key}.{key}", key)) is not None for key in ("email", NAME_COLUMN))

    def fail(self, where: str, problem: str) -> None:
        self.problems.append(f"{where}: {problem}")

    def check_name(self, where: str, what: str, name: str) -> None:
        """Refuse a SQL name the files would write that PostgreSQL cannot hold as given."""
        problem = name_problem(name)
        if problem is not None:
            self.fail(where, f"{what} {name!r} {problem}")

    # names
    def model_for(self, t: Table) -> Model | None:
        wanted = self.names.models.get(t.key, t.key)
        found = self.prisma.model(wanted)
        if found is None or found.kind == "type":
            if t.key in OPTIONAL_TABLES and t.key not in self.names.models:
                return None
            self.fail(_quoted(wanted), "no such model" + _suggest(wanted, self.prisma))
        return found

    def field_for(self, t: Table, model: Model, c: Column) -> Field | None:
        wanted = self.names.fields.get(f"{t.key}.{c.key}", c.key)
        found = model.field(wanted)
        if found is not None and self.prisma.is_relation(found):
            self.fail(f"{model.name}.{wanted}", "is a relation field, not a column")
            return None
        if found is None:
            self.unmatched.setdefault(model.name, []).append((t.key, c.key))
            if c.required or f"{t.key}.{c.key}" in self.names.fields:
                hint = _suggest_field(wanted, model, self.prisma, self.taken(t, model))
                if not hint and c.key in (fits := self.lone_fits(t, model)):
                    hint = f" (field {fits[c.key]}?)"
                self.missing[(t.key, c.key)] = len(self.problems)
                self.fail(f"{model.name}.{wanted}", "no such field (the dataset needs it)" + hint)
        return found

    def wanted(self, t: Table, c: Column) -> str:
        """The team's name of the dataset's column ``c``: its ``[fields]`` entry, else its own."""
        return self.names.fields.get(f"{t.key}.{c.key}", c.key)

    def taken(self, t: Table, model: Model) -> set[str]:
        """The fields of ``model`` that one of the dataset's columns of ``t`` binds, by
        name or by ``[fields]``: none of them is another column's rename."""
        return {self.wanted(t, c) for c in t.columns if model.field(self.wanted(t, c)) is not None}

    def could_hold(self, t: Table, model: Model, c: Column, f: Field) -> bool:
        """Whether ``f``, a field no column of the dataset binds, could be ``c`` renamed: a
        column of a type ``c``'s values go into (KIND_TYPES, MONEY_TYPES), not an id, a
        foreign key (unless ``c`` is one), ``@updatedAt``, a generated value (a default
        other than ``now()``), a ``[fill]`` nor app-managed."""
        if self.prisma.is_relation(f) or f.list or f.attribute("id") or f.attribute("updatedAt"):
            return False
        if isinstance(f.default, Call) and f.default.name != "now":
            return False
        if {f"{model.name}.{f.name}", f"{WILDCARD}.{f.name}"} & set(self.names.fill) \
                or f"{model.name}.{f.name}" in self.names.app_managed:
            return False
        kind = value_kind(c)
        if kind != "id" and self.related(model, f) is not None:
            return False
        if kind == "choice" and self.prisma.enum(f.type) is not None:
            return True
        money = kind == "decimal" and not any(d.column == c.key for d in DERIVED.get(t.key, ()))
        native = f.native.name if f.native else None
        accepted = MONEY_TYPES if money else KIND_TYPES.get(kind, ())
        return f.type in accepted and native not in _UNFIT_NATIVE.get(kind, ())

    def lone_fits(self, t: Table, model: Model) -> dict[str, str]:
        """The dataset's columns of ``t`` that ``model`` lacks, each with the one field that
        could hold it where no name is close: the only field of a fitting type no column
        binds (``day DateTime @db.Date`` for ``statDate``), and one that could hold no
        other missing column."""
        taken = self.taken(t, model)
        fits = {c.key: [f.name for f in model.fields if f.name not in taken and self.could_hold(t, model, c, f)]
                for c in t.columns if model.field(self.wanted(t, c)) is None}
        return {key: found[0] for key, found in fits.items()
                if len(found) == 1 and sum(found[0] in other for other in fits.values()) == 1}

    # types
    def bind_column(self, t: Table, model: Model, c: Column, f: Field) -> Column:
        where = f"{model.name}.{f.name}"
        kind = value_kind(c)
        bound = replace(c, sql_name=f.db_name if f.db_name != c.key else None)
        if f.list:
            self.fail(where, f"is a list ({f.type}[]), the dataset writes one value")
            return bound
        if not f.optional and c.seeded_as is not None and t.seeded and self.writes_null(t, c):
            self.fail(where, f"is required ({f.type}, not {f.type}?), the dataset leaves it NULL on some rows")
        touched = {ID, t.owner_column, PRODUCT_KEY, *(fk.key for fk in t.foreign_keys)}
        if c.seeded_as is None and c.key not in touched:
            if kind == "decimal" and f.type in _INTEGER_BOUNDS:  # a product's price in cents (the demo writes it)
                return replace(bound, sql_type=FILL_TYPES[f.type], minor_units=True)
            return bound  # a column the files never read nor write (a product's name, a payload)
        self.check_name(where, "its column name", f.db_name)
        enum = self.prisma.enum(f.type)
        if c.choices:
            if enum is not None:
                stored = {v.name: v.db_name for v in enum.values}
                for x in c.choices:
                    if x in stored:
                        self.check_name(f"enum {enum.name}.{x}", "its stored value", stored[x])
                used = self.used_values(t, c)
                missing = [x for x in used if x not in stored]
                if missing and t.seeded:
                    self.fail(where, f"enum {enum.name} has no value {', '.join(missing)} (the dataset uses it)")
                mapped = tuple((x, stored[x]) for x in c.choices if x in stored and stored[x] != x)
                # what the files check the live enum for: the dataset's values this enum has
                # (one it lacks is a mismatch only where the dataset writes it)
                return replace(bound, stored=mapped, choices=tuple(stored[x] for x in c.choices if x in stored))
        elif enum is not None and t.seeded:
            self.fail(where, f"is enum {enum.name}, the dataset writes {kind} values")
            return bound
        derived = next((d for d in DERIVED.get(t.key, ()) if d.column == c.key), None)
        accepted = KIND_TYPES.get(kind, ())
        if kind == "decimal" and not derived:  # money: exact, in Decimal or in integer cents
            accepted = MONEY_TYPES
        if c.key == ID and f.type in ("Int", "BigInt"):
            return self.serial_id(t, where, f, bound)
        if accepted == MONEY_TYPES and f.type not in accepted:
            exact = "'s money is exact" if f.type == "Float" else " writes money"
            self.fail(where, f"is {f.type}, the dataset{exact} (needs Decimal, or Int or BigInt for cents)")
            return bound
        if f.type not in accepted and not (c.choices and enum is not None):
            self.fail(where, f"is {f.type}, the dataset writes {kind} values (needs {' or '.join(accepted)})")
            return bound
        native = f.native.name if f.native else None
        if kind == "instant" and native in ("db.Date", "db.Time", "db.Timetz"):
            self.fail(where, f"is @{native}, the dataset writes instants (a timestamp)")
        if kind == "day" and native in ("db.Time", "db.Timetz"):
            self.fail(where, f"is @{native}, the dataset writes days (a date)")
        if kind in ("text", "choice") and native == "db.Uuid":
            self.fail(where, "is @db.Uuid, the dataset writes text that is not a uuid")
        if kind == "decimal" and f.type in _INTEGER_BOUNDS:  # money in minor units: cents
            bound = replace(bound, sql_type=FILL_TYPES[f.type], minor_units=True)
            self.limits[(t.key, c.key)] = ("cents", _INTEGER_BOUNDS[f.type])
        elif kind == "decimal" and f.type == "Decimal":
            precision, scale = _decimal(f)
            places = min(derived.places, scale) if derived else 2
            if not derived and scale < 2:
                self.fail(where, f"is Decimal({precision},{scale}), the dataset's money has 2 decimals")
            integer_digits = precision - scale
            self.limits[(t.key, c.key)] = ("digits", integer_digits)
            if derived and places != c.scale:
                bound = replace(bound, sql_type=f"numeric({integer_digits + places}, {places})")
        length = _length(f)
        if length is not None:
            self.limits[(t.key, c.key)] = ("length", length)
        return bound

    def serial_id(self, t: Table, where: str, f: Field, bound: Column) -> Column:
        """An ``Int`` or ``BigInt`` id: a serial one (``@default(autoincrement())``) on a table
        the seed owns through a parent (order items and events, the stats tables, raw
        stats) is the database's to fill; on a table whose ids the namespace protects, and
        without ``autoincrement()`` anywhere, it is refused, saying why."""
        serial = isinstance(f.default, Call) and f.default.name == "autoincrement"
        shown = f"{f.type} @default(autoincrement())" if serial else f.type
        if t.owner_column == ID and t.serial_owner is None:
            self.fail(where, f"is an {shown} id: the seed knows its {t.key} rows, and the reset and convergence "
                      "find them, by their ids in its namespace (00000000-5eed-…), which an integer cannot hold "
                      "(needs String, or String @db.Uuid; a serial id fits only a table the seed owns through a "
                      "parent: OrderItem, OrderEvent, the stats tables)")
        elif not serial:
            self.fail(where, f"is an {f.type} id without @default(autoincrement()): the dataset has no integer "
                      "ids to write (needs @default(autoincrement()), or String)")
        else:
            self.serial.add(t.key)
        return replace(bound, sql_type=FILL_TYPES[f.type], seeded_as=None, default="autoincrement()")

    # columns the team has that the dataset does not know
    def extra_columns(self, t: Table, model: Model, known: set[str]) -> list[Column]:
        out = []
        for f in model.fields:
            if f.name in known or self.prisma.is_relation(f) or f.list:
                continue
            where = f"{model.name}.{f.name}"
            filled = self.fill_value(model, f)
            default = f.default
            client = isinstance(default, Call) and default.name in CLIENT_DEFAULTS
            if filled is not None:
                out.append(self.fill_column(t, model, f, filled[0]))
            elif f.attribute("updatedAt") and default is None:
                out.append(Column(f.name, "timestamp(3)", seeded_as=AS_NOW, sql_name=f.db_name))
            elif client:
                sql_type = "uuid" if default.name == "uuid" and f.native and f.native.name == "db.Uuid" else "text"
                if f.type != "String":
                    self.fail(where, f"has @default({default.name}()) on a {f.type} field")
                if t.key in self.serial:
                    self.fail(where, f"has @default({default.name}()), which the files make from the row's seeded "
                              "id, and the table's id is serial (give it a value in [fill], or a database default)")
                made = 36 if sql_type == "uuid" else 33  # the id, or 'c' and its 32 hex digits
                if _length(f) is not None and _length(f) < made:
                    self.fail(where, f"holds {_length(f)} characters, the files make its @default({default.name}()) "
                              f"value from the row's id: {made}")
                out.append(Column(f.name, sql_type, seeded_as=AS_GENERATED, sql_name=f.db_name))
            elif not f.optional and default is None and t.seeded:
                self.fail(where, "required, has no default, and the dataset has no value for it" + self.unknown_hint(model, f))
            elif default is None and where not in self.names.app_managed:
                owned = self.null_column(model, f)  # a seeded row owns it: NULL, restored by a re-apply
                if owned is not None:
                    out.append(owned)
        for c in out:
            self.check_name(f"{model.name}.{c.key}", "its column name", c.name)
        return out

    def scope_columns(self, model: Model, known: set[str]) -> tuple[Column, ...]:
        """The platform products' [fill]ed fields (a tenant: `"*.tenantId"`, or
        `"Product.tenantId"`): the seed looks a product up by its sku among the rows that
        hold these values, and the demo inserts the products with them."""
        found = []
        for f in model.fields:
            if f.name in known or self.prisma.is_relation(f) or f.list:
                continue
            filled = self.fill_value(model, f)
            if filled is not None:
                column = self.fill_column(self.base.table(PRODUCT_TABLE), model, f, filled[0])
                self.check_name(f"{model.name}.{f.name}", "its column name", column.name)
                found.append(column)
        return tuple(found)

    def unwritten(self, model: Model, written: set[str]) -> tuple[str, ...]:
        """The platform products' required fields the demo has no value for (no default,
        no [fill], no dataset field mapped to them), each named with what to do: the
        demo inserts the products, the seed files never do."""
        found = []
        for f in model.fields:
            if f.name in written or f.db_name in written or self.prisma.is_relation(f) or f.list or f.optional:
                continue
            if f.default is None and not f.attribute("updatedAt"):
                found.append(f"{model.name}.{f.name}: required, has no default, and the products the demo inserts "
                             "have no value for it" + self.unknown_hint(model, f))
        return tuple(found)

    def unknown_hint(self, model: Model, f: Field) -> str:
        """What to do about a required field the dataset has no value for: map it where it
        looks like one of the dataset's fields this model lacks (``totalCents`` for
        ``total``), or is the one field that could hold one (``day`` for ``statDate``);
        that column's own "no such field" is then left to this hint. Else [fill] it: by
        "*.field" where other models the seed writes lack a value for it too (a tenant)."""
        target = self.related(model, f)
        if target is not None and all(target.field(key) is not None for key in ("email", NAME_COLUMN)):
            return (f" (a key to {target.name}: the dataset's customers? name the model: "
                    f'[models] {CUSTOMER.key} = "{target.name}")')
        unmatched = self.unmatched.get(model.name, [])
        missing = {c_key.lower(): (t_key, c_key) for t_key, c_key in unmatched}
        close = difflib.get_close_matches(f.name.lower(), list(missing), n=1, cutoff=0.6)
        if close:
            t_key, c_key = missing[close[0]]
            self.mapped.add((t_key, c_key))
            return f' under this name (the dataset\'s {c_key}? map it: [fields] "{t_key}.{c_key}" = "{f.name}")'
        if unmatched:
            t_key = unmatched[0][0]
            fits = self.lone_fits(self.base.table(t_key), model)
            c_key = next((key for key, name in fits.items() if name == f.name), None)
            if c_key is not None:
                self.mapped.add((t_key, c_key))
                return f' (the dataset\'s {c_key}? map it: [fields] "{t_key}.{c_key}" = "{f.name}")'
        if self.unknown_elsewhere(model, f):
            return f' (give one in [fill]: "{WILDCARD}.{f.name}" = ... fills it on every model)'
        return f' (give one in [fill]: "{model.name}.{f.name}" = ...)'

    def unknown_elsewhere(self, model: Model, f: Field) -> bool:
        """Whether another model the seed writes has a required field of ``f``'s name and
        type that the dataset has no value for either (no default, no ``[fill]``)."""
        for t in self.base.seeded_tables():
            other = self.prisma.model(self.names.models.get(t.key, t.key))
            g = other.field(f.name) if other is not None and other.name != model.name else None
            if g is None or g.optional or g.list or g.default is not None or g.attribute("updatedAt"):
                continue
            if (g.type, g.native and g.native.name) == (f.type, f.native and f.native.name) \
                    and g.name not in self.taken(t, other) and f"{other.name}.{g.name}" not in self.names.fill:
                return True
        return False

    def related(self, model: Model, f: Field) -> Model | None:
        """The model ``f`` is the foreign key to (a relation field of ``model`` lists it in
        its ``fields:``), or None."""
        for r in model.fields:
            attr = r.attribute("relation")
            if attr is not None and self.prisma.is_relation(r) and f.name in field_names(attr.arg("fields")):
                return self.prisma.model(r.type)
        return None

    def null_column(self, model: Model, f: Field) -> Column | None:
        """An optional field the dataset does not know, with no default: written NULL on
        every seeded row, as the live column's own type (a NULL of the table's row type,
        field by field), and compared like every written column, so a re-apply restores
        it. Typed for the preflight as a [fill] of it would be (an enum: its values); a
        type [fill] cannot write (Bytes, Unsupported) is left out."""
        enum = self.prisma.enum(f.type)
        if enum is not None:
            sql_type, choices = "text", tuple(v.db_name for v in enum.values)
        else:
            sql_type, choices = _fill_type(f), ()
            if sql_type is None:
                return None
        typed_null = f"(NULL::{_type_ref(model.db_name, model.pg_schema)}).{quote_name(f.db_name)}"
        return Column(f.name, sql_type, nullable=True, choices=choices, seeded_as=AS_FILL, sql_name=f.db_name,
                      fill=typed_null)

    def fill_value(self, model: Model, f: Field) -> tuple[Any] | None:
        """The [fill] value of ``f`` (in a 1-tuple: a value may be falsy): its model's own
        entry, else a "*.field" one (None: neither)."""
        for key in (f"{model.name}.{f.name}", f"{WILDCARD}.{f.name}"):
            if key in self.names.fill:
                self.filled.add(key)
                return (self.names.fill[key],)
        return None

    def fill_column(self, t: Table, model: Model, f: Field, value: Any) -> Column:
        where = f"{model.name}.{f.name}"
        if any(f.name in s for s in model.unique_sets if len(s) == 1) and self.rows(t) > 1:
            self.fail(where, "is unique, one [fill] value cannot go into every seeded row")
        enum = self.prisma.enum(f.type)
        if enum is not None:
            stored = {v.name: v.db_name for v in enum.values}
            if value not in stored:
                self.fail(where, f"[fill] value {value!r} is not a value of enum {enum.name}")
                return Column(f.name, "text", seeded_as=AS_FILL, sql_name=f.db_name)
            self.check_name(f"enum {enum.name}", "its type name", enum.db_name)
            self.check_name(f"enum {enum.name}.{value}", "its stored value", stored[value])
            return Column(f.name, "text", seeded_as=AS_FILL, sql_name=f.db_name, choices=(stored[value],),
                          fill=f"{sql_literal(stored[value])}::{_type_ref(enum.db_name, enum.pg_schema)}")
        sql_type = _fill_type(f)
        if sql_type is None:
            self.fail(where, f"[fill] cannot write a {f.type} field")
            return Column(f.name, "text", seeded_as=AS_FILL, sql_name=f.db_name)
        accepted = _FILL_VALUES.get(f.type)
        wrong_bool = isinstance(value, bool) and f.type not in ("Boolean", "Json")  # TOML's true is Python's 1
        if (accepted is not None and not isinstance(value, accepted[0])) or wrong_bool:
            self.fail(where, f"[fill] value {value!r} is not {accepted[1] if accepted else 'a ' + f.type} "
                      f"(the field is {f.type})")
            return Column(f.name, sql_type, seeded_as=AS_FILL, sql_name=f.db_name)
        problem = _fill_problem(f.type, value, sql_type)
        if problem is not None:
            self.fail(where, f"[fill] value {problem}")
            return Column(f.name, sql_type, seeded_as=AS_FILL, sql_name=f.db_name)
        if f.type == "Json":
            text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, allow_nan=False)
        elif sql_type == "uuid":
            text = str(uuid.UUID(value))
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, datetime | date):
            text = value.isoformat()
        else:
            text = str(Decimal(str(value))) if isinstance(value, float) else str(value)
        length = _length(f)
        if length is not None and len(text) > length:
            self.fail(where, f"holds {length} characters, the [fill] value has {len(text)} ({text})")
        return Column(f.name, sql_type, seeded_as=AS_FILL, sql_name=f.db_name, fill=f"{sql_literal(text)}::{sql_type}")

    def used_values(self, t: Table, c: Column) -> tuple[str, ...]:
        """The values of an enum-like column the dataset writes (without inputs, or for a
        table it does not write: every value it may)."""
        if self.inputs is None or not t.seeded or c.seeded_as is None:
            return c.choices
        found = self.written(t)[c.key]
        return tuple(x for x in c.choices if x in found)

    def writes_null(self, t: Table, c: Column) -> bool:
        """Whether the dataset leaves ``c`` NULL on some row (without inputs: whether it may)."""
        if not c.nullable:
            return False
        if self.inputs is None:
            return True
        return None in self.written(t)[c.key]

    def written(self, t: Table) -> dict[str, set[Any]]:
        """The values the dataset writes in each of ``t``'s enum-like and nullable columns:
        one pass over the table's rows, kept for every column that asks."""
        if t.key not in self._written:
            assert self.inputs is not None
            keys = [c.key for c in t.columns if c.choices or c.nullable]
            seen: dict[str, set[Any]] = {key: set() for key in keys}
            for row in dataset.rows(t.key, self.inputs):
                for key in keys:
                    seen[key].add(row.get(key))
            self._written[t.key] = seen
        return self._written[t.key]

    def rows(self, t: Table) -> int:
        """How many rows the seed writes to ``t`` (without inputs: one user and seller, many of the rest)."""
        if not t.seeded:
            return 0
        if self.inputs is not None:
            return dataset.row_count(t.key, self.inputs)
        return 1 if t.key in ("User", "Seller") else 2

    def check_schemas(self, models: list[Model]) -> None:
        """Each ``@@schema`` a name PostgreSQL can hold; with ``@@schema`` on some of the
        models the files name, on every one of them, as Prisma requires (the files
        qualify every table with its PostgreSQL schema, or none)."""
        placed = [m for m in models if m.pg_schema is not None]
        for m in placed:
            self.check_name(m.name, "its @@schema", m.pg_schema or "")
        if placed and len(placed) < len(models):
            missing = ", ".join(m.name for m in models if m.pg_schema is None)
            self.fail("@@schema", f"is on {placed[0].name} but not on {missing} (Prisma needs it on every model)")

    # ON CONFLICT
    def conflict_target(self, t: Table, model: Model, bound: Table) -> Table:
        """``bound`` with the key its ON CONFLICT names: a unique set of exactly the key's
        fields; or, for a natural key, one that adds only fields a [fill] gives every
        seeded row the same value (a tenant: `@@unique([tenantId, level, entityId, day])`),
        which then join the key -- among seeded rows it is as unique as the key alone."""
        fields = {self.names.fields.get(f"{t.key}.{k}", k) for k in t.conflict_key}
        constant = {c.key for c in bound.columns if c.seeded_as == AS_FILL and c.fill is not None and not c.nullable}
        for s in model.unique_sets if t.natural_key else ():
            extra = set(s) - fields
            if fields < set(s) and extra <= constant:
                return replace(bound, natural_key=bound.natural_key + tuple(k for k in s if k in extra))
        if not any(set(s) == fields for s in model.unique_sets):
            listed = ", ".join(self.names.fields.get(f"{t.key}.{k}", k) for k in t.conflict_key)  # in its order
            self.fail(model.name, f"no @id, @unique or @@unique on ({listed}), the key the seed upserts on")
        return bound

    def bind(self) -> Schema:
        for key in self.names.models:
            if key not in {t.key for t in self.base.tables}:
                self.fail(f"[models] {key}", "is not a model of the dataset ("
                          + ", ".join(t.key for t in self.base.tables) + ")")
        for key in self.names.fields:
            model_key, _, column_key = key.partition(".")
            known = {(t.key, c.key) for t in self.base.tables for c in t.columns}
            if (model_key, column_key) not in known:
                self.fail(f"[fields] {key}", "is not a field of the dataset's models")
        tables, models = [], []
        for t in self.base.tables:
            model = self.model_for(t)
            if model is None:
                continue
            self.check_name(model.name, "its table name", model.db_name)
            models.append(model)
            columns, omitted, known = [], list(t.omitted), set()
            for c in t.columns:
                f = self.field_for(t, model, c)
                if f is None:
                    if c.seeded_as is not None and t.seeded:
                        omitted.append(c.key)
                    continue
                known.add(f.name)
                columns.append(self.bind_column(t, model, c, f))
            if t.seeded:
                columns += self.extra_columns(t, model, known)
            for section, keys in (("[app-managed]", self.names.app_managed), ("[fill]", self.names.fill)):
                for key in keys:
                    model_name, _, field_name = key.partition(".")
                    if model_name != model.name:
                        continue
                    if model.field(field_name) is None:
                        self.fail(f"{section} {key}", "no such field")
                    elif field_name in known:
                        self.fail(f"{section} {key}", "the dataset writes this field itself")
                    elif section == "[app-managed]" and key in self.names.fill:
                        self.fail(f"{section} {key}", "has a [fill] value too (the files would write it)")
            bound = replace(t, columns=tuple(columns), omitted=tuple(omitted),
                            sql_name=model.db_name if model.db_name != t.key else None, schema_name=model.pg_schema)
            if t.key in self.serial:
                # the dataset's own ids of its rows are left out; the parent owns them
                written = t.column(ID).seeded_as == AS_VALUE and t.seeded
                bound = replace(bound, serial_id=True, owner_column=t.serial_owner or t.owner_column,
                                omitted=bound.omitted + ((ID,) if written else ()))
            if t.seeded and not bound.owned_as_set:
                bound = self.conflict_target(t, model, bound)
            if t.key == PRODUCT_TABLE:
                bound = replace(bound, columns=bound.columns + self.scope_columns(model, known))
                bound = replace(bound, unwritten=self.unwritten(model, {c.name for c in bound.columns} | known))
            tables.append(bound)
        self.check_schemas(models)
        for section, keys in (("[app-managed]", self.names.app_managed), ("[fill]", self.names.fill)):
            for key in keys:
                model_name = key.partition(".")[0]
                if model_name == WILDCARD and section == "[fill]":
                    if key not in self.filled:
                        self.fail(f"{section} {key}", "no model the seed writes has such a field, or the dataset writes it")
                elif self.prisma.model(model_name) is None:
                    self.fail(f"{section} {key}", "no such model" + _suggest(model_name, self.prisma))
        return Schema(tuple(tables))


def bind(prisma: PrismaSchema, names: Names | None = None, inputs: Inputs | None = None,
         *, base: Schema) -> Schema:
    """The schema the dataset's files fit in the team's ``prisma`` schema; exit 6 naming
    every mismatch at once (with ``inputs``, the values that do not fit their column's
    length or precision too)."""
    binder = _Binder(prisma, names or Names(), base, inputs)
    schema = binder.bind()
    if inputs is not None and not binder.problems:
        binder.problems += _limit_problems(schema, binder.limits, inputs)
    if binder.problems:
        # a column the team renamed is named once: by the hint on its field, which says how to map it
        dropped = {binder.missing[key] for key in binder.mapped if key in binder.missing}
        named = [p for at, p in enumerate(binder.problems) if at not in dropped]
        raise SeedError(f"{prisma.path} does not fit the dataset: " + "; ".join(named)
                        + " (nothing was written)", ExitCode.PREREQUISITE)
    return schema


def _limit_problems(schema: Schema, limits: dict[tuple[str, str], tuple[str, int]], inputs: Inputs) -> list[str]:
    """The bounded columns whose values do not fit: longer than a VarChar or Char, more
    integer digits than a Decimal's precision leaves. Every row is read, for the tables
    that have such a column; each column is named once, with its first offending value."""
    found = []
    for t in schema.seeded_tables():
        bounded = {c: limit for (key, c), limit in limits.items() if key == t.key}
        if not bounded:
            continue
        named: set[str] = set()
        for row in dataset.rows(t.key, inputs):
            for column, (what, bound) in bounded.items():
                if column in named or column not in row:
                    continue
                value = row[column]
                where = f"{t.key}.{column}"
                if what == "length" and len(str(value)) > bound:
                    found.append(f"{where}: holds {bound} characters, the dataset writes {len(str(value))} ({value})")
                    named.add(column)
                elif what == "digits" and isinstance(value, Decimal | int) and len(str(abs(int(value)))) > max(bound, 1):
                    found.append(f"{where}: holds {bound} digits before the point, the dataset writes {value}")
                    named.add(column)
                elif what == "cents" and isinstance(value, Decimal) and not -bound <= value * 100 < bound:
                    found.append(f"{where}: holds cents up to {bound - 1}, the dataset writes {value * 100}")
                    named.add(column)
    return found
