"""A mutation probe: does the suite catch deliberate bugs?

    python tests/mutations.py                 # every mutation below
    python tests/mutations.py --only lock     # those whose name contains "lock"

For each mutation it exports the committed tree (`git archive HEAD`) into a scratch
directory, makes one change (an exact text replacement, which must match once),
rebuilds out/ there (so the freshness test cannot be what catches it; a mutant that does
not build is BROKEN, not killed), runs the tests that should catch it against the embedded
PostgreSQL (or GEN_SEED_SQL_TEST_DSN), and prints one line: killed (the tests failed,
as they should, and the first failing test), SURVIVED (a bug the suite does not see) or
BROKEN; then the kill rate. Exit status 1 unless every mutation was killed. Nothing in
the working tree is touched. `--markdown` also prints the table of docs/promises.md.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


PF = "tests/test_psql_files.py"
PR = "tests/test_promises.py"
RU = "tests/test_runner.py"
RE = "tests/test_reliability.py"
TB = "tests/test_binding.py"
TT = "tests/test_teams.py"
PS = "tests/test_psl.py"
HI = "tests/test_hostile_inputs.py"

MUTATIONS = (
    # --- templates/_guard.sql.j2: the guard, the session's settings, the lock, the products
    Mutation("the guard lets an unset app.env through (IS DISTINCT FROM -> <>)", "templates/_guard.sql.j2",
             "IF session_env IS DISTINCT FROM {{ contract.STAGING | sql }} THEN", "IF session_env <> {{ contract.STAGING | sql }} THEN",
             (PF, "-k", "guard_refuses_an_undeclared")),
    Mutation("the guard accepts any app.env", "templates/_guard.sql.j2",
             "IF session_env IS DISTINCT FROM {{ contract.STAGING | sql }} THEN", "IF false THEN",
             (PF, "-k", "guard")),
    Mutation("the guard ignores a role's stored setting", "templates/_guard.sql.j2",
             "AND c.setting <> {{ (contract.ENV_SETTING ~ '=' ~ contract.STAGING) | sql }};",
             "AND c.setting <> {{ (contract.ENV_SETTING ~ '=' ~ contract.STAGING) | sql }} AND s.setrole = 0;",
             (RE, "-k", "declares_otherwise")),
    Mutation("the guard ignores the server's configuration", "templates/_guard.sql.j2",
             "AND f.applied AND f.setting != {{ contract.STAGING | sql }};",
             "AND NOT f.applied AND f.setting != {{ contract.STAGING | sql }};",
             (RE, "-k", "server_configured")),
    Mutation("the files set TimeZone for the session, not the transaction", "templates/_guard.sql.j2",
             "SET LOCAL TimeZone = 'UTC';", "SET TimeZone = 'UTC';", (PR, "-k", "outlives")),
    Mutation("the files run in the session's time zone", "templates/_guard.sql.j2",
             "SET LOCAL TimeZone = 'UTC';", "", (PF, "-k", "timezone")),
    Mutation("the anchor day outlives the transaction (set_config true -> false)", "templates/_guard.sql.j2",
             "PERFORM set_config({{ contract.ANCHOR_SETTING | sql }}, {{ anchor }}, true);",
             "PERFORM set_config({{ contract.ANCHOR_SETTING | sql }}, {{ anchor }}, false);", (PR, "-k", "outlives")),
    Mutation("the seed lock is only tried, not waited for", "templates/_guard.sql.j2",
             "PERFORM pg_advisory_xact_lock({{ lock_key }});", "PERFORM pg_try_advisory_xact_lock({{ lock_key }});",
             (RE, "-k", "one_lock")),
    Mutation("the last platform product is not checked (a list cut)", "templates/_guard.sql.j2",
             "    WHERE NOT EXISTS (SELECT 1 FROM {{ product_table | ident }}",
             "    WHERE k.ord < 3 AND NOT EXISTS (SELECT 1 FROM {{ product_table | ident }}", (PF, "-k", "platform_product")),
    # --- templates/_preflight.sql.j2 and _preflight_check.sql.j2
    Mutation("the preflight names no missing table", "templates/_preflight_check.sql.j2",
             "    WHERE NOT m.ok;", "    WHERE NOT m.ok AND m.column_name IS NOT NULL;", (PF, "-k", "missing_tables")),
    Mutation("a column with a default counts as one the file cannot fill", "templates/_preflight.sql.j2",
             "        AND NOT a.atthasdef\n", "", (PR, "-k", "preflight_accepts")),
    Mutation("an identity column counts as one the file cannot fill", "templates/_preflight.sql.j2",
             "        AND a.attidentity = ''\n", "", (PR, "-k", "preflight_accepts")),
    Mutation("a partial unique index passes for ON CONFLICT", "templates/_preflight.sql.j2",
             "            AND x.indpred IS NULL\n", "", (PR, "-k", "conflict_key")),
    Mutation("an enum missing a value passes", "templates/_preflight.sql.j2",
             "OR (f.typtype = 'e' AND f.choices IS NOT NULL AND f.missing_values IS NULL)",
             "OR (f.typtype = 'e' AND f.choices IS NOT NULL)", ("tests/test_preflight.py", "-k", "enum or at_once")),
    Mutation("a domain is compared by its own name, not its base type", "templates/_preflight.sql.j2",
             "ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END", "ON b.oid = t.oid",
             (PR, "-k", "preflight_accepts")),
    # --- templates/_ownership.sql.j2, the reset
    Mutation("only the first foreign key keeps a row (a list cut)", "templates/_ownership.sql.j2",
             "{% for child, column in plan.children %}", "{% for child, column in plan.children[:1] %}",
             (PR, "-k", "reset_keeps")),
    Mutation("no row is kept for the real rows that reference it", "templates/_ownership.sql.j2",
             '{{ "\\n" if not loop.first }}AND NOT EXISTS (', '{{ "\\n" if not loop.first }}AND TRUE OR NOT EXISTS (',
             (PF, "-k", "reset")),
    Mutation("a kept row is not named", "templates/_ownership.sql.j2",
             "        RAISE NOTICE '{{ contract.MESSAGE_PREFIX }}kept % %", "        RAISE DEBUG '{{ contract.MESSAGE_PREFIX }}kept % %",
             ("tests/test_converge.py", "-k", "kept")),
    Mutation("the reset names kept rows of the first tables only", "templates/seed.staging.reset.sql.j2",
             "{% for plan in plans if plan.children %}", "{% for plan in plans[:4] if plan.children %}",
             (PR, "-k", "reset_keeps")),
    Mutation("the reset counts every row of a table as owned (kept count wrong)", "templates/seed.staging.reset.sql.j2",
             "    SELECT count(*) AS n\n    FROM {{ plan.table | ident }} AS t\n    WHERE {{ ('t.' ~ (plan.owner | ident)) | seed_owned }}",
             "    SELECT count(*) AS n\n    FROM {{ plan.table | ident }} AS t\n    WHERE TRUE",
             (PR, "-k", "reset_keeps")),
    Mutation("the report leaves out its last count column", "templates/_report.sql.j2",
             "{% for column in columns %}", "{% for column in columns[:-1] %}", (PF, "-k", "reapply_with_nothing")),
    # --- templates/seed.staging.sql.j2 and _described.sql.j2: upserts, restores, convergence
    Mutation("inserted and updated swapped in the report", "templates/seed.staging.sql.j2",
             "RETURNING t.xmax = 0 AS inserted", "RETURNING t.xmax != 0 AS inserted",
             (PR, "-k", "restores")),
    Mutation("a restore compares rows with <> (NULL never differs)", "templates/seed.staging.sql.j2",
             ") IS DISTINCT FROM (", ") <> (", (PR, "-k", "restores")),
    Mutation("a restore does not stamp updatedAt", "templates/seed.staging.sql.j2",
             "            , {{ name | ident }} = now()", "            , {{ name | ident }} = t.{{ name | ident }}",
             (PR, "-k", "restores")),
    Mutation("the convergence deletes real rows too", "templates/seed.staging.sql.j2",
             "        {{ ('t.' ~ (plan.owner | ident)) | seed_owned }}\n        AND NOT EXISTS (\n            SELECT 1 FROM described",
             "        TRUE\n        AND NOT EXISTS (\n            SELECT 1 FROM described", (PF, "-k", "non_seed_data")),
    Mutation("sellpage stats a day too old are kept", "templates/seed.staging.sql.j2",
             "OR p.{{ page.day | ident }} < a.anchor_day - {{ history_days }})",
             "OR p.{{ page.day | ident }} < a.anchor_day - {{ history_days }} - 1)", (PF, "-k", "later_day")),
    Mutation("the last id of each run is not described", "templates/_described.sql.j2",
             "ON k.n <= dr.last_index - dr.first_index", "ON k.n < dr.last_index - dr.first_index",
             (PF, "-k", "reapply_with_nothing")),
    Mutation("the seed does not converge", "generator/render.py",
             "converge = convergence_plans(inputs, schema)", "converge = ()", ("tests/test_converge.py", "-k", "smaller")),
    # --- templates/verify.staging.sql.j2: each check
    Mutation("verify's line-total check is one-sided (!= -> >)", "templates/verify.staging.sql.j2",
             "AND i.{{ o.line_total | ident }} != i.{{ o.quantity | ident }}", "AND i.{{ o.line_total | ident }} > i.{{ o.quantity | ident }}",
             (PR, "-k", "exactly_the_rule")),
    Mutation("verify's order window includes the anchor's midnight (< -> <=)", "templates/verify.staging.sql.j2",
             "AND o.{{ o.created_at | ident }} < a.anchor_day AT TIME ZONE 'UTC'",
             "AND o.{{ o.created_at | ident }} <= a.anchor_day AT TIME ZONE 'UTC'", (PR, "-k", "exactly_the_rule")),
    Mutation("verify's order window excludes its first instant (>= -> >)", "templates/verify.staging.sql.j2",
             "o.{{ o.created_at | ident }} >= (a.anchor_day", "o.{{ o.created_at | ident }} > (a.anchor_day",
             (PR, "-k", "exactly_the_rule")),
    Mutation("verify does not check the first event's status", "templates/verify.staging.sql.j2",
             " AND first_event.{{ o.event_status | ident }} = {{ first_event_status | sql }}", "",
             (PR, "-k", "exactly_the_rule")),
    Mutation("verify does not compare a campaign's end with its last stats day", "templates/verify.staging.sql.j2",
             "            OR l.last_day != coalesce(c.{{ campaign.end_date | ident }}::date, a.anchor_day - 1)\n", "",
             (PR, "-k", "exactly_the_rule")),
    Mutation("verify's history-window check ignores the campaign's end", "templates/verify.staging.sql.j2",
             "d.{{ ad.day | ident }}::date > w.last_day OR ", "", (PF, "-k", "campaign_dates")),
    Mutation("verify's history-window check ignores stats of unknown entities", "templates/verify.staging.sql.j2",
             "AND (w.entity_id IS NULL OR ", "AND (", (PR, "-k", "exactly_the_rule")),
    Mutation("verify's ad-status check is one-sided (!= -> <)", "templates/verify.staging.sql.j2",
             "AND d.{{ ad_level.status | ident }}::text != s.{{ adset.status | ident }}::text",
             "AND d.{{ ad_level.status | ident }}::text < s.{{ adset.status | ident }}::text", (PR, "-k", "exactly_the_rule")),
    Mutation("verify lets organic traffic cost a cent", "templates/verify.staging.sql.j2",
             "AND p.{{ page_spend | ident }} != 0", "AND p.{{ page_spend | ident }} > 0.01", (PR, "-k", "exactly_the_rule")),
    Mutation("verify's sellpage window is a day too long", "templates/verify.staging.sql.j2",
             "NOT (p.{{ page.day | ident }} >= a.anchor_day - {{ history_days }} AND",
             "NOT (p.{{ page.day | ident }} >= a.anchor_day - {{ history_days }} - 1 AND", (PR, "-k", "exactly_the_rule")),
    Mutation("verify's gate ignores rows that went missing (!= -> >)", "templates/verify.staging.sql.j2",
             "FILTER (WHERE {{ col.found }} != {{ col.expected }})", "FILTER (WHERE {{ col.found }} > {{ col.expected }})",
             (PF, "-k", "deploy_gate")),
    Mutation("verify sets TimeZone for the session", "templates/verify.staging.sql.j2",
             "SET LOCAL TimeZone = 'UTC';", "SET TimeZone = 'UTC';", (PR, "-k", "outlives")),
    Mutation("the verify file without ON_ERROR_STOP (no deploy gate)", "templates/verify.staging.sql.j2",
             "{% for line in contract.PSQL_META %}\n{{ line }}\n{% endfor %}\nBEGIN;", "BEGIN;",
             (PF, "-k", "deploy_gate")),
    Mutation("every history window starts a day early", "templates/_ad_stats_windows.sql.j2",
             ", {{ w.first }} AS first_day", ", {{ w.first }} - 1 AS first_day", (PR, "-k", "exactly_the_rule")),
    Mutation("the header does not say how to regenerate the file", "templates/_header.sql.j2",
             "-- Inputs: {{ header.inputs | comment }}; command: {{ header.regenerate | comment }}",
             "-- Inputs: {{ header.inputs | comment }}",
             ("tests/test_build.py", "-k", "headers")),
    Mutation("the schema's products are inserted twice on a second load", "templates/schema.sql.j2",
             "ON CONFLICT", "ON CONFLICT ON CONSTRAINT nope", (PF, "-k", "schema_is_idempotent")),
    # --- generator/render.py
    Mutation("reset takes another advisory lock than the seed", "generator/render.py",
             '"lock_key": LOCK_KEY,', '"lock_key": LOCK_KEY + (mode == PREFLIGHT_RESET),', (RE, "-k", "one_lock")),
    Mutation("an adset's history window is a day longer (a constant off by one)", "generator/render.py",
             "caps = (None, dataset.ADSET_HISTORY_CAP, dataset.AD_HISTORY_CAP)",
             "caps = (None, dataset.ADSET_HISTORY_CAP + 1, dataset.AD_HISTORY_CAP)", (PR, "-k", "exactly_the_rule")),
    Mutation("verify's always-paused adset pattern names the wrong adset", "generator/render.py",
             'paused_adset_ids=f"%{dataset.ALWAYS_PAUSED_ADSET:0', 'paused_adset_ids=f"%{dataset.ALWAYS_PAUSED_ADSET + 1:0',
             (PR, "-k", "exactly_the_rule")),
    Mutation("runs of ids cross blocks of RUN_LENGTH", "generator/plans.py",
             "and (index - 1) // RUN_LENGTH == (ranges[-1][0] - 1) // RUN_LENGTH:", ":",
             ("tests/test_locality.py",)),
    Mutation("an item's order key is named through the event table", "generator/sqlnames.py",
             '"item_order_key": item.sql(o.order_key)', '"item_order_key": event.sql(o.order_key)',
             ("tests/test_model_rename.py",)),
    Mutation("the reset names its owner column by key, not by its SQL name", "generator/plans.py",
             "            owner=t.sql(t.owner_column or ID),", "            owner=t.owner_column or ID,", ("tests/test_model_rename.py",)),
    # --- generator/model.py, dataset.py, identity.py, values.py, sqlliteral.py, fileformat.py
    Mutation("varchar is not accepted as text", "generator/model.py",
             '"text": ("text", "varchar", "bpchar", "citext"),', '"text": ("text", "bpchar", "citext"),',
             (PR, "-k", "preflight_accepts")),
    Mutation("day columns are not compared on re-apply", "generator/model.py",
             "c.seeded_as not in (AS_NOW, AS_DAILY_ID)", "c.seeded_as not in (AS_NOW, AS_DAILY_ID, AS_DAY)",
             (PR, "-k", "restores")),
    Mutation("the last table's foreign keys keep nothing (a list cut)", "generator/model.py",
             "(t, c) for t in self.tables for c in t.foreign_keys if c.references == parent",
             "(t, c) for t in self.tables[:-1] for c in t.foreign_keys if c.references == parent", (PR, "-k", "reset_keeps")),
    Mutation("archived campaigns end yesterday", "generator/dataset.py",
             '"ARCHIVED": (4, 8)', '"ARCHIVED": (1, 1)', ("tests/test_dataset.py", PF, "-k", "campaign")),
    Mutation("an archived campaign's children are not archived", "generator/dataset.py",
             '    if parent_status == "ARCHIVED":\n        return "ARCHIVED"\n', "", (PF, "-k", "milestone_dataset")),
    Mutation("the regenerate command drops --campaigns", "generator/dataset.py",
             'parts.append(f"--campaigns {self.campaigns}")', "pass", ("tests/test_build.py", "-k", "regenerate")),
    Mutation("a stats id counts its day modulo 4095", "generator/identity.py",
             "(day - DAY_ZERO).days % 4096", "(day - DAY_ZERO).days % 4095", (PF, "-k", "later_day")),
    Mutation("the namespace's first id is not in it", "generator/identity.py",
             "return SEED_NAMESPACE_FIRST <= value <= SEED_NAMESPACE_LAST", "return SEED_NAMESPACE_FIRST < value <= SEED_NAMESPACE_LAST",
             ("tests/test_identity.py",)),
    Mutation("an instant's time of day is subtracted", "generator/values.py",
             "return Instant(days * 86400 + seconds_of_day)", "return Instant(days * 86400 - seconds_of_day)",
             ("tests/test_dataset.py",)),
    Mutation("a quote is escaped with a backslash in a standard string", "generator/sqlliteral.py",
             "return \"'\" + text.replace(\"'\", \"''\") + \"'\"", "return \"'\" + text.replace(\"'\", \"\\\\'\") + \"'\"",
             ("tests/test_literals.py",)),
    Mutation("a negative instant is written without its sign", "generator/sqlliteral.py",
             "days, seconds = divmod(value.seconds, 86400)", "days, seconds = divmod(abs(value.seconds), 86400)",
             ("tests/test_literals.py",)),
    Mutation("the files do not silence PL/pgSQL context lines (a list cut)", "generator/fileformat.py",
             'PSQL_META = ("\\\\set ON_ERROR_STOP on", "\\\\set QUIET on", "\\\\set SHOW_CONTEXT never")',
             'PSQL_META = ("\\\\set ON_ERROR_STOP on", "\\\\set QUIET on")', (PF, "-k", "docs_verify")),
    Mutation("build --check misses a file that was deleted", "generator/output.py",
             '            differences.append(FileDifference(name, "missing", f"--- {path} is missing\\n"))\n            continue\n',
             "            continue\n", ("tests/test_build.py", "-k", "missing_file")),
    # --- a second batch, written after the first had been killed: other paths to each promise
    Mutation("the seed keeps ad stats after their window's last day", "templates/seed.staging.sql.j2",
             "AND d.{{ ad.day | ident }}::date BETWEEN w.first_day AND w.last_day",
             "AND d.{{ ad.day | ident }}::date >= w.first_day", (PR, "-k", "earlier_day")),
    Mutation("the seed keeps sellpage stats on or after the anchor day", "templates/seed.staging.sql.j2",
             "AND (p.{{ page.day | ident }} >= a.anchor_day OR", "AND (p.{{ page.day | ident }} > a.anchor_day + 1 OR",
             (PR, "-k", "earlier_day")),
    Mutation("verify counts real rows as seeded", "templates/verify.staging.sql.j2",
             "    FROM {{ name | ident }}\n    WHERE {{ owner | ident | seed_owned }}", "    FROM {{ name | ident }}\n    WHERE TRUE",
             (PR, "-k", "one_count_per")),
    Mutation("verify reads instants in the session's time zone", "templates/verify.staging.sql.j2",
             "SET LOCAL TimeZone = 'UTC';\n", "\n", (PF, "-k", "timezone")),
    Mutation("the first compared column is not restored (a list cut)", "generator/plans.py",
             "compared=tuple(c.name for c in t.compared_columns),", "compared=tuple(c.name for c in t.compared_columns[1:]),",
             (PR, "-k", "restores")),
    Mutation("Prisma-only URL parameters are passed to libpq", "generator/runner.py",
             "elif key not in PRISMA_ONLY_PARAMETERS and pair:", "elif pair:", ("tests/test_preflight.py", "-k", "prisma_url")),
    Mutation("verify runs in a writable transaction", "generator/runner.py",
             '        found.append(("SET LOCAL transaction_read_only = on", ()))\n', "        pass\n",
             (PR, "-k", "verify_is_read_only")),
    Mutation("doctor leaves capitals unquoted", "generator/doctor.py",
             'r"[a-z_][a-z0-9_$]*"', 'r"[A-Za-z_][A-Za-z0-9_$]*"', ("tests/test_preflight.py", "-k", "each_mismatch")),
    Mutation("apply with no file runs the reset", "generator/cli.py",
             'default = _config(config_path).out_dir(None) / output_file(kind).name',
             'default = _config(config_path).out_dir(None) / output_file("reset").name',
             (RU, "-k", "default_to_the_files")),
    Mutation("a reset that keeps rows is reported as changing nothing", "generator/results.py",
             'if c not in ("unchanged", "kept")', 'if c not in ("unchanged", "kept", "deleted")',
             (RU, "-k", "apply_edit_verify_reset")),
    Mutation("the guard errors on an unset app.env instead of refusing", "templates/_guard.sql.j2",
             "session_env text := current_setting({{ contract.ENV_SETTING | sql }}, true);",
             "session_env text := current_setting({{ contract.ENV_SETTING | sql }});",
             (PF, "-k", "guard_refuses_an_undeclared")),
    Mutation("the report's unchanged count is the rows written", "templates/seed.staging.sql.j2",
             '"unchanged": "(SELECT count(*) FROM " ~ ((upsert.staging | ident) if staged else "v") ~ ") - count(*)",',
             '"unchanged": "count(*)",',
             (PF, "-k", "reapply_with_nothing")),
    Mutation("the largest index is refused", "generator/identity.py",
             "MAX_INDEX = 10**INDEX_DIGITS - 1", "MAX_INDEX = 10**INDEX_DIGITS - 2", ("tests/test_identity.py",)),
    Mutation("--orders admits ids that do not fit", "generator/config.py",
             "MAX_ORDERS = MAX_INDEX // CHILD_BASE", "MAX_ORDERS = MAX_INDEX // 10", ("tests/test_identity.py",)),
    Mutation("a check with fewer rows than expected passes the runner", "generator/results.py",
             "return self.expected == self.found", "return self.expected >= self.found",
             (RU, "-k", "apply_edit_verify_reset")),
    # --- a fourth batch, after the third was killed
    Mutation("money rounds half-even", "generator/dataset.py",
             "return value.quantize(CENT, rounding=ROUND_HALF_UP)", "return value.quantize(CENT)",
             ("tests/test_dataset.py", "-k", "half_up")),
    Mutation("the statement reader's shortcut ignores an odd quote count", "generator/script.py",
             "if state is None and line.count(\"'\") % 2 == 0 and not _SPECIAL.search(line):",
             "if state is None and not _SPECIAL.search(line):", (RU, "-k", "reader_splits")),
    Mutation("the report's counts are left-aligned", "generator/report.py",
             "parts = [c.rjust(w) if i >= right_from else c.ljust(w)", "parts = [c.ljust(w) if i >= right_from else c.ljust(w)",
             (RU, "-k", "right_aligned")),
    Mutation("the progress shows no count", "generator/runner.py",
             "progress(row[REPORT_TABLE_COLUMN], sum(report.tables[row[REPORT_TABLE_COLUMN]].counts.values()))",
             "progress(row[REPORT_TABLE_COLUMN], 0)", ("tests/test_scale.py", "-k", "progress")),
    Mutation("the lock timeout is sent in seconds as milliseconds (0 waits forever)", "generator/runner.py",
             '(f"{int(lock_timeout * 1000)}ms",)', '(f"{int(lock_timeout)}ms",)', (RU, "-k", "lock_times_out")),
    Mutation("the convergence's kept notice skips a row's described check", "templates/seed.staging.sql.j2",
             "            AND NOT EXISTS (\n                SELECT 1\n                FROM (",
             "            AND TRUE OR NOT EXISTS (\n                SELECT 1\n                FROM (", (PR, "-k", "convergence_keeps")),
    # --- generator/runner.py, results.py, report.py, script.py, cli.py, doctor.py, errors.py
    Mutation("the runner declares app.env for its session (leaks through a pooler)", "generator/runner.py",
             '("SELECT set_config(%s, %s, true)", (ENV_SETTING, STAGING))', '("SELECT set_config(%s, %s, false)", (ENV_SETTING, STAGING))',

             ("tests/test_pooler.py",)),
    Mutation("the runner's lock timeout outlives the transaction", "generator/runner.py",
             "(\"SELECT set_config('lock_timeout', %s, true)\"", "(\"SELECT set_config('lock_timeout', %s, false)\"",
             (PR, "-k", "outlives")),
    Mutation("the runner's search_path outlives the transaction", "generator/runner.py",
             "(\"SELECT set_config('search_path', quote_ident(%s), true)\"", "(\"SELECT set_config('search_path', quote_ident(%s), false)\"",
             (PR, "-k", "outlives")),
    Mutation("the runner takes APP_ENV case-insensitively", "generator/runner.py",
             'if STAGING in (environ.get("APP_ENV"), environ.get("NODE_ENV")):',
             'if STAGING in ((environ.get("APP_ENV") or "").strip().lower(), environ.get("NODE_ENV")):',
             (RU, "-k", "not_staging")),
    Mutation("a Prisma URL's schema= is not read", "generator/runner.py",
             'if key == "schema":', 'if key == "search_path":', ("tests/test_preflight.py", "-k", "prisma_url")),
    Mutation("no password redaction", "generator/runner.py",
             "for secret in _secrets(dsn):", "for secret in []:", (RU, "-k", "redact or password")),
    Mutation("a percent-encoded password is redacted only as written", "generator/runner.py",
             "found += [urllib.parse.unquote(p) for p in found]", "pass", (RU, "-k", "redact")),
    Mutation("missing platform products are an exit 10", "generator/runner.py",
             "if state in (STATE_SCHEMA, STATE_PRODUCTS):", "if state == STATE_SCHEMA:", (RU, "-k", "platform_products")),
    Mutation("a lock timeout is an exit 10", "generator/runner.py",
             "if isinstance(exc, errors.LockNotAvailable):", "if isinstance(exc, errors.DeadlockDetected):",
             (RU, "-k", "lock_times_out")),
    Mutation("the runner accepts a file that leaves its transaction open", "generator/runner.py",
             "if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:", "if False:",
             (RU, "-k", "transaction_open")),
    Mutation("a report keeps only the last batch's counts", "generator/results.py",
             "report.counts[column] += int(row[column])", "report.counts[column] = int(row[column])",
             (RU, "-k", "apply_reports")),
    Mutation("verify's one-line summary miscounts", "generator/report.py",
             "return f\"verify found {len(bad)} mismatch", "return f\"verify found {len(bad) + 1} mismatch",
             (PF, "-k", "docs_verify")),
    Mutation("a dollar quote's closing tag is not consumed", "generator/script.py",
             "return -1 if found < 0 else found + len(quote)", "return -1 if found < 0 else found",
             (RU, "-k", "apply_reports")),
    Mutation("verify exits 0 unless every check fails", "generator/cli.py",
             "if not all(c.ok for c in checks):", "if not any(c.ok for c in checks):",
             ("tests/test_converge.py", "-k", "verify_names")),
    Mutation("--scale 0 is accepted", "generator/cli.py",
             "type=click.IntRange(1, MAX_SCALE)", "type=click.IntRange(0, MAX_SCALE)", ("tests/test_build.py", "-k", "bad_option")),
    Mutation("scale = 0 in the settings file is accepted", "generator/config.py",
             '"scale": _integer(1, MAX_SCALE),', '"scale": _integer(0, MAX_SCALE),', ("tests/test_config.py", "-k", "bad_settings")),
    Mutation("the settings file is looked for in this directory only", "generator/config.py",
             "for directory in (here, *here.parents) if holds(directory)", "for directory in (here,) if holds(directory)",
             ("tests/test_config.py", "-k", "subdirectory")),
    Mutation("the settings' out is relative to the current directory", "generator/config.py",
             'out = (self.directory / self.values.get("out", "out")).resolve()', 'out = Path(self.values.get("out", "out")).resolve()',
             ("tests/test_config.py", "-k", "subdirectory")),
    Mutation("the command line does not override the settings file", "generator/cli.py",
             "value = {key: v if v is not None else config.get(key) for key, v in given.items()}",
             "value = {key: config.get(key) if config.get(key) is not None else v for key, v in given.items()}",
             ("tests/test_config.py", "-k", "overrides")),
    Mutation("doctor reads the reset's needs only", "generator/doctor.py",
             "    for mode, kind in ((PREFLIGHT_SEED, SEED), (PREFLIGHT_RESET, RESET)):", "    for mode, kind in ((PREFLIGHT_RESET, RESET),):",
             ("tests/test_preflight.py", "-k", "each_mismatch")),
    Mutation("the help's exit codes leave out the last one", "generator/errors.py",
             "for code in ExitCode) + \".\"", "for code in list(ExitCode)[:-1]) + \".\"",
             (RU, "-k", "documented or one_source")),
    Mutation("a missing resource is a file error, not an internal one", "generator/resources.py",
             "ExitCode.INTERNAL)", "ExitCode.FILE)", ("tests/test_build.py", "-k", "resource")),
    Mutation("the embedded server restarted by pg_ctl is not stopped", "generator/embedded.py",
             'if (self.data_dir / "postmaster.pid").exists():', "if False:", ("tests/test_cleanup.py",)),
    Mutation("the demo does not run verify", "generator/demo.py",
             'echo(f"\\nverify: all {len(checks)} checks hold")', 'echo("\\nverify: skipped")',
             (RU, "-k", "demo_runs")),
    Mutation("the lint does not parse a DO block's PL/pgSQL body", "generator/lint.py",
             "        if body:\n", "        if False:\n", ("tests/test_lint.py", "-k", "plpgsql")),
    # --- generator/psl.py, generator/binding.py: the team's schema.prisma
    Mutation("@map and @@map are ignored", "generator/psl.py",
             "    return value if isinstance(value, str) else name", "    return name", (TB, "-k", "snake_case_maps")),
    Mutation("an enum value's @map is ignored", "generator/psl.py",
             "                        mapped = attr.arg(\"name\")", "                        mapped = value.text",
             (PS, "-k", "read_as_prisma")),
    Mutation("a field's ? is not read", "generator/psl.py",
             "        optional = bool(self.accept(\"punct\", \"?\"))", "        optional = bool(self.accept(\"punct\", \"?\")) and False",
             (PS, "-k", "read_as_prisma")),
    Mutation("@@unique is not read", "generator/psl.py",
             "        sets += [_field_names(a.arg(\"fields\")) for a in self.attributes if a.name == \"unique\"]",
             "        sets += []", (TB, "-k", "stand_in_schema_binds")),
    Mutation("the parser counts no lines", "generator/psl.py",
             "            out.append(Token(\"newline\", \"\\n\", line))\n            line += 1",
             "            out.append(Token(\"newline\", \"\\n\", line))", (PS, "-k", "cannot_read")),
    Mutation("a missing model gets no close match", "generator/binding.py",
             "    return f\" ({candidates[close[0]]}?)\" if close else \"\"", "    return \"\"",
             (TB, "-k", "alone")),
    Mutation("mapped enum values are not written as stored", "generator/binding.py",
             "                mapped = tuple((x, stored[x]) for x in c.choices if x in stored and stored[x] != x)",
             "                mapped = ()", (TB, "-k", "mapped_enum")),
    Mutation("a rate keeps the dataset's places whatever the column's scale", "generator/binding.py",
             "            places = min(derived.places, scale) if derived else 2",
             "            places = derived.places if derived else 2", (TB, "-k", "rounded_once")),
    Mutation("a rate at the column's scale is rounded from the 6-place value", "generator/plans.py",
             "            row[d.column] = dataset.ratio(row[d.numerator] * d.factor, row[d.divisor], Decimal(1).scaleb(-places))",
             "            row[d.column] = row[d.column].quantize(Decimal(1).scaleb(-places))", (TB, "-k", "rounded_once")),
    Mutation("a required field the schema lacks is left out", "generator/binding.py",
             "            required = (c.key == ID and not t.natural_key) or c.key in REQUIRED_COLUMNS.get(t.key, ())",
             "            required = c.key == ID and not t.natural_key", (TB, "-k", "alone")),
    Mutation("a required column with no value is not named", "generator/binding.py",
             "            elif not f.optional and default is None and t.seeded:", "            elif False:",
             (TB, "-k", "alone")),
    Mutation("a client-only default is left to the database", "generator/binding.py",
             "            elif client:\n", "            elif client and False:\n", (TT, "-k", "applies_reapplies")),
    Mutation("an ON CONFLICT target without a unique constraint passes", "generator/binding.py",
             "        if not any(set(s) == fields for s in model.unique_sets):", "        if False:",
             (TB, "-k", "alone")),
    Mutation("one [fill] value goes into a unique column of many rows", "generator/binding.py",
             "        if any(f.name in s for s in model.unique_sets if len(s) == 1) and self.rows(t) > 1:",
             "        if False:", (TB, "-k", "alone")),
    Mutation("a VarChar's length is not checked", "generator/binding.py",
             "                if what == \"length\" and len(str(value)) > bound:",
             "                if what == \"length\" and len(str(value)) > bound + 100:", (TB, "-k", "alone")),
    Mutation("a Decimal's precision is not checked", "generator/binding.py",
             "len(str(abs(int(value)))) > max(bound, 1):", "len(str(abs(int(value)))) > max(bound, 1) + 10:",
             (TB, "-k", "alone")),
    Mutation("a Json [fill] value is not written as JSON", "generator/binding.py",
             "            text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, allow_nan=False)",
             "            text = str(value)", (TB, "-k", "extra_columns")),
    Mutation("verify compares a campaign's status with the dataset's value, not the stored one", "generator/render.py",
             "        campaign_archived=schema.stored(AD_TREE[0].table, STATUS_COLUMN, \"ARCHIVED\"),",
             "        campaign_archived=\"ARCHIVED\",", (TT, "-k", "applies_reapplies")),
    Mutation("the stats ids' CASE compares the dataset's values, not the stored ones", "generator/plans.py",
             "        f\"WHEN {sql_literal(kind.store(value))} THEN", "        f\"WHEN {sql_literal(value)} THEN",
             (TB, "-k", "mapped_enum")),
    Mutation("a client-only default's value is the same on every row", "generator/plans.py",
             "        return f\"'c' || replace(({made})::text, '-', '')\"", "        return \"'c'\"",
             (TT, "-k", "applies_reapplies")),
    Mutation("the settings' prisma-schema is ignored", "generator/cli.py",
             "    path = given if given is not None else config.path_of(\"prisma-schema\")", "    path = given",
             (TT, "-k", "applies_reapplies")),
    Mutation("unquoted dotted keys of [fields] are not flattened", "generator/config.py",
             "        if \".\" not in key and isinstance(value, dict):", "        if False:",
             ("tests/test_config.py", "-k", "dotted")),
    Mutation("doctor checks the settings' schema, not the committed files", "generator/doctor.py",
             "        committed = committed_preflight(out_dir / kind.name) if out_dir is not None else None",
             "        committed = None", (TT, "-k", "doctor_checks")),
    Mutation("the preflight does not ask for UPDATE", "generator/preflight.py",
             '            wanted += ["INSERT", "UPDATE"]', '            wanted += ["INSERT"]',
             (PR, "-k", "each_privilege_the_role_lacks")),
    Mutation("the templates expand ids with 11 digits", "generator/templating.py",
             '    env.globals["index_digits"] = INDEX_DIGITS', '    env.globals["index_digits"] = INDEX_DIGITS - 1',
             ("tests/test_converge.py",)),
    Mutation("the reference DDL has no unique keys but the natural ones", "generator/ddl.py",
             "        for key in (t.natural_key, *t.unique):", "        for key in (t.natural_key,):",
             (RU, "-k", "named_conflict")),
    Mutation("the plain flavor keeps psql's meta-commands", "generator/render.py",
             '            if stripped.startswith("--") or line in meta or (not stripped and blank):',
             '            if stripped.startswith("--") or (not stripped and blank):', ("tests/test_plain.py", "-k", "applies_reapplies")),
    Mutation("the plain flavor keeps the comments", "generator/render.py",
             '            if stripped.startswith("--") or line in meta or (not stripped and blank):',
             '            if line in meta or (not stripped and blank):', ("tests/test_plain.py", "-k", "no_meta_command")),
    Mutation("the plain flavor is not named in the regenerate command", "generator/dataset.py",
             '            parts.append(f"--flavor {self.flavor}")', "            pass", ("tests/test_config.py", "-k", "flavor")),
    Mutation("a required field the dataset leaves NULL passes", "generator/binding.py",
             "        if not f.optional and c.seeded_as is not None and t.seeded and self.writes_null(t, c):",
             "        if False:", (TB, "-k", "alone")),
    Mutation("money may be Float", "generator/binding.py",
             '        if kind == "decimal" and f.type == "Float" and not derived:', "        if False:", (TB, "-k", "alone")),
    Mutation("every value an enum-like column may take must be in the team's enum", "generator/binding.py",
             "        return tuple(x for x in c.choices if x in found)", "        return c.choices",
             (TB, "-k", "never_writes")),
    Mutation("the products go in with an updatedAt the team's Product lacks", "generator/ddl.py",
             "    stamp = UPDATED_AT in product.column_keys", "    stamp = True", (TB, "-k", "without_updated_at")),
    Mutation("a failing rule of a team's build names no offending row", "generator/render.py",
             "    if not detailed:\n        return sql_literal(name)", "    if True:\n        return sql_literal(name)",
             (TT, "-k", "first_offending_row")),
    Mutation("the build's progress shows only each table's total", "generator/render.py",
             "        if count % 1000 == 0:\n            progress(table, count)\n", "",
             ("tests/test_scale.py", "-k", "build_shows")),
    Mutation("the demo applies a fresh build, not the committed files", "generator/demo.py",
             "            files = committed  # the committed files: what the team's operators run",
             "            write_files(inputs, files, schema)", (TT, "-k", "refuses_committed")),
    # --- the COPY load (psql flavor): staging tables, COPY's text format, the runner's COPY
    Mutation("a staging table outlives its transaction (no ON COMMIT DROP)", "templates/seed.staging.sql.j2",
             "CREATE TEMPORARY TABLE {{ upsert.staging | ident }} ON COMMIT DROP AS",
             "CREATE TEMPORARY TABLE {{ upsert.staging | ident }} AS", (PR, "-k", "do_not_outlive")),
    Mutation("the preflight does not check the TEMPORARY privilege", "templates/_preflight.sql.j2",
             "        , has_database_privilege(current_database(), 'TEMPORARY') AS ok",
             "        , TRUE AS ok", (PR, "-k", "temporary_privilege")),
    Mutation("COPY's text format leaves a backslash single", "generator/sqlliteral.py",
             '_COPY_ESCAPES = {"\\\\": "\\\\\\\\", ', '_COPY_ESCAPES = {',
             ("tests/test_roundtrip.py", "-k", "through_copy")),
    Mutation("COPY's NULL is written as an empty field", "generator/sqlliteral.py",
             'type(None): lambda value: "\\\\N",\n    bool: lambda value: "t"', 'type(None): lambda value: "",\n    bool: lambda value: "t"',
             ("tests/test_roundtrip.py", "-k", "through_copy")),
    Mutation("the staging table types an enum-like column as text", "generator/plans.py",
             'typed = [f"t.{ident(name)}" if name in live else',
             'typed = [f"NULL::text AS {ident(name)}" if name in live else', (PF, "-k", "reapply_with_nothing")),
    Mutation("the runner ends a COPY after its first thousand rows", "generator/runner.py",
             "            if data.last:\n                break", "            break", (RU, "-k", "apply_reports")),
    Mutation("lint does not count a data line's fields", "generator/lint.py",
             "        if len(fields) != columns:", "        if False:", ("tests/test_lint.py", "-k", "broken_copy")),
    Mutation("a table's parts skip an entity at each boundary", "generator/dataset.py",
             "range(first, min(first + size, count + 1))", "range(first, min(first + size - 1, count + 1))",
             ("tests/test_dataset.py", "-k", "parts_in_order")),
    Mutation("the worker pool writes the parts as they finish, not in order", "generator/render.py",
             "            text, count = pending.popleft().result()", "            text, count = pending.pop().result()",
             ("tests/test_scale.py", "-k", "worker_processes")),
    Mutation("every upsert joins the anchor, read or not", "generator/plans.py",
             '        return any("a.anchor_day" in e for e in self.expressions)', "        return True",
             (TT, "-k", "pass_the_lint")),
    Mutation("the statement reader takes a COPY's data for SQL", "generator/script.py",
             "            if statement.copies_in:\n                data = []", "            if False:\n                data = []",
             (RU, "-k", "apply_reports")),
    # --- hostile input: files that carry only their own statements (issue 25)
    Mutation("a comment shows a value as it is (a newline ends the comment)", "generator/sqlliteral.py",
             "    text = str(text)\n    if _COMMENT_SPECIAL.search(text) is None:",
             "    text = str(text)\n    if True:", (HI, "-k", "one_line or hostile_names")),
    Mutation("the header shows the settings' paths unescaped", "templates/_header.sql.j2",
             "-- Inputs: {{ header.inputs | comment }};", "-- Inputs: {{ header.inputs }};", (HI, "-k", "hostile_names")),
    Mutation("a literal keeps a dollar-quote delimiter as it is", "generator/sqlliteral.py",
             '    dollar = "$" in text and DOLLAR_DELIMITER.search(text) is not None',
             "    dollar = False", (HI, "-k", "dollar")),
    Mutation("a name keeps a dollar-quote delimiter as it is", "generator/sqlliteral.py",
             '    if "$" in name and DOLLAR_DELIMITER.search(name) is not None:', "    if False:",
             (HI, "-k", "dollar")),
    Mutation("verify's check names hold column names raw inside a literal", "templates/verify.staging.sql.j2",
             "{{ (o.subtotal ~ ' = sum of ' ~ o.line_total) | sql }} AS",
             "'{{ o.subtotal }} = sum of {{ o.line_total }}' AS", (HI, "-k", "hostile_names")),
    Mutation("a name with a control character is accepted", "generator/sqlliteral.py",
             "    control = _NAME_CONTROL.search(name)", "    control = None", (HI, "-k", "control_character")),
    Mutation("a name is cut at 64 bytes, not 63", "generator/sqlliteral.py",
             "    if size > NAME_BYTES:", "    if size > NAME_BYTES + 1:", (HI, "-k", "cannot_hold_as_given")),
    Mutation("a model's @@schema is ignored", "generator/binding.py",
             '        attr = model.attribute("schema")', "        attr = None", (HI, "-k", "another_postgresql_schema")),
    Mutation("a [fill] value holding NUL reaches the literal (a traceback)", "generator/binding.py",
             '    if _holds(value, lambda x: isinstance(x, str) and "\\x00" in x):', "    if False:",
             (HI, "-k", "fill_value")),
    Mutation("a [fill] number that is not finite is written", "generator/binding.py",
             "    if _holds(value, lambda x: isinstance(x, float) and not math.isfinite(x)):", "    if False:",
             (HI, "-k", "fill_value")),
    Mutation("the preflight splits enum values on spaces", "generator/preflight.py",
             """f"ARRAY[{', '.join(sql_literal(v) for v in values)}]\"""",
             """f"string_to_array({sql_literal(' '.join(values))}, ' ')\"""", (HI, "-k", "enum_value_with")),
    Mutation("a table's section comment shows its name unescaped", "templates/seed.staging.sql.j2",
             "{{ contract.rows_section(upsert.table.name | ident | comment) }}",
             "{{ contract.rows_section(upsert.table.name) }}", (HI, "-k", "stat_reads")),

    Mutation("a message quotes a newline raw (two lines)", "generator/errors.py",
             '        message = _CONTROL.sub(lambda m: _SHOWN.get(m.group(), f"\\\\x{ord(m.group()):02X}"), message)\n',
             "", (HI, "-k", "one_line")),
    Mutation("psql runs verify in a transaction that may write", "templates/verify.staging.sql.j2",
             "BEGIN;\nSET LOCAL transaction_read_only = on;\n", "BEGIN;\n", (HI, "-k", "read_only_under_psql")),
)


