"""Verify's checks as plan values (generator/sql/checks.py) and the macros that write them
(templates/_checks.sql.j2); the templates' own mistakes fail the build. No database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.dataset.inputs import Inputs
from generator.errors import ExitCode, SeedError
from generator.schema.builtin import BUILTIN
from generator.schema.rules import DERIVED, FUNNELS
from generator.sql import fileformat as ff
from generator.sql.checks import KINDS, Check, verify_checks
from generator.sql.templating import environment, stream, templates_dir

ROOT = Path(__file__).resolve().parent.parent


def test_every_kind_of_check_has_its_macro_and_every_macro_a_kind():
    module = environment().get_template("_checks.sql.j2").module
    assert sorted(module.kinds) == sorted(KINDS)
    for kind in KINDS:
        assert callable(getattr(module, kind)), kind


def test_a_check_of_no_such_kind_is_refused():
    with pytest.raises(ValueError, match="no such kind of check: seeded_row"):
        Check("seeded_row", "'seeded rows'", "User")


def test_every_check_verify_prints_is_a_plan_value_in_its_order(default_render):
    """The file holds one SELECT per check, in the plans' order, each with its table and
    expected count: nothing is written in the template that no plan says."""
    checks = verify_checks(Inputs(), BUILTIN)
    text = default_render["verify.staging.sql"]  # "".join(render_verify(Inputs(), BUILTIN)), rendered once
    body = text[text.index(", checks AS ("):text.index(", failed AS (")]
    found = re.findall(r"^    SELECT\n        (.*?) AS check_name\n        , (.*?) AS table_name\n        , (\d+) AS expected$",
                       body, flags=re.M | re.S)
    assert [(table, int(expected)) for _, table, expected in found] == [(f"'{c.table}'", c.expected) for c in checks]
    assert [label for label, _, _ in found] == [c.label for c in checks]


def test_each_derived_column_is_a_check_of_its_own_and_each_funnel_one():
    rules = [c for c in verify_checks(Inputs(), BUILTIN) if c.kind == "rule"]
    assert len(rules) == len(FUNNELS) + sum(len(DERIVED[key]) for key in FUNNELS)
    for key, derived in DERIVED.items():
        table = BUILTIN.table(key)
        names = [c.label.split(" || ")[0] for c in rules if c.table == table.name]
        assert names == ["'funnel never increases'"] + [f"'{table.sql(d.column)} = formula'" for d in derived]


def test_a_failing_rule_check_names_its_first_offending_row():
    rule = next(c for c in verify_checks(Inputs(), BUILTIN) if c.kind == "rule")
    assert "' (first: ' || min(" in rule.label and rule.label.endswith(", ''\n        )")


def test_one_verify_shape_whatever_the_schema():
    """The committed verify file is the shape a team's build gets: one check per formula."""
    text = (ROOT / "out" / ff.VERIFY.name).read_text(encoding="utf-8")
    assert "'ctr = formula' || coalesce(" in text and "= formulas" not in text


def test_a_report_row_with_a_count_column_the_file_has_not_fails_the_build(tmp_path, monkeypatch):
    """A misspelled count key in a template would report 0 for ever: it fails instead."""
    (tmp_path / "broken.sql.j2").write_text(
        '{% from "_report.sql.j2" import report_row with context %}'
        '{{ report_row("User", contract.SEED.columns, {"inserted": "1", "updatd": "2"}, "x") }}\n', encoding="utf-8")
    (tmp_path / "_report.sql.j2").write_text((templates_dir() / "_report.sql.j2").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    environment.cache_clear()
    monkeypatch.setattr("generator.sql.templating.templates_dir", lambda: tmp_path)
    try:
        with pytest.raises(SeedError) as raised:
            "".join(stream("broken.sql.j2", ff.PSQL))
        assert raised.value.code == ExitCode.INTERNAL and "no count column updatd" in str(raised.value)
        good = "".join(stream("_report.sql.j2", ff.PSQL))  # the macro file alone renders nothing
        assert good.strip() == ""
    finally:
        environment.cache_clear()


@pytest.mark.parametrize("flavor", [ff.PSQL, ff.PLAIN])
def test_the_flavor_is_what_the_templates_receive(flavor, default_render, plain_render):
    """Meta-commands, comments and staging follow the flavor value, file by file."""
    from generator.sql.render import RESET_FILE, SEED_FILE, VERIFY_FILE

    # the default files of the flavor, rendered once per session (the seed's default rows are
    # made in this process: the same text as render_seed(inputs, BUILTIN, jobs=1))
    files = {ff.PSQL.name: default_render, ff.PLAIN.name: plain_render}[flavor.name]
    seed = files[SEED_FILE]
    for text in (seed, files[RESET_FILE], files[VERIFY_FILE]):
        lines = text.splitlines()
        dry_run = (ff.DRY_RUN_IF, ff.DRY_RUN_ELSE, ff.DRY_RUN_END)
        assert [line for line in lines if line.startswith("\\") and line != ff.COPY_END and line not in dry_run] \
            == list(flavor.meta_commands)
        # psql's dry run: at the seed's top and its end, in the psql flavor only
        assert [line for line in lines if line in dry_run] == (
            [ff.DRY_RUN_IF, ff.DRY_RUN_END, ff.DRY_RUN_IF, ff.DRY_RUN_ELSE, ff.DRY_RUN_END]
            if flavor.staged and "upserted AS (" in text else [])
        comments = [line for line in lines[1:] if line.lstrip().startswith("--")]
        if flavor.comments:
            assert len(comments) > 10
        else:
            assert comments == [line for line in lines[1:5] if line.startswith("--")] and len(comments) == 4
        assert "\n\n\n" not in text or flavor.comments  # the plain files have no runs of blank lines
    assert ("FROM STDIN;" in seed) == flavor.staged and (") AS (\n    VALUES\n" in seed) != flavor.staged
