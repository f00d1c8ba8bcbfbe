"""The runner's checks: it reads and checks a whole file before it sends anything (or even
connects), it keeps checking while it runs, verify's transaction cannot be made writable,
and the edges of its environment and connection handling (redaction, a Prisma URL's
schema, APP_ENV / NODE_ENV, several hosts)."""

from __future__ import annotations

import os
import re
import subprocess
import tracemalloc

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ExitCode, SeedError
from generator.run.connection import connect, parse_target, redact, require_staging_environment
from generator.run.runner import run_script
from generator.run.script import UnclearSQL, check_whole_file, command_spans, open_script
from generator.sql.fileformat import HEADER_PREFIX, output_file
from generator.schema.builtin import BUILTIN
from support.cli import CLI, run, the_error

CLOSED_PORT = "host=127.0.0.1 port=1 dbname=x connect_timeout=3"  # nothing listens: a connection fails (exit 5)
DELETE = 'DELETE FROM "Product";\n'
KINDS = ("seed", "reset", "verify")
COMMAND = {"seed": "apply", "reset": "reset", "verify": "verify"}


def header(kind: str) -> str:
    return f"{HEADER_PREFIX}0.1.0: {output_file(kind).marker}: a file made by a test\n"


def write(tmp_path, kind: str, body: str, name: str | None = None):
    path = tmp_path / (name or output_file(kind).name)
    path.write_text(header(kind) + body, encoding="utf-8")
    return path


def check(tmp_path, kind: str, body: str) -> None:
    check_whole_file(open_script(write(tmp_path, kind, body), kind))


def refusal(tmp_path, kind: str, body: str) -> str:
    with pytest.raises(SeedError) as caught:
        check(tmp_path, kind, body)
    assert caught.value.code == ExitCode.FILE
    assert "\n" not in caught.value.message
    return caught.value.message


def real_file(files, kind: str):
    return {"seed": files.seed, "reset": files.reset, "verify": files.verify}[kind]


def products(db) -> int:
    return db.scalar('SELECT count(*) FROM "Product"')


# --- the whole file is checked before anything is sent --------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_whose_first_statement_is_not_begin_is_refused_before_anything_is_sent(reference_db, files, tmp_path,
                                                                                      kind):
    """A valid header, then `DELETE FROM "Product";`, then the real file: exit 7 naming the
    file and the line, and every product is still there (verify needs no APP_ENV)."""
    text = real_file(files, kind).read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    path = tmp_path / real_file(files, kind).name
    path.write_text(first + "\n" + DELETE + rest, encoding="utf-8")
    before = products(reference_db)
    result = run([COMMAND[kind], str(path), "--dsn", reference_db.dsn], env={"APP_ENV": None} if kind == "verify" else None)
    assert result.exit_code == 7, result.output
    assert f"{path}:2: the first statement does not open the transaction" in the_error(result)
    assert products(reference_db) == before > 0


@pytest.mark.parametrize("kind", KINDS)
def test_the_check_comes_before_the_connection(files, tmp_path, kind):
    """With --dsn on a port where nothing listens, a bad file is still exit 7, not 5: the
    runner did not even try to connect. (The real file gets as far as connecting: exit 5.)"""
    bad = write(tmp_path, kind, DELETE + "BEGIN;\nSELECT 1;\nCOMMIT;\n")
    assert run([COMMAND[kind], str(bad), "--dsn", CLOSED_PORT]).exit_code == 7
    assert run([COMMAND[kind], str(real_file(files, kind)), "--dsn", CLOSED_PORT]).exit_code == 5


