"""A reader of the Prisma schema language (schema.prisma): models, views, enums and their
attributes, as Prisma's own parser reads them (tests/test_psl.py holds it to
``@prisma/prisma-schema-wasm``'s DMMF).

A tokenizer and a recursive-descent parser of the language's grammar: blocks
(``model``, ``view``, ``type``, ``enum``; ``datasource`` and ``generator`` read and
skipped), fields (``name Type``, ``?`` and ``[]``, field attributes ``@name(args)``),
block attributes (``@@name(args)``), argument expressions (strings, numbers, names,
calls, arrays, named arguments; on one line, as Prisma's grammar has them), ``//`` comments and ``///`` doc comments. A schema it
cannot read is a usage error (exit 2) naming ``file:line`` and what was expected.

What the build takes from a schema (names, types, defaults, uniqueness) is read from the
tree by the properties below; binding.py decides what it means for the dataset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExitCode, SeedError

SCALAR_TYPES = ("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes")


@dataclass(frozen=True)
class Ref:
    """A bare name in an argument: ``Cascade``, ``true``, a field of ``@@unique([a, b])``."""

    name: str


@dataclass(frozen=True)
class Call:
    """A function in an argument: ``now()``, ``uuid(7)``, ``dbgenerated("...")``, ``a(sort: Desc)``."""

    name: str
    args: tuple["Arg", ...] = ()


@dataclass(frozen=True)
class Arg:
    name: str | None  # a named argument's name (``map: "x"``), else None
    value: Any  # str (a string literal), int/float, Ref, Call or list of values


@dataclass(frozen=True)
class Attribute:
    name: str  # without the @ or @@: "id", "db.VarChar", "map"
    args: tuple[Arg, ...]
    line: int

    def arg(self, name: str | None = None, position: int | None = 0) -> Any:
        """The argument named ``name``, else the unnamed one at ``position``; None if absent."""
        for a in self.args:
            if name is not None and a.name == name:
                return a.value
        if position is not None:
            unnamed = [a.value for a in self.args if a.name is None]
            if position < len(unnamed):
                return unnamed[position]
        return None


def _attribute(attributes: tuple[Attribute, ...], name: str) -> Attribute | None:
    return next((a for a in attributes if a.name == name), None)


def _mapped(attributes: tuple[Attribute, ...], name: str) -> str:
    """The database name ``@map``/``@@map`` gives, else ``name``."""
    mapped = _attribute(attributes, "map")
    value = mapped.arg("name") if mapped else None
    return value if isinstance(value, str) else name


def _schema_of(attributes: tuple[Attribute, ...]) -> str | None:
    attr = _attribute(attributes, "schema")
    value = attr.arg() if attr else None
    return value if isinstance(value, str) else None


def field_names(value: Any) -> tuple[str, ...]:
    """The field names of ``[a, b(sort: Desc)]``."""
    items = value if isinstance(value, list) else [value]
    return tuple(v.name for v in items if isinstance(v, (Ref, Call)))


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    optional: bool
    list: bool
    attributes: tuple[Attribute, ...]
    line: int
    unsupported: str | None = None  # Unsupported("...")'s text

    def attribute(self, name: str) -> Attribute | None:
        return _attribute(self.attributes, name)

    @property
    def db_name(self) -> str:
        return _mapped(self.attributes, self.name)

    @property
    def native(self) -> Attribute | None:
        """The native type attribute (``@db.VarChar(20)``), if any."""
        return next((a for a in self.attributes if a.name.startswith("db.")), None)

    @property
    def default(self) -> Any:
        """The value of ``@default(...)``, or None."""
        attr = self.attribute("default")
        return attr.arg("value") if attr else None


@dataclass(frozen=True)
class Model:
    name: str
    kind: str  # "model", "view" or "type"
    fields: tuple[Field, ...]
    attributes: tuple[Attribute, ...]
    line: int

    def attribute(self, name: str) -> Attribute | None:
        return _attribute(self.attributes, name)

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def db_name(self) -> str:
        return _mapped(self.attributes, self.name)

    @property
    def pg_schema(self) -> str | None:
        """The PostgreSQL schema ``@@schema("…")`` puts the table in (multiSchema), or None."""
        return _schema_of(self.attributes)

    @property
    def id_fields(self) -> tuple[str, ...]:
        """The primary key's fields (``@id`` or ``@@id([...])``)."""
        for f in self.fields:
            if f.attribute("id"):
                return (f.name,)
        block = self.attribute("id")
        return field_names(block.arg("fields")) if block else ()

    @property
    def unique_sets(self) -> tuple[tuple[str, ...], ...]:
        """Every set of fields with a unique constraint: the id, ``@unique``, ``@@unique``."""
        sets = [self.id_fields] if self.id_fields else []
        sets += [(f.name,) for f in self.fields if f.attribute("unique")]
        sets += [field_names(a.arg("fields")) for a in self.attributes if a.name == "unique"]
        return tuple(sets)


