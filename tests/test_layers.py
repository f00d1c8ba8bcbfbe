"""Imports run one way: the import-linter contracts in pyproject.toml (`lint-imports`)
hold every stage of generator/ and every module inside each stage to its layer; every
module has a layer and a line in docs/development.md's layout; and, at run time, the
build never loads psycopg nor the run Jinja."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"


def contracts() -> list[dict]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["tool"]["importlinter"]["contracts"]


@pytest.mark.slow
def test_the_import_contracts_hold():
    lint_imports = "from importlinter.cli import lint_imports_command; lint_imports_command()"  # `lint-imports`
    proc = subprocess.run([sys.executable, "-c", lint_imports, "--no-cache", "--no-logo"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken." in proc.stdout, proc.stdout


def test_every_stage_has_a_layers_contract_over_all_its_modules():
    """The package and each of its folders is a container of an exhaustive layers
    contract: a module added anywhere must be given its layer."""
    packages = {"generator"} | {f"generator.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    layered = {c["containers"][0]: c for c in contracts() if c["type"] == "layers"}
    assert set(layered) == packages
    for name, contract in layered.items():
        folder = PACKAGE if name == "generator" else PACKAGE / name.split(".")[1]
        children = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
        children |= {p.parent.name for p in folder.glob("*/__init__.py")}
        named = {m.strip() for layer in contract["layers"] for m in layer.replace(":", "|").split("|")}
        assert contract.get("exhaustive") and named == children, (name, sorted(named ^ children))


def test_every_module_has_its_line_in_the_development_docs():
    text = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    layout = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    modules = sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py")
    assert [m for m in modules if f"`{m}`" not in layout] == []


@pytest.mark.slow
def test_the_build_never_imports_psycopg(tmp_path):
    code = ("import sys; from generator.cli import main\n"
            f"sys.argv = ['gen-seed-sql', 'build', '--out', {str(tmp_path)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('psycopg' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stderr.strip().splitlines()[-1] == "False", proc.stderr
    assert (tmp_path / "seed.staging.sql").exists()


@pytest.mark.slow
def test_the_run_path_never_imports_jinja(tmp_path):
    """apply, reset and verify read files and talk to the database: no template engine."""
    for command in ("apply", "reset", "verify"):
        code = ("import sys; from generator.cli import main\n"
                f"sys.argv = ['gen-seed-sql', {command!r}, {str(tmp_path / 'missing.sql')!r}, '--dsn', 'host=/nonexistent']\n"
                "try:\n    main()\nexcept SystemExit:\n    pass\n"
                "print('jinja2' in sys.modules, 'psycopg' in sys.modules, file=sys.stderr)")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                              env={"APP_ENV": "staging", "PATH": "/usr/bin:/bin"})
        assert proc.stderr.strip().splitlines()[-1] == "False True", (command, proc.stderr)
        assert "missing.sql not found" in proc.stderr
