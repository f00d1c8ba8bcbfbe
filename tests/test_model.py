from generator.model import TABLES, children, insert_order, owned_tables, seeded_tables, table


def test_thirteen_tables_each_once():
    assert len(TABLES) == 13
    assert len({t.name for t in TABLES}) == 13


def test_insert_order_puts_parents_first():
    position = {t.name: i for i, t in enumerate(insert_order())}
    for t in TABLES:
        for fk in t.foreign_keys:
            assert position[fk.references] < position[t.name], (t.name, fk.name)


def test_delete_order_puts_children_first():
    position = {t.name: i for i, t in enumerate(owned_tables())}
    for t in owned_tables():
        for child, _ in children(t.name):
            if child.name in position:
                assert position[child.name] < position[t.name]


def test_product_is_never_seeded_nor_owned():
    product = table("Product")
    assert product not in seeded_tables() and product not in owned_tables()


def test_stats_tables_upsert_on_their_natural_keys():
    assert table("AdStatsDaily").conflict_key == ("level", "entityId", "statDate")
    assert table("SellpageStatsDaily").conflict_key == ("sellpageId", "statDate", "adSource")
    assert table("Order").conflict_key == ("id",)


def test_every_seeded_table_has_exactly_one_row_producer():
    from generator.dataset import ROW_PRODUCERS

    assert set(ROW_PRODUCERS) == {t.name for t in seeded_tables()}
