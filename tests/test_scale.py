"""Volume mode (--scale) at a small scale: determinism, batches, idempotency, reset,
streaming, and the runner's progress on a terminal."""

import dataclasses
import os
import pty
import re
import subprocess

import pytest

from generator.dataset import dataset

from generator.dataset.inputs import Inputs
from generator.sql.output import render_all
from generator.sql.plans import BATCH_ROWS
from generator.sql.render import OUTPUT_FILES, RESET_FILE, SEED_FILE
from generator.schema.builtin import BUILTIN
from support.cli import CLI
from support.database import verify_rows, xmins
from support.files import expected_counts

ROW = re.compile(r"^    (?:, )?\(.*\)$")
SCALE = 3


@pytest.fixture(scope="module")
def scaled(files_factory):
    return files_factory(scale=SCALE)


@pytest.mark.slow
def test_scale_multiplies_orders_and_campaigns_but_not_the_fixed_part(scaled):
    counts, base = expected_counts(scaled), expected_counts(type(scaled)(scaled.dir, Inputs()))
    assert counts["Order"] == 300 and counts["Campaign"] == 30 and counts["Ad"] == 180
    assert counts["AdStatsDaily"] > 2.5 * base["AdStatsDaily"]
    assert (counts["User"], counts["Seller"], counts["Sellpage"], counts["SellpageStatsDaily"]) == (1, 1, 3, 180)


