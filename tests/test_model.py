from generator.schema.builtin import BUILTIN, TABLES, children, insert_order, owned_tables, seeded_tables, table, with_customers


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
    from generator.dataset.dataset import ROW_PRODUCERS

    assert set(ROW_PRODUCERS) == {t.key for t in with_customers(BUILTIN).seeded_tables()}


def test_every_role_names_a_column_of_its_table():
    """The roles the files are rendered from (order rules, the campaign tree, the stats
    rules) name, by key, columns the model's tables hold."""
    from generator.schema import builtin, model, rules

    def has(table_key, *columns):
        keys = builtin.table(table_key).column_keys
        assert all(c in keys for c in columns), (table_key, [c for c in columns if c not in keys])

    r = rules.ORDER_RULES
    has(r.order, r.subtotal, r.shipping_fee, r.discount, r.total, r.status, r.created_at, r.number, r.customer)
    has(r.item, r.order_key, r.quantity, r.unit_price, r.line_total)
    has(r.event, r.order_key, r.status, r.created_at)
    for level in rules.AD_TREE:
        has(level.table, rules.STATUS_COLUMN, rules.NAME_COLUMN, *([level.parent_key] if level.parent_key else []))
    has(rules.AD_TREE[0].table, *rules.CAMPAIGN_DATES)
    for table_name, spend in rules.SPEND_COLUMNS.items():
        has(table_name, spend, *rules.FUNNELS[table_name])
        for d in rules.DERIVED[table_name]:
            has(table_name, d.column, d.numerator, d.divisor)
        daily = builtin.table(table_name).daily_id
        has(table_name, daily.kind_column, daily.entity_column, daily.day_column)
    assert rules.ORGANIC_SOURCE in rules.AD_SOURCES
    has(rules.PRODUCT_TABLE, model.ID, rules.PRODUCT_KEY, model.UPDATED_AT)
    assert all(model.ID in t.column_keys for t in builtin.TABLES)


def test_a_table_or_column_has_its_key_as_name_unless_told_otherwise():
    from dataclasses import replace

    from generator.schema import builtin, rules

    order = builtin.table("Order")
    assert order.name == order.key == "Order" and order.sql(rules.ORDER_RULES.number) == "orderNumber"
    renamed = replace(order, sql_name="orders", columns=tuple(
        replace(c, sql_name="order_number") if c.key == rules.ORDER_RULES.number else c for c in order.columns))
    assert renamed.name == "orders" and renamed.key == "Order"
    assert renamed.sql(rules.ORDER_RULES.number) == "order_number"
    assert renamed.column(rules.ORDER_RULES.number).key == "orderNumber"
    assert renamed.names(renamed.unique[0]) == ("order_number",)
