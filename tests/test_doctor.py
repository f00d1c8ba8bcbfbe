"""`gen-seed-sql doctor` (generator/run/doctor.py): it runs the committed files' own
preflight where out/ holds them (found by fileformat.preflight_of), and the one the
schema makes where it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.run.doctor import committed_preflight, diagnose
from generator.schema.builtin import BUILTIN
from generator.sql import fileformat as ff
from generator.sql.preflight import PREFLIGHT_SEED, preflight_query

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_preflight_is_the_query_the_schema_makes():
    """What doctor reads out of out/ is, line for line, what the seed's guard runs."""
    committed = committed_preflight(ROOT / "out" / ff.SEED.name)
    assert committed == preflight_query(PREFLIGHT_SEED, BUILTIN, ff.PSQL, staged=True)


def test_a_file_without_a_preflight_gives_none(tmp_path):
    (tmp_path / "x.sql").write_text("SELECT 1;\n", encoding="utf-8")
    assert committed_preflight(tmp_path / "x.sql") is None
    assert committed_preflight(tmp_path / "missing.sql") is None


@pytest.mark.db
@pytest.mark.parametrize("out_dir", [None, ROOT / "out"], ids=["schema's own", "committed"])
def test_doctor_runs_a_preflight_with_or_without_committed_files(db, out_dir):
    findings = diagnose(db.dsn, BUILTIN, out_dir)
    assert len(findings) > 100 and all(f.ok for f in findings)
