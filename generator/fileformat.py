"""The contract between what writes the generated files (render.py and the templates)
and what reads them back (the runner and its reports): the error codes the files raise,
the transaction-local settings they keep, the columns of the rows they print. One place
for each, imported by both sides.
"""

from __future__ import annotations

import re

# SQLSTATEs of the errors the files raise (RAISE EXCEPTION USING ERRCODE = ...).
STATE_REFUSED = "GS001"  # the guard: this database is not declared staging
STATE_SCHEMA = "GS002"  # the schema preflight: the live schema does not fit the file
STATE_PRODUCTS = "GS003"  # the platform products the seed needs are missing
STATE_VERIFY_FAILED = "GS004"  # verify's deploy gate: at least one check failed

# The first line of every generated file starts with this.
HEADER_PREFIX = "-- gen-seed-sql "

# The psql meta-commands the files carry: they only tune psql (stop at the first error,
# no command tags, no PL/pgSQL CONTEXT lines under an error: one line per error). The
# runner skips them; any other meta-command marks a file that is not one of ours.
PSQL_META = ("\\set ON_ERROR_STOP on", "\\set QUIET on", "\\set SHOW_CONTEXT never")

# Every message the files raise or notice starts with this.
MESSAGE_PREFIX = "gen-seed-sql: "

# Transaction-local settings (set_config(..., true)) the files write and read.
ANCHOR_SETTING = "gen_seed.anchor_day"  # the anchor day every date is counted from
VERIFY_FAILED_SETTING = "gen_seed.verify_failed"  # verify's failed checks, for its gate

# The rows the seed and the reset print, one per statement: the table, then counts.
REPORT_TABLE_COLUMN = "seeded_table"
APPLY_COLUMNS = ("inserted", "updated", "unchanged", "deleted")
RESET_COLUMNS = ("deleted", "kept")

# The rows verify prints, one per check.
CHECK_COLUMNS = ("check_name", "table_name", "expected", "found", "result")
SEEDED_ROWS_CHECK = "seeded rows"  # the per-table count check (`verify --empty` expects 0)

# The seed's upserts: one section per batch, opened by this comment line, and one VALUES
# row per line, four spaces in (a leading ", " from the second row on). `build --stat`
# and the lint read the files back by these.
BATCH_SECTION = re.compile(r'^-- "(?P<table>[^"]+)", batch \d+$')
ROW_LINE = re.compile(r"^    (?:, )?\((?P<values>.*)\)$")


def batch_section(table: str, number: int) -> str:
    """The comment line that opens batch ``number`` of ``table``'s upserts."""
    return f'-- "{table}", batch {number}'
