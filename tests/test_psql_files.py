"""The generated files applied with `psql -f`, as operators do, against a real PostgreSQL."""

import os
import re
import subprocess
from pathlib import Path
from datetime import date, timedelta

import bcrypt
import pytest

from generator.dataset import dataset
from generator.dataset.identity import daily_uuid
from generator.schema.builtin import table
from generator.sql.ddl import render_schema
from generator.schema.builtin import BUILTIN
from support.database import assert_nothing_seeded, non_seed_data, psql_report, verify_rows, xmins
from support.files import expected_counts


def test_guard_refuses_an_undeclared_database(db, files):
    proc = db.psql(files.seed, staging=False)
    assert proc.returncode != 0
    assert "gen-seed-sql: refused: app.env is not set" in proc.stderr
    assert_nothing_seeded(db)


def test_guard_refuses_when_the_database_declares_production(db, files):
    db.execute(f'ALTER DATABASE "{db.name}" SET app.env = \'production\'')
    for f in (files.seed, files.reset):
        proc = db.psql(f, staging=True)  # the session claims staging: the database wins
        assert proc.returncode != 0
        assert "declares app.env=production" in proc.stderr
    assert_nothing_seeded(db)


def test_a_database_declared_staging_needs_no_pgoptions(db, files):
    db.execute(f'ALTER DATABASE "{db.name}" SET app.env = \'staging\'')
    proc = db.psql(files.seed, staging=False)
    assert proc.returncode == 0, proc.stderr
    assert db.seeded_counts() == expected_counts(files)


def test_apply_gives_the_milestone_dataset_and_verify_holds(db, files):
    proc = db.psql(files.seed)
    assert proc.returncode == 0, proc.stderr
    counts = db.seeded_counts()
    assert counts == expected_counts(files)
    assert (counts["User"], counts["Seller"], counts["Sellpage"], counts["Order"]) == (1, 1, 3, 100)
    assert (counts["Campaign"], counts["Adset"], counts["Ad"]) == (10, 30, 60)
    assert 1600 <= counts["AdStatsDaily"] <= 2000 and counts["SellpageStatsDaily"] == 180
    rows = verify_rows(db, files)
    assert len(rows) > 20
    assert [r for r in rows if r[4] != "ok"] == []
    # The same verify file, through psql, prints the same table.
    out = db.psql(files.verify, staging=False)
    assert out.returncode == 0 and "MISMATCH" not in out.stdout and out.stdout.count(" ok") == len(rows)


def test_verify_names_a_broken_invariant(db, files):
    db.psql(files.seed)
    db.execute('UPDATE "Order" SET "total" = "total" + 1 WHERE "orderNumber" = \'STG-000007\'')
    db.execute('UPDATE "AdStatsDaily" SET "linkClicks" = "impressions" + 1 WHERE "level" = \'AD\' AND "statDate" = (SELECT max("statDate") FROM "AdStatsDaily")')
    bad = {(r[0].split(" (first: ")[0], r[1]): r[3] for r in verify_rows(db, files) if r[4] != "ok"}
    assert bad[("total = subtotal + shippingFee - discount", "Order")] == 1
    assert ("funnel never increases", "AdStatsDaily") in bad
    assert ("ctr = formula", "AdStatsDaily") in bad


def test_reapply_with_nothing_to_change_writes_nothing(db, files):
    assert db.psql(files.seed).returncode == 0
    before, snapshot = xmins(db, BUILTIN), db.snapshot()
    totals, _ = psql_report(db, files.seed)
    assert xmins(db, BUILTIN) == before  # no row was rewritten
    assert db.snapshot() == snapshot
    counts = db.seeded_counts()
    assert set(counts) <= set(totals)
    for name, (inserted, updated, unchanged, deleted) in totals.items():
        assert (inserted, updated, unchanged, deleted) == (0, 0, counts.get(name, 0), 0), name


