"""gen-seed-sql.toml is bounded: whatever a settings file holds, it is read or refused in
well under a second and a few MB, and every refusal is exit 2 in one line naming the file
(docs/cli.md, "Limits"). Before the bounds, a file of 3,000 nested arrays was a
RecursionError traceback, a 5,001-digit integer a ValueError traceback, and one dotted key
of 20,000 parts 1.5 GB and 10 s. No database: each test reads one file."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config import CONFIG_NAME, KEYS, MAX_NESTING, MAX_SETTINGS_BYTES, MAX_TOKENS, MAX_WORD, load_config

ROOT = Path(__file__).resolve().parent.parent


def refused(tmp_path: Path, text: str, why: str, line: int | None = None) -> str:
    """``text`` as a settings file: `build --check --config` is exit 2, one line on stderr
    naming the file (and ``line``) and ``why``, no traceback, in well under a second."""
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["build", "--check", "--config", str(path)], catch_exceptions=False)
    elapsed = time.perf_counter() - started
    assert result.exit_code == 2, (result.exit_code, result.output[:500])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output[:500]
    where = f"{path}:{line}: " if line else f"{path}"
    assert lines[0].startswith(f"gen-seed-sql: error: {where}") and why in lines[0], lines[0][:500]
    assert len(lines[0]) < 500, lines[0][:500]  # a value in the message is cut short
    assert elapsed < 2, elapsed  # each of these was a traceback, or took 10 s and 1.5 GB
    return lines[0]


# --- each hostile shape alone


def test_3000_nested_arrays_are_exit_2_not_a_recursion_error(tmp_path):
    refused(tmp_path, "orders = 1\nx = " + "[" * 3000 + "]" * 3000 + "\n", "nested more than 32 levels deep", line=2)


def test_3000_nested_inline_tables_are_exit_2(tmp_path):
    refused(tmp_path, "x = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n", "nested more than 32 levels deep", line=1)


def test_nesting_is_refused_past_the_limit_not_at_it(tmp_path):
    """32 brackets pass the bound (and `out` then says what it takes); 33 do not."""
    at = "out = " + "[" * MAX_NESTING + "]" * MAX_NESTING + "\n"
    refused(tmp_path, at, f"out = {at[6:-1]} is not a directory path", line=1)
    past = "out = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "\n"
    refused(tmp_path, past, f"nested more than {MAX_NESTING} levels deep ([ ] and {{ }})", line=1)  # before TOML


def test_tables_nested_through_headers_and_dotted_keys_are_exit_2(tmp_path):
    """Each key has fewer than 32 parts, the brackets are few, but the tables they make
    are 60 deep: refused once read, before any message shows the value."""
    parts = ".".join(["m"] * 30)
    refused(tmp_path, f"[fill.{parts}]\n{parts} = 1\n", "fill is nested more than 32 levels deep", line=None)


def test_a_5001_digit_integer_is_exit_2_not_a_value_error(tmp_path):
    refused(tmp_path, "seed = " + "1" * 5001 + "\n", "not valid TOML: an integer of more than 4300 digits")


def test_a_hexadecimal_integer_of_more_than_4300_digits_is_exit_2(tmp_path):
    """0x... reads (Python's digit limit is for decimal), then no message or file could show it."""
    refused(tmp_path, "seed = 0x" + "f" * 4000 + "\n", "seed holds an integer of more than 4300 digits", line=1)


def test_a_number_longer_than_the_limit_is_exit_2(tmp_path):
    """TOML's number pattern takes ~128 bytes a digit: a 2 MB float was 270 MB."""
    refused(tmp_path, "x = 1." + "1" * (MAX_WORD + 1) + "\n",
            f"a number, date or bare key of more than {MAX_WORD:,} characters", line=1)


@pytest.mark.parametrize("shape", ["key in [fill]", "top-level key", "numeric key", "table header", "quoted parts"])
def test_a_dotted_key_of_20000_parts_is_exit_2(tmp_path, shape):
    parts = {"numeric key": ["1"] * 20_000, "quoted parts": ['"a"'] * 20_000}.get(shape, ["a"] * 20_000)
    text = {"key in [fill]": "[fill]\n{} = 1\n", "table header": "[{}]\n"}.get(shape, "{} = 1\n")
    line = 2 if shape == "key in [fill]" else 1
    refused(tmp_path, text.format(".".join(parts)), f"a dotted key of more than {MAX_NESTING} parts", line=line)


def test_a_dotted_key_is_refused_past_the_limit_not_at_it(tmp_path):
    at = ".".join(f"p{i}" for i in range(MAX_NESTING))
    (tmp_path / "at.toml").write_text(f"[fill]\n{at} = 1\n", encoding="utf-8")
    assert load_config(tmp_path / "at.toml").get("fill") == {"p0.p1": tomllib.loads(f"{at} = 1")["p0"]["p1"]}
    refused(tmp_path, f"[fill]\n{at}.p = 1\n", f"a dotted key of more than {MAX_NESTING} parts", line=2)


@pytest.mark.parametrize("count", [20_000, 100_000])
@pytest.mark.parametrize("shape", ['"Model.f{}" = 1\n', "Model.f{} = 1\n", "[t{}]\n", 'x{} = "v"\n'])
def test_many_keys_are_exit_2(tmp_path, shape, count):
    text = "[fill]\n" + "".join(shape.format(i) for i in range(count))
    refused(tmp_path, text, f"more than {MAX_TOKENS:,} tokens")


def test_a_long_array_is_exit_2(tmp_path):
    refused(tmp_path, "x = [" + ",".join(["1"] * 100_000) + "]\n", f"more than {MAX_TOKENS:,} tokens", line=1)


def test_an_oversized_file_is_exit_2_without_reading_it_all(tmp_path):
    refused(tmp_path, "orders = 1\n#" + "x" * MAX_SETTINGS_BYTES + "\n", "too large for a settings file")
    refused(tmp_path, "x" * (16 << 20), f"more than {MAX_SETTINGS_BYTES:,} bytes")


def test_a_file_of_exactly_the_largest_size_reads(tmp_path):
    head = "orders = 1\n#"
    path = tmp_path / CONFIG_NAME
    path.write_text(head + "x" * (MAX_SETTINGS_BYTES - len(head) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_SETTINGS_BYTES and load_config(path).get("orders") == 1


# --- what must keep working


HOSTILE = ["it's \"x\"\n\\! touch pwned\n\\.\n-- $$ $guard$ E'\\' \t é🌱 [[[ ]]] {{ a.b.c = # }}",
           '"""', "'''", '\\', '""', "''", "\\\"\"\"", "$x$ ; \\\\! '", "😀" * 3, "a.b.c.d.e = [[[[[[[[", ""]


def basic(text: str) -> str:
    """``text`` as a TOML basic string, escaping only what must be."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def multiline_basic(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return f'"""\n{escaped}"""'


def multiline_literal(text: str) -> str:
    return f"'''\n{text}'''"


def read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    config = load_config(path)
    assert time.perf_counter() - started < 2
    assert config.values == {key: KEYS[key](value) for key, value in tomllib.loads(text).items()}
    return config


@pytest.mark.slow
@pytest.mark.parametrize("form", [basic, multiline_basic, "literal", multiline_literal])
def test_a_1_mb_fill_value_is_read_exactly(tmp_path, form):
    line = HOSTILE[0] if form != "literal" else HOSTILE[0].replace("'", "").replace("\n", " ")  # as it can be
    value = "".join(f"{line} {i}." for i in range(20_000))[: 1 << 20]  # 1 MiB of characters
    written = f"'{value}'" if form == "literal" else form(value)
    assert len(value) == 1 << 20 and len(written.encode()) < MAX_SETTINGS_BYTES
    config = read(tmp_path, f'orders = 3\n[fill]\n"Order.note" = {written}\n"Order.currency" = "USD"\n')
    assert config.get("fill") == {"Order.note": value, "Order.currency": "USD"} and config.get("orders") == 3


def test_hostile_strings_in_every_form_are_read_exactly(tmp_path):
    """Quotes, backslashes, newlines, \\!, dollar quotes, emoji and what the bounds count
    ([ { . = #) in every string form: nothing inside a string counts, and each value comes
    back exactly."""
    fill = {}
    lines = []
    for i, s in enumerate(HOSTILE):
        forms = {"basic": basic(s), "mlbasic": multiline_basic(s)}
        if "'" not in s and "\n" not in s:
            forms["literal"] = f"'{s}'"
        if "'''" not in s and not s.endswith("'"):
            forms["mlliteral"] = multiline_literal(s)
        for name, written in forms.items():
            fill[f"M.{name}{i}"] = s
            lines.append(f"{basic(f'M.{name}{i}')} = {written}")
    fill["M.json"] = {"a": [1, {"b.c": "[[[["}], "d": {"e": '"}}}'}}
    lines.append('"M.json" = { a = [1, { "b.c" = "[[[[" }], "d" = { e = "\\"}}}" } }')
    config = read(tmp_path, "orders = 3 # a comment with \" and ''' and [[[[\n[fill]\n" + "\n".join(lines) + "\n")
    assert config.get("fill") == fill and len(fill) > 3 * len(HOSTILE)


def test_a_string_ends_where_toml_ends_it(tmp_path):
    """The bound check ends each string where TOML does — past an escaped quote, a line
    continuation, '' inside a ''', two quotes of content before a closing \"\"\", a backslash
    in a literal string: what is inside is not counted, and what follows is."""
    deep, dots = "[" * 40, "." * 40
    tricky = (f'a = "q\\"{deep}{dots}"\nb = """x\\"""{deep}"""\nc = \'\'\'y\'\'{deep}\'\'\'\'\'\n'
              f'd = \'\\\' # "{deep}\ne = """\\\n  {deep}"""\nf = """x""""\n')
    assert tomllib.loads(tricky) == {"a": f'q"{deep}{dots}', "b": f'x"""{deep}', "c": f"y\'\'{deep}\'\'", "d": "\\",
                                     "e": deep, "f": 'x"'}
    (tmp_path / "tricky.toml").write_text("[fill]\n" + tricky.replace(" = ", ".v = "), encoding="utf-8")
    assert len(load_config(tmp_path / "tricky.toml").get("fill")) == 6  # nothing inside the strings counted
    refused(tmp_path, tricky + "x = " + "[" * 33 + "]" * 33 + "\n", "nested more than 32 levels deep ([", line=8)


def test_the_teams_settings_files_read_as_before(tmp_path):
    """Each team's file gives what tomllib and the key parsers give (what load_config did)."""
    files = sorted((ROOT / "tests" / "prisma" / "teams").glob("*/gen-seed-sql.toml"))
    assert files
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert load_config(path).values == {key: KEYS[key](value) for key, value in data.items()}, path


def test_line_ends_are_read_as_before(tmp_path):
    """CRLF and CR are read as LF, inside strings too, as Path.read_text did."""
    path = tmp_path / CONFIG_NAME
    path.write_bytes(b'orders = 3\r\n[fill]\r\n"A.b" = """x\r\ny\rz"""\r\n')
    assert load_config(path).values == {"orders": 3, "fill": {"A.b": "x\ny\nz"}}


@pytest.mark.slow
def test_an_error_names_the_line_of_the_key_after_a_long_multi_line_string(tmp_path):
    """The line of a key in a message counts the lines inside strings, and a line inside a
    string is never taken for a key or header. (It was one regex a line, for each key: a
    file of 2 MB of lines in a string took 16 s.)"""
    string = '"""' + "\n[fill]\nscale = 0\n" * 100_000 + '"""'
    refused(tmp_path, f"out = {string}\n\nscale = 0\n", "scale = 0 is not an integer from 1 to 1000", line=300_003)
