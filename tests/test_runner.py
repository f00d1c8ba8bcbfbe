"""The runner (apply / reset / verify / demo) against a real PostgreSQL: happy paths and
every user error, with exact exit codes and never a traceback."""

import json
import os
import re
import subprocess

import psycopg
import pytest
from click.testing import CliRunner

from generator.cli import cli
from support.cli import CLI, assert_one_line_error, run
from support.database import drop_database, psql_report


def test_apply_reports_per_table_then_a_reapply_changes_nothing(db, files):
    first = run(["apply", str(files.seed), "--dsn", db.dsn, "--format", "json"])
    assert first.exit_code == 0, first.output
    inserted = {t["table"]: t["inserted"] for t in json.loads(first.output)["tables"]}
    counts = db.seeded_counts()
    assert {name: inserted[name] for name in counts} == counts and inserted["Order"] == 100
    again = run(["apply", str(files.seed), "--dsn", db.dsn, "--format", "json"])
    assert again.exit_code == 0, again.output
    report = json.loads(again.output)
    assert report["changed"] is False
    assert report["totals"]["inserted"] == report["totals"]["updated"] == report["totals"]["deleted"] == 0
    order = next(t for t in report["tables"] if t["table"] == "Order")
    assert order["unchanged"] == 100
    text = run(["apply", str(files.seed), "--dsn", db.dsn])
    assert "nothing to change" in text.output


def test_runner_and_psql_make_the_same_database(db, files, server):
    assert run(["apply", str(files.seed), "--dsn", db.dsn]).exit_code == 0
    other = db.sibling()
    try:
        assert other.psql(files.seed).returncode == 0
        assert db.snapshot() == other.snapshot()
        # and a psql re-apply on the runner's database finds nothing to do
        totals, _ = psql_report(db, files.seed)
        assert all(inserted == updated == deleted == 0 for inserted, updated, _, deleted in totals.values()), totals
    finally:
        drop_database(server, other.name)


def test_apply_edit_verify_reset_verify_cycle(db, files):
    assert run(["apply", str(files.seed), "--dsn", db.dsn]).exit_code == 0
    ok = run(["verify", str(files.verify), "--dsn", db.dsn])
    assert ok.exit_code == 0, ok.output
    assert "MISMATCH" not in ok.output
    db.execute("UPDATE \"OrderItem\" SET \"lineTotal\" = \"lineTotal\" + 1 WHERE id = '00000000-5eed-8003-8002-000000000401'")
    db.execute('DELETE FROM "SellpageStatsDaily" WHERE "adSource" = \'instagram\' AND "statDate" = (SELECT min("statDate") FROM "SellpageStatsDaily")')
    bad = run(["verify", str(files.verify), "--dsn", db.dsn])
    assert_one_line_error(bad, 1, "OrderItem: lineTotal = quantity x unitPrice: 1 rows break it",
                          "SellpageStatsDaily: 178 seeded rows, expected 180")
    seeded = db.seeded_counts()
    reset = run(["reset", str(files.reset), "--dsn", db.dsn, "--format", "json"])
    assert reset.exit_code == 0, reset.output
    deleted = {t["table"]: t["deleted"] for t in json.loads(reset.output)["tables"]}
    assert {name: deleted[name] for name in seeded} == seeded
    assert json.loads(reset.output)["changed"] is True
    assert set(db.seeded_counts().values()) == {0}
    assert run(["verify", str(files.verify), "--dsn", db.dsn]).exit_code == 1
    empty = run(["verify", str(files.verify), "--dsn", db.dsn, "--empty", "--format", "json"])
    assert empty.exit_code == 0, empty.output
    assert json.loads(empty.output)["ok"] is True


def test_verify_never_writes(db, files):
    assert run(["apply", str(files.seed), "--dsn", db.dsn]).exit_code == 0
    before = db.snapshot()
    # A read-only database would make any write fail: verify still passes there.
    db.execute(f'ALTER DATABASE "{db.name}" SET default_transaction_read_only = on')
    result = run(["verify", str(files.verify), "--dsn", db.dsn], env={"APP_ENV": None})
    assert result.exit_code == 0, result.output
    assert db.snapshot() == before