def test_reapply_restores_edited_and_deleted_seeded_rows(db, files):
    db.psql(files.seed)
    original = db.snapshot()
    db.execute('UPDATE "Order" SET "customerName" = \'Edited\', "total" = 0 WHERE "orderNumber" = \'STG-000042\'')
    db.execute('UPDATE "Campaign" SET "status" = \'ACTIVE\', "endDate" = NULL')
    db.execute('DELETE FROM "SellpageStatsDaily" WHERE "adSource" = \'organic\'')
    db.execute('UPDATE "AdStatsDaily" SET "spend" = 0')
    assert db.snapshot() != original
    proc = db.psql(files.seed)
    assert proc.returncode == 0, proc.stderr
    assert db.snapshot() == original


def test_a_missing_platform_product_is_named_and_nothing_is_written(db, files):
    db.execute("DELETE FROM \"Product\" WHERE sku IN ('STAND-001', 'DESKPAD-001')")
    proc = db.psql(files.seed)
    assert proc.returncode != 0
    assert "missing platform products: STAND-001, DESKPAD-001" in proc.stderr
    assert_nothing_seeded(db)


def test_missing_tables_are_named(blank_db, files):
    blank_db.execute('CREATE TABLE "User" (id uuid PRIMARY KEY)')
    proc = blank_db.psql(files.seed)
    assert proc.returncode != 0
    assert '"Product": needs a table, has no such table; "User".email: needs text, has no such column' in proc.stderr
    assert '"Seller": needs a table, has no such table; "Sellpage": needs a table, has no such table' in proc.stderr
    assert '"User".email: needs text, has no such column' in proc.stderr
    assert blank_db.scalar('SELECT count(*) FROM "User"') == 0


def utc_instants(db):
    """Every seeded instant as UTC wall-clock text, alike for timestamptz and timestamp(3)."""
    return db.query("""
        SET TimeZone = 'UTC';
        SELECT "id"::text, to_char("createdAt", 'YYYY-MM-DD HH24:MI:SS') FROM "OrderEvent"
        UNION ALL SELECT "id"::text, to_char("createdAt", 'YYYY-MM-DD HH24:MI:SS') FROM "Order"
        UNION ALL SELECT "id"::text, to_char("startDate", 'YYYY-MM-DD') FROM "Campaign"
        ORDER BY 1
    """)


def test_stored_instants_do_not_depend_on_the_session_timezone(db, reference_db, files):
    # applied under New York time, then again under UTC: nothing is rewritten
    proc = db.psql(files.seed, env={"PGTZ": "America/New_York"})
    assert proc.returncode == 0, proc.stderr
    before = xmins(db, BUILTIN)
    again = db.psql(files.seed, env={"PGTZ": "UTC"})
    assert again.returncode == 0, again.stderr
    assert xmins(db, BUILTIN) == before
    # the instants are those of the timestamptz reference schema applied under UTC
    assert reference_db.psql(files.seed, env={"PGTZ": "UTC"}).returncode == 0
    assert utc_instants(db) == utc_instants(reference_db)
    anchor = db.scalar('SELECT max("statDate")::date + 1 FROM "SellpageStatsDaily"')
    assert anchor == db.scalar("SELECT (now() AT TIME ZONE 'UTC')::date")
    # verify holds in a session far east of UTC
    rows = verify_rows(db, files, env={"PGTZ": "Asia/Tokyo"})
    assert [r for r in rows if r[4] != "ok"] == []


