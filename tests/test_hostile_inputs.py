"""Files that carry only data: nothing a team controls -- names in its schema.prisma,
enum values, [fill] values, the paths and labels a header records -- can change what psql
(or a server reading the plain flavor) parses out of a generated file; what PostgreSQL
cannot hold as given is refused at build (exit 6, one line naming it)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import cli
from generator.prisma.binding import Names, bind
from generator.prisma.psl import parse
from generator.run.doctor import diagnose
from generator.sql import ddl
from generator.sql.literal import DOLLAR_DELIMITER, comment_text, name_problem, quote_name, sql_literal
from generator.sql.names import relation
from generator.sql.output import seed_rows
from generator.sql.templating import templates_dir
from generator.schema.builtin import BUILTIN
from support.database import STAGING, Database

ROOT = Path(__file__).resolve().parent.parent
BUILTIN_PRISMA = (ROOT / "generator" / "prisma" / "schema.prisma").read_text(encoding="utf-8")
MARKER = "pwned"  # what a shell escape that psql ran would create, in psql's directory


# --- what a comment, a literal and a name can hold ------------------------------------------


def test_every_comment_line_of_a_template_shows_values_through_the_comment_filter():
    """A value in a `--` comment line goes through `| comment`: nothing it holds can end the line."""
    unfiltered = []
    for path in sorted(templates_dir().glob("*.j2")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            rendered_as_comment = line.lstrip().startswith("--") or line.startswith(
                ("{{ contract.HEADER_PREFIX }}", "{{ contract.rows_section(", "{{ contract.batch_section("))
            if not rendered_as_comment:
                continue
            for expression in re.findall(r"{{(.*?)}}", line):
                if "contract.HEADER_PREFIX" in expression:
                    continue
                if not re.search(r"\|\s*comment\s*(\)\s*)?$", expression) and "| comment," not in expression:
                    unfiltered.append(f"{path.name}:{number}: {{{{{expression}}}}}")
    assert not unfiltered


@settings(max_examples=300)
@given(st.text())
def test_a_comment_is_one_line_whatever_it_shows(text):
    shown = comment_text(text)
    assert "\n" not in shown and "\r" not in shown
    shown.encode("utf-8")  # no lone surrogate: the file stays UTF-8


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("$ab_1é'\"\\ ")))
def test_no_literal_or_name_holds_a_dollar_quote_delimiter(text):
    """Inside a DO block's dollar quotes, `$guard$` in a literal or a name would end the body."""
    assert DOLLAR_DELIMITER.search(quote_name(text)) is None
    assert DOLLAR_DELIMITER.search(sql_literal(text)) is None


def test_a_name_with_a_dollar_tag_is_written_with_unicode_escapes():
    assert quote_name("a$guard$b") == 'U&"a\\0024guard\\0024b"'
    assert quote_name('q"$$\\') == 'U&"q""\\0024\\0024\\\\"'
    assert quote_name("price$1") == '"price$1"'  # a `$` that starts no delimiter stays as it is


def test_a_literal_with_a_dollar_tag_is_an_escape_string():
    assert sql_literal("x $kept$ y") == "E'x \\x24kept\\x24 y'"
    assert sql_literal("$2b$10$hash") == "'$2b$10$hash'"  # bcrypt: no delimiter, as before


@pytest.mark.parametrize(
    ("name", "problem"),
    [("", "is empty"), ("a\nb", "U+000A"), ("tab\there", "U+0009"), ("\x85next", "U+0085"),
     ("x" * 64, "64 bytes"), ("é" * 32, "64 bytes")],
)
def test_names_postgresql_cannot_hold_as_given(name, problem):
    assert problem in (name_problem(name) or "")


@pytest.mark.parametrize("name", ["x" * 63, "é" * 31, "Order's \"items\" $guard$", "a -- b /* c", "🌱 ship ped, x"])
def test_names_postgresql_holds_as_given(name):
    assert name_problem(name) is None


# --- refused at build ---------------------------------------------------------------------


