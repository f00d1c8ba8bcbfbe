"""The two functions that turn a Python value into what PostgreSQL reads: a literal in
SQL text (:func:`sql_literal`), and a field of a ``COPY … FROM STDIN`` data line in
COPY's text format (:func:`copy_field`, for the rows the psql files load with COPY).

Every value in a generated file goes through one of them (the Jinja filters ``sql``,
``sql_row`` and ``copy_row``); nothing is formatted into SQL any other way.

Rules (docs/sql-literals.md):
- ``None`` → ``NULL``; ``bool`` → ``TRUE`` / ``FALSE``; ``int`` → digits.
- ``Decimal`` → plain digits, never an exponent; NaN and infinities are refused.
  ``float`` is refused: money and rates are exact.
- ``str`` → ``'...'`` with quotes doubled. A string with a backslash or a control
  character becomes an escape string ``E'...'`` (so it reads the same whatever
  ``standard_conforming_strings`` says), with ``\\\\``, ``\\n``, ``\\r``, ``\\t`` and
  ``\\xHH``. Non-ASCII letters are written as themselves (the files are UTF-8).
  NUL (U+0000) cannot be stored in PostgreSQL text and is refused; so is a lone
  surrogate (U+D800-U+DFFF), which has no UTF-8 form. A string that holds a dollar-quote
  delimiter (``$$``, ``$tag$``) is an escape string too, its ``$`` written ``\\x24``:
  inside a dollar-quoted body (a ``DO $guard$`` block) psql and the server end the body
  at its delimiter, quotes or not.
- ``uuid.UUID`` → ``'…'`` (canonical lower-case form); ``date`` → ``'YYYY-MM-DD'``.
- ``DayOffset`` → its day count (an integer added to the anchor day by the statement);
  ``Instant`` → an interval literal such as ``'-3 days 14:22:05'``, which the
  statement adds to the anchor day and reads as UTC.

COPY's text format (:func:`copy_field`) writes the same values unquoted: ``None`` →
``\\N``; ``bool`` → ``t`` / ``f``; a text with its backslashes doubled and its control
characters as ``\\n``, ``\\r``, ``\\t``, ``\\xHH`` (so a field never holds a tab or
a line break, and a row is one line); an ``Instant`` as ``-3 days 14:22:05``; the rest as
their literals read (digits, the uuid, the date), with the same refusals.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal

from ..errors import one_line
from ..dataset.values import DayOffset, Instant

_ESCAPES = {"\\": "\\\\", "'": "''", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_DOLLAR_ESCAPES = {**_ESCAPES, "$": "\\x24"}

# A dollar-quote delimiter as PostgreSQL's lexer (and psql's) reads one: $$ or $tag$, a
# tag starting with a letter, `_` or any non-ASCII character. Inside a dollar-quoted body
# the first one with the body's tag ends it, whatever quotes surround it.
DOLLAR_DELIMITER = re.compile("\\$(?:[A-Za-z_\u0080-\U0010FFFF][A-Za-z0-9_\u0080-\U0010FFFF]*)?\\$")


# What a plain '...' literal cannot hold as itself: control characters and the backslash
# (an escape string is needed), NUL and lone surrogates (refused). One C-level scan.
_SPECIAL = re.compile("[\x00-\x1f\x7f\\\\\ud800-\udfff]")


def quote_text(text: str) -> str:
    """A string literal for ``text`` (see the module's rules)."""
    dollar = "$" in text and DOLLAR_DELIMITER.search(text) is not None
    if _SPECIAL.search(text) is None and not dollar:
        return "'" + text.replace("'", "''") + "'"
    return "E'" + _escaped(text, _DOLLAR_ESCAPES if dollar else _ESCAPES) + "'"


def quote_name(name: str) -> str:
    """A quoted SQL identifier: ``"name"`` with its quotes doubled. A name that holds a
    dollar-quote delimiter (``$tag$``) is written with Unicode escapes
    (``U&"a\\0024tag\\0024"``): inside a dollar-quoted body (a ``DO`` block) the
    delimiter would end the body, quotes or not."""
    if "$" in name and DOLLAR_DELIMITER.search(name) is not None:
        escaped = name.replace("\\", "\\\\").replace('"', '""').replace("$", "\\0024")
        return 'U&"' + escaped + '"'
    return '"' + name.replace('"', '""') + '"'


NAME_BYTES = 63  # PostgreSQL keeps this many bytes of a name (NAMEDATALEN - 1)
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def name_problem(name: str) -> str | None:
    """Why PostgreSQL cannot hold ``name`` as given (as a table, column, type or enum
    value name), or None: empty, a control character, more than NAME_BYTES bytes."""
    if not name:
        return "is empty: PostgreSQL has no empty name"
    control = _NAME_CONTROL.search(name)
    if control is not None:
        return f"holds the control character U+{ord(control.group()):04X}: a name must be printable"
    size = len(name.encode("utf-8", "surrogatepass"))
    if size > NAME_BYTES:
        return f"is {size} bytes long: PostgreSQL keeps {NAME_BYTES} bytes of a name and would cut it"
    return None


def _escaped(text: str, escapes: dict[str, str]) -> str:
    """``text`` with each character of ``escapes`` replaced, and every other control
    character written \\xHH (after refusing what PostgreSQL cannot store)."""
    _refuse_unstorable(text)
    out = []
    for ch in text:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(ch)
    return "".join(out)


_COPY_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def copy_text(text: str) -> str:
    """A text as one field of a COPY data line (see the module's rules)."""
    if _SPECIAL.search(text) is None:
        return text
    return _escaped(text, _COPY_ESCAPES)


def _refuse_unstorable(text: str) -> None:
    if "\x00" in text:
        raise ValueError("PostgreSQL text cannot hold NUL (U+0000)")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValueError("a lone surrogate is not a character: it has no UTF-8 form")


def _decimal(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value}")
    return format(value, "f")


def _interval(value: Instant) -> str:
    days, seconds = divmod(value.seconds, 86400)
    hours, rest = divmod(seconds, 3600)
    return f"{days} days {hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def _instant(value: Instant) -> str:
    return f"'{_interval(value)}'"


def sql_literal(value: object) -> str:
    """The PostgreSQL literal for ``value``; ``TypeError`` for a type it does not know."""
    exact = _BY_TYPE.get(type(value))  # the common case: one lookup by the exact type
    if exact is not None:
        return exact(value)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, str):
        return quote_text(value)
    if isinstance(value, uuid.UUID):
        return f"'{value}'"
    if isinstance(value, DayOffset):
        return str(value.days)
    if isinstance(value, Instant):
        return _instant(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"'{value.isoformat()}'"
    raise TypeError(f"no SQL literal for {type(value).__name__}: {value!r}")


_BY_TYPE = {
    type(None): lambda value: "NULL",
    bool: lambda value: "TRUE" if value else "FALSE",
    int: int.__repr__,
    Decimal: _decimal,
    str: quote_text,
    uuid.UUID: lambda value: f"'{value}'",
    DayOffset: lambda value: str(value.days),
    Instant: _instant,
}


def copy_field(value: object) -> str:
    """``value`` as one field of a COPY text-format data line; ``TypeError`` for a type
    it does not know (a float among them)."""
    exact = _COPY_BY_TYPE.get(type(value))
    if exact is not None:
        return exact(value)
    if isinstance(value, str):
        return copy_text(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    literal = sql_literal(value)  # the other types: their literal, unquoted
    return literal[1:-1] if literal.startswith("'") else literal


_COPY_BY_TYPE = {
    type(None): lambda value: "\\N",
    bool: lambda value: "t" if value else "f",
    int: int.__repr__,
    Decimal: _decimal,
    str: copy_text,
    uuid.UUID: str,
    DayOffset: lambda value: str(value.days),
    Instant: _interval,
}


def copy_row(values: object) -> str:
    """One COPY data line: the fields of ``values`` (an iterable) joined by tabs."""
    return "\t".join(map(copy_field, values))  # type: ignore[call-overload]


def comment_text(text: object) -> str:
    """``text`` made safe to stand in a ``--`` comment line (errors.one_line): a line end
    would end the comment for psql and the server, and what follows would be read as SQL or
    a meta-command; every control character is written ``\\n``, ``\\r``, ``\\t`` or
    ``\\xHH`` / ``\\uHHHH``."""
    return one_line(str(text))
