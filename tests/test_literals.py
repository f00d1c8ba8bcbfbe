"""The SQL-literal function: unit cases here, round-trips through PostgreSQL in test_roundtrip."""

import uuid
from datetime import date
from decimal import Decimal

import pytest

from generator.dataset.values import DayOffset, Instant
from generator.sql.literal import copy_field, copy_row, sql_literal


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        (None, "NULL"),
        (True, "TRUE"),
        (False, "FALSE"),
        (42, "42"),
        (-7, "-7"),
        (Decimal("12.50"), "12.50"),
        (Decimal("1E+3"), "1000"),
        (Decimal("0.000001"), "0.000001"),
        ("plain", "'plain'"),
        ("O'Brien", "'O''Brien'"),
        ("Zoë", "'Zoë'"),
        ("back\\slash", "E'back\\\\slash'"),
        ("two\nlines", "E'two\\nlines'"),
        ("tab\there", "E'tab\\there'"),
        ("bell\x07", "E'bell\\x07'"),
        ("it's a \\", "E'it''s a \\\\'"),
        ("$$dollar$$", "E'\\x24\\x24dollar\\x24\\x24'"),  # a dollar-quote delimiter: escaped (a DO body)
        ("$2b$10$hash", "'$2b$10$hash'"),  # `$` that starts no delimiter: as it is
        (uuid.UUID("00000000-5eed-8001-8001-000000000001"), "'00000000-5eed-8001-8001-000000000001'"),
        (date(2026, 2, 21), "'2026-02-21'"),
        (DayOffset(-3), "-3"),
        (Instant.at(-3, 14 * 3600 + 22 * 60 + 5), "'-3 days 14:22:05'"),
        (Instant.at(0, 0), "'0 days 00:00:00'"),
    ],
)
def test_literal(value, literal):
    assert sql_literal(value) == literal


@pytest.mark.parametrize("value", [1.5, float("nan"), object(), [1, 2]])
def test_unknown_or_inexact_types_are_refused(value):
    with pytest.raises(TypeError):
        sql_literal(value)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), "nul\x00byte"])
def test_unrepresentable_values_are_refused(value):
    with pytest.raises(ValueError):
        sql_literal(value)


def test_a_literal_never_spans_lines():
    for text in ["a\nb", "a\rb", "\r\n", "x\x0by"]:
        assert "\n" not in sql_literal(text) and "\r" not in sql_literal(text)


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (None, "\\N"),
        (True, "t"),
        (False, "f"),
        (42, "42"),
        (-7, "-7"),
        (Decimal("12.50"), "12.50"),
        (Decimal("1E+3"), "1000"),
        ("plain", "plain"),
        ("O'Brien", "O'Brien"),
        ("Zoë", "Zoë"),
        ("back\\slash", "back\\\\slash"),
        ("\\N", "\\\\N"),  # the text, not NULL
        ("\\.", "\\\\."),  # never the end-of-data line
        ("two\nlines", "two\\nlines"),
        ("cr\rhere", "cr\\rhere"),
        ("tab\there", "tab\\there"),
        ("bell\x07", "bell\\x07"),
        ("del\x7f", "del\\x7F"),
        (uuid.UUID("00000000-5eed-8001-8001-000000000001"), "00000000-5eed-8001-8001-000000000001"),
        (date(2026, 2, 21), "2026-02-21"),
        (DayOffset(-3), "-3"),
        (Instant.at(-3, 14 * 3600 + 22 * 60 + 5), "-3 days 14:22:05"),
    ],
)
def test_copy_field(value, field):
    assert copy_field(value) == field


def test_a_copy_row_is_one_line_of_tab_separated_fields():
    assert copy_row(("a\tb", None, 3)) == "a\\tb\t\\N\t3"


@pytest.mark.parametrize("value", [1.5, object(), [1, 2]])
def test_copy_refuses_what_sql_literal_refuses(value):
    with pytest.raises(TypeError):
        copy_field(value)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), "nul\x00byte", "lone\ud800"])
def test_copy_refuses_unstorable_values(value):
    with pytest.raises(ValueError):
        copy_field(value)