def mapped(schema: str, model: str, *, table: str | None = None, fields: dict[str, str] | None = None,
           extra: str = "") -> str:
    """``schema`` with ``model`` mapped to ``table`` and its ``fields`` mapped (PSL strings)."""
    start = schema.index(f"model {model} {{")
    end = schema.index("\n}", start)
    body = schema[start:end]
    for field, name in (fields or {}).items():
        body = re.sub(rf"^(  {field} +\S+[^\n]*)$", lambda m: f"{m.group(1)} @map({psl_string(name)})", body,
                      count=1, flags=re.M)
    body += extra
    if table is not None:
        body += f"\n\n  @@map({psl_string(table)})"
    return schema[:start] + body + schema[end:]


def psl_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


# The refusals below come from the names and [fill] values alone, whatever the counts: a few
# orders and one campaign bind in a fraction of the default's time.
FEW = "orders = 3\ncampaigns = 1\n"


def build_from(tmp_path: Path, schema: str, settings_text: str = "", *options: str):
    (tmp_path / "schema.prisma").write_text(schema, encoding="utf-8")
    (tmp_path / "gen-seed-sql.toml").write_text('prisma-schema = "schema.prisma"\n' + settings_text, encoding="utf-8")
    return CliRunner().invoke(cli, ["build", "--config", str(tmp_path / "gen-seed-sql.toml"),
                                    "--out", str(tmp_path / "out"), *options])


def assert_refused(result, *named: str) -> None:
    assert result.exit_code == 6, result.output
    line = result.output.strip()
    assert "\n" not in line and "Traceback" not in line, line
    for text in named:
        assert text in line, line


def test_a_control_character_in_a_column_name_is_refused_at_build(tmp_path):
    schema = mapped(BUILTIN_PRISMA, "Order", fields={"total": "total\n\\! touch pwned\n--"})
    assert_refused(build_from(tmp_path, schema, FEW), "Order.total", "U+000A")
    assert not (tmp_path / "out").exists()


def test_a_control_character_in_a_table_name_is_refused_at_build(tmp_path):
    assert_refused(build_from(tmp_path, mapped(BUILTIN_PRISMA, "Campaign", table="camp\raign"), FEW), "Campaign", "U+000D")


def test_a_name_longer_than_postgresql_keeps_is_refused_at_build(tmp_path):
    schema = mapped(BUILTIN_PRISMA, "OrderItem", fields={"lineTotal": "l" * 70})
    assert_refused(build_from(tmp_path, schema, FEW), "OrderItem.lineTotal", "70 bytes")


def test_a_control_character_in_an_enum_value_is_refused_at_build(tmp_path):
    schema = BUILTIN_PRISMA.replace("  SHIPPED\n", '  SHIPPED @map("ship\\nped")\n', 1)
    assert_refused(build_from(tmp_path, schema, FEW), "OrderStatus.SHIPPED", "U+000A")


def with_required(schema: str, model: str, field: str, prisma_type: str) -> str:
    return mapped(schema, model, extra=f"\n  {field} {prisma_type}")


@pytest.mark.parametrize(
    ("prisma_type", "value", "named"),
    [
        ("String", '"a\\u0000b"', "NUL"),
        ("Json", "{ a = nan }", "not a finite number"),
        ("Json", '{ a = ["x\\u0000"] }', "NUL"),
        ("Decimal", "inf", "not a finite number"),
        ("Decimal", '"ten"', "not a finite decimal"),
        ("Int", "3000000000", "does not fit the Int column"),
    ],
)
def test_a_fill_value_postgresql_cannot_hold_is_refused_at_build(tmp_path, prisma_type, value, named):
    schema = with_required(BUILTIN_PRISMA, "Order", "note", prisma_type)
    result = build_from(tmp_path, schema, FEW + f'[fill]\n"Order.note" = {value}\n')
    assert_refused(result, "Order.note", named)


# --- hostile names, paths and values through psql ------------------------------------------