def test_a_later_day_moves_the_window_and_keeps_the_counts(db, files_factory):
    day1 = files_factory(as_of=date(2026, 3, 1))
    day2 = files_factory(as_of=date(2026, 3, 1) + timedelta(days=4))
    assert db.psql(day1.seed).returncode == 0
    counts = db.seeded_counts()
    proc = db.psql(day2.seed)
    assert proc.returncode == 0, proc.stderr
    assert db.seeded_counts() == counts
    assert db.scalar('SELECT min("statDate")::date FROM "SellpageStatsDaily"') == date(2026, 3, 5) - timedelta(days=30)
    assert db.scalar('SELECT max("statDate")::date FROM "AdStatsDaily"') == date(2026, 3, 4)
    assert [r for r in verify_rows(db, day2) if r[4] != "ok"] == []
    # exactly the rows the dataset promises for day 2, computed in Python: none of day 1's
    # left, and each with the id identity.daily_uuid gives it
    anchor = date(2026, 3, 5)
    layers = dict(table("AdStatsDaily").daily_id.layers)
    promised = set()
    for r in dataset.rows("AdStatsDaily", day2.inputs):
        day = anchor + timedelta(days=r["statDate"].days)
        row_id = daily_uuid(layers[r["level"]], day, int(str(r["entityId"])[-12:]))
        promised.add((str(row_id), r["level"], str(r["entityId"]), day))
    assert set(db.query('SELECT "id"::text, "level"::text, "entityId"::text, "statDate"::date FROM "AdStatsDaily"')) == promised
    promised_pages = {(str(r["sellpageId"]), anchor + timedelta(days=r["statDate"].days), r["adSource"])
                      for r in dataset.rows("SellpageStatsDaily", day2.inputs)}
    assert set(db.query('SELECT "sellpageId"::text, "statDate"::date, "adSource"::text FROM "SellpageStatsDaily"')) == promised_pages


def test_reset_leaves_exactly_the_non_seed_data_and_twice_is_a_noop(db, files):
    non_seed_data(db)
    before = db.snapshot()
    assert db.psql(files.seed).returncode == 0
    proc = db.psql(files.reset)
    assert proc.returncode == 0, proc.stderr
    assert db.snapshot() == before
    again = db.psql(files.reset)
    assert again.returncode == 0
    assert db.snapshot() == before
    deleted = [line.split("|")[1].strip() for line in again.stdout.split("\n") if line.count("|") == 2 and line.split("|")[1].strip().isdigit()]
    assert deleted and set(deleted) == {"0"}


def test_reset_removes_what_any_version_or_count_created(db, files, files_factory):
    bigger = files_factory(orders=150, campaigns=12)
    assert db.psql(bigger.seed).returncode == 0
    # a row in the namespace, in a form no current generator makes
    db.execute("""INSERT INTO "OrderEvent" (id, "orderId", status) VALUES ('00000000-5eed-0000-0000-000000000999', '00000000-5eed-8003-8001-000000000150', 'PENDING')""")
    db.execute("""INSERT INTO "AdStatsRaw" (id, "sellerId", "adId", payload) VALUES ('11111111-0000-4000-8000-0000000000ff', '00000000-5eed-8001-8002-000000000001', '00000000-5eed-8004-8003-000000120102', '{"raw": true}')""")
    proc = db.psql(files.reset)
    assert proc.returncode == 0, proc.stderr
    assert_nothing_seeded(db)
    assert db.scalar('SELECT count(*) FROM "AdStatsRaw"') == 0
    assert db.scalar('SELECT count(*) FROM "Product"') == 3


def test_reset_keeps_a_seeded_parent_that_real_rows_reference_and_says_so(db, files):
    assert db.psql(files.seed).returncode == 0
    db.execute("""
        INSERT INTO "Order" ("updatedAt", id, "sellerId", "sellpageId", "orderNumber", "customerEmail", "customerName", status, "paymentMethod", subtotal, "shippingFee", discount, total)
        VALUES (now(), '22222222-0000-4000-8000-000000000001', '00000000-5eed-8001-8002-000000000001', '00000000-5eed-8002-8001-000000000002', 'REAL-7', 'r@example.com', 'Real', 'PENDING', 'CARD', 10, 0, 0, 10)
    """)
    proc = db.psql(files.reset)
    assert proc.returncode == 0, proc.stderr
    assert 'kept "Sellpage" 00000000-5eed-8002-8001-000000000002' in proc.stderr
    assert 'kept "Seller" 00000000-5eed-8001-8002-000000000001' in proc.stderr
    assert 'kept "User" 00000000-5eed-8001-8001-000000000001' in proc.stderr
    # docs/reset.md's example is one of these notices, as psql prints it
    docs = (Path(__file__).resolve().parent.parent / "docs" / "reset.md").read_text(encoding="utf-8")
    example = docs.split("a notice names it:\n  `", 1)[1].split("`", 1)[0]
    assert f"NOTICE:  {example}\n" in proc.stderr, example
    counts = db.seeded_counts()
    assert (counts["User"], counts["Seller"], counts["Sellpage"]) == (1, 1, 1)
    assert sum(counts.values()) == 3
    assert db.scalar('SELECT count(*) FROM "Order"') == 1  # the real order survived


