"""Concurrency, faults, the guard under attack, clashes with real data, secrets.
Every test starts real processes against a real PostgreSQL."""

import subprocess
import time

import psycopg
import pytest

from support.cli import CLI, clean_env
from support.database import STAGING, drop_database, drop_role, grant_rows
from support.files import expected_counts


def start_runner(db, command, path, *args):
    return subprocess.Popen([*CLI, command, str(path), "--dsn", db.dsn, *args], env=clean_env(APP_ENV="staging"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(procs, timeout=180):
    outputs = [p.communicate(timeout=timeout) for p in procs]
    return [p.returncode for p in procs], outputs


# --- concurrency -------------------------------------------------------------------------

CONCURRENT_APPLIES = 6  # 3 psql + 3 runner, all started at once


def test_many_applies_at_once_psql_and_runner_mixed_end_as_one_apply(db, files, server):
    reference = db.sibling()
    try:
        assert reference.psql(files.seed).returncode == 0
        expected = reference.snapshot()
    finally:
        drop_database(server, reference.name)
    procs = []
    for n in range(CONCURRENT_APPLIES):
        procs.append(db.start_psql(files.seed) if n % 2 == 0 else start_runner(db, "apply", files.seed, "--lock-timeout", "120"))
    codes, outputs = finish(procs)
    assert codes == [0] * CONCURRENT_APPLIES, [o[1] for o in outputs]
    assert db.snapshot() == expected


APPLY_RESET_ROUNDS = 4


@pytest.mark.parametrize("round_", range(APPLY_RESET_ROUNDS))
def test_an_apply_and_a_reset_at_once_run_one_after_the_other(db, files, round_):
    if round_ % 2:
        assert db.psql(files.seed).returncode == 0  # start from a seeded database half the time
    procs = [db.start_psql(files.seed), start_runner(db, "reset", files.reset, "--lock-timeout", "120")]
    if round_ >= 2:
        procs.reverse()
    codes, outputs = finish(procs)
    assert codes == [0, 0], [o[1] for o in outputs]
    counts = db.seeded_counts()
    # either the reset ran last (nothing seeded) or the apply did (everything seeded): never a mix
    assert counts in ({name: 0 for name in counts}, expected_counts(files)), counts


@pytest.mark.parametrize(("held_by", "waiter"), [("seed", "reset"), ("reset", "seed")])
@pytest.mark.parametrize("client", ["psql", "runner"])
def test_seed_and_reset_wait_for_the_one_lock_the_other_holds(db, files, held_by, waiter, client):
    """The seed and the reset take the same advisory lock: hold it as the one would (a
    transaction-level lock on the key its file takes), and the other waits for it."""
    from generator.sql.render import LOCK_KEY

    holder_file = files.seed if held_by == "seed" else files.reset
    assert f"pg_advisory_xact_lock({LOCK_KEY})" in holder_file.read_text()  # the key the file really takes
    if waiter == "reset":
        assert db.psql(files.seed).returncode == 0
    before = db.seeded_counts()
    path = files.seed if waiter == "seed" else files.reset
    with psycopg.connect(db.dsn) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        command = "apply" if waiter == "seed" else "reset"
        proc = db.start_psql(path) if client == "psql" else start_runner(db, command, path, "--lock-timeout", "120")
        pid = wait_for_lock_wait(db, "psql" if client == "psql" else "gen-seed-sql")
        waits_on = db.query("SELECT locktype, objid FROM pg_locks WHERE pid = %s AND NOT granted", (pid,))
        assert waits_on == [("advisory", LOCK_KEY)], waits_on
        time.sleep(0.3)
        assert proc.poll() is None and db.seeded_counts() == before  # still waiting, nothing done
        holder.rollback()
    codes, outputs = finish([proc])
    assert codes == [0], outputs
    assert db.seeded_counts() != before


# --- faults ------------------------------------------------------------------------------


def wait_for_lock_wait(db, application, timeout=30):
    """The pid of the backend of ``application`` once it waits on a lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = db.query(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = %s "
            "AND wait_event_type = 'Lock'", (application,))
        if rows:
            return rows[0][0]
        time.sleep(0.05)
    raise AssertionError(f"{application} never waited on a lock")


def tables_locked_by(db, pid):
    return {r[0] for r in db.query(
        "SELECT c.relname FROM pg_locks AS l JOIN pg_class AS c ON c.oid = l.relation "
        "WHERE l.pid = %s AND l.granted AND l.mode = 'RowExclusiveLock'", (pid,))}


@pytest.mark.parametrize("client", ["psql", "runner"])
def test_a_connection_killed_in_the_middle_of_an_apply_leaves_nothing(db, files, client):
    with psycopg.connect(db.dsn) as holder:
        holder.execute('LOCK TABLE "AdStatsDaily" IN ACCESS EXCLUSIVE MODE')
        proc = db.start_psql(files.seed) if client == "psql" else start_runner(db, "apply", files.seed, "--lock-timeout", "120")
        pid = wait_for_lock_wait(db, "psql" if client == "psql" else "gen-seed-sql")
        assert {"Order", "Campaign", "Ad"} <= tables_locked_by(db, pid)  # it had written those already
        db.execute("SELECT pg_terminate_backend(%s)", (pid,))
        code, (_, err) = proc.wait(timeout=60), proc.communicate()
        holder.rollback()
    assert code != 0
    if client == "runner":
        assert code == 5 and "lost the connection" in err and "nothing was committed" in err
        assert "Traceback" not in err
    assert set(db.seeded_counts().values()) == {0}


@pytest.mark.parametrize("client", ["psql", "runner"])
def test_a_connection_killed_in_the_middle_of_a_reset_leaves_everything(db, files, client):
    assert db.psql(files.seed).returncode == 0
    before = db.snapshot()
    with psycopg.connect(db.dsn) as holder:
        holder.execute('LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE')
        proc = db.start_psql(files.reset) if client == "psql" else start_runner(db, "reset", files.reset, "--lock-timeout", "120")
        pid = wait_for_lock_wait(db, "psql" if client == "psql" else "gen-seed-sql")
        assert {"Order", "AdStatsDaily"} <= tables_locked_by(db, pid)  # it had deleted those already
        db.execute("SELECT pg_terminate_backend(%s)", (pid,))
        code = proc.wait(timeout=60)
        holder.rollback()
    assert code != 0
    assert db.snapshot() == before


def test_a_server_restart_during_an_apply_is_a_clear_error_and_the_next_run_succeeds(db, files, server):
    if not server.restart_command:
        pytest.skip("GEN_SEED_SQL_TEST_RESTART is not set for this external server")
    holder = psycopg.connect(db.dsn)
    holder.execute('LOCK TABLE "SellpageStatsDaily" IN ACCESS EXCLUSIVE MODE')
    proc = start_runner(db, "apply", files.seed, "--lock-timeout", "120")
    wait_for_lock_wait(db, "gen-seed-sql")
    server.restart()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 5, err
    assert err.count("\n") == 1 and "lost the connection" in err and "Traceback" not in err
    holder.close()
    deadline = time.monotonic() + 30
    while True:  # the server takes a moment to accept connections again
        try:
            db.scalar("SELECT 1")
            break
        except psycopg.OperationalError:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    assert set(db.seeded_counts().values()) == {0}
    again = start_runner(db, "apply", files.seed)
    codes, outputs = finish([again])
    assert codes == [0], outputs
    assert db.seeded_counts() == expected_counts(files)


# --- the guard under attack ----------------------------------------------------------------

SESSION_VALUES = {
    "staging": True,
    "Staging": False,
    "STAGING": False,
    " staging": False,
    "staging ": False,
    "staging2": False,
    "": False,
    "production": False,
}


@pytest.mark.parametrize(("value", "writes"), SESSION_VALUES.items())
def test_the_file_guard_accepts_exactly_staging(db, files, value, writes):
    # PGOPTIONS escapes a space with a backslash
    proc = db.psql(files.seed, staging=False, env={"PGOPTIONS": "-c app.env=" + value.replace(" ", "\\ ")})
    assert (proc.returncode == 0) == writes, proc.stderr
    assert (sum(db.seeded_counts().values()) > 0) == writes
    if not writes:
        assert "refused" in proc.stderr


@pytest.mark.parametrize(
    ("declare", "where"),
    [
        ("ALTER DATABASE {db} SET app.env = 'production'", "database {name} declares app.env=production"),
        ("ALTER DATABASE {db} SET app.env = 'Staging'", "database {name} declares app.env=Staging"),
        ("ALTER DATABASE {db} SET app.env = ''", "database {name} declares app.env="),
        ("ALTER ROLE CURRENT_USER IN DATABASE {db} SET app.env = 'production'",
         "role {user} in database {name} declares app.env=production"),
        ("ALTER ROLE CURRENT_USER SET app.env = 'production'", "role {user} declares app.env=production"),
    ],
)
def test_a_database_or_role_that_declares_otherwise_refuses_whatever_the_session_says(db, files, declare, where):
    """The refusal names where the refusing setting lives."""
    db.execute(declare.format(db=f'"{db.name}"'))
    user, name = db.query("SELECT quote_ident(current_user), quote_ident(current_database())")[0]
    try:
        for path in (files.seed, files.reset):
            proc = db.psql(path, staging=True)
            expected = f"refused: {where.format(name=name, user=user)} in its stored settings"
            assert proc.returncode != 0 and expected in proc.stderr, proc.stderr
        result = subprocess.run([*CLI, "apply", str(files.seed), "--dsn", db.dsn],
                                env=clean_env(APP_ENV="staging", NODE_ENV="production"), capture_output=True, text=True)
        assert result.returncode == 4, result.stderr
        assert set(db.seeded_counts().values()) == {0}
    finally:
        if "ALTER ROLE CURRENT_USER SET" in declare:  # a role's setting outlives its database
            db.execute("ALTER ROLE CURRENT_USER RESET app.env")


# --- clashes with real data ------------------------------------------------------------------

REAL_USER = "INSERT INTO \"User\" (\"updatedAt\", id, email, \"passwordHash\", role) VALUES (now(), '11111111-0000-4000-8000-000000000001', {email}, 'x', 'SELLER')"
REAL_SELLER = "INSERT INTO \"Seller\" (\"updatedAt\", id, \"userId\", name, slug) VALUES (now(), '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000001', 'Real', 'real-seller')"
REAL_SELLPAGE = ("INSERT INTO \"Sellpage\" (\"updatedAt\", id, \"sellerId\", \"productId\", slug, title, price, status) SELECT now(), "
                 "'11111111-0000-4000-8000-000000000003', '11111111-0000-4000-8000-000000000002', id, {slug}, 't', 1, 'DRAFT' "
                 "FROM \"Product\" WHERE sku = 'MOUSE-001'")
REAL_ORDER = ("INSERT INTO \"Order\" (\"updatedAt\", id, \"sellerId\", \"sellpageId\", \"orderNumber\", \"customerEmail\", \"customerName\", status, "
              "\"paymentMethod\", subtotal, \"shippingFee\", discount, total) VALUES (now(), '11111111-0000-4000-8000-000000000004', "
              "'11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000003', 'STG-000042', 'c@example.com', 'C', "
              "'PENDING', 'CARD', 1, 0, 0, 1)")

CLASHES = {
    "seeded user's email": ([REAL_USER.format(email="'staging.seller@example.com'")], "User_email_key", "(email)=(staging.seller@example.com)"),
    "sellpage slug": ([REAL_USER.format(email="'real@example.com'"), REAL_SELLER, REAL_SELLPAGE.format(slug="'staging-laptop-stand'")],
                      "Sellpage_slug_key", "(slug)=(staging-laptop-stand)"),
    "order number": ([REAL_USER.format(email="'real@example.com'"), REAL_SELLER, REAL_SELLPAGE.format(slug="'real-page'"), REAL_ORDER],
                     "Order_orderNumber_key", '("orderNumber")=(STG-000042)'),
}


@pytest.mark.parametrize("clash", CLASHES)
def test_a_real_row_holding_a_seed_value_fails_naming_constraint_and_value(db, files, clash):
    statements, constraint, key = CLASHES[clash]
    for statement in statements:
        db.execute(statement)
    before = db.snapshot()
    proc = db.psql(files.seed)
    assert proc.returncode != 0
    assert constraint in proc.stderr and key in proc.stderr
    result = subprocess.run([*CLI, "apply", str(files.seed), "--dsn", db.dsn], env=clean_env(APP_ENV="staging"),
                            capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    assert constraint in result.stderr and key in result.stderr and result.stderr.count("\n") == 1
    assert db.snapshot() == before


# --- secrets -------------------------------------------------------------------------------------

SECRET_DSN_PASSWORD = "dsn-pa55-WORD-x9"
SECRET_ENV_PASSWORD = "env-pa55-WORD-y7"


def test_passwords_never_appear_in_any_output(db, files, tmp_path):
    dsn = psycopg.conninfo.make_conninfo(db.dsn, password=SECRET_DSN_PASSWORD)
    bad_user = psycopg.conninfo.make_conninfo(db.dsn, password=SECRET_DSN_PASSWORD, user="nobody_here")
    uri = "postgresql://nobody_here:" + SECRET_DSN_PASSWORD + "@127.0.0.1:1/x?connect_timeout=2"
    runs = [
        ["apply", str(files.seed), "--dsn", dsn],
        ["apply", str(files.seed), "--dsn", dsn, "--format", "json"],
        ["verify", str(files.verify), "--dsn", dsn],
        ["reset", str(files.reset), "--dsn", dsn],
        ["apply", str(files.seed), "--dsn", bad_user],
        ["apply", str(files.seed), "--dsn", uri],
        ["verify", str(files.verify), "--dsn", uri],
        ["apply", str(tmp_path / "missing.sql"), "--dsn", dsn],
    ]
    codes = []
    for args in runs:
        env = clean_env(APP_ENV="staging", PGPASSWORD=SECRET_ENV_PASSWORD)
        result = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=60)
        codes.append(result.returncode)
        for secret in (SECRET_DSN_PASSWORD, SECRET_ENV_PASSWORD):
            assert secret not in result.stdout and secret not in result.stderr, args
    assert codes == [0, 0, 0, 0, 5, 5, 5, 7]


def test_ctrl_c_during_an_apply_exits_130_and_writes_nothing(db, files):
    import signal

    with psycopg.connect(db.dsn) as holder:
        holder.execute('LOCK TABLE "AdStatsDaily" IN ACCESS EXCLUSIVE MODE')
        # Ctrl-C as on a terminal: a suite started in the background (`cmd &` in a
        # script) hands its children SIGINT ignored, and Python then keeps ignoring it
        proc = subprocess.Popen([*CLI, "apply", str(files.seed), "--dsn", db.dsn, "--lock-timeout", "120"],
                                env=clean_env(APP_ENV="staging"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        wait_for_lock_wait(db, "gen-seed-sql")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        holder.rollback()
    assert proc.returncode == 130, err
    assert err.strip() == "gen-seed-sql: error: interrupted; nothing was written"
    assert set(db.seeded_counts().values()) == {0}


def test_a_server_configured_as_production_refuses_whatever_the_session_says(db, files):
    """postgresql.conf / ALTER SYSTEM: read from pg_file_settings (this test runs as a superuser)."""

    def alter_system(statement):
        with psycopg.connect(db.dsn, autocommit=True) as conn:
            conn.execute("SET app.env = 'defined'")  # PostgreSQL 15 wants the placeholder known first
            conn.execute(statement)
            conn.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)  # the reload is asynchronous

    alter_system("ALTER SYSTEM SET app.env = 'production'")
    try:
        proc = db.psql(files.seed, staging=True)
        assert proc.returncode != 0
        assert "the server's configuration declares app.env=production" in proc.stderr
        assert set(db.seeded_counts().values()) == {0}
    finally:
        alter_system("ALTER SYSTEM RESET app.env")
    assert db.psql(files.seed, staging=True).returncode == 0


def test_the_guard_works_for_an_ordinary_application_role(db, files, server):
    """Operators run as the application's role, not a superuser."""
    role = f"app_{db.name}"
    db.execute(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER')
    try:
        grant_rows(db, role)
        app = type(db)(server, db.name)
        app_dsn = psycopg.conninfo.make_conninfo(db.dsn, user=role)
        run = lambda env: subprocess.run([server.psql, "-X", "-d", app_dsn, "-f", str(files.seed)],  # noqa: E731
                                         env=clean_env(**env), capture_output=True, text=True)
        refused = run({})
        assert refused.returncode != 0 and "app.env is not set" in refused.stderr
        db.execute(f"ALTER DATABASE \"{db.name}\" SET app.env = 'production'")
        refused = run(STAGING)
        assert refused.returncode != 0 and "declares app.env=production" in refused.stderr
        assert set(app.seeded_counts().values()) == {0}
        db.execute(f"ALTER DATABASE \"{db.name}\" SET app.env = 'staging'")
        applied = run({})
        assert applied.returncode == 0, applied.stderr
        assert db.seeded_counts() == expected_counts(files)
    finally:
        drop_role(db, role)
