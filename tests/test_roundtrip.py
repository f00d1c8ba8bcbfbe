"""Property-based tests: every value the SQL-literal function writes reads back from
PostgreSQL exactly; no option value makes the CLI crash."""

import csv
import io
import os
import subprocess
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import psycopg
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.cli import cli
from generator.dataset.values import DayOffset, Instant
from generator.sql.literal import copy_row, sql_literal

TEXT_EXAMPLES = 600
DECIMAL_EXAMPLES = 400
DATE_EXAMPLES = 300
CLI_EXAMPLES = 150
DOCUMENTED_EXIT_CODES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

storable_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80)
nasty_text = st.one_of(
    storable_text,
    st.lists(st.sampled_from(["'", "''", "\\", "\\'", "$$", "$x$", "E'", "\n", "\r", "\t", "\x01", "\x7f", "é", "😀", "--", "/*", ";", "%s", "%"]),
             max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def connections(server):
    """Two sessions: standard_conforming_strings on (the default) and off."""
    on = psycopg.connect(server.dsn, autocommit=True)
    off = psycopg.connect(server.dsn, autocommit=True)
    off.execute("SET standard_conforming_strings = off")
    off.execute("SET escape_string_warning = off")
    for conn in (on, off):
        conn.execute("SET TimeZone = 'Pacific/Chatham'")  # an odd offset: instants must not care
    yield on, off
    on.close()
    off.close()


def read_back(conn, expression):
    return conn.execute(f"SELECT {expression}".encode()).fetchone()[0]


@settings(max_examples=TEXT_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=nasty_text)
def test_any_text_round_trips(connections, value):
    literal = sql_literal(value)
    assert "\n" not in literal and "\r" not in literal
    for conn in connections:
        assert read_back(conn, literal + "::text") == value


@given(value=st.text(min_size=0, max_size=10).map(lambda s: s + "\x00"))
def test_nul_is_refused(value):
    with pytest.raises(ValueError):
        sql_literal(value)


@given(value=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))
def test_lone_surrogates_are_refused(value):
    with pytest.raises(ValueError):
        sql_literal("a" + value)


money = st.decimals(min_value=Decimal("-9999999999.99"), max_value=Decimal("9999999999.99"), places=2,
                    allow_nan=False, allow_infinity=False)
any_decimal = st.decimals(allow_nan=False, allow_infinity=False).filter(lambda d: abs(d.adjusted()) < 1000)


@settings(max_examples=DECIMAL_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=money, other=any_decimal)
def test_decimals_round_trip_exactly(connections, value, other):
    conn = connections[0]
    assert read_back(conn, f"{sql_literal(value)}::numeric(12, 2)") == value
    assert read_back(conn, f"{sql_literal(other)}::numeric") == other


@settings(max_examples=DATE_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
       offset=st.integers(-20000, 20000), seconds=st.integers(-400 * 86400, 400 * 86400))
def test_dates_and_anchor_offsets_round_trip(connections, day, offset, seconds):
    conn = connections[0]
    assert read_back(conn, f"{sql_literal(day)}::date") == day
    anchor = date(2026, 2, 21)
    assert read_back(conn, f"'2026-02-21'::date + {sql_literal(DayOffset(offset))}") == anchor + timedelta(days=offset)
    instant = read_back(conn, f"('2026-02-21'::date + {sql_literal(Instant(seconds))}::interval) AT TIME ZONE 'UTC'")
    # compared in UTC: Python's == of two zones is False for a wall-clock time that a
    # DST change repeats (PEP 495), as Pacific/Chatham's session zone has each April
    assert instant.astimezone(timezone.utc) == datetime(2026, 2, 21, tzinfo=timezone.utc) + timedelta(seconds=seconds)


# --- COPY's text format: what the psql files' data lines hold ----------------------------

COPY_EXAMPLES = 400
COPY_COLUMNS = "t text, n numeric, i integer, d date, o integer, v interval, m text"


def copied(conn, rows):
    """``rows`` sent as COPY data lines (sqlliteral.copy_row) through psycopg's COPY, as
    the runner sends them, and read back; every value of a row in its own column."""
    conn.execute("TRUNCATE copied")
    with conn.cursor().copy("COPY copied (t, n, i, d, o, v, m) FROM STDIN") as copy:
        copy.write("".join(copy_row(row) + "\n" for row in rows))
    return conn.execute("SELECT t, n, i, d, ('2026-02-21'::date + o), v, m FROM copied ORDER BY ord").fetchall()


@pytest.fixture(scope="module")
def copy_session(server):
    conn = psycopg.connect(server.dsn, autocommit=True)
    conn.execute(f"CREATE TEMPORARY TABLE copied ({COPY_COLUMNS}, ord serial)")
    yield conn
    conn.close()


@settings(max_examples=COPY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=nasty_text, number=any_decimal, integer=st.integers(-2**31, 2**31 - 1),
       day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), offset=st.integers(-20000, 20000),
       seconds=st.integers(-400 * 86400, 400 * 86400), maybe=st.one_of(st.none(), nasty_text))