def test_reset_is_refused_without_staging(db, files):
    db.psql(files.seed)
    proc = db.psql(files.reset, staging=False)
    assert proc.returncode != 0 and "refused" in proc.stderr
    assert db.seeded_counts() == expected_counts(files)


def test_concurrent_applies_end_as_one_apply(db, files, server):
    procs = [db.start_psql(files.seed) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [r[1] for r in results]
    assert db.seeded_counts() == expected_counts(files)
    inserted = sum(int(line.split("|")[1]) for out, _ in results for line in out.split("\n")
                   if line.count("|") == 4 and line.split("|")[1].strip().isdigit())
    assert inserted == sum(expected_counts(files).values())  # each row inserted exactly once


def test_the_documented_password_matches_the_stored_hash(db, files):
    db.psql(files.seed)
    stored = db.scalar('SELECT "passwordHash" FROM "User" WHERE email = %s', (dataset.SELLER_EMAIL,))
    assert stored.startswith("$2a$10$")
    assert bcrypt.checkpw(dataset.SELLER_PASSWORD.encode(), stored.encode())
    assert not bcrypt.checkpw(b"staging-seed-2025", stored.encode())


def test_pgcrypto_checks_the_seeded_login_as_docs_credentials_shows(db, files):
    """crypt() of pgcrypto knows $2a$ (not $2b$): the SQL check docs/credentials.md gives."""
    try:
        db.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    except Exception as exc:  # noqa: BLE001 - a server built without contrib
        pytest.skip(f"pgcrypto is not available on this server: {exc}")
    assert db.psql(files.seed).returncode == 0
    docs = (Path(__file__).resolve().parent.parent / "docs" / "credentials.md").read_text(encoding="utf-8")
    check = docs.split("```sql\n", 1)[1].split("```", 1)[0]
    assert db.query(check) == [(True,)]
    assert db.query(check.replace(dataset.SELLER_PASSWORD, "wrong-password")) == [(False,)]


def test_schema_is_idempotent(db):
    schema = "".join(render_schema(schema=BUILTIN))
    for _ in range(2):
        proc = subprocess.run([db.server.psql, "-X", "-q", "-d", db.dsn], input=schema, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    assert db.scalar('SELECT count(*) FROM "Product"') == 3


def test_a_stricter_default_isolation_does_not_break_concurrent_applies(db, files, server):
    db.execute(f"ALTER DATABASE \"{db.name}\" SET default_transaction_isolation = 'serializable'")
    procs = [db.start_psql(files.seed) for _ in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1] for r in results]
    assert db.seeded_counts() == expected_counts(files)


def test_verify_names_campaign_dates_that_disagree_with_status(db, files):
    """An archived campaign still spending yesterday, an active one with an end: named,
    by the psql file and by the runner."""
    from click.testing import CliRunner

    from generator.cli import cli

    assert db.psql(files.seed).returncode == 0
    assert {r[4] for r in verify_rows(db, files)} == {"ok"}
    archived = db.scalar("""SELECT "id"::text FROM "Campaign" WHERE "status"::text = 'ARCHIVED' ORDER BY "id" LIMIT 1""")
    active = db.scalar("""SELECT "id"::text FROM "Campaign" WHERE "status"::text = 'ACTIVE' ORDER BY "id" LIMIT 1""")
    columns = [c for c in table("AdStatsDaily").column_names if c not in ("id", "statDate")]
    listed = ", ".join(f'"{c}"' for c in columns)
    db.execute(
        f'INSERT INTO "AdStatsDaily" ("id", "statDate", {listed}) '
        f'SELECT gen_random_uuid(), (SELECT max("statDate") FROM "SellpageStatsDaily"), {listed} '
        'FROM "AdStatsDaily" WHERE "entityId"::text = %s ORDER BY "statDate" DESC LIMIT 1',
        (archived,),
    )
    db.execute('UPDATE "Campaign" SET "endDate" = (SELECT max("statDate") FROM "SellpageStatsDaily") '
               'WHERE "id"::text = %s', (active,))  # its window stays: only the end is wrong
    failed = {(name, table_name): found for name, table_name, _, found, result in verify_rows(db, files)
              if result == "MISMATCH"}
    assert failed == {
        ("ARCHIVED campaign: endDate = last stats day, 4 to 8 days before the anchor", "Campaign"): 1,
        ("ACTIVE campaign: no endDate, stats through the day before the anchor", "Campaign"): 1,
        ("statDate inside the entity's history window", "AdStatsDaily"): 1,
        ("seeded rows", "AdStatsDaily"): failed.get(("seeded rows", "AdStatsDaily")),
    }, failed
    result = CliRunner().invoke(cli, ["verify", str(files.verify), "--dsn", db.dsn], catch_exceptions=False)
    assert result.exit_code == 1
    assert "Campaign: ARCHIVED campaign: endDate = last stats day, 4 to 8 days before the anchor: 1 rows break it" \
        in result.output, result.output


def test_the_verify_file_is_a_deploy_gate_in_plain_psql(db, files):
    """psql -f verify exits 0 when every check holds; otherwise it prints every check and
    then exits non-zero with one error naming the failed ones."""
    assert db.psql(files.seed).returncode == 0
    good = db.psql(files.verify, staging=False)
    assert good.returncode == 0, good.stderr
    assert "MISMATCH" not in good.stdout and "ERROR" not in good.stderr
    db.execute('DELETE FROM "SellpageStatsDaily" WHERE "statDate" = (SELECT min("statDate") FROM "SellpageStatsDaily") '
               "AND \"adSource\" = 'organic'")
    bad = db.psql(files.verify, staging=False)
    assert bad.returncode == 3, (bad.returncode, bad.stderr)
    printed = [line for line in bad.stdout.splitlines() if line.rstrip().endswith((" ok", " MISMATCH"))]
    assert len(printed) == len(verify_rows(db, files)) and sum("MISMATCH" in line for line in printed) == 1
    errors = [line for line in bad.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and errors[0].endswith(
        "ERROR:  gen-seed-sql: verify failed: SellpageStatsDaily: seeded rows (expected 180, found 178)"), bad.stderr


def test_the_docs_verify_examples_are_what_verify_prints(db, files):
    """docs/verify.md shows psql's gate error and the runner's line: both are real."""
    from click.testing import CliRunner

    from generator.cli import cli

    root = Path(__file__).resolve().parent.parent
    docs = (root / "docs" / "verify.md").read_text(encoding="utf-8")
    assert db.psql(files.seed).returncode == 0
    db.execute('DELETE FROM "SellpageStatsDaily" WHERE "statDate" = (SELECT min("statDate") FROM "SellpageStatsDaily") '
               "AND \"adSource\" = 'organic'")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    proc = subprocess.run([db.server.psql, "-X", "-q", "-o", os.devnull, "-d", db.dsn, "-f", "out/verify.staging.sql"],
                          cwd=root, capture_output=True, text=True, env=env)
    assert proc.returncode == 3
    error = proc.stderr.strip()
    # compared without the line number psql names: a change of layout is not one of behaviour
    without_line = re.compile(r"^(psql:[^:]+:)\d+:", re.M)
    unnumbered = without_line.sub(r"\1N:", error)
    assert error.count("\n") == 0 and f"\n{unnumbered}\n" in without_line.sub(r"\1N:", docs), error
    result = CliRunner().invoke(cli, ["verify", str(files.verify), "--dsn", db.dsn], catch_exceptions=False)
    assert result.exit_code == 1
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("gen-seed-sql: error: verify found") and f"\n{line}\n" in docs, line