# Each model's table and a few columns take a name that holds what could end a comment,
# a literal or a dollar-quoted body, or start a psql meta-command -- all legal names.
HOSTILE = "'\" $guard$ $preflight$ $kept$ $gate$ $$ -- /* ; \\! touch pwned :x é🌱"
HOSTILE_FILL = "it's \"x\"\n\\! touch pwned\n\\.\n-- $$ $guard$ E'\\' \t é🌱"
HOSTILE_JSON = {"note": HOSTILE_FILL, "list": ["$kept$", "\\x00", "--"]}
MODELS = ("User", "Seller", "Product", "Sellpage", "Order", "OrderItem", "OrderEvent", "Campaign", "Adset", "Ad",
          "AdStatsDaily", "AdStatsRaw", "SellpageStatsDaily")
COLUMNS = {"Order": ("total", "status", "createdAt"), "OrderItem": ("lineTotal", "quantity", "unitPrice"),
           "AdStatsDaily": ("statDate", "spend"), "Campaign": ("name", "status")}


def hostile_table(model: str) -> str:
    name = f"{model} {HOSTILE}"
    while len(name.encode("utf-8")) > 63:
        name = name[:-1]
    return name


# Every table in a PostgreSQL schema whose name is hostile too (@@schema): the files
# qualify every name with it.
HOSTILE_PG_SCHEMA = hostile_table("s")


def hostile_schema() -> str:
    schema = BUILTIN_PRISMA
    for model in MODELS:
        fields = {f: f"{f}{HOSTILE[:20]}" for f in COLUMNS.get(model, ())}
        # note, meta: [fill]; gone: an optional field the dataset does not know, written NULL
        # by the typed NULL of the table's row type, both names hostile
        gone = f"\n  gone DateTime? @map({psl_string('gone ' + HOSTILE[:20])})"
        extra = "\n  note String\n  meta Json" + gone if model == "Order" else ""
        extra += f"\n  @@schema({psl_string(HOSTILE_PG_SCHEMA)})"
        schema = mapped(schema, model, table=hostile_table(model), fields=fields, extra=extra)
    return schema.replace("  SHIPPED\n", f"  SHIPPED @map({psl_string('ship ped, $gate$ x')})\n", 1)


# A path recorded in the files' header: a newline in it would end the header's comment.
HOSTILE_PATH = "s\n\\! touch pwned\nCREATE TABLE pwned_table (x int);\n.prisma"


