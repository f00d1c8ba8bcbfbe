"""`gen-seed-sql build`: byte-stable files, the committed out/ up to date, --check."""

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.dataset.dataset import row_count
from generator.dataset.inputs import Inputs
from generator.sql.output import check_files, render_all
from generator.sql.render import OUTPUT_FILES
from generator.schema.builtin import BUILTIN
from support.cli import CLI

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The default files as `gen-seed-sql build --out DIR [--flavor plain]` writes them,
    built once per flavor for this module; a test that edits them edits a copy."""
    made = {}

    def build(flavor: str = "psql") -> Path:
        if flavor not in made:
            out = tmp_path_factory.mktemp(f"built-{flavor}")
            args = ["build", "--out", str(out)] + (["--flavor", flavor] if flavor != "psql" else [])
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 0, result.output
            made[flavor] = out
        return made[flavor]

    return build


def fresh(built, out: Path, flavor: str = "psql") -> Path:
    """A copy of the freshly built files in ``out``, as `build --out OUT` would leave them."""
    shutil.copytree(built(flavor), out, dirs_exist_ok=True)
    return out


def test_committed_out_is_up_to_date(default_render):
    differences = check_files(default_render, ROOT / "out")
    assert not differences, "out/ is stale: run `gen-seed-sql build`\n" + "".join(d.diff for d in differences)


def test_build_writes_the_three_files(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)
    assert result.output.count("wrote ") == 3


@pytest.mark.slow
def test_output_is_identical_across_hash_seeds(tmp_path):
    outputs = []
    for hash_seed in ("0", "1", "12345"):
        out = tmp_path / hash_seed
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        subprocess.run(
            [*CLI, "build", "--out", str(out)],
            check=True, env=env, capture_output=True, cwd=tmp_path,
        )
        outputs.append({name: (out / name).read_bytes() for name in OUTPUT_FILES})
    assert outputs[0] == outputs[1] == outputs[2]


def test_headers_name_version_and_inputs_but_no_clock_user_or_path(default_render):
    for name, text in default_render.items():
        head = "\n".join(text.splitlines()[:3])
        assert "gen-seed-sql 0." in head and "seed=20260221 orders=100 campaigns=10" in head
        assert "gen-seed-sql build" in head
        for forbidden in (str(ROOT), os.environ.get("USER") or "root", "/tmp", "2026-11", ":"+"00:00 UTC"):
            assert forbidden not in text, (name, forbidden)


def test_one_row_per_line(default_render, plain_render):
    text = default_render["seed.staging.sql"]
    order_lines = [line for line in text.split("\n") if line.startswith("00000000-5eed-8003-8001-")]
    assert len(order_lines) == 100  # one COPY data line per order, its fields tab-separated
    assert all(len(line.split("\t")) == 12 for line in order_lines)
    plain = plain_render["seed.staging.sql"]
    order_rows = [line for line in plain.split("\n") if line.lstrip(", ").startswith("('00000000-5eed-8003-8001-")]
    assert len(order_rows) == 100 and all(line.rstrip().endswith(")") for line in order_rows)


def test_as_of_pins_the_anchor_in_one_line(default_render):
    default = default_render["seed.staging.sql"].split("\n")
    pinned = render_all(Inputs(as_of=__import__("datetime").date(2026, 2, 21)), schema=BUILTIN)["seed.staging.sql"].split("\n")
    changed = [(a, b) for a, b in zip(default, pinned) if a != b]
    assert len(default) == len(pinned)
    assert len(changed) == 2  # the header's inputs line, the anchor line
    assert any("'2026-02-21'" in b and "set_config" in b for _, b in changed)


def test_check_passes_on_fresh_files_and_fails_with_a_diff_when_stale(built, tmp_path):
    runner = CliRunner()
    fresh(built, tmp_path)
    ok = runner.invoke(cli, ["build", "--check", "--out", str(tmp_path)])
    assert ok.exit_code == 0 and "up to date" in ok.output
    seed = tmp_path / "seed.staging.sql"
    seed.write_text(seed.read_text().replace("Siobhán", "Siobhan", 1))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    stale = runner.invoke(cli, ["build", "--check", "--out", str(tmp_path)])
    assert stale.exit_code == 1
    assert "\n-" in stale.output and "\tSiobhán" in stale.output  # the diff of the data line
    assert "Siobhan" in stale.output and "Siobhán" in stale.output
    assert "run `gen-seed-sql build --out" in stale.output
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # --check wrote nothing


def test_check_reports_a_missing_file(built, tmp_path):
    fresh(built, tmp_path)
    (tmp_path / "verify.staging.sql").unlink()
    result = CliRunner().invoke(cli, ["build", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "verify.staging.sql is missing" in result.output


def test_check_of_a_missing_directory_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--check", "--out", str(tmp_path / "nowhere")])
    assert result.exit_code == 7, result.output
    assert result.output.strip().count("\n") == 0 and "nowhere is not a directory: nothing to check" in result.output
    assert "stale" not in result.output


def test_build_into_an_unwritable_place_is_one_line_and_exit_7(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["build", "--out", str(blocker / "out")])
    assert result.exit_code == 7
    assert result.output.strip().count("\n") == 0 and "cannot write" in result.output


def test_bad_option_values_exit_2_without_traceback():
    for args in (["--orders", "-1"], ["--as-of", "2026-13-01"], ["--as-of", "20261125"], ["--seed", "x"], ["--scale", "0"]):
        result = CliRunner().invoke(cli, ["build", "--check", *args])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output


def test_check_stat_counts_rows_added_removed_changed(built, tmp_path):
    runner = CliRunner()
    fresh(built, tmp_path)
    seed = tmp_path / "seed.staging.sql"
    seed.write_text(seed.read_text().replace("'Siobhán O''Brien'", "'Siobhan O''Brien'"))
    siobhan_orders = seed.read_text().count("'Siobhan O''Brien'")
    result = runner.invoke(cli, ["build", "--check", "--stat", "--out", str(tmp_path), "--orders", "102"])
    assert result.exit_code == 1
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[2:] if line[:1].isalpha()}
    assert rows["Order"] == ["2", "0", str(siobhan_orders)]
    assert "Campaign" not in rows
    fewer = runner.invoke(cli, ["build", "--check", "--stat", "--out", str(tmp_path), "--campaigns", "9"])
    assert [line.split() for line in fewer.output.splitlines() if line.startswith("Campaign ")] == [["Campaign", "0", "1", "0"]]
    # stats rows are known by their natural key: each removed row counted once
    gone = row_count("AdStatsDaily", Inputs()) - row_count("AdStatsDaily", Inputs(campaigns=9))
    assert [line.split() for line in fewer.output.splitlines() if line.startswith("AdStatsDaily ")] == [
        ["AdStatsDaily", "0", str(gone), "0"]]
    assert runner.invoke(cli, ["build", "--stat"]).exit_code == 2  # --stat goes with --check


def test_stat_reads_back_every_row_of_the_seed_file():
    from generator.sql.output import seed_rows
    from generator.sql.plans import expected_counts

    found = seed_rows((ROOT / "out" / "seed.staging.sql").read_text(encoding="utf-8"), schema=BUILTIN)
    assert {name: len(rows) for name, rows in found.items()} == expected_counts(Inputs(), schema=BUILTIN)


@pytest.mark.parametrize("kwargs", [{}, {"orders": 7}, {"campaigns": 3, "seed": 5}, {"scale": 3, "orders": 12},
                                    {"as_of": date(2026, 3, 1)}, {"scale": 2, "campaigns": 20}])
def test_the_regenerate_line_reproduces_the_inputs(kwargs):
    """The header's `regenerate it with` command, run, gives the same inputs back."""
    import shlex

    from generator.cli import build as build_command

    from generator.config import Config

    inputs = Inputs.scaled(**kwargs)
    args = shlex.split(inputs.command_line())[2:]
    p = build_command.make_context("build", args).params
    again = Config().inputs(seed=p["seed"], orders=p["orders"], campaigns=p["campaigns"], scale=p["scale"],
                            as_of=p["as_of"])
    assert again == inputs, inputs.command_line()


