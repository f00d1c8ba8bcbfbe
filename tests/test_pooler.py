"""Behind a real pgbouncer (transaction pooling, one server connection per pool): nothing
the runner declares outlives its transaction, so plain psql without a declaration is
still refused on the very server connection the runner used; and once the database
declares itself, psql and the runner work through the pooler."""

import json
import os
import subprocess

import pytest

from support.cli import run_file
from support.database import STAGING


def psql(pooler, db, file, env=None):
    """psql -f FILE through the pooler, with no PG* variable from the test's environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    clean.update(env or {})
    return subprocess.run([db.server.psql, "-X", "-d", pooler.dsn_for(db.name), "-f", str(file)],
                          capture_output=True, text=True, env=clean, timeout=120)


def test_the_runners_declaration_does_not_leak_through_a_pooler(pgbouncer, db, files):
    dsn = pgbouncer.dsn_for(db.name)
    refused = psql(pgbouncer, db, files.seed)
    assert refused.returncode != 0 and "refused" in refused.stderr
    backend = pgbouncer.backend_pid(db.name)
    for command, file in (("apply", files.seed), ("verify", files.verify), ("reset", files.reset),
                          ("apply", files.seed)):
        result = run_file(command, file, dsn)
        assert result.exit_code == 0, (command, result.output)
    seeded = db.seeded_counts()
    assert seeded["Order"] == 100
    for file in (files.seed, files.reset):
        # the server connection the runner used, the only one of the pool (a refused
        # file leaves its transaction failed: pgbouncer then drops that connection)
        assert pgbouncer.backend_pid(db.name) == backend
        proc = psql(pgbouncer, db, file)
        assert proc.returncode != 0 and "gen-seed-sql: refused: app.env is not set" in proc.stderr, proc.stderr
        assert db.seeded_counts() == seeded  # nothing written, nothing deleted
        backend = pgbouncer.backend_pid(db.name)


def test_pgoptions_cannot_pass_a_pooler_and_the_refusal_says_what_can(pgbouncer, reference_db, files):
    proc = psql(pgbouncer, reference_db, files.seed, env=STAGING)
    assert proc.returncode != 0 and "unsupported startup parameter: options" in proc.stderr
    refused = psql(pgbouncer, reference_db, files.seed)
    message = [line for line in refused.stderr.splitlines() if "gen-seed-sql: refused" in line]
    assert len(message) == 1 and "ALTER DATABASE" in message[0] and "poolers" in message[0], refused.stderr


@pytest.fixture
def declared_db(db):
    """A database that declares itself staging (before any pooled connection to it)."""
    db.execute(f"ALTER DATABASE \"{db.name}\" SET app.env = 'staging'")
    return db


def test_everything_works_through_a_pooler_once_the_database_declares_itself(pgbouncer, declared_db, files):
    db = declared_db
    dsn = pgbouncer.dsn_for(db.name)
    first = psql(pgbouncer, db, files.seed)
    assert first.returncode == 0, first.stderr
    counts = db.seeded_counts()
    again = run_file("apply", files.seed, dsn, "--format", "json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["changed"] is False
    verified = psql(pgbouncer, db, files.verify)
    assert verified.returncode == 0 and "MISMATCH" not in verified.stdout, verified.stderr
    assert run_file("verify", files.verify, dsn).exit_code == 0
    assert db.seeded_counts() == counts
    reset = psql(pgbouncer, db, files.reset)
    assert reset.returncode == 0, reset.stderr
    assert set(db.seeded_counts().values()) == {0}
    assert run_file("apply", files.seed, dsn).exit_code == 0
    assert run_file("reset", files.reset, dsn).exit_code == 0
    assert set(db.seeded_counts().values()) == {0}