def toml(value) -> str:
    """``value`` (a string, list or table of them) as TOML."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml(k)} = {toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(map(toml, value)) + "]"
    return '"' + "".join(ch if ch.isprintable() and ch not in '"\\' else f"\\u{ord(ch):04X}" for ch in value) + '"'


@pytest.fixture(scope="module", params=["psql", "plain"])
def hostile_files(request, tmp_path_factory):
    return build_hostile(tmp_path_factory.mktemp(f"hostile-{request.param}"), request.param)


def build_hostile(here: Path, flavor: str):
    """The three files of the hostile schema in ``flavor``, built from a settings file and a
    schema whose names hold newlines; and the schema they are bound to."""
    (here / HOSTILE_PATH).write_text(hostile_schema(), encoding="utf-8")
    fill = {"Order.note": HOSTILE_FILL, "Order.meta": HOSTILE_JSON}
    settings_text = (f"prisma-schema = {toml(HOSTILE_PATH)}\norders = 12\ncampaigns = 2\n"
                     f"flavor = {toml(flavor)}\n[fill]\n"
                     + "".join(f"{toml(k)} = {toml(v)}\n" for k, v in fill.items()))
    config = here / "gen\n\\! touch pwned\n.toml"
    config.write_text(settings_text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--config", str(config), "--out", str(here / "out")])
    assert result.exit_code == 0, result.output
    prisma = parse(hostile_schema(), "hostile.prisma")
    schema = bind(prisma, Names(fill=fill), base=BUILTIN)
    return here / "out", schema


def run_psql(db: Database, file: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([db.server.psql, "-X", "-d", db.dsn, "-f", str(file)], capture_output=True, text=True,
                          cwd=cwd, env={"PATH": "/usr/bin:/bin", **STAGING}, timeout=120)


@pytest.mark.db
def test_hostile_names_paths_and_values_run_nothing_but_the_files_statements(hostile_files, blank_db, tmp_path):
    out, schema = hostile_files
    stand_in = tmp_path / "stand-in.sql"
    stand_in.write_text("".join(ddl.render_schema(ddl.DDL_REFERENCE, schema=schema)), encoding="utf-8")
    assert blank_db.psql(stand_in).returncode == 0
    header = (out / "seed.staging.sql").read_text(encoding="utf-8").split("\n", 4)
    assert "\\n\\! touch pwned" in "\n".join(header[:4])  # the path is in the header, escaped
    for name in ("seed.staging.sql", "verify.staging.sql", "seed.staging.reset.sql"):
        ran = run_psql(blank_db, out / name, tmp_path)
        assert ran.returncode == 0, (name, ran.stderr)
        assert not (tmp_path / MARKER).exists(), name
        assert "pwned" not in ran.stdout + ran.stderr, name
        if name == "seed.staging.sql":
            order = schema.table("Order")
            stored = blank_db.query(f"SELECT DISTINCT {quote_name(order.sql('note'))}, "
                                    f"{quote_name(order.sql('meta'))} FROM {relation(order).ref}")
            assert stored == [(HOSTILE_FILL, HOSTILE_JSON)]
    assert blank_db.scalar("SELECT to_regclass('pwned_table') IS NULL")
    assert blank_db.scalar(f"SELECT count(*) FROM {relation(schema.table('Order')).ref}") == 0  # reset
    assert schema.table("Order").schema_name == HOSTILE_PG_SCHEMA


def test_stat_reads_back_every_table_of_a_hostile_schema(tmp_path):
    """`build --stat` finds each table's section by its quoted name (U&"..." included)."""
    out, schema = build_hostile(tmp_path, "psql")
    rows = seed_rows((out / "seed.staging.sql").read_text(encoding="utf-8"), schema)
    assert sorted(rows) == sorted(relation(t) for t in schema.seeded_tables())
    assert all(rows.values())


@pytest.mark.db
def test_an_enum_value_with_spaces_and_commas_is_compared_as_a_value(prisma_db, tmp_path):
    """The preflight (and so doctor) reads each enum value whole: `ship ped, x` is one value."""
    prisma_db.execute("""ALTER TYPE "OrderStatus" RENAME VALUE 'SHIPPED' TO 'ship ped, x'""")
    schema_text = BUILTIN_PRISMA.replace("  SHIPPED\n", '  SHIPPED @map("ship ped, x")\n', 1)
    assert build_from(tmp_path, schema_text).exit_code == 0
    bound = bind(parse(schema_text, "schema.prisma"), base=BUILTIN)
    assert [f for f in diagnose(prisma_db.dsn, bound, tmp_path / "out") if not f.ok] == []
    applied = prisma_db.psql(tmp_path / "out" / "seed.staging.sql")
    assert applied.returncode == 0, applied.stderr
    assert prisma_db.scalar("""SELECT count(*) FROM "Order" WHERE status = 'ship ped, x'""") > 0


def test_a_message_that_quotes_a_path_with_a_newline_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--config", str(tmp_path / "no\nsuch\r.toml")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no\\nsuch\\r.toml" in result.output, result.output


@pytest.mark.db
def test_verify_runs_read_only_under_psql_so_an_edited_file_cannot_write(db, files, tmp_path):
    """verify's own transaction is read-only: a DELETE edited into it fails and deletes nothing."""
    text = files.verify.read_text(encoding="utf-8")
    edited = tmp_path / "verify.staging.sql"
    edited.write_text(text.replace("SET LOCAL TimeZone = 'UTC';\n", "SET LOCAL TimeZone = 'UTC';\nDELETE FROM \"Product\";\n", 1),
                      encoding="utf-8")
    products = db.scalar('SELECT count(*) FROM "Product"')
    ran = db.psql(edited)
    assert ran.returncode != 0 and "read-only transaction" in ran.stderr, ran.stderr
    assert db.scalar('SELECT count(*) FROM "Product"') == products > 0