def test_any_row_round_trips_through_copy(copy_session, text, number, integer, day, offset, seconds, maybe):
    row = (text, number, integer, day, DayOffset(offset), Instant(seconds), maybe)
    line = copy_row(row)
    assert "\n" not in line and "\r" not in line and line.count("\t") == len(row) - 1  # one line, one field a column
    (back,) = copied(copy_session, [row])
    assert back[:4] == (text, number, integer, day)
    assert back[4] == date(2026, 2, 21) + timedelta(days=offset)
    assert back[5] == timedelta(seconds=seconds)
    assert back[6] == maybe  # None is COPY's NULL (\N), and a text "\N" is not


def test_rows_round_trip_through_copy_in_a_psql_file(server, tmp_path):
    """The same data lines, read by psql from a file as the psql files are."""
    texts = ["O'Brien", "Zoë", "tab\there", "two\nlines", "cr\rhere", "back\\slash", "\\N", "\\.", ".",
             "bell\x07", "del\x7f", "$$", "-- not a comment", "'; DROP TABLE x; --", "", " ", "😀"]
    rows = [(t, Decimal(i), i, date(2026, 1, 1), DayOffset(-i), Instant(-i * 3600), None if i % 2 else t)
            for i, t in enumerate(texts)]
    file = tmp_path / "copy.sql"
    file.write_text("\\set ON_ERROR_STOP on\n"
                    f"CREATE TEMPORARY TABLE copied ({COPY_COLUMNS});\n"
                    "COPY copied FROM STDIN;\n" + "".join(copy_row(r) + "\n" for r in rows) + "\\.\n"
                    "COPY (SELECT t, m IS NULL, coalesce(m, '') FROM copied) TO STDOUT WITH (FORMAT csv);\n",
                    encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    proc = subprocess.run([server.psql, "-X", "-q", "-d", server.dsn, "-f", str(file)], capture_output=True,
                          timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    back = list(csv.reader(io.StringIO(proc.stdout.decode("utf-8"), newline="")))
    assert [tuple(r) for r in back] == [(t, "t" if m is None else "f", m or "") for t, *_, m in rows]


option_text = st.one_of(
    st.text(max_size=20),
    st.integers(-10**20, 10**20).map(str),
    st.sampled_from(["", "-1", "0", "1e3", "NaN", "2026-02-30", "2026-2-1", "9999-12-31", "0001-01-01", "--", "--help"]),
)


@pytest.mark.slow
@settings(max_examples=CLI_EXAMPLES, deadline=None)
@given(option=st.sampled_from(["--seed", "--orders", "--campaigns", "--scale", "--as-of", "--out"]), value=option_text)
def test_build_options_never_crash(tmp_path_factory, option, value):
    if option in ("--orders", "--campaigns", "--scale"):
        try:
            assume(int(value) <= 30)  # a valid but huge count is a long build, not a crash
        except ValueError:
            pass
    out = tmp_path_factory.mktemp("fuzz")
    args = ["build", "--check", "--out", str(out / "out"), option, value]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in DOCUMENTED_EXIT_CODES, (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert "Traceback" not in result.output


@pytest.mark.slow
@settings(max_examples=CLI_EXAMPLES, deadline=None)
@given(command=st.sampled_from(["apply", "reset", "verify"]),
       option=st.sampled_from(["--format", "--lock-timeout", "FILE"]), value=option_text)
def test_runner_options_never_crash(command, option, value):
    # a DSN to a socket directory that does not exist: nothing leaves this machine
    dsn = "host=/nonexistent-gen-seed-sql-socket dbname=x connect_timeout=1"
    if option == "FILE":
        args = [command, "--dsn", dsn, "--", value]
    else:
        args = [command, "--dsn", dsn, option if command != "verify" else "--format", value]
    result = CliRunner().invoke(cli, args, env={"APP_ENV": "staging", "DATABASE_URL": None, "PGHOST": None})
    assert result.exit_code in DOCUMENTED_EXIT_CODES, (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert "Traceback" not in result.output