@pytest.mark.parametrize(
    "env",
    [{"APP_ENV": None}, {"APP_ENV": "production"}, {"APP_ENV": "Staging"}, {"APP_ENV": " staging"},
     {"APP_ENV": "staging2"}, {"APP_ENV": ""}],
)
def test_the_runner_refuses_an_environment_that_is_not_staging(db, files, env):
    result = run(["apply", str(files.seed), "--dsn", db.dsn], env=env)
    assert_one_line_error(result, 3, "not staging")
    assert set(db.seeded_counts().values()) == {0}


def test_node_env_staging_is_enough(db, files):
    result = run(["apply", str(files.seed), "--dsn", db.dsn], env={"APP_ENV": None, "NODE_ENV": "staging"})
    assert result.exit_code == 0, result.output


def test_the_database_guard_has_the_last_word(db, files):
    db.execute(f"ALTER DATABASE \"{db.name}\" SET app.env = 'production'")
    for command, f in (("apply", files.seed), ("reset", files.reset)):
        result = run([command, str(f), "--dsn", db.dsn], env={"NODE_ENV": "production"})
        assert_one_line_error(result, 4, "declares app.env=production")
    assert set(db.seeded_counts().values()) == {0}


def test_unreachable_server_is_exit_5():
    result = run(["apply", "out/seed.staging.sql", "--dsn", "host=127.0.0.1 port=1 dbname=x connect_timeout=3"])
    assert_one_line_error(result, 5, "cannot connect to x on 127.0.0.1:1")


def test_bad_credentials_are_exit_5_and_the_password_never_shows(db, files):
    dsn = psycopg.conninfo.make_conninfo(db.dsn, user="no_such_role", password="hunter2-secret")
    result = run(["apply", str(files.seed), "--dsn", dsn], env={"PGPASSWORD": "other-secret-pw"})
    assert_one_line_error(result, 5, "bad credentials for", "no_such_role")
    assert "hunter2-secret" not in result.output and "other-secret-pw" not in result.output


def test_invalid_dsn_is_a_usage_error():
    result = run(["apply", "out/seed.staging.sql", "--dsn", "host=x port"])
    assert_one_line_error(result, 2, "invalid --dsn")


def test_missing_tables_are_named(blank_db, files):
    result = run(["apply", str(files.seed), "--dsn", blank_db.dsn])
    assert_one_line_error(result, 6, 'the schema does not fit this file: "Product": needs a table, has no such table; "User": needs a table')
    verify = run(["verify", str(files.verify), "--dsn", blank_db.dsn])
    assert_one_line_error(verify, 6, 'the schema does not fit this file: "Product": needs a table, has no such table')


def test_missing_platform_products_are_named(db, files):
    db.execute("DELETE FROM \"Product\" WHERE sku = 'MOUSE-001'")
    result = run(["apply", str(files.seed), "--dsn", db.dsn])
    assert_one_line_error(result, 6, "missing platform products: MOUSE-001")
    assert set(db.seeded_counts().values()) == {0}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "not found"),
        ("SELECT 1;\n", "not a file gen-seed-sql generated"),
        ("-- gen-seed-sql 0.1.0: staging reset: x\nSELECT 1;\n", "not a seed file"),
        ("-- gen-seed-sql 0.1.0: staging seed: x\n\\! rm -rf /\n", "unsupported psql meta-command \\!"),
        ("-- gen-seed-sql 0.1.0: staging seed: x\nSELECT 1\n", "does not end with ';'"),
        (b"-- gen-seed-sql 0.1.0: staging seed\n\xff\xfe;\n", "not UTF-8"),
        ('-- gen-seed-sql 0.1.0: staging seed: x\nBEGIN;\nCREATE TEMPORARY TABLE "seed_X" (a integer);\n'
         'COPY "seed_X" (a) FROM STDIN;\n1\n2\n', "the COPY's data does not end with a line \\."),
    ],
)
def test_bad_files_are_exit_7(db, tmp_path, content, needle):
    path = tmp_path / "seed.sql"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    result = run(["apply", str(path), "--dsn", db.dsn])
    assert_one_line_error(result, 7)
    assert needle in result.output
    assert run(["apply", str(tmp_path), "--dsn", db.dsn]).exit_code == 7  # a directory


