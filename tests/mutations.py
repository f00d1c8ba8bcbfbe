"""A mutation probe: does the suite catch deliberate bugs?

    python tests/mutations.py                 # every mutation below
    python tests/mutations.py --only lock     # those whose name contains "lock"

For each mutation it exports the committed tree (`git archive HEAD`) into a scratch
directory, makes one change (an exact text replacement, which must match once),
rebuilds out/ there, runs the tests that should catch it against the embedded
PostgreSQL (or GEN_SEED_SQL_TEST_DSN), and prints one line: killed (the tests failed,
as they should) or SURVIVED (a bug the suite does not see). Exit status 1 when any
survived. Nothing in the working tree is touched.
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


MUTATIONS = (
    Mutation("reset takes another advisory lock than the seed", "generator/render.py",
             '"lock_key": LOCK_KEY,', '"lock_key": LOCK_KEY + (mode == PREFLIGHT_RESET),',
             ("tests/test_reliability.py", "-k", "one_lock")),
    Mutation("the verify file without ON_ERROR_STOP (no deploy gate)", "templates/verify.staging.sql.j2",
             "{% for line in contract.PSQL_META %}\n{{ line }}\n{% endfor %}\nBEGIN;", "BEGIN;",
             ("tests/test_psql_files.py", "-k", "deploy_gate")),
    Mutation("the runner accepts a file that leaves its transaction open", "generator/runner.py",
             "if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:", "if False:",
             ("tests/test_runner.py", "-k", "transaction_open")),
    Mutation("no password redaction", "generator/runner.py",
             "for secret in _secrets(dsn):", "for secret in []:",
             ("tests/test_runner.py", "-k", "redact or password")),
    Mutation("verify's history-window check ignores the campaign's end", "templates/verify.staging.sql.j2",
             "d.{{ ad.day | ident }}::date > w.last_day OR ", "",
             ("tests/test_psql_files.py", "-k", "campaign_dates")),
    Mutation("the runner declares app.env for its session (leaks through a pooler)", "generator/runner.py",
             "(\"SELECT set_config('app.env', %s, true)\"", "(\"SELECT set_config('app.env', %s, false)\"",
             ("tests/test_pooler.py",)),
    Mutation("the seed does not converge", "generator/render.py",
             "converge = convergence_plans(inputs)", "converge = ()",
             ("tests/test_converge.py", "-k", "smaller")),
    Mutation("a kept row is not named", "templates/_ownership.sql.j2",
             "        RAISE NOTICE '{{ contract.MESSAGE_PREFIX }}kept % %", "        RAISE DEBUG '{{ contract.MESSAGE_PREFIX }}kept % %",
             ("tests/test_converge.py", "-k", "kept")),
    Mutation("the files run in the session's time zone", "templates/_guard.sql.j2",
             "SET LOCAL TimeZone = 'UTC';", "",
             ("tests/test_psql_files.py", "-k", "timezone")),
    Mutation("archived campaigns end yesterday", "generator/dataset.py",
             '"ARCHIVED": (4, 8)', '"ARCHIVED": (1, 1)',
             ("tests/test_dataset.py", "tests/test_psql_files.py", "-k", "campaign")),
    Mutation("the guard accepts any app.env", "templates/_guard.sql.j2",
             "IF session_env IS DISTINCT FROM 'staging' THEN", "IF false THEN",
             ("tests/test_psql_files.py", "-k", "guard")),
    Mutation("an item's order key is named through the event table", "generator/render.py",
             '"item_order_key": item.sql(o.order_key)', '"item_order_key": event.sql(o.order_key)',
             ("tests/test_model_rename.py",)),
    Mutation("the reset names its owner column by key, not by its SQL name", "generator/render.py",
             '"owner": t.sql(t.owner_column),', '"owner": t.owner_column,',
             ("tests/test_model_rename.py",)),
    Mutation("no row is kept for the real rows that reference it", "templates/_ownership.sql.j2",
             '{{ "\\n" if not loop.first }}AND NOT EXISTS (', '{{ "\\n" if not loop.first }}AND TRUE OR NOT EXISTS (',
             ("tests/test_psql_files.py", "-k", "reset")),
)


def scratch_copy(target: Path) -> None:
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(target)


def probe(mutation: Mutation) -> tuple[bool, float]:
    """(killed, seconds) for one mutation."""
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
        if build.returncode != 0:  # a mutant that cannot even build is caught by the suite's build test
            return True, time.monotonic() - started
        tests = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                f"--basetemp={clone / '.pytest'}", *mutation.tests],
                               cwd=clone, env=env, capture_output=True, text=True)
        return tests.returncode != 0, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="run only the mutations whose name contains this")
    args = parser.parse_args()
    survived = 0
    for mutation in MUTATIONS:
        if args.only not in mutation.name:
            continue
        killed, seconds = probe(mutation)
        survived += not killed
        print(f"{'killed  ' if killed else 'SURVIVED'}  {seconds:5.1f} s  {mutation.name}", flush=True)
    sys.exit(1 if survived else 0)


if __name__ == "__main__":
    main()