def scratch_copy(target: Path) -> None:
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(target)


def probe(mutation: Mutation) -> tuple[str, str, float]:
    """(outcome, the first failing test, seconds) for one mutation: outcome is "killed"
    (a test failed, as it should), "SURVIVED", or "BROKEN" (the mutant does not build:
    a mutation must be a plausible bug, not a crash)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gen-seed-sql-mutant-") as tmp:
        clone = Path(tmp)
        scratch_copy(clone)
        path = clone / mutation.path
        text = path.read_text(encoding="utf-8")
        if text.count(mutation.old) != 1:
            raise SystemExit(f"{mutation.name}: the text to change occurs {text.count(mutation.old)} times in {mutation.path}")
        path.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(clone)}
        build = subprocess.run([sys.executable, "-c", "from generator.cli import main; main()", "build"], cwd=clone,
                               env=env, capture_output=True, text=True)
        if build.returncode != 0:
            return "BROKEN", build.stderr.strip().splitlines()[-1] if build.stderr.strip() else "", time.monotonic() - started
        tests = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                f"--basetemp={clone / '.pytest'}", *mutation.tests],
                               cwd=clone, env=env, capture_output=True, text=True)
        failed = [line.split()[1] for line in tests.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
        outcome = "killed" if tests.returncode != 0 else "SURVIVED"
        if tests.returncode not in (0, 1):  # collection errors, no tests: not a kill
            outcome, failed = "BROKEN", [tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else "pytest failed"]
        return outcome, failed[0] if failed else "", time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="run only the mutations whose name contains this")
    parser.add_argument("--markdown", action="store_true", help="also print the table docs/promises.md holds")
    args = parser.parse_args()
    results = []
    for mutation in MUTATIONS:
        if args.only not in mutation.name:
            continue
        outcome, test, seconds = probe(mutation)
        results.append((mutation, outcome, test))
        print(f"{outcome:8}  {seconds:5.1f} s  {mutation.name}  [{mutation.path}]  {test}", flush=True)
    killed = sum(outcome == "killed" for _, outcome, _ in results)
    print(f"{killed} of {len(results)} mutations killed ({100 * killed / max(len(results), 1):.0f} %)")
    if args.markdown:
        print("\n| mutation | where | killed by |\n|---|---|---|")
        for mutation, outcome, test in results:
            print(f"| {mutation.name} | `{mutation.path}` | {('`' + test + '`') if outcome == 'killed' else outcome} |")
    sys.exit(0 if killed == len(results) else 1)


if __name__ == "__main__":
    main()
