"""The one function that turns a Python value into a PostgreSQL literal.

Every value in a generated file goes through :func:`sql_literal` (the Jinja filter
``sql``); nothing is formatted into SQL any other way.

Rules (docs/sql-literals.md):
- ``None`` → ``NULL``; ``bool`` → ``TRUE`` / ``FALSE``; ``int`` → digits.
- ``Decimal`` → plain digits, never an exponent; NaN and infinities are refused.
  ``float`` is refused: money and rates are exact.
- ``str`` → ``'...'`` with quotes doubled. A string with a backslash or a control
  character becomes an escape string ``E'...'`` (so it reads the same whatever
  ``standard_conforming_strings`` says), with ``\\\\``, ``\\n``, ``\\r``, ``\\t`` and
  ``\\xHH``. Non-ASCII letters are written as themselves (the files are UTF-8).
  NUL (U+0000) cannot be stored in PostgreSQL text and is refused; so is a lone
  surrogate (U+D800-U+DFFF), which has no UTF-8 form.
- ``uuid.UUID`` → ``'…'`` (canonical lower-case form); ``date`` → ``'YYYY-MM-DD'``.
- ``DayOffset`` → its day count (an integer added to the anchor day by the statement);
  ``Instant`` → an interval literal such as ``'-3 days 14:22:05'``, which the
  statement adds to the anchor day and reads as UTC.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal

from .values import DayOffset, Instant

_ESCAPES = {"\\": "\\\\", "'": "''", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


# What a plain '...' literal cannot hold as itself: control characters and the backslash
# (an escape string is needed), NUL and lone surrogates (refused). One C-level scan.
_SPECIAL = re.compile("[\x00-\x1f\x7f\\\\\ud800-\udfff]")


def quote_text(text: str) -> str:
    """A string literal for ``text`` (see the module's rules)."""
    if _SPECIAL.search(text) is None:
        return "'" + text.replace("'", "''") + "'"
    if "\x00" in text:
        raise ValueError("PostgreSQL text cannot hold NUL (U+0000)")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValueError("a lone surrogate is not a character: it has no UTF-8 form")
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(ch)
    return "E'" + "".join(out) + "'"


def _decimal(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value}")
    return format(value, "f")


def _instant(value: Instant) -> str:
    days, seconds = divmod(value.seconds, 86400)
    hours, rest = divmod(seconds, 3600)
    return f"'{days} days {hours:02d}:{rest // 60:02d}:{rest % 60:02d}'"


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
