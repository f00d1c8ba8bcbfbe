"""The tests' own layout: a test module imports the helpers it shares from tests/support/,
never another test module nor conftest.py; conftest.py holds fixtures and hooks only;
and a helper is written once, not copied from one module into another."""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

TESTS = Path(__file__).resolve().parent
MODULES = sorted([*TESTS.glob("*.py"), *(TESTS / "support").glob("*.py")])


def imported(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, top-level module name) of every import in ``tree``, in functions too."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


@cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_module_imports_a_test_module_or_conftest():
    test_modules = {p.stem for p in TESTS.glob("test_*.py")}
    assert len(test_modules) > 30 and (TESTS / "support" / "__init__.py").is_file()
    wrong = [f"{path.relative_to(TESTS)}:{line}: imports {name}"
             for path in MODULES for line, name in imported(parsed(path))
             if name == "conftest" or name in test_modules or name.startswith("test_")]
    assert not wrong, "import shared helpers from tests/support/ instead:\n" + "\n".join(wrong)


def test_the_support_package_imports_no_test_fixture_module():
    """tests/support/ stands below the tests: it imports neither them nor the scripts
    beside them (mutations.py, servers.py, pooler.py)."""
    scripts = {p.stem for p in TESTS.glob("*.py")}
    for path in (TESTS / "support").glob("*.py"):
        assert not [name for _, name in imported(parsed(path)) if name in scripts], path.name


def test_conftest_holds_only_fixtures_and_hooks():
    tree = parsed(TESTS / "conftest.py")
    helpers = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            decorators = [ast.unparse(d) for d in getattr(node, "decorator_list", [])]
            if not (node.name.startswith("pytest_") or any(d.startswith("pytest.fixture") for d in decorators)):
                helpers.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            helpers.append(ast.unparse(node).split("=")[0].strip())
    assert not helpers, f"conftest.py holds more than fixtures and hooks (tests/support/ is for helpers): {helpers}"


def test_no_helper_is_written_twice():
    """No two functions of tests/ (in any module, at any level) have the same body: a
    helper two modules need lives in tests/support/, once."""
    bodies: dict[str, list[str]] = defaultdict(list)
    for path in MODULES:
        for node in ast.walk(parsed(path)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("test_"):
                body = node.body[1:] if ast.get_docstring(node) else node.body
                if sum(len(ast.unparse(statement).splitlines()) for statement in body) >= 2:
                    shape = ast.dump(ast.Module(body=body, type_ignores=[])) + ast.dump(node.args)
                    bodies[shape].append(f"{path.relative_to(TESTS)}:{node.lineno} {node.name}")
    copies = [places for places in bodies.values() if len(places) > 1]
    assert not copies, "the same helper, more than once:\n" + "\n".join(" = ".join(p) for p in copies)
