"""`gen-seed-sql lint`: every statement parsed, every shape styled, nothing skipped."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^    (?:, )?\(.*\)$")


@pytest.fixture
def out_copy(tmp_path):
    target = tmp_path / "out"
    shutil.copytree(ROOT / "out", target)
    return target


def row_lines(directory):
    return sum(1 for p in directory.glob("*.sql") for line in p.read_text().split("\n") if ROW.match(line))


@pytest.mark.slow
def test_lint_passes_on_out_and_reads_every_row():
    result = CliRunner().invoke(cli, ["lint", str(ROOT / "out")])
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    rows = int(re.search(r"with (\d+) rows parsed", summary).group(1))
    assert rows == row_lines(ROOT / "out") > 2000
    assert re.search(r"(\d+) statement shapes styled by sqlfluff", summary)
    assert "0 problems" in summary


def break_row_in_last_tenth(path):
    lines = path.read_text().split("\n")
    candidates = [i for i, line in enumerate(lines) if ROW.match(line) and i > len(lines) * 0.9]
    index = candidates[len(candidates) // 2]
    lines[index] = lines[index].replace("', ", "', , ", 1)  # an empty value between two commas
    path.write_text("\n".join(lines))
    return index + 1


@pytest.mark.slow
@pytest.mark.parametrize("parse_only", [True, False])
def test_a_broken_row_deep_in_the_file_fails_with_file_and_line(out_copy, parse_only):
    line = break_row_in_last_tenth(out_copy / "seed.staging.sql")
    args = ["lint", str(out_copy)] + (["--parse-only"] if parse_only else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"seed.staging.sql:{line}: parse: syntax error" in result.output


@pytest.mark.slow
def test_a_style_problem_is_reported_with_its_rule(out_copy):
    reset = out_copy / "seed.staging.reset.sql"
    text = reset.read_text()
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("    , count(*) AS deleted"))
    lines[index] = lines[index].replace("AS deleted", "as deleted")
    reset.write_text("\n".join(lines))
    result = CliRunner().invoke(cli, ["lint", str(out_copy)])
    assert result.exit_code == 1
    assert f"seed.staging.reset.sql:{index + 1}: style: CP01" in result.output


def test_a_broken_guard_body_fails_the_plpgsql_parse(out_copy):
    seed = out_copy / "seed.staging.sql"
    seed.write_text(seed.read_text().replace("    END IF;\n", "    END;\n", 1))
    result = CliRunner().invoke(cli, ["lint", str(out_copy), "--parse-only"])
    assert result.exit_code == 1 and "parse:" in result.output


def test_a_large_file_is_read_to_its_last_row(tmp_path):
    big = tmp_path / "big"
    assert CliRunner().invoke(cli, ["build", "--orders", "3000", "--out", str(big)]).exit_code == 0
    assert (big / "seed.staging.sql").stat().st_size > 1_000_000
    lines = (big / "seed.staging.sql").read_text().split("\n")
    last = max(i for i, line in enumerate(lines) if ROW.match(line))
    lines[last] = lines[last][:-1]  # drop the closing parenthesis of the very last row
    (big / "seed.staging.sql").write_text("\n".join(lines))
    result = CliRunner().invoke(cli, ["lint", str(big), "--parse-only"])
    assert result.exit_code == 1
    assert "seed.staging.sql:" in result.output and "parse:" in result.output


def test_lint_errors_are_one_line():
    result = CliRunner().invoke(cli, ["lint", "/nonexistent-dir"])
    assert result.exit_code == 7 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gen-seed-sql: error:") and "/nonexistent-dir" in lines[0], lines


@pytest.mark.slow
def test_the_pre_commit_hook_checks_freshness_in_a_scratch_repository(tmp_path):
    repo = tmp_path / "scratch"
    repo.mkdir()
    git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([sys.executable, "-c", "from generator.cli import main; main()", "build", "--out", str(repo / "out")],
                   check=True, capture_output=True)
    subprocess.run([*git, "-C", str(repo), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "seed files"], check=True)
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": subprocess.os.environ["PATH"], "HOME": str(tmp_path)}
    hook = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "gen-seed-sql-check", "--all-files"]
    fresh = subprocess.run(hook, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    seed = repo / "out" / "seed.staging.sql"
    seed.write_text(seed.read_text().replace("Siobhán", "Siobhan", 1))
    stale = subprocess.run(hook, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert stale.returncode == 1
    assert "Failed" in stale.stdout and "changed" in stale.stdout
