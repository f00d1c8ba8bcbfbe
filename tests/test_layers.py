"""Imports run one way: each module of generator/ imports only those listed before it in
docs/development.md's layout (which so stays true), and the build never loads psycopg."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documented_order():
    text = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    layout = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"\*\*`generator/(\w+)\.py`\*\*", layout)


def package_imports(module):
    tree = ast.parse((ROOT / "generator" / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
    return found - {"__version__"}


def test_every_module_is_documented_and_imports_only_those_before_it():
    order = documented_order()
    modules = sorted(p.stem for p in (ROOT / "generator").glob("*.py") if p.stem != "__init__")
    assert sorted(order) == modules
    for position, module in enumerate(order):
        later = package_imports(module) - set(order[:position])
        assert not later, f"{module} imports {sorted(later)}, listed after it"


def test_the_build_never_imports_psycopg(tmp_path):
    code = ("import sys; from generator.cli import main\n"
            f"sys.argv = ['gen-seed-sql', 'build', '--out', {str(tmp_path)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('psycopg' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stderr.strip().splitlines()[-1] == "False", proc.stderr
    assert (tmp_path / "seed.staging.sql").exists()


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
