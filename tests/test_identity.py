import uuid

import pytest

from generator.dataset.identity import SEED_NAMESPACE_FIRST, SEED_NAMESPACE_LAST, in_seed_namespace, seed_uuid
from generator.schema.builtin import TABLES


def test_layout_reads_naturally():
    assert str(seed_uuid(0x003, 0x001, 42)) == "00000000-5eed-8003-8001-000000000042"


def test_ids_are_rfc9562_version_8():
    value = seed_uuid(0x004, 0x003, 10_203_02)
    assert value.version == 8
    assert value.variant == uuid.RFC_4122
    assert in_seed_namespace(value)


def test_namespace_bounds():
    assert in_seed_namespace(SEED_NAMESPACE_FIRST) and in_seed_namespace(SEED_NAMESPACE_LAST)
    assert not in_seed_namespace(uuid.UUID("00000000-5eee-0000-0000-000000000000"))
    assert not in_seed_namespace(uuid.UUID("00000000-5eec-ffff-ffff-ffffffffffff"))


@pytest.mark.parametrize(("layer", "type_", "index"), [(0x1000, 1, 1), (1, 0x1000, 1), (1, 1, 10**12)])
def test_out_of_range_parts_are_refused(layer, type_, index):
    with pytest.raises(ValueError):
        seed_uuid(layer, type_, index)


def test_the_largest_parts_fit():
    """The boundaries themselves are in range: three hex digits, twelve decimal digits."""
    assert str(seed_uuid(0xFFF, 0xFFF, 10**12 - 1)) == "00000000-5eed-8fff-8fff-999999999999"
    assert str(seed_uuid(0, 0, 0)) == "00000000-5eed-8000-8000-000000000000"


def test_the_cli_admits_exactly_the_counts_whose_ids_fit():
    """--orders up to the index that leaves two digits for items and events, --campaigns up
    to the one that leaves four for adsets and ads: the largest ids still fit."""
    from generator.cli import build

    limits = {p.name: p.type.max for p in build.params if p.name in ("orders", "campaigns")}
    assert limits == {"orders": (10**12 - 1) // 100, "campaigns": (10**12 - 1) // 10000}
    seed_uuid(3, 3, limits["orders"] * 100 + 99)  # the last event of the last order
    seed_uuid(4, 3, (limits["campaigns"] * 100 + 99) * 100 + 99)  # the last ad of the last campaign


def test_every_seeded_table_has_its_own_layer_and_type():
    pairs = [t.id_layer_type for t in TABLES if t.id_layer_type]
    assert len(pairs) == len(set(pairs))
    for t in TABLES:
        if t.seeded and t.owner_column == "id":
            assert t.id_layer_type, t.name


def test_docs_table_matches_the_model():
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "identity.md").read_text(encoding="utf-8")
    for t in TABLES:
        if t.id_layer_type:
            layer, type_ = t.id_layer_type
            assert f"| {t.name} | {layer:03x} | {type_:03x} |" in doc, t.name
