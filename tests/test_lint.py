"""`gen-seed-sql lint`: every statement parsed, every shape styled, nothing skipped."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from support.cli import CLI

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^    (?:, )?\(.*\)$")  # a VALUES row


def copy_lines(text):
    """The indexes of the COPY data lines of a file's text (psql flavor)."""
    found, inside = [], False
    for i, line in enumerate(text.split("\n")):
        if inside and line == "\\.":
            inside = False
        elif inside:
            found.append(i)
        elif line.endswith("FROM STDIN;"):
            inside = True
    return found


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
    rows = int(re.search(r"with (\d+) VALUES rows parsed", summary).group(1))
    assert rows == row_lines(ROOT / "out")  # VALUES rows: in the plain flavor the dataset's rows
    data = int(re.search(r"(\d+) COPY data lines read", summary).group(1))
    assert data == sum(len(copy_lines(p.read_text())) for p in (ROOT / "out").glob("*.sql")) > 2000
    assert re.search(r"(\d+) statement shapes styled by sqlfluff", summary)
    assert "0 problems" in summary


def break_row_in_last_tenth(path):
    lines = path.read_text().split("\n")
    candidates = [i for i, line in enumerate(lines) if ROW.match(line) and i > len(lines) * 0.9]
    index = candidates[len(candidates) // 2]
    lines[index] = lines[index].replace("', ", "', , ", 1)  # an empty value between two commas
    path.write_text("\n".join(lines))
    return index + 1


def break_copy_line_in_last_tenth(path, broken):
    lines = path.read_text().split("\n")
    candidates = [i for i in copy_lines("\n".join(lines)) if i > len(lines) * 0.8]
    index = candidates[len(candidates) // 2]
    lines[index] = broken(lines[index])
    path.write_text("\n".join(lines))
    return index + 1


@pytest.mark.slow
@pytest.mark.parametrize("parse_only", [True, False])
def test_a_broken_row_deep_in_the_file_fails_with_file_and_line(tmp_path, parse_only):
    plain = tmp_path / "plain"
    assert CliRunner().invoke(cli, ["build", "--flavor", "plain", "--out", str(plain)]).exit_code == 0
    line = break_row_in_last_tenth(plain / "seed.staging.sql")
    args = ["lint", str(plain)] + (["--parse-only"] if parse_only else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"seed.staging.sql:{line}: parse: syntax error" in result.output


@pytest.mark.parametrize("broken, problem", [
    (lambda line: line.replace("\t", " ", 1), "fields, the COPY names"),  # two fields run together
    (lambda line: line + "\t1", "fields, the COPY names"),  # one field too many
    (lambda line: line.replace("\t", "\t\\q", 1), "not a COPY text field"),  # an escape COPY does not know
])
def test_a_broken_copy_line_deep_in_the_file_fails_with_file_and_line(out_copy, broken, problem):
    line = break_copy_line_in_last_tenth(out_copy / "seed.staging.sql", broken)
    result = CliRunner().invoke(cli, ["lint", str(out_copy), "--parse-only"])
    assert result.exit_code == 1
    assert f"seed.staging.sql:{line}: copy: " in result.output and problem in result.output, result.output


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


@pytest.mark.slow
def test_a_large_file_is_read_to_its_last_row(tmp_path):
    big = tmp_path / "big"
    assert CliRunner().invoke(cli, ["build", "--orders", "3000", "--out", str(big)]).exit_code == 0
    assert (big / "seed.staging.sql").stat().st_size > 1_000_000
    text = (big / "seed.staging.sql").read_text()
    lines = text.split("\n")
    last = copy_lines(text)[-1]
    lines[last] = lines[last].rsplit("\t", 1)[0]  # drop the last field of the very last row
    (big / "seed.staging.sql").write_text("\n".join(lines))
    result = CliRunner().invoke(cli, ["lint", str(big), "--parse-only"])
    assert result.exit_code == 1
    assert f"seed.staging.sql:{last + 1}: copy: " in result.output


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
    subprocess.run([*CLI, "build", "--out", str(repo / "out")],
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