def test_a_missing_resource_is_an_internal_error_that_names_it():
    from generator.errors import ExitCode, SeedError
    from generator.resources import resource

    with pytest.raises(SeedError) as caught:
        resource("no-such-thing", "no-such-thing")
    assert caught.value.code == ExitCode.INTERNAL and "no-such-thing not found" in caught.value.message


def test_check_stat_reads_the_plain_flavor_as_the_psql_one(built, tmp_path):
    """`build --check --stat` reads rows back from the upserts themselves, not from comments:
    the plain flavor (which keeps none) gives the same table as the psql one."""
    runner = CliRunner()
    tables = {}
    for flavor in ("psql", "plain"):
        out = fresh(built, tmp_path / flavor, flavor)
        result = runner.invoke(cli, ["build", "--check", "--stat", "--out", str(out), "--flavor", flavor,
                                     "--orders", "101", "--campaigns", "9"])
        assert result.exit_code == 1
        tables[flavor] = [line.split() for line in result.output.splitlines() if line[:1].isalpha() and
                          line.split()[0] in ("Order", "OrderItem", "OrderEvent", "Campaign", "AdStatsDaily")]
    assert tables["plain"] == tables["psql"]
    assert [row[:3] for row in tables["plain"] if row[0] in ("Order", "Campaign")] == [["Order", "1", "0"],
                                                                                      ["Campaign", "0", "1"]]


@pytest.mark.parametrize("flavor", ["psql", "plain"])
def test_stat_reads_back_every_row_of_either_flavor(built, flavor):
    from generator.sql.output import seed_rows
    from generator.sql.plans import expected_counts

    found = seed_rows((built(flavor) / "seed.staging.sql").read_text(encoding="utf-8"), schema=BUILTIN)
    assert {name: len(rows) for name, rows in found.items()} == expected_counts(Inputs(), schema=BUILTIN)