@pytest.mark.slow
def test_scaled_output_is_identical_across_hash_seeds(tmp_path):
    outputs = []
    for hash_seed in ("0", "99"):
        out = tmp_path / hash_seed
        subprocess.run([*CLI, "build", "--scale", str(SCALE), "--out", str(out)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": hash_seed})
        outputs.append([(out / name).read_bytes() for name in OUTPUT_FILES])
    assert outputs[0] == outputs[1]


@pytest.mark.slow
def test_plain_statements_hold_bounded_batches(scaled):
    """The plain flavor (VALUES) keeps each statement to BATCH_ROWS rows."""
    text = render_all(dataclasses.replace(scaled.inputs, flavor="plain"), schema=BUILTIN)[SEED_FILE]
    sizes, current = [], 0
    for line in text.split("\n"):
        if ROW.match(line):
            current += 1
        elif current:
            sizes.append(current)
            current = 0
    assert max(sizes) == BATCH_ROWS and len([s for s in sizes if s == BATCH_ROWS]) >= 5


@pytest.mark.slow
def test_the_psql_files_load_each_table_with_one_copy_and_one_upsert(scaled):
    """The psql flavor: per table one COPY into its staging table, its rows one a line,
    and one upsert from it, at any scale."""
    text = scaled.seed.read_text()
    copies = re.findall(r'^COPY "seed_(\w+)" \(', text, re.M)
    upserts = re.findall(r'^    INSERT INTO "(\w+)" AS t', text, re.M)
    tables = [t.name for t in __import__("generator.schema.builtin", fromlist=["BUILTIN"]).BUILTIN.seeded_tables()]
    assert copies == upserts == tables
    assert text.count("\n\\.\n") == len(tables)
    assert not ROW.search(text) or all(not ROW.match(line) for line in text.split("\n"))  # no VALUES rows


@pytest.mark.slow
def test_the_reset_does_not_grow_with_scale(default_render):
    small, large = default_render[RESET_FILE], render_all(Inputs.scaled(SCALE), schema=BUILTIN)[RESET_FILE]
    assert small.split("\n")[3:] == large.split("\n")[3:]  # only the header's inputs differ


def test_scaled_seed_applies_reapplies_unchanged_verifies_and_resets(db, scaled):
    assert db.psql(scaled.seed).returncode == 0
    assert db.seeded_counts() == expected_counts(scaled)
    before = xmins(db, BUILTIN)
    again = subprocess.run([*CLI, "apply", str(scaled.seed), "--dsn", db.dsn, "--format", "json"],
                           env={**os.environ, "APP_ENV": "staging"}, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert '"changed": false' in again.stdout
    assert xmins(db, BUILTIN) == before
    assert [r for r in verify_rows(db, scaled) if r[4] != "ok"] == []
    assert db.psql(scaled.reset).returncode == 0
    assert set(db.seeded_counts().values()) == {0}


def peak_rss_mb(args):
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    assert status == 0
    return usage.ru_maxrss / 1024


@pytest.mark.slow
def test_build_streams_memory_does_not_grow_with_scale(tmp_path):
    small = peak_rss_mb([*CLI, "build", "--out", str(tmp_path / "s1")])
    large = peak_rss_mb([*CLI, "build", "--scale", "20", "--out", str(tmp_path / "s20")])
    assert (tmp_path / "s20" / SEED_FILE).stat().st_size > 12 * (tmp_path / "s1" / SEED_FILE).stat().st_size
    assert large < small + 25, (small, large)  # 20x the rows, about the same memory


def on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal: its exit code and what the terminal got."""
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([*CLI, *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=terminal, env={**os.environ, "APP_ENV": "staging"})
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(controller)
    return proc.returncode, seen.decode()


def test_the_runner_shows_progress_on_a_terminal_and_nothing_otherwise(db, files):
    code, text = on_a_terminal("apply", str(files.seed), "--dsn", db.dsn)
    assert code == 0
    assert "AdStatsDaily: " in text and " rows" in text and "\x1b[K" in text
    # the count a table shows grows as its COPY data is sent, to all of its rows
    ad_stats = sum(1 for _ in dataset.rows("AdStatsDaily", files.inputs))
    assert ad_stats > 1000 and "AdStatsDaily: 1000 rows" in text and f"AdStatsDaily: {ad_stats} rows" in text, text
    # the reset loads nothing: its progress is the rows its statements report deleted
    code, text = on_a_terminal("reset", str(files.reset), "--dsn", db.dsn)
    assert code == 0 and f"AdStatsDaily: {ad_stats} rows" in text and "Order: 100 rows" in text, text
    quiet = subprocess.run([*CLI, "apply", str(files.seed), "--dsn", db.dsn], env={**os.environ, "APP_ENV": "staging"},
                           capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.slow
def test_the_build_shows_progress_on_a_terminal_and_nothing_otherwise(tmp_path):
    """A long build is not silent on a terminal: rows written per table, as apply shows
    them; with stderr not a terminal (CI, pipes) it prints nothing extra."""
    code, text = on_a_terminal("build", "--out", str(tmp_path / "tty"))
    assert code == 0
    ad_stats = sum(1 for _ in dataset.rows("AdStatsDaily", Inputs()))
    assert ad_stats > 1000 and "AdStatsDaily: 1000 rows" in text and f"AdStatsDaily: {ad_stats} rows" in text, text
    assert "Order: 100 rows" in text and text.endswith("\r\x1b[K")  # the line is cleared at the end
    quiet = subprocess.run([*CLI, "build", "--out", str(tmp_path / "pipe")], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert (tmp_path / "tty" / SEED_FILE).read_bytes() == (tmp_path / "pipe" / SEED_FILE).read_bytes()


@pytest.mark.slow
def test_a_volume_build_made_on_worker_processes_is_the_same_file(monkeypatch):
    """Tables of at least MIN_PARTS parts are made on a process pool, part by part: the
    file is the same bytes as made in one process, for the stand-in and a team's schema
    (its fitted rows), and the progress still counts every row, in order."""
    from generator.sql import render
    from support.teams import bound

    inputs = Inputs(orders=4000, campaigns=200)
    assert all(len(dataset.parts(name, inputs)) >= render.MIN_PARTS for name in ("Order", "AdStatsDaily"))
    heard = []
    pooled = "".join(render.render_seed(inputs, jobs=2, progress=lambda table, n: heard.append((table, n)), schema=BUILTIN))
    assert pooled == "".join(render.render_seed(inputs, jobs=1, schema=BUILTIN))
    stats = [n for table, n in heard if table == "AdStatsDaily"]
    assert len(stats) >= render.MIN_PARTS and stats == sorted(stats)
    assert stats[-1] == dataset.row_count("AdStatsDaily", inputs)
    schema, team_inputs = bound("snake", monkeypatch)
    team_inputs = dataclasses.replace(team_inputs, orders=4000, campaigns=200)
    assert "".join(render.render_seed(team_inputs, schema, jobs=2)) == "".join(render.render_seed(team_inputs, schema, jobs=1))
