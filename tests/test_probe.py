"""The mutation probe (tests/mutations.py) still fits the code: each mutation's text is
in its file exactly once, and each names tests that exist."""

from pathlib import Path

import pytest

from mutations import MUTATIONS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mutation_still_applies(mutation):
    assert (ROOT / mutation.path).read_text(encoding="utf-8").count(mutation.old) == 1
    assert all((ROOT / t).is_file() for t in mutation.tests if t.startswith("tests/"))


def test_the_probe_covers_every_template_and_every_module():
    mutated = {m.path for m in MUTATIONS}
    templates = {f"templates/{p.name}" for p in (ROOT / "templates").glob("*.j2")}
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py") if p.name != "__init__.py"}
    assert not (templates | modules) - mutated, sorted((templates | modules) - mutated)
    assert len(MUTATIONS) >= 40 and len({m.name for m in MUTATIONS}) == len(MUTATIONS)


def test_no_mutation_is_left_to_the_freshness_test():
    """The probe rebuilds out/ in each mutant: a mutation counts only when a test of the
    behaviour it breaks catches it, never the check that out/ is up to date nor the
    hashes of the files (test_bytes.py)."""
    for m in MUTATIONS:
        assert "test_build.py" not in m.tests or "-k" in m.tests, m.name
        assert not any("up_to_date" in t or "test_bytes" in t for t in m.tests), m.name