@dataclass(frozen=True)
class EnumValue:
    name: str
    db_name: str
    line: int


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[EnumValue, ...]
    attributes: tuple[Attribute, ...]
    line: int

    @property
    def db_name(self) -> str:
        return _mapped(self.attributes, self.name)

    @property
    def pg_schema(self) -> str | None:
        """The PostgreSQL schema ``@@schema("…")`` puts the type in (multiSchema), or None."""
        return _schema_of(self.attributes)


@dataclass(frozen=True)
class PrismaSchema:
    path: str
    models: tuple[Model, ...] = ()
    enums: tuple[Enum, ...] = ()

    def model(self, name: str) -> Model | None:
        return next((m for m in self.models if m.name == name), None)

    def enum(self, name: str) -> Enum | None:
        return next((e for e in self.enums if e.name == name), None)

    def is_relation(self, f: Field) -> bool:
        """A field whose type is another model: no column of its own."""
        return any(m.name == f.type for m in self.models)


# --- the tokenizer ---------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<newline>\n)
    | (?P<space>[ \t\r\f\v]+)
    | (?P<comment>//[^\n]*)
    | (?P<string>"(?:[^"\\\n]|\\.)*")
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<name>[A-Za-z_][A-Za-z0-9_-]*)
    | (?P<punct>@@|[@{}()\[\],:=?.!])
    """,
    re.VERBOSE,
)

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


@dataclass(frozen=True)
class Token:
    kind: str  # newline, string, number, name, punct, end
    text: str
    line: int


def tokens(text: str, path: str) -> list[Token]:
    out, line, position = [], 1, 0
    while position < len(text):
        m = _TOKEN.match(text, position)
        if not m:
            raise SeedError(f"{path}:{line}: cannot read {text[position]!r} here", ExitCode.USAGE)
        kind = m.lastgroup or ""
        if kind == "newline":
            out.append(Token("newline", "\n", line))
            line += 1
        elif kind not in ("space", "comment"):
            out.append(Token(kind, m.group(), line))
        position = m.end()
    out.append(Token("end", "", line))
    return out


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == "u"
                  and len(m.group(1)) == 5 else _ESCAPES.get(m.group(1), m.group(1)), body)


# --- the parser --------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.tokens = tokens(text, path)
        self.at = 0

    # token helpers
    @property
    def token(self) -> Token:
        return self.tokens[self.at]

    def fail(self, expected: str) -> SeedError:
        t = self.token
        found = "the end of the file" if t.kind == "end" else "a new line" if t.kind == "newline" else repr(t.text)
        return SeedError(f"{self.path}:{t.line}: expected {expected}, found {found}", ExitCode.USAGE)

    def take(self, kind: str, text: str | None = None, expected: str | None = None) -> Token:
        t = self.token
        if t.kind != kind or (text is not None and t.text != text):
            raise self.fail(expected or (repr(text) if text else kind))
        self.at += 1
        return t

    def accept(self, kind: str, text: str | None = None) -> Token | None:
        t = self.token
        if t.kind == kind and (text is None or t.text == text):
            self.at += 1
            return t
        return None

    def skip_newlines(self) -> None:
        while self.accept("newline"):
            pass

    # grammar
    def schema(self) -> PrismaSchema:
        models, enums = [], []
        self.skip_newlines()
        while self.token.kind != "end":
            keyword = self.take("name", expected="a block (model, enum, view, type, datasource, generator)")
            if keyword.text in ("model", "view", "type"):
                models.append(self.model(keyword))
            elif keyword.text == "enum":
                enums.append(self.enum(keyword))
            elif keyword.text in ("datasource", "generator"):
                self.take("name", expected=f"the {keyword.text}'s name")
                self.key_values()
            else:
                self.at -= 1
                raise self.fail("a block (model, enum, view, type, datasource, generator)")
            self.skip_newlines()
        return PrismaSchema(self.path, tuple(models), tuple(enums))

    def open_block(self) -> None:
        self.take("punct", "{", expected="'{'")

    def key_values(self) -> None:
        self.open_block()
        while True:
            self.skip_newlines()
            if self.accept("punct", "}"):
                return
            self.take("name", expected="a setting's name or '}'")
            self.take("punct", "=", expected="'='")
            self.value(0)
            self.end_of_line()

    def end_of_line(self) -> None:
        if self.token.kind == "punct" and self.token.text == "}":
            return
        self.take("newline", expected="the end of the line")

    def model(self, keyword: Token) -> Model:
        name = self.take("name", expected=f"the {keyword.text}'s name")
        self.open_block()
        fields, attributes = [], []
        while True:
            self.skip_newlines()
            if self.accept("punct", "}"):
                return Model(name.text, keyword.text, tuple(fields), tuple(attributes), name.line)
            if self.accept("punct", "@@"):
                attributes.append(self.attribute())
            else:
                fields.append(self.field())
            self.end_of_line()

    def field(self) -> Field:
        name = self.take("name", expected="a field's name, a block attribute (@@) or '}'")
        type_token = self.take("name", expected=f"the type of field {name.text}")
        unsupported = None
        if type_token.text == "Unsupported" and self.accept("punct", "("):
            unsupported = _unquote(self.take("string", expected="Unsupported's type, as a string").text)
            self.take("punct", ")", expected="')'")
        is_list = bool(self.accept("punct", "["))
        if is_list:
            self.take("punct", "]", expected="']'")
        optional = bool(self.accept("punct", "?"))
        self.accept("punct", "!")  # the legacy required marker
        attributes = []
        while self.accept("punct", "@"):
            attributes.append(self.attribute())
        return Field(name.text, type_token.text, optional, is_list, tuple(attributes), name.line, unsupported)

    def attribute(self) -> Attribute:
        first = self.take("name", expected="an attribute's name")
        name = first.text
        while self.accept("punct", "."):
            name += "." + self.take("name", expected="an attribute's name after '.'").text
        args: tuple[Arg, ...] = ()
        if self.accept("punct", "("):
            args = self.arguments(1)
        return Attribute(name, args, first.line)

    def arguments(self, depth: int) -> tuple[Arg, ...]:
        """After '(' up to and including ')', on one line (as Prisma's grammar has it)."""
        args = []
        while not self.accept("punct", ")"):
            if args:
                self.take("punct", ",", expected="',' or ')'")
                if self.accept("punct", ")"):
                    break
            name = None
            if self.token.kind == "name" and self.tokens[self.at + 1].text == ":":
                name = self.take("name").text
                self.take("punct", ":")
            args.append(Arg(name, self.value(depth)))
        return tuple(args)

    def value(self, depth: int) -> Any:
        t = self.token
        if t.kind == "string":
            self.at += 1
            return _unquote(t.text)
        if t.kind == "number":
            self.at += 1
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            self.at += 1
            name = t.text
            while self.token.text == "." and self.tokens[self.at + 1].kind == "name":
                self.at += 1
                name += "." + self.take("name").text
            if self.accept("punct", "("):
                return Call(name, self.arguments(depth + 1))
            return Ref(name)
        if self.accept("punct", "["):
            items = []  # on one line, as Prisma's grammar has it
            while not self.accept("punct", "]"):
                if items:
                    self.take("punct", ",", expected="',' or ']'")
                    if self.accept("punct", "]"):
                        break
                items.append(self.value(depth + 1))
            return items
        raise self.fail("a value (a string, a number, a name, a function or a list)")

    def enum(self, keyword: Token) -> Enum:
        name = self.take("name", expected="the enum's name")
        self.open_block()
        values, attributes = [], []
        while True:
            self.skip_newlines()
            if self.accept("punct", "}"):
                return Enum(name.text, tuple(values), tuple(attributes), name.line)
            if self.accept("punct", "@@"):
                attributes.append(self.attribute())
            else:
                value = self.take("name", expected="an enum value, a block attribute (@@) or '}'")
                mapped = value.text
                while self.accept("punct", "@"):
                    attr = self.attribute()
                    if attr.name == "map" and isinstance(attr.arg("name"), str):
                        mapped = attr.arg("name")
                values.append(EnumValue(value.text, mapped, value.line))
            self.end_of_line()


def parse(text: str, path: str = "schema.prisma") -> PrismaSchema:
    """The schema in ``text``; exit 2 naming ``path:line`` where it cannot be read."""
    return _Parser(text.replace("\r\n", "\n"), path).schema()


def read_schema(path: Path, label: str | None = None) -> PrismaSchema:
    """The schema in the file ``path``; messages name it ``label`` (default: the path)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SeedError(f"{label or path}: cannot read the Prisma schema: {reason}", ExitCode.USAGE) from None
    return parse(text, label or str(path))
