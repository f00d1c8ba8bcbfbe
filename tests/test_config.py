"""`gen-seed-sql.toml`: a team's settings, committed beside its out/, read by every
command; the command line overrides it; every problem with it is exit 2 in one line."""

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config import CONFIG_NAME, KEYS
from support.cli import CLI, clean_env

ROOT = Path(__file__).resolve().parent.parent
FEW = "orders = 3\ncampaigns = 1\n"  # settings for a build whose size the test does not look at


def gss(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The console script, run in ``cwd`` as a user would."""
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True,
                          env={**clean_env(**(env or {})), "PYTHONPATH": str(ROOT)}, timeout=300)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch repository with a settings file."""
    (tmp_path / ".git").mkdir()
    (tmp_path / CONFIG_NAME).write_text('orders = 12\ncampaigns = 2\nout = "db/seed"\n', encoding="utf-8")
    return tmp_path


def header(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[2]


def test_the_repository_has_no_settings_file_so_out_is_the_default_build():
    assert not (ROOT / CONFIG_NAME).exists()
    result = CliRunner().invoke(cli, ["build", "--check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_build_then_check_passes_and_a_changed_value_fails_naming_the_command(repo):
    built = gss(repo, "build")
    assert built.returncode == 0, built.stderr
    seed = repo / "db" / "seed" / "seed.staging.sql"
    assert "orders=12 campaigns=2" in header(seed) and "settings=gen-seed-sql.toml" in header(seed)
    assert header(seed).endswith("; command: gen-seed-sql build")
    assert gss(repo, "build", "--check", "--stat").returncode == 0  # the pre-commit hook's command, no arguments
    (repo / CONFIG_NAME).write_text('orders = 13\ncampaigns = 2\nout = "db/seed"\n', encoding="utf-8")
    stale = gss(repo, "build", "--check", "--stat")
    assert stale.returncode == 1
    assert stale.stderr.strip().splitlines()[-1].endswith("run `gen-seed-sql build` and commit the result"), stale.stderr
    assert "Order " in stale.stdout
    assert gss(repo, "build").returncode == 0 and gss(repo, "build", "--check").returncode == 0


@pytest.mark.slow
def test_relative_paths_are_relative_to_the_file_and_found_from_a_subdirectory(repo):
    (repo / "app" / "deep").mkdir(parents=True)
    assert gss(repo / "app" / "deep", "build").returncode == 0
    assert (repo / "db" / "seed" / "verify.staging.sql").is_file()
    assert not (repo / "app" / "deep" / "db").exists()
    lint = gss(repo / "app", "lint", "--parse-only")
    assert lint.returncode == 0 and "3 files" in lint.stdout, lint.stdout + lint.stderr


@pytest.mark.slow
def test_the_command_line_overrides_the_file_and_the_header_says_how(repo):
    assert gss(repo, "build", "--orders", "5", "--seed", "9").returncode == 0
    seed = repo / "db" / "seed" / "seed.staging.sql"
    assert "seed=9 orders=5 campaigns=2" in header(seed)
    assert header(seed).endswith("command: gen-seed-sql build --seed 9 --orders 5")
    assert gss(repo, "build", "--check").returncode == 1  # the file alone says 12 orders
    assert gss(repo, "build", "--check", "--seed", "9", "--orders", "5").returncode == 0


@pytest.mark.slow
def test_a_settings_file_named_with_config_is_named_relative_to_the_repository(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "ops").mkdir()
    (tmp_path / "ops" / "staging.toml").write_text("orders = 3\n", encoding="utf-8")
    assert gss(tmp_path, "build", "--config", "ops/staging.toml").returncode == 0
    line = header(tmp_path / "ops" / "out" / "seed.staging.sql")  # out is relative to the file
    assert "settings=ops/staging.toml" in line and line.endswith("command: gen-seed-sql build --config ops/staging.toml")
    assert str(tmp_path) not in (tmp_path / "ops" / "out" / "seed.staging.sql").read_text(encoding="utf-8")
    assert gss(tmp_path, "build", "--check", "--config", "ops/staging.toml").returncode == 0


@pytest.mark.slow
def test_no_settings_file_keeps_the_header_as_it_was(tmp_path):
    assert gss(tmp_path, "build").returncode == 0
    assert header(tmp_path / "out" / "seed.staging.sql") == header(ROOT / "out" / "seed.staging.sql")


BAD = {
    "unknown key": ("orders = 3\nordrs = 4\n", f"{CONFIG_NAME}:2: unknown key 'ordrs'; the keys are " + ", ".join(KEYS)),
    "wrong type": ('orders = "many"\n', f"{CONFIG_NAME}:1: orders = 'many' is not an integer from 0 to 9999999999"),
    "out of range": ("\nscale = 0\n", f"{CONFIG_NAME}:2: scale = 0 is not an integer from 1 to 1000"),
    "a boolean for a count": ("campaigns = true\n", f"{CONFIG_NAME}:1: campaigns = True is not an integer from 0 to"),
    "not a day": ('as-of = "2026-02-30"\n', f"{CONFIG_NAME}:1: as-of = '2026-02-30' is not a date YYYY-MM-DD"),
    "invalid TOML": ("orders = 3\n[oops\n", f"{CONFIG_NAME}: not valid TOML: "),
    "a table it does not know": ("[tables]\nSellpage = 'SellPage'\n", f"{CONFIG_NAME}:1: unknown key 'tables'"),
    "a model mapped to a number": ("[models]\nSellpage = 3\n", f"{CONFIG_NAME}:1: models = {{'Sellpage': 3}} is not a table of names"),
    "a field not keyed Model.field": ('[fields]\ntotal = "grandTotal"\n', f"{CONFIG_NAME}:1: fields = "),
    "a schema path that is a number": ("prisma-schema = 3\n", f"{CONFIG_NAME}:1: prisma-schema = 3 is not a file path"),
}


@pytest.mark.parametrize("case", BAD)
@pytest.mark.parametrize("command", [["build"], ["build", "--check"], ["lint"], ["apply"], ["verify"], ["reset"],
                                     ["doctor"], ["demo"]])
def test_a_bad_settings_file_is_exit_2_in_one_line_naming_file_and_key(tmp_path, monkeypatch, case, command):
    text, message = BAD[case]
    (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, command, env={"APP_ENV": "staging"}, catch_exceptions=False)
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()  # nothing written


@pytest.mark.slow
def test_the_console_script_says_the_same_in_one_line(tmp_path):
    (tmp_path / CONFIG_NAME).write_text(BAD["unknown key"][0], encoding="utf-8")
    result = gss(tmp_path, "build")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and BAD["unknown key"][1] in result.stderr


@pytest.mark.slow
def test_an_unreadable_or_missing_settings_file_is_exit_2(tmp_path):
    (tmp_path / "bad.toml").write_bytes(b"orders = 3\n\xff\xfe\n")
    result = gss(tmp_path, "build", "--config", "bad.toml")
    assert result.returncode == 2 and "bad.toml: cannot read the settings file" in result.stderr, result.stderr
    missing = gss(tmp_path, "build", "--config", "nope.toml")
    assert missing.returncode == 2 and "nope.toml: no such settings file" in missing.stderr


def test_apply_verify_reset_and_doctor_run_the_files_the_settings_name(repo, db):
    assert gss(repo, "build").returncode == 0
    env = {"APP_ENV": "staging", "DATABASE_URL": db.dsn}
    applied = gss(repo, "apply", "--format", "json", env=env)
    assert applied.returncode == 0, applied.stderr
    assert db.seeded_counts()["Order"] == 12 and db.seeded_counts()["Campaign"] == 2
    assert json.loads(applied.stdout)["file"].endswith("db/seed/seed.staging.sql")
    assert gss(repo, "verify", env=env).returncode == 0
    assert gss(repo, "doctor", env=env).returncode == 0
    (repo / CONFIG_NAME).write_text('orders = 13\ncampaigns = 2\nout = "db/seed"\n', encoding="utf-8")
    stale = gss(repo, "doctor", env=env)
    assert stale.returncode == 1, stale.stderr
    assert "db/seed is stale for the settings" in stale.stderr and "run it and commit the result" in stale.stderr
    assert gss(repo, "reset", env=env).returncode == 0
    assert set(db.seeded_counts().values()) == {0}


def test_model_field_tables_take_quoted_and_unquoted_dotted_keys(tmp_path):
    """`"Order.total" = ...` and `Order.total = ...` (a TOML table per model) are the same
    key; a Json [fill] value stays an inline table."""
    from generator.config import load_config

    (tmp_path / CONFIG_NAME).write_text(
        '[fields]\nOrder.total = "grandTotal"\n"Order.customerName" = "buyer"\n'
        '[fill]\nOrder.address = { line1 = "1 Staging Way" }\n"Order.currency" = "USD"\n', encoding="utf-8")
    config = load_config(tmp_path / CONFIG_NAME)
    assert config.get("fields") == {"Order.total": "grandTotal", "Order.customerName": "buyer"}
    assert config.get("fill") == {"Order.address": {"line1": "1 Staging Way"}, "Order.currency": "USD"}


def test_the_header_names_the_teams_schema_and_check_follows_it(tmp_path, monkeypatch):
    """With prisma-schema, the header records it (relative to the repository), and
    `build --check` fails once the schema changes, naming the plain build."""
    import shutil

    (tmp_path / ".git").mkdir()
    shutil.copy(ROOT / "generator" / "prisma" / "schema.prisma", tmp_path / "schema.prisma")
    # a few orders and one campaign: what the header and --check say does not depend on the counts
    (tmp_path / CONFIG_NAME).write_text('prisma-schema = "schema.prisma"\n' + FEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    header = (tmp_path / "out" / "seed.staging.sql").read_text(encoding="utf-8").splitlines()[2]
    assert "settings=gen-seed-sql.toml prisma-schema=schema.prisma; command: gen-seed-sql build" in header
    assert runner.invoke(cli, ["build", "--check"]).exit_code == 0
    text = (tmp_path / "schema.prisma").read_text(encoding="utf-8")
    (tmp_path / "schema.prisma").write_text(text.replace("  orderNumber   String        @unique",
                                                         '  orderNumber   String        @unique @map("number")'))
    stale = runner.invoke(cli, ["build", "--check"])
    assert stale.exit_code == 1 and "run `gen-seed-sql build` and commit the result" in stale.output


def test_the_flavor_is_a_setting_and_the_header_says_how_to_rebuild_it(tmp_path, monkeypatch):
    """flavor = "plain" in the settings: a plain `gen-seed-sql build` reproduces it and
    `--check` passes; without settings, `--flavor plain` is in the header's command."""
    (tmp_path / ".git").mkdir()
    (tmp_path / CONFIG_NAME).write_text('flavor = "plain"\n' + FEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    lines = (tmp_path / "out" / "seed.staging.sql").read_text(encoding="utf-8").splitlines()
    assert "flavor=plain" in lines[2] and lines[2].endswith("Command: gen-seed-sql build")
    assert not any(line.startswith("\\set") for line in lines)
    assert runner.invoke(cli, ["build", "--check"]).exit_code == 0
    assert runner.invoke(cli, ["build", "--check", "--flavor", "psql"]).exit_code == 1
    (tmp_path / CONFIG_NAME).unlink()
    assert runner.invoke(cli, ["build", "--flavor", "plain", "--out", "plain"]).exit_code == 0
    header = (tmp_path / "plain" / "seed.staging.sql").read_text(encoding="utf-8").splitlines()[2]
    assert header.endswith("Command: gen-seed-sql build --flavor plain")
    (tmp_path / CONFIG_NAME).write_text('flavor = "sqlite"\n', encoding="utf-8")
    bad = runner.invoke(cli, ["build"])
    assert bad.exit_code == 2 and "flavor = 'sqlite' is not 'psql' or 'plain'" in bad.output
