"""A local change gives a local diff: proven on the generated files."""

import difflib
import re
from datetime import date

from generator.dataset.inputs import Inputs
from generator.sql.output import render_all
from generator.sql.render import RESET_FILE, SEED_FILE, VERIFY_FILE
from generator.schema.builtin import BUILTIN

# A row: a COPY data line (the dataset's rows: tab-separated fields), or a row of VALUES
# (the described id ranges; the dataset's rows in the plain flavor).
ROW = re.compile(r"^ +(?:, )?\(.*\)$|^[^\t]+(?:\t[^\t]*)+$")
SECTION = re.compile(r'^-- "(?P<table>\w+)"(?P<converge>:)?')
KEPT = "-- Name every seed-owned row"
HEADER_INPUTS = 2  # 0-based index of the header's "Inputs:" line


def sections(lines):
    """The section each line belongs to: a table's upsert, a table's convergence delete,
    the kept-rows notice, or 'preamble'."""
    current, out = "preamble", []
    for line in lines:
        m = SECTION.match(line)
        if m:
            current = ("converge:" if m.group("converge") else "") + m.group("table")
        elif line.startswith(KEPT):
            current = "kept"
        elif line == "COMMIT;":
            current = "end"
        out.append(current)
    return out


def changes(old_text, new_text):
    """(removed or replaced old line numbers, added or replacing new line numbers)."""
    old, new = old_text.split("\n"), new_text.split("\n")
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += range(i1, i2)
            added += range(j1, j2)
    return old, new, removed, added


def test_adding_an_order_touches_only_order_statements(default_render):
    fresh = render_all(Inputs(orders=101), schema=BUILTIN)
    old, new, removed, added = changes(default_render[SEED_FILE], fresh[SEED_FILE])
    assert removed == [HEADER_INPUTS]  # no line of orders 1-100 changed: only additions
    new_sections = sections(new)
    touched = {new_sections[i] for i in added if i != HEADER_INPUTS}
    assert touched == {"Order", "OrderItem", "OrderEvent", "converge:Order", "converge:OrderItem",
                       "converge:OrderEvent", "kept"}
    assert sum(1 for i in added if new[i].startswith("00000000-5eed-8003-8001-000000000101\t")) == 1  # order 101's line
    # the ids the file describes grow by a run each: order 101's, its items', its events'
    described = sorted(new[i].strip(" ,") for i in added if new_sections[i].startswith("converge:"))
    assert described[0] == "(101, 101)" and all(re.fullmatch(r"\(10101, 101\d\d\)", r) for r in described[1:])
    assert len(described) == 3
    # the reset does not list ids: only its header moves; verify changes only its counts
    _, _, removed, added = changes(default_render[RESET_FILE], fresh[RESET_FILE])
    assert removed == added == [HEADER_INPUTS]
    old, new, removed, added = changes(default_render[VERIFY_FILE], fresh[VERIFY_FILE])
    counts = [new[i] for i in added if i != HEADER_INPUTS and "AS expected" in new[i]]
    assert len(counts) == 3 and all(re.fullmatch(r"        , \d+ AS expected", line) for line in counts)
    tables = [new[i - 1].strip() for i in added if i != HEADER_INPUTS and "AS expected" in new[i]]
    assert tables == [", 'Order' AS table_name", ", 'OrderItem' AS table_name", ", 'OrderEvent' AS table_name"]
    assert sorted(new[i].strip(" ,") for i in added if i != HEADER_INPUTS and "AS expected" not in new[i]) == described


def test_adding_a_campaign_touches_only_the_campaign_tree_and_its_stats(default_render):
    fresh = render_all(Inputs(campaigns=11), schema=BUILTIN)
    old, new, removed, added = changes(default_render[SEED_FILE], fresh[SEED_FILE])
    assert [old[i].strip() for i in removed if i != HEADER_INPUTS] == ["(1, 10)", "(1, 10)"]
    new_sections = sections(new)
    touched = {new_sections[i] for i in added if i != HEADER_INPUTS}
    assert touched == {"Campaign", "Adset", "Ad", "AdStatsDaily", "converge:Campaign", "converge:Adset",
                       "converge:Ad", "converge:AdStatsRaw", "kept"}
    assert not any("8003-8001" in new[i] for i in added)  # no order line


def skeleton(text):
    lines = text.split("\n")
    return [line for i, line in enumerate(lines) if not ROW.match(line) and i != HEADER_INPUTS]


def test_another_seed_changes_values_not_structure(default_render):
    fresh = render_all(Inputs(seed=7), schema=BUILTIN)
    for name in (SEED_FILE, RESET_FILE):
        assert skeleton(default_render[name]) == skeleton(fresh[name]), name
    assert default_render[SEED_FILE] != fresh[SEED_FILE]


def test_as_of_changes_one_line_of_the_seed(default_render):
    fresh = render_all(Inputs(as_of=date(2026, 1, 31)), schema=BUILTIN)
    _, new, removed, added = changes(default_render[SEED_FILE], fresh[SEED_FILE])
    assert len(removed) == len(added) == 2
    assert any("'2026-01-31'" in new[i] for i in added)


def test_lines_are_short_enough_to_review(default_render):
    """Statement skeletons stay within 120 columns; a row is one line, however wide."""
    for name, text in default_render.items():
        for number, line in enumerate(text.split("\n"), start=1):
            if not ROW.match(line) and not line.startswith("--"):
                assert len(line) <= 120, f"{name}:{number}: {len(line)} columns"
