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