@pytest.mark.parametrize("kind", KINDS)
def test_a_statement_after_commit_is_refused_and_nothing_runs(reference_db, files, tmp_path, kind):
    """The real file with `DELETE FROM "Product";` after its COMMIT: exit 7, the products are
    all there, and not even the file's own transaction ran (the seed wrote nothing, the
    reset deleted nothing)."""
    if kind == "reset":
        assert run(["apply", str(files.seed), "--dsn", reference_db.dsn]).exit_code == 0
    seeded, before = reference_db.seeded_counts(), products(reference_db)
    text = real_file(files, kind).read_text(encoding="utf-8")
    assert text.endswith(("\nCOMMIT;\n", "\nCOMMIT;\n\\endif\n"))  # the seed's: psql's dry run's \else
    path = tmp_path / real_file(files, kind).name
    path.write_text(text + DELETE, encoding="utf-8")
    result = run([COMMAND[kind], str(path), "--dsn", reference_db.dsn])
    assert result.exit_code == 7, result.output
    commit_line = text[: text.rindex("\nCOMMIT;\n") + 1].count("\n") + 1
    assert re.search(rf"{re.escape(str(path))}:{text.count(chr(10)) + 1}: `DELETE FROM \"Product\";` comes after the "
                     rf"transaction ended \(line {commit_line}\)", the_error(result)), the_error(result)
    assert products(reference_db) == before > 0
    assert reference_db.seeded_counts() == seeded


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["last line", "mid-file"])
def test_a_commit_inside_one_statement_is_refused(reference_db, files, tmp_path, kind, where):
    """`COMMIT; DELETE …` on one line is one statement the runner sends as one query, and
    PostgreSQL would run both: the check reads commands as PostgreSQL does."""
    text = real_file(files, kind).read_text(encoding="utf-8")
    if where == "last line":
        edited = text[: -len("COMMIT;\n")] + 'COMMIT; DELETE FROM "Product";\n'
    else:
        edited = text.replace("\nBEGIN;\n", '\nBEGIN;\nSELECT 1; COMMIT; DELETE FROM "Product";\n', 1)
    path = tmp_path / real_file(files, kind).name
    path.write_text(edited, encoding="utf-8")
    before = products(reference_db)
    result = run([COMMAND[kind], str(path), "--dsn", reference_db.dsn])
    assert result.exit_code == 7, result.output
    assert "not a complete generated" in the_error(result)
    assert products(reference_db) == before > 0
    assert set(reference_db.seeded_counts().values()) == {0}


