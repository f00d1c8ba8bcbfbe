"""The contract between what writes the generated files (render.py and the templates)
and what reads them back (the runner and its reports): the error codes the files raise,
the transaction-local settings they keep, the columns of the rows they print. One place
for each, imported by both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# SQLSTATEs of the errors the files raise (RAISE EXCEPTION USING ERRCODE = ...).
STATE_REFUSED = "GS001"  # the guard: this database is not declared staging
STATE_SCHEMA = "GS002"  # the schema preflight: the live schema does not fit the file
STATE_PRODUCTS = "GS003"  # the platform products the seed needs are missing
STATE_VERIFY_FAILED = "GS004"  # verify's deploy gate: at least one check failed
STATE_WOULD_CHANGE = "GS005"  # a dry run (psql -v dry_run=1): an apply would change rows

# The first line of every generated file starts with this.
HEADER_PREFIX = "-- gen-seed-sql "

# The psql meta-commands the files carry: they only tune psql (stop at the first error,
# no command tags, no PL/pgSQL CONTEXT lines under an error: one line per error). The
# runner skips them; any other meta-command marks a file that is not one of ours.
PSQL_META = ("\\set ON_ERROR_STOP on", "\\set QUIET on", "\\set SHOW_CONTEXT never")
# The flavors of the files: for psql (its meta-commands, comments), or plain SQL for any
# other runner (no meta-commands, no comments but the header: nothing a statement
# splitter could cut wrong).
FLAVOR_PSQL = "psql"
FLAVOR_PLAIN = "plain"
FLAVORS = (FLAVOR_PSQL, FLAVOR_PLAIN)


@dataclass(frozen=True)
class Flavor:
    """What a flavor of the files allows, as the templates receive it (``flavor``): the
    psql meta-commands that open each file, comment lines beyond the header (the header
    template writes each flavor's own), and loading the seed's rows with COPY … FROM
    STDIN into temporary tables (``staged``; otherwise VALUES batches)."""

    name: str
    meta_commands: tuple[str, ...]
    comments: bool
    staged: bool


PSQL = Flavor(FLAVOR_PSQL, PSQL_META, comments=True, staged=True)
PLAIN = Flavor(FLAVOR_PLAIN, (), comments=False, staged=False)


def flavor(name: str) -> Flavor:
    """The flavor called ``name`` (one of FLAVORS)."""
    return {PSQL.name: PSQL, PLAIN.name: PLAIN}[name]

# Every message the files raise or notice starts with this.
MESSAGE_PREFIX = "gen-seed-sql: "

# What an apply did, and a dry run would do: every report of the seed that changed rows
# (or names a kept row) adds a JSON line to this transaction-local setting (a plan entry:
# the table, its counts, up to PLAN_SAMPLES rows by id with the columns that differ).
# `gen-seed-sql plan` reads it before rolling back; the psql dry run's gate names it.
PLAN_SETTING = "gen_seed_sql.plan"
PLAN_SAMPLES = 5
# Set 'on' (transaction-local) by a dry run: psql's (-v dry_run=1, at the top of the psql
# flavor's seed) and `gen-seed-sql plan`'s (a declaration). Only then do the reports write
# plan entries: an apply pays nothing for them.
DRY_RUN_SETTING = "gen_seed_sql.dry_run"
# The psql flavor's end: with `psql -v dry_run=1` the gate and a ROLLBACK, else COMMIT.
# The runner never defines dry_run: it reads what follows DRY_RUN_IF up to DRY_RUN_ELSE or
# DRY_RUN_END as an inactive branch (script.statements), and for a plan declares
# DRY_RUN_SETTING and rolls back itself.
DRY_RUN_IF, DRY_RUN_ELSE, DRY_RUN_END = "\\if :{?dry_run}", "\\else", "\\endif"


# The setting that declares a database's environment, and the one value the files write to.
ENV_SETTING = "app.env"
STAGING = "staging"

# Transaction-local settings (set_config(..., true)) the files write and read.
ANCHOR_SETTING = "gen_seed.anchor_day"  # the anchor day every date is counted from
VERIFY_FAILED_SETTING = "gen_seed.verify_failed"  # verify's failed checks, for its gate

# The rows the seed and the reset print, one per statement: the table, then counts.
REPORT_TABLE_COLUMN = "seeded_table"
APPLY_COLUMNS = ("inserted", "updated", "unchanged", "deleted")
RESET_COLUMNS = ("deleted", "kept")

# The rows verify prints, one per check.
@dataclass(frozen=True)
class CheckColumns:
    name: str = "check_name"
    table: str = "table_name"
    expected: str = "expected"
    found: str = "found"
    result: str = "result"


CHECK = CheckColumns()
CHECK_COLUMNS = (CHECK.name, CHECK.table, CHECK.expected, CHECK.found, CHECK.result)
SEEDED_ROWS_CHECK = "seeded rows"  # the per-table count check (`verify --empty` expects 0)

# The seed's upserts: one section per batch (plain flavor), opened by a comment line for
# the reader of the file, and one VALUES row per line, four spaces in (a leading ", " from
# the second row on): `build --stat` and the lint read the rows back by ROW_LINE. A comment
# names its table as SQL names it (a quoted identifier, names.ident), escaped for a comment
# (literal.comment_text): nothing in a name can end the line.
VALUES_LINE = "    VALUES"  # opens a batch's rows (the plain flavor); the lint cuts them by it
ROW_LINE = re.compile(r"^    (?:, )?\((?P<values>.*)\)$")

# Where a file's guard holds its schema preflight (templates/_preflight_check.sql.j2):
# the query between these lines, four spaces further in than `gen-seed-sql doctor`
# prints it. doctor runs the committed files' own query (preflight_of).
PREFLIGHT_OPEN = "    INTO missing\n    FROM ("
PREFLIGHT_CLOSE = "    ) AS m\n    WHERE NOT m.ok;"
_PREFLIGHT = re.compile(rf"\n{re.escape(PREFLIGHT_OPEN)}\n(?P<query>.*?)\n{re.escape(PREFLIGHT_CLOSE)}", re.S)


def preflight_of(text: str) -> str | None:
    """The preflight query a generated file's guard runs, as doctor prints it (None: the
    text holds none)."""
    found = _PREFLIGHT.search(text)
    if not found:
        return None
    return "\n".join(line[4:] if line.startswith("    ") else line for line in found.group("query").split("\n"))


# The line that opens a table's upsert, in both flavors: the rows before it (VALUES rows,
# or COPY data lines) are that table's. `build --stat` reads the files back by it: the
# target is the table's SQL reference (names.Relation.ref), compared as written.
UPSERT_TARGET = re.compile(r"^    INSERT INTO (?P<target>.+) AS t \($")


# The psql files load each table's rows with COPY … FROM STDIN into a transaction-local
# temporary table, then upsert them in one statement: one section per table, opened by
# a comment line (rows_section), one data line per row (COPY's text format: tab-separated fields)
# after the COPY statement and up to the line `\.`.
COPY_STATEMENT = re.compile(r'^COPY (?:U&)?"(?P<target>(?:[^"]|"")+)" \((?P<columns>.*)\) FROM STDIN;$', re.S)
COPY_END = "\\."


def opens_copy_data(line: str) -> bool:
    """Whether ``line`` ends a COPY … FROM STDIN statement (on one line, or the closing
    line of its column list): the data lines follow, up to COPY_END."""
    return line.endswith(" FROM STDIN;") and (line.startswith("COPY ") or line == ") FROM STDIN;")
STAGING_PREFIX = "seed_"  # the temporary table that holds a table's rows: "seed_AdStatsDaily"
NAME_BYTES = 63  # PostgreSQL's longest identifier (NAMEDATALEN - 1)


def rows_section(quoted_table: str) -> str:
    """The comment line that opens a table's rows (psql flavor; ``quoted_table``: its
    quoted identifier, made safe for a comment)."""
    return f"-- {quoted_table}, its rows"


def staging_table(table: str) -> str:
    """The temporary table ``table``'s rows are loaded into: the table's name after
    STAGING_PREFIX, or (for a name too long for that) a digest of it."""
    name = STAGING_PREFIX + table
    if len(name.encode("utf-8")) <= NAME_BYTES:
        return name
    import hashlib

    return STAGING_PREFIX + hashlib.sha256(table.encode("utf-8")).hexdigest()[:16]


def staged_table_of(target: str) -> str:
    """The table a temporary table's rows are for, as staging_table named it (for progress)."""
    return target.removeprefix(STAGING_PREFIX)


