"""Applying a file converges the seed namespace to exactly that file's dataset, with psql
and with the runner, on every schema stand-in: rows it does not describe go, children
first; rows real data still references stay and are named; verify sees the leftovers."""

import json
import threading

import pytest

from support.cli import run_file
from support.database import psql_report, verify_table
from support.files import expected_counts

SMALL = {"orders": 50, "campaigns": 5}
OLD_FORM_EVENT = "00000000-5eed-0003-0003-000000000777"  # an id form no generator makes any more


def runner_report(file, db):
    result = run_file("apply", file, db.dsn, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def undescribed(db, verify_file):
    """The verify file's 'seeded rows the file does not describe' findings, by table."""
    proc, rows = verify_table(db, verify_file)
    found = {table: int(n) for name, table, _, n, _ in rows if name == "seeded rows the file does not describe"}
    assert found, proc.stdout + proc.stderr
    return found


def verify_passes(db, files):
    result = run_file("verify", files.verify, db.dsn)
    return result.exit_code == 0, result.output


def test_a_smaller_file_removes_what_it_no_longer_describes_with_psql(db, files, files_factory):
    small = files_factory(**SMALL)
    assert db.psql(files.seed).returncode == 0
    before = db.seeded_counts()
    assert before == expected_counts(files)
    totals, _ = psql_report(db, small.seed)
    after = db.seeded_counts()
    assert after == expected_counts(small)
    for name, count in before.items():
        deleted = totals.get(name, (0, 0, 0, 0))[3]
        assert deleted == count - after[name], (name, deleted, count, after[name])
    assert totals["Order"][3] == 50 and totals["Campaign"][3] == 5 and totals["Ad"][3] == 30
    ok, output = verify_passes(db, small)
    assert ok, output
    assert set(undescribed(db, small.verify).values()) == {0}
    # and the small file applied again writes nothing
    again, _ = psql_report(db, small.seed)
    assert all(inserted == updated == deleted == 0 for inserted, updated, _, deleted in again.values()), again


def test_a_smaller_file_then_the_bigger_one_again_with_the_runner(db, files, files_factory):
    small = files_factory(**SMALL)
    assert runner_report(files.seed, db)["changed"]
    report = runner_report(small.seed, db)
    deleted = {t["table"]: t["deleted"] for t in report["tables"]}
    assert deleted["Order"] == 50 and deleted["Campaign"] == 5 and deleted["Adset"] == 15 and deleted["Ad"] == 30
    assert deleted["AdStatsDaily"] == expected_counts(files)["AdStatsDaily"] - expected_counts(small)["AdStatsDaily"]
    assert db.seeded_counts() == expected_counts(small)
    assert report["totals"]["deleted"] == sum(deleted.values()) > 0
    text = run_file("apply", small.seed, db.dsn)
    assert text.exit_code == 0 and "nothing to change" in text.output, text.output
    # verify of the bigger file names what is missing; of the smaller one, passes
    ok, output = verify_passes(db, files)
    assert not ok and "Order: 50 seeded rows, expected 100" in output, output
    grow = runner_report(files.seed, db)
    assert grow["totals"]["deleted"] == 0 and grow["totals"]["inserted"] > 0
    assert db.seeded_counts() == expected_counts(files)
    ok, output = verify_passes(db, files)
    assert ok, output


def test_verify_names_the_rows_the_file_does_not_describe(db, files, files_factory):
    small = files_factory(**SMALL)
    assert db.psql(files.seed).returncode == 0
    found = undescribed(db, small.verify)
    assert found["Order"] == 50 and found["Campaign"] == 5 and found["OrderItem"] > 50
    result = run_file("verify", small.verify, db.dsn)
    assert result.exit_code == 1
    assert "Order: seeded rows the file does not describe: 50 rows break it" in result.output, result.output
    assert set(undescribed(db, files.verify).values()) == {0}


def test_a_namespace_row_in_an_older_id_form_is_removed(db, files):
    assert db.psql(files.seed).returncode == 0
    db.execute(
        'INSERT INTO "OrderEvent" ("id", "orderId", "status", "createdAt") '
        "SELECT %s, o.\"id\", o.\"status\", o.\"createdAt\" FROM \"Order\" AS o ORDER BY o.\"id\" LIMIT 1",
        (OLD_FORM_EVENT,),
    )
    assert undescribed(db, files.verify)["OrderEvent"] == 1
    ok, output = verify_passes(db, files)
    assert not ok and "OrderEvent: seeded rows the file does not describe: 1 rows break it" in output, output
    totals, _ = psql_report(db, files.seed)
    assert totals["OrderEvent"][3] == 1
    assert db.scalar('SELECT count(*) FROM "OrderEvent" WHERE "id"::text = %s', (OLD_FORM_EVENT,)) == 0
    assert db.seeded_counts() == expected_counts(files)
    assert verify_passes(db, files)[0]


@pytest.mark.parametrize("how", ["psql", "runner"])
def test_a_dropped_order_that_a_real_row_references_is_kept_and_named(db, files, files_factory, how):
    small = files_factory(**SMALL)
    assert db.psql(files.seed).returncode == 0
    dropped = "00000000-5eed-8003-8001-000000000077"  # order 77: not in the 50-order file
    real_item = "6f1c2a9e-0000-4000-8000-000000000001"
    columns = '"id", "orderId", "productId", "quantity", "unitPrice", "lineTotal", "createdAt", "updatedAt"'
    db.execute(
        f'INSERT INTO "OrderItem" ({columns}) SELECT %s, %s, p."id", 3, 9.50, 28.50, now(), now() '
        "FROM \"Product\" AS p WHERE p.\"sku\" = 'MOUSE-001'",
        (real_item, dropped),
    )
    real_before = db.query('SELECT * FROM "OrderItem" WHERE "id"::text = %s', (real_item,))
    order_before = db.query('SELECT * FROM "Order" WHERE "id"::text = %s', (dropped,))
    if how == "psql":
        _, stderr = psql_report(db, small.seed)
        notices = stderr
    else:
        notices = "\n".join(runner_report(small.seed, db)["notices"])
    assert f'kept "Order" {dropped}: rows the seed did not create still reference it' in notices, notices
    assert notices.count("kept ") == 1, notices
    assert db.query('SELECT * FROM "OrderItem" WHERE "id"::text = %s', (real_item,)) == real_before
    assert db.query('SELECT * FROM "Order" WHERE "id"::text = %s', (dropped,)) == order_before
    counts = db.seeded_counts()
    small_counts = expected_counts(small)
    assert counts["Order"] == small_counts["Order"] + 1  # the kept one
    assert counts["OrderItem"] == small_counts["OrderItem"]  # its seeded items went, as a reset does
    assert counts["Campaign"] == small_counts["Campaign"]


def test_concurrent_applies_of_the_big_and_the_small_file_never_interleave(db, files, files_factory):
    small = files_factory(**SMALL)
    codes = []

    def apply(file):
        codes.append(db.psql(file, timeout=300).returncode)

    for _ in range(3):
        threads = [threading.Thread(target=apply, args=(f,)) for f in (files.seed, small.seed, files.seed, small.seed)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        counts = db.seeded_counts()
        assert counts in (expected_counts(files), expected_counts(small)), counts
        end = files if counts == expected_counts(files) else small
        ok, output = verify_passes(db, end)
        assert ok, output
    assert codes == [0] * 12


def test_converge_runs_inside_the_files_one_transaction(db, files, files_factory, tmp_path):
    """A failure after the convergence deletes leaves the big dataset whole."""
    small = files_factory(**SMALL)
    assert db.psql(files.seed).returncode == 0
    before = db.snapshot()
    broken = tmp_path / "broken.sql"
    broken.write_text(small.seed.read_text().replace("\nCOMMIT;\n", "\nSELECT 1 / 0;\nCOMMIT;\n"))
    proc = db.psql(broken)
    assert proc.returncode != 0 and "division by zero" in proc.stderr
    assert db.snapshot() == before


def test_a_file_with_no_orders_and_no_campaigns_removes_them_all(db, files, files_factory):
    empty = files_factory(orders=0, campaigns=0)
    assert runner_report(files.seed, db)["changed"]
    totals, _ = psql_report(db, empty.seed)
    assert totals["Order"][3] == 100 and totals["Campaign"][3] == 10
    counts = db.seeded_counts()
    assert counts == expected_counts(empty) and counts["Order"] == counts["AdStatsDaily"] == 0 and counts["User"] == 1
    ok, output = verify_passes(db, empty)
    assert ok, output