def test_a_held_lock_times_out_instead_of_hanging(db, files):
    """--lock-timeout 0.5 ends the wait; a watchdog ends the run after 60 s instead, so a
    runner that waits forever fails this test rather than hanging the suite."""
    import threading

    done = threading.Event()

    def watchdog():
        if not done.wait(60):
            db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gen-seed-sql'")

    with psycopg.connect(db.dsn, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(1592614637)")
        threading.Thread(target=watchdog, daemon=True).start()
        result = run(["apply", str(files.seed), "--dsn", db.dsn, "--lock-timeout", "0.5"])
        done.set()
    assert_one_line_error(result, 8, "lock timeout")
    assert set(db.seeded_counts().values()) == {0}


def test_a_real_row_holding_a_seed_value_is_a_named_conflict(db, files):
    db.execute("""
        INSERT INTO "User" ("updatedAt", id, email, "passwordHash", role) VALUES (now(), '11111111-0000-4000-8000-000000000001', 'real@example.com', 'x', 'SELLER');
        INSERT INTO "Seller" ("updatedAt", id, "userId", name, slug) VALUES (now(), '11111111-0000-4000-8000-000000000002', '11111111-0000-4000-8000-000000000001', 'Real', 'staging-desk-goods');
    """)
    result = run(["apply", str(files.seed), "--dsn", db.dsn])
    assert_one_line_error(result, 9, "Seller_slug_key", "(slug)=(staging-desk-goods)")
    assert set(db.seeded_counts().values()) == {0}


@pytest.mark.parametrize(
    "args",
    [["apply", "--format", "xml"], ["apply", "--lock-timeout", "-1"], ["reset", "--lock-timeout", "x"],
     ["apply", "--lock-timeout", "nan"], ["reset", "--lock-timeout", "inf"],
     ["verify", "--dsn", "postgresql://u@h:notaport/db"],
     ["verify", "--bogus"], ["demo", "--scale", "0"], ["nosuchcommand"]],
)
def test_bad_option_values_are_exit_2(args):
    result = run(args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_dsn_falls_back_to_database_url(db, files):
    result = run(["apply", str(files.seed)], env={"DATABASE_URL": db.dsn})
    assert result.exit_code == 0, result.output


def test_the_console_script_in_a_subprocess_exits_with_documented_codes(db, files):
    env = {k: v for k, v in os.environ.items() if k not in ("APP_ENV", "NODE_ENV", "DATABASE_URL")}
    refused = subprocess.run([*CLI, "apply", str(files.seed), "--dsn", db.dsn], env=env, capture_output=True, text=True)
    assert refused.returncode == 3 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1
    ok = subprocess.run([*CLI, "apply", str(files.seed), "--dsn", db.dsn], env={**env, "APP_ENV": "staging"},
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "\x1b[" not in ok.stderr  # no progress output when stderr is not a terminal


@pytest.mark.db
@pytest.mark.parametrize("ddl", ["reference", "prisma"])
def test_demo_runs_on_an_embedded_server(ddl):
    proc = subprocess.run([*CLI, "demo", "--ddl", ddl],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"the {ddl} schema and the platform products loaded" in proc.stdout
    held = re.search(r"^verify: all (\d+) checks hold$", proc.stdout, re.MULTILINE)
    assert held and int(held.group(1)) == proc.stdout.count(" ok\n"), proc.stdout
    assert "sample orders" in proc.stdout
    top_spend = proc.stdout.split("sample campaigns with the most spend, last 3 days:", 1)[1].split("\n\n", 1)[0]
    assert top_spend.count("\n") >= 4 and "ACTIVE" in top_spend and "ARCHIVED" not in top_spend, top_spend


def test_every_command_has_help_and_is_documented():
    docs = open(os.path.join(os.path.dirname(__file__), "..", "docs", "cli.md"), encoding="utf-8").read()
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert command.help and "Example" in command.help, name
        assert "Exit codes" in result.output
        assert f"gen-seed-sql {name}" in docs, name


def test_libpq_pg_variables_are_the_last_fallback(db, files):
    params = psycopg.conninfo.conninfo_to_dict(db.dsn)
    env = {"PGHOST": params["host"], "PGDATABASE": params["dbname"], "PGUSER": params.get("user", "postgres")}
    if params.get("port"):
        env["PGPORT"] = str(params["port"])
    result = run(["apply", str(files.seed)], env=env)
    assert result.exit_code == 0, result.output


@pytest.mark.db
def test_demo_keep_leaves_a_server_that_answers_and_stops_with_the_printed_command():
    proc = subprocess.run([*CLI, "demo", "--keep",
                           "--ddl", "prisma-uuid"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    dsn = next(line.split("DSN: ", 1)[1] for line in proc.stdout.splitlines() if "DSN: " in line)
    stop = next(line.split("stop it: ", 1)[1] for line in proc.stdout.splitlines() if "stop it: " in line)
    try:
        with psycopg.connect(dsn) as conn:
            assert conn.execute('SELECT count(*) FROM "Order"').fetchone()[0] == 100
            assert conn.execute("SELECT current_setting('app.env')").fetchone()[0] == "staging"
            assert conn.execute("""SELECT pg_typeof("id")::text FROM "Order" LIMIT 1""").fetchone()[0] == "uuid"
    finally:
        subprocess.run(stop, shell=True, check=True, capture_output=True, timeout=60)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(dsn, connect_timeout=3)


def test_only_a_lost_connection_is_called_one():
    """psycopg files class 53-58 errors under OperationalError too: those are the database's."""
    from generator.errors import ExitCode
    from generator.run.connection import database_error

    in_use = psycopg.errors.lookup("55000")('record "r" is not assigned yet')
    err = database_error(in_use, "host=db", "apply")
    assert err.code == ExitCode.DATABASE and "lost the connection" not in err.message
    lost = psycopg.OperationalError("server closed the connection unexpectedly")
    assert database_error(lost, "host=db", "apply").code == ExitCode.CONNECTION
    shut = psycopg.errors.lookup("57P01")("terminating connection due to administrator command")
    assert database_error(shut, "host=db", "apply").code == ExitCode.CONNECTION


@pytest.mark.parametrize(
    ("dsn", "secrets"),
    [
        ("host=db user=app password=s3cret-kv dbname=app", ["s3cret-kv"]),
        ("host=db password = 'sp ace\\'q' dbname=app", ["sp ace'q"]),
        ("postgresql://app:s3cret-url@db:5432/app", ["s3cret-url"]),
        ("postgresql://app:p%40ss%2Fw0rd@db/app", ["p@ss/w0rd", "p%40ss%2Fw0rd"]),
        ("postgresql://app@db/app?password=s3cret-query&sslmode=disable", ["s3cret-query"]),
        ("postgresql://app:s3cret-prisma@db:5432/app?schema=public&connection_limit=5&pgbouncer=true", ["s3cret-prisma"]),
        ("postgresql://app:s3cret-badport@db:notaport/app", ["s3cret-badport"]),
    ],
)
def test_redact_removes_the_password_of_every_dsn_form(dsn, secrets, monkeypatch):
    from generator.run.connection import redact

    monkeypatch.delenv("PGPASSWORD", raising=False)
    message = "could not connect: " + " / ".join(secrets) + f" ({dsn})"
    cleaned = redact(message, dsn)
    assert all(secret not in cleaned for secret in secrets), cleaned
    assert "********" in cleaned and "could not connect" in cleaned
    monkeypatch.setenv("PGPASSWORD", "from-the-environment")
    assert "from-the-environment" not in redact("password from-the-environment rejected", "host=db")


@pytest.mark.parametrize("command", ["apply", "reset"])
def test_a_file_that_leaves_its_transaction_open_is_refused_and_writes_nothing(db, files, tmp_path, command):
    if command == "reset":
        assert run(["apply", str(files.seed), "--dsn", db.dsn]).exit_code == 0
    before = db.seeded_counts()
    source = files.seed if command == "apply" else files.reset
    text = source.read_text()
    # the seed's COMMIT is psql's \else branch (its \if is psql's dry run)
    ending = "\nCOMMIT;\n\\endif\n" if command == "apply" else "\nCOMMIT;\n"
    assert text.endswith(ending)
    unfinished = tmp_path / source.name
    unfinished.write_text(text[: -len(ending)] + ending.replace("COMMIT;\n", ""))
    result = run([command, str(unfinished), "--dsn", db.dsn])
    assert_one_line_error(result, 7, "left its transaction open")
    assert db.seeded_counts() == before


def test_exit_codes_have_one_source():
    """ExitCode is the list: every command's help gives each code with its summary, and
    docs/cli.md's table has one row per code, no more."""
    from generator.errors import ExitCode

    docs = open(os.path.join(os.path.dirname(__file__), "..", "docs", "cli.md"), encoding="utf-8").read()
    table = docs.split("## Exit codes", 1)[1].split("\n\n", 2)[1]
    documented = [int(line.split("|")[1]) for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
    assert documented == [code.value for code in ExitCode]
    for name in cli.commands:
        help_text = " ".join(CliRunner().invoke(cli, [name, "--help"]).output.split())
        for code in ExitCode:
            assert f"{code.value} {code.summary}" in help_text, (name, code)


def test_apply_verify_and_reset_default_to_the_files_in_out(db, files, tmp_path, monkeypatch):
    """With no FILE, each command runs its own file of ./out: the seed, verify, the reset."""
    out = tmp_path / "out"
    out.mkdir()
    for f in (files.seed, files.verify, files.reset):
        (out / f.name).write_bytes(f.read_bytes())
    monkeypatch.chdir(tmp_path)
    applied = run(["apply", "--dsn", db.dsn, "--format", "json"])
    assert applied.exit_code == 0, applied.output
    assert json.loads(applied.output)["totals"]["inserted"] == sum(db.seeded_counts().values()) > 0
    assert run(["verify", "--dsn", db.dsn]).exit_code == 0
    reset = run(["reset", "--dsn", db.dsn, "--format", "json"])
    assert reset.exit_code == 0 and json.loads(reset.output)["command"] == "reset", reset.output
    assert set(db.seeded_counts().values()) == {0}


def test_the_statement_reader_splits_as_psql_does():
    """A `;` inside a string that spans lines, a quoted identifier, a dollar quote or a
    comment does not end a statement."""
    from generator.run.script import statements

    text = ("SELECT 'a;\nb';\n"            # a string over two lines, an odd quote on each
            "SELECT \"x;\" FROM t;\n"      # a quoted identifier
            "DO $d$ BEGIN PERFORM 1; END $d$;\n"
            "SELECT 1 -- not the end;\n; \n"
            "SELECT 'it''s';\n")
    found = [s.sql.strip() for s in statements(iter(text.splitlines(keepends=True)))]
    assert found == ["SELECT 'a;\nb';", 'SELECT "x;" FROM t;', "DO $d$ BEGIN PERFORM 1; END $d$;",
                     "SELECT 1 -- not the end;\n;", "SELECT 'it''s';"], found


def test_report_counts_are_right_aligned_under_their_headers():
    from generator.run.report import run_report_text
    from generator.run.results import RunReport

    report = RunReport("apply", "out/seed.staging.sql", ("inserted", "updated", "unchanged", "deleted"))
    report.add({"seeded_table": "Order", "inserted": 100, "updated": 0, "unchanged": 0, "deleted": 0})
    report.add({"seeded_table": "AdStatsDaily", "inserted": 7, "updated": 12, "unchanged": 0, "deleted": 3})
    lines = run_report_text(report).splitlines()
    header, order = lines[0], next(line for line in lines if line.startswith("Order"))
    assert header.index("inserted") + len("inserted") == order.index("100") + 3  # right edges line up
    assert lines[2].startswith("Order ") and lines[3].startswith("AdStatsDaily")


def test_the_copy_progress_counts_every_row_sent_so_far(db, files):
    """While a table's COPY data is sent, its progress is the rows sent so far (1000, then
    all of them), never one chunk's count; the report row then says the same total."""
    from generator.dataset import dataset
    from generator.run.runner import run_file
    from generator.run.script import open_script

    heard = []
    run_file(open_script(files.seed, "seed"), db.dsn, 30, progress=lambda table, n: heard.append((table, n)))
    total = sum(1 for _ in dataset.rows("AdStatsDaily", files.inputs))
    counts = [n for table, n in heard if table == "AdStatsDaily"]
    assert total > 1000 and counts[:2] == [1000, total] and counts == sorted(counts), counts