@dataclass(frozen=True)
class OutputFile:
    """One of the three generated files, declared once: its kind (what a command asks for),
    its name in out/, its template, the title its header carries (by which a file's kind is
    known when it is read back), the command that runs it, and the count columns of the
    rows it prints after the table column (the checks' columns, for verify)."""

    kind: str
    name: str
    template: str
    title: str
    command: str
    columns: tuple[str, ...]

    @property
    def marker(self) -> str:
        """The words of the title that tell the file's kind in its header ("staging seed")."""
        return self.title.split(":", 1)[0]


SEED = OutputFile("seed", "seed.staging.sql", "seed.staging.sql.j2",
                  "staging seed: idempotent upsert of the seeded rows", "apply", APPLY_COLUMNS)
RESET = OutputFile("reset", "seed.staging.reset.sql", "seed.staging.reset.sql.j2",
                   "staging reset: delete every seed-owned row, children first", "reset", RESET_COLUMNS)
VERIFY = OutputFile("verify", "verify.staging.sql", "verify.staging.sql.j2",
                    "staging verify: read-only checks of the seeded data", "verify", CHECK_COLUMNS)
OUTPUTS = (SEED, RESET, VERIFY)


def output_file(kind: str) -> OutputFile:
    """The output file of ``kind`` ("seed", "reset", "verify")."""
    return next(f for f in OUTPUTS if f.kind == kind)