@pytest.mark.parametrize(
    "command",
    ["COMMIT;", "commit;", "END;", "ROLLBACK;", "ABORT;", "BEGIN;", "START TRANSACTION;", "PREPARE TRANSACTION 'x';",
     "COMMIT PREPARED 'x';", "ROLLBACK PREPARED 'x';", "COMMIT AND CHAIN;", "ROLLBACK TO SAVEPOINT s;",
     "/* a comment */ CoMmIt /* another */ ;", "-- a comment\nEnd\n  WORK;", "SELECT 1; END;",
     "DO $x$ BEGIN END $x$; COMMIT;"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_command_that_ends_or_opens_a_transaction_mid_file_is_refused(tmp_path, kind, command):
    message = refusal(tmp_path, kind, f"BEGIN;\nSELECT 1;\n{command}\nSELECT 2;\nCOMMIT;\n")
    assert re.match(rf"{re.escape(str(tmp_path))}/\S+:\d+: ", message), message
    assert any(problem in message for problem in ("comes after the transaction ended (line ", "opens a transaction again",
                                                  "ends the transaction otherwise", "not as a statement of its own")), message
    assert message.endswith(f"not a complete generated {kind} file")


@pytest.mark.parametrize(
    ("kind", "first", "last"),
    [("seed", "BEGIN;", "COMMIT;"), ("seed", "begin;", "end;"), ("reset", "START TRANSACTION;", "COMMIT WORK;"),
     ("seed", "Begin Transaction;", "END TRANSACTION;"), ("verify", "BEGIN READ ONLY;", "ROLLBACK;"),
     ("verify", "BEGIN;", "COMMIT;"), ("verify", "START TRANSACTION READ ONLY;", "ABORT;")],
)
def test_the_first_and_last_statements_a_file_may_have(tmp_path, kind, first, last):
    check(tmp_path, kind, f"-- a comment\n\\set ON_ERROR_STOP on\n{first}\nSELECT 1;\n{last}\n-- the end\n\n")


@pytest.mark.parametrize(
    ("kind", "body", "problem"),
    [("seed", "", "it holds no statement"),
     ("seed", "SELECT 1;\nBEGIN;\nCOMMIT;\n", "2: the first statement does not open the transaction (`SELECT 1;`"),
     ("seed", "BEGIN; DELETE FROM t;\nCOMMIT;\n", "2: the first statement does not open the transaction"),
     ("seed", "BEGIN READ ONLY;\nCOMMIT;\n", "the first statement does not open the transaction"),
     ("verify", "BEGIN READ WRITE;\nCOMMIT;\n", "the first statement does not open the transaction"),
     ("seed", "BEGIN ISOLATION LEVEL SERIALIZABLE;\nCOMMIT;\n", "the first statement does not open the transaction"),
     ("seed", "BEGIN;\nSELECT 1;\n", "3: the file left its transaction open: its last statement, `SELECT 1;`, is not COMMIT"),
     ("reset", "BEGIN;\nSELECT 1;\nROLLBACK;\n", "4: `ROLLBACK;` ends the transaction otherwise than COMMIT"),
     ("verify", "BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\n", "`COMMIT AND CHAIN;` ends the transaction otherwise"),
     ("seed", "BEGIN;\nCOMMIT;\n\nSELECT 1;\n", "5: `SELECT 1;` comes after the transaction ended (line 3)"),
     ("seed", "BEGIN;\nCOMMIT; SELECT 1;\n", "3: `SELECT 1;` comes after the transaction ended (line 3)"),
     ("verify", 'BEGIN;\nCOPY "t" (a) FROM STDIN;\n1\n\\.\nCOMMIT;\n', "3: `COPY \"t\" (a) FROM STDIN;`: a verify file loads no rows"),
     ("reset", 'BEGIN;\nCOPY "t" (a) FROM STDIN;\n1\n\\.\nCOMMIT;\n', "a reset file loads no rows"),
     ("seed", "BEGIN;\nCOPY t TO PROGRAM 'rm -rf /';\nCOMMIT;\n", "a seed file copies only FROM STDIN"),
     ("seed", "BEGIN;\nSELECT 'a\\';\nCOMMIT;\n", "3: cannot read this statement's commands as PostgreSQL would "
                                                "(a backslash before a quote"),
     ("seed", "BEGIN;\nSELECT 1e5$a$ x $a$;\nCOMMIT;\n", "(a quote or $ right after a number)"),
     ("seed", "BEGIN;\nSELECT E'a\\';\nCOMMIT;\n", "(an unterminated quoted string)")],
)
def test_each_kind_of_bad_file_is_named(tmp_path, kind, body, problem):
    message = refusal(tmp_path, kind, body)
    assert problem in message, message


def test_a_generated_file_of_each_kind_and_flavor_passes(files, tmp_path):
    from generator.dataset.inputs import Inputs
    from generator.sql.output import write_files

    write_files(Inputs(orders=30, campaigns=3, flavor="plain"), tmp_path, schema=BUILTIN)
    for kind in KINDS:
        check_whole_file(open_script(real_file(files, kind), kind))
        check_whole_file(open_script(tmp_path / real_file(files, kind).name, kind))


@pytest.mark.slow
def test_the_check_reads_the_file_streaming(tmp_path):
    """A seed with 200,000 COPY rows (some 15 MB) is checked without holding it: the
    check's peak memory stays under 4 MB."""
    path = tmp_path / "seed.staging.sql"
    with path.open("w", encoding="utf-8") as f:
        f.write(header("seed") + 'BEGIN;\nCOPY "seed_t" (a, b) FROM STDIN;\n')
        row = "00000000-5eed-8001-8000-000000000001\t" + "x" * 40 + "\n"
        for _ in range(200):
            f.write(row * 1000)
        f.write("\\.\nCOMMIT;\n")
    assert path.stat().st_size > 15_000_000
    tracemalloc.start()
    try:
        check_whole_file(open_script(path, "seed"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000, peak


# --- reading commands as PostgreSQL's scanner does --------------------------------------------------


def scanner_semicolons(sql: str) -> list[int] | None:
    """Where PostgreSQL's own scanner (libpg_query, through pglast) ends commands; None when
    it refuses the text (an error: PostgreSQL runs none of it)."""
    parser = pytest.importorskip("pglast.parser")
    try:
        return [token.start for token in parser.scan(sql) if token.name == "ASCII_59"]
    except Exception:
        return None


def our_semicolons(sql: str) -> list[int]:
    spans = command_spans(sql)
    found = [end - 1 for _, end in spans if sql[end - 1:end] == ";"]
    if spans and spans[-1][1] == len(sql) and sql.endswith(";") and spans[-1] not in command_spans(sql + "x"):
        found.pop()  # the rest after the last `;` ends with a comment's `;`
    return found


@pytest.mark.parametrize(
    "sql",
    ["SELECT 'a;b'; SELECT 2;", "SELECT E'a\\';b'; SELECT 2;", "SELECT 'a\\'; SELECT 2;", 'SELECT "a;""b"; SELECT 2;',
     "DO $x$ BEGIN PERFORM 1; END $x$; COMMIT;", "SELECT $$a;$x$;$$; SELECT a$b$c; SELECT $1;",
     "SELECT 1 /* a /* nested; */ still; */; END;", "SELECT 1 -- a comment;\n; COMMIT;", "SELECT 1 -- a\r; COMMIT;",
     "SELECT E'x'\n'\\'; SELECT '; COMMIT; DELETE FROM p; --';",  # a string continued as an escape string
     "SELECT 'x' -- c\n  'y;z'; SELECT 2;", "SELECT U&'a\\'; SELECT 2;", "SELECT b'1' ; x'ff';",
     "SELECT e'\\\\'; COMMIT;", "SELECT 1 */* c; */; SELECT 2;", "SELECT 1 +-- c;\n2;"],
)
def test_commands_are_cut_where_postgresqls_scanner_cuts_them(sql):
    assert our_semicolons(sql) == scanner_semicolons(sql), sql


PIECES = ["'", '"', "$", "$a$", "$$", ";", "--", "/*", "*/", "\\", "E", "e", "U&", "b", "x", "n", "a", "1", ".", " ",
          "\n", "\t", "\r", "\f", "\v", "-", "/", "*", "&", "SELECT", "COMMIT", "1e5", "''", "\\'"]


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_any_text_is_cut_as_postgresql_cuts_it_or_refused(sql):
    """Where the runner reads the text one way, PostgreSQL's scanner reads it the same way
    (or refuses it: then PostgreSQL runs none of the query)."""
    try:
        ours = our_semicolons(sql)
    except UnclearSQL:
        return
    theirs = scanner_semicolons(sql)
    assert theirs is None or ours == theirs, (sql, ours, theirs)


# --- checks while it runs (defense in depth) ----------------------------------------------------------


def test_at_run_time_nothing_is_sent_after_the_transaction_ended(reference_db, tmp_path):
    """run_script on its own (the whole-file check bypassed): a statement after the COMMIT is
    not sent."""
    path = write(tmp_path, "seed", "BEGIN;\nSELECT 1;\nCOMMIT;\n" + DELETE)
    before = products(reference_db)
    conn = connect(reference_db.dsn)
    with pytest.raises(SeedError) as caught:
        run_script(conn, open_script(path, "seed"), "apply", output_file("seed").columns, reference_db.dsn)
    assert caught.value.code == ExitCode.FILE
    assert f"{path}:5: the file's transaction ended before this statement" in caught.value.message
    assert products(reference_db) == before > 0


def test_at_run_time_a_file_that_leaves_its_transaction_open_is_refused(reference_db, tmp_path):
    path = write(tmp_path, "seed", "BEGIN;\n" + DELETE)
    before = products(reference_db)
    conn = connect(reference_db.dsn)
    with pytest.raises(SeedError) as caught:
        run_script(conn, open_script(path, "seed"), "apply", output_file("seed").columns, reference_db.dsn)
    assert caught.value.code == ExitCode.FILE and "left its transaction open" in caught.value.message
    assert products(reference_db) == before > 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_that_changes_client_encoding_is_stopped_before_its_next_statement(reference_db, tmp_path, kind):
    """The check read the file as UTF-8; a file that switches client_encoding would have
    PostgreSQL read the rest otherwise: the runner sends nothing after the switch."""
    path = write(tmp_path, kind, "BEGIN;\nSET client_encoding = 'LATIN1';\n" + DELETE + "COMMIT;\n")
    before = products(reference_db)
    result = run([COMMAND[kind], str(path), "--dsn", reference_db.dsn])
    assert result.exit_code == 7, result.output
    assert f"{path}:4: the file changed client_encoding" in the_error(result)
    assert products(reference_db) == before > 0


# --- verify cannot write -------------------------------------------------------------------------------


WRITES = ['INSERT INTO "Product" (sku, name, price) VALUES (\'EDIT-001\', \'edited in\', 1);',
          'UPDATE "Product" SET name = name || \' (edited)\';', DELETE.strip()]


@pytest.mark.parametrize("write_sql", WRITES)
def test_an_edited_verify_file_cannot_write(reference_db, tmp_path, write_sql):
    """A verify file that writes and commits: the runner's read-only transaction refuses."""
    path = write(tmp_path, "verify", f"BEGIN;\n{write_sql}\nCOMMIT;\n")
    before = reference_db.query('SELECT * FROM "Product" ORDER BY sku')
    result = run(["verify", str(path), "--dsn", reference_db.dsn], env={"APP_ENV": None})
    assert result.exit_code == 10, result.output
    assert "read-only transaction" in the_error(result)
    assert reference_db.query('SELECT * FROM "Product" ORDER BY sku') == before


@pytest.mark.parametrize(
    ("writable", "refused"),
    [("SET LOCAL transaction_read_only = off;", "read-write mode must be set before any query"),
     ("SET transaction_read_only = off;", "read-write mode must be set before any query"),
     ("SET TRANSACTION READ WRITE;", "read-write mode must be set before any query"),
     ("SELECT set_config('transaction_read_only', 'off', true);", "read-write mode must be set before any query"),
     # PostgreSQL 16+ refuses RESET; before 16 RESET skips the check and the DELETE runs, in
     # a transaction the runner then rolls back instead of committing (the file's COMMIT)
     ("RESET transaction_read_only;", "cannot be reset|returned no checks")],
)
def test_a_verify_file_cannot_make_its_transaction_writable_again(reference_db, tmp_path, writable, refused):
    """Right after its BEGIN, before any query of its own, an edited verify file asks for a
    writable transaction: the runner already took the snapshot that makes read-only final."""
    path = write(tmp_path, "verify", f"BEGIN;\n{writable}\n{DELETE}COMMIT;\n")
    before = products(reference_db)
    result = run(["verify", str(path), "--dsn", reference_db.dsn], env={"APP_ENV": None})
    assert result.exit_code == (10 if "RESET" not in writable or reference_db.server.version >= 16 else 7), result.output
    assert any(reason in the_error(result) for reason in refused.split("|")), the_error(result)
    assert products(reference_db) == before > 0


@pytest.mark.parametrize("ending", ["COMMIT;", "END;", "commit work;"])
def test_the_runner_never_commits_a_verify_file(reference_db, files, tmp_path, ending):
    """Whatever a verify file does in its transaction, the runner sends ROLLBACK where the
    file says COMMIT: a NOTIFY inside it (allowed in a read-only transaction, delivered only
    at a commit) never reaches a listener, while the checks are all read."""
    text = files.verify.read_text(encoding="utf-8")
    body, _, _ = text.rpartition("COMMIT;")
    edited = tmp_path / "verify.staging.sql"
    edited.write_text(body + "NOTIFY gss_verify_probe;\n" + ending + "\n", encoding="utf-8")
    assert reference_db.psql(files.seed).returncode == 0  # every check passes: the file reaches its end
    with psycopg.connect(reference_db.dsn, autocommit=True) as listener:
        listener.execute("LISTEN gss_verify_probe")
        result = run(["verify", str(edited), "--dsn", reference_db.dsn], env={"APP_ENV": None})
        assert result.exit_code == 0, result.output
        heard = list(listener.notifies(timeout=1.5, stop_after=1))
    assert heard == []


def test_the_real_verify_file_edited_to_turn_read_only_off_writes_nothing(reference_db, files, tmp_path):
    text = files.verify.read_text(encoding="utf-8")
    own = "\nBEGIN;\nSET LOCAL transaction_read_only = on;\n"
    assert text.count(own) == 1
    path = tmp_path / files.verify.name
    path.write_text(text.replace(own, "\nBEGIN;\nSET LOCAL transaction_read_only = off;\n" + DELETE), encoding="utf-8")
    before = products(reference_db)
    result = run(["verify", str(path), "--dsn", reference_db.dsn], env={"APP_ENV": None})
    assert result.exit_code != 0 and "read-write mode" in the_error(result), result.output
    assert products(reference_db) == before > 0


# --- the edges: redaction, a Prisma URL's schema, the environment, several hosts -----------------------


@pytest.mark.parametrize("dsn", ["postgresql://app:xxabcyy@db:5432/app", "host=db user=app password=xxabcyy dbname=app",
                                 "host=db password='xxabcyy' dbname=app"])
def test_a_password_holding_another_secret_is_redacted_whole(dsn, monkeypatch):
    """PGPASSWORD=abc and the DSN's password xxabcyy: the longer one goes first, or the
    message would keep its head and its tail (xx********yy)."""
    monkeypatch.setenv("PGPASSWORD", "abc")
    cleaned = redact('FATAL: password authentication failed: "xxabcyy" (and abc)', dsn)
    assert "xx" not in cleaned and "yy" not in cleaned and "abc" not in cleaned, cleaned
    assert cleaned.count("********") == 2


@pytest.mark.parametrize(
    ("url", "schema"),
    [("postgresql://u@h/db?schema=my%20schema", "my schema"), ("postgresql://u@h/db?schema=a%22b%2Cc", 'a"b,c'),
     ("postgres://u@h/db?connection_limit=5&schema=%C3%A9t%C3%A9", "été"), ("postgresql://u@h/db?schema=plain", "plain")],
)
def test_a_prisma_urls_schema_is_percent_decoded(url, schema):
    target = parse_target(url)
    assert target.schema == schema
    assert "schema=" not in target.dsn  # libpq does not know it


@pytest.mark.parametrize(
    "environ",
    [{"APP_ENV": "production", "NODE_ENV": "staging"}, {"APP_ENV": "staging", "NODE_ENV": "production"},
     {"APP_ENV": "", "NODE_ENV": "staging"}, {"NODE_ENV": "staging"}, {"APP_ENV": "staging"}],
)
def test_either_variable_saying_staging_is_enough(environ):
    require_staging_environment(environ)


@pytest.mark.parametrize("environ", [{}, {"APP_ENV": "production", "NODE_ENV": "development"}, {"APP_ENV": "production"},
                                     {"NODE_ENV": "Staging"}, {"APP_ENV": "", "NODE_ENV": ""}])
def test_neither_variable_saying_staging_is_refused(environ):
    with pytest.raises(SeedError) as caught:
        require_staging_environment(environ)
    assert caught.value.code == ExitCode.NOT_STAGING


@pytest.mark.parametrize(
    "dsn",
    ["host=a,b port=5432,5433 dbname=app", "postgresql://u@h1:5432,h2:5433/db", "postgresql://u@h1,h2:5433/db",
     "postgresql://u@h1:5432,h2/db", "host=a,b port=5432 dbname=app", "postgresql://u@[::1]:5432,h2:5433/db?schema=s"],
)
def test_several_hosts_and_ports_are_a_valid_target(dsn):
    assert parse_target(dsn).dsn


@pytest.mark.parametrize("dsn", ["host=a,b port=5432,x", "postgresql://u@h1:5432,h2:port/db", "host=a port=-1"])
def test_a_port_that_is_not_a_number_is_still_a_usage_error(dsn):
    with pytest.raises(SeedError) as caught:
        parse_target(dsn)
    assert caught.value.code == ExitCode.USAGE


@pytest.mark.slow
def test_the_console_script_refuses_a_bad_file_in_one_line_with_exit_7(tmp_path):
    """As operators run it: one line on stderr naming the file and line, exit 7, no connection."""
    path = write(tmp_path, "seed", DELETE + "BEGIN;\nCOMMIT;\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k not in ("NODE_ENV", "DATABASE_URL")}
    env["APP_ENV"] = "staging"
    proc = subprocess.run([*CLI, "apply", str(path),
                           "--dsn", CLOSED_PORT], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 7, proc.stderr
    assert proc.stderr.count("\n") == 1 and f"{path}:2: the first statement does not open" in proc.stderr


def test_verify_ends_with_a_commit_of_its_own(tmp_path):
    """The runner rolls verify back where the file commits: that COMMIT must be a statement
    of its own, not hidden behind another command (`SELECT 1; COMMIT;`)."""
    message = refusal(tmp_path, "verify", "BEGIN;\nSELECT 1;\nSELECT 2; COMMIT;\n")
    assert "not as a statement of its own" in message, message
