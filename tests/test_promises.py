"""Each promise broken on its own: one foreign key, one column, one verify rule, one
setting at a time, so that a rule that stopped working is seen, by name. docs/promises.md
lists every promise and the test that breaks it alone.

The databases come from `seeded_db` (conftest): a stand-in schema, real rows
(`non_seed_data`) and the default seed applied with psql."""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest

from generator.dataset import dataset
from generator.run.connection import declarations
from generator.run.runner import run_script
from generator.run.script import open_script
from generator.schema.builtin import TABLES, owned_tables, seeded_tables, table
from generator.schema.kinds import value_kind
from generator.schema.model import AS_NOW, AS_PRODUCT, ID
from generator.schema.rules import DERIVED, FUNNELS, PRODUCT_TABLE
from generator.sql.fileformat import ANCHOR_SETTING, APPLY_COLUMNS, RESET_COLUMNS
from generator.schema.builtin import BUILTIN
from support.database import REAL_IDS, SEED_ID_PREFIX, drop_role, grant_rows, psql_report, verify_table

SEED_OWNED = f"starts_with({{}}::text, '{SEED_ID_PREFIX}')"
SMALL = {"orders": 50, "campaigns": 5}
REAL_CHILD = "22222222-0000-4000-8000-000000000001"


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def live_type(db, table_name: str, column: str) -> str:
    return db.scalar(
        "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute AS a "
        "WHERE a.attrelid = to_regclass(quote_ident(%s)) AND a.attname = %s",
        (table_name, column),
    )


def seeded_rows(db) -> set[tuple[str, str]]:
    """(table, owner value) of every seed-owned row left, in every owned table."""
    found = set()
    for t in owned_tables():
        owner = q(t.sql(t.owner_column))
        ident = q(t.id_name) if t.owner_column == ID else owner
        for (value,) in db.query(f"SELECT {ident}::text FROM {q(t.name)} WHERE {SEED_OWNED.format(owner)}"):
            found.add((t.name, value))
    return found


def seeded_ancestors(db, table_key: str, row_id: str) -> set[tuple[str, str]]:
    """The seeded row and every seeded row it references, through every foreign key."""
    out, todo = set(), [(table_key, row_id)]
    while todo:
        key, rid = todo.pop()
        t = table(key)
        if (t.name, rid) in out or not rid.startswith(SEED_ID_PREFIX):
            continue
        out.add((t.name, rid))
        for fk in t.foreign_keys:
            if table(fk.references).owner_column is None:
                continue  # a platform product: never seed-owned
            value = db.scalar(f"SELECT {q(fk.name)}::text FROM {q(t.name)} WHERE {q(t.id_name)}::text = %s", (rid,))
            todo.append((fk.references, value))
    return out


# --- kept rows: every foreign key into every seed-owned table -------------------------------

# Read off every table's columns (not through model.children, which the files use): each
# foreign key into a table whose rows are owned by their id. A test holds it to the live
# schema's own foreign keys.
FOREIGN_KEYS = [(t.key, c.key, c.references) for t in TABLES for c in t.columns
                if c.references and table(c.references).owner_column == ID]


def test_the_foreign_keys_tried_are_every_foreign_key_of_the_live_schema(db):
    """Each stand-in's own constraints (pg_constraint), not the model's list, into every
    seed-owned table: the kept-row tests below try each one."""
    live = set(db.query("""
        SELECT child.relname::text, a.attname::text, parent.relname::text
        FROM pg_constraint AS c
        INNER JOIN pg_class AS child ON c.conrelid = child.oid
        INNER JOIN pg_class AS parent ON c.confrelid = parent.oid
        INNER JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f'"""))
    owned = {t.name for t in TABLES if t.owner_column == ID}
    tried = {(table(c).name, table(c).sql(k), table(p).name) for c, k, p in FOREIGN_KEYS}
    assert {fk for fk in live if fk[2] in owned} == tried


def insert_real_child(db, child_key: str, column_key: str, parent_id: str) -> None:
    """A row the seed did not make, in ``child_key``, referencing the seeded ``parent_id``
    through ``column_key`` alone: every other foreign key points at a real row, every
    unique value is its own."""
    t = table(child_key)
    column = t.column(column_key)
    if not t.seeded:  # ingestion's table: no seeded row to copy
        other = {c.key: REAL_IDS[c.references] for c in t.foreign_keys if c.key != column_key}
        values = {column.name: parent_id, **{t.sql(k): v for k, v in other.items()}, t.id_name: REAL_CHILD}
        names = ", ".join(q(n) for n in values)
        casts = ", ".join(f"CAST(%s AS {live_type(db, t.name, n)})" for n in values)
        db.execute(f"INSERT INTO {q(t.name)} ({names}, payload) VALUES ({casts}, '{{}}')", tuple(values.values()))
        return
    unique = {k for key in t.unique for k in key}
    select, params = [], []
    for c in t.columns:
        ref = f"s.{q(c.name)}"
        if c.key == ID:
            select.append(f"CAST(%s AS {live_type(db, t.name, c.name)})")
            params.append(REAL_CHILD)
        elif c.key == column_key:
            select.append(ref)
        elif c.references and table(c.references).owner_column is not None:
            select.append(f"CAST(%s AS {live_type(db, t.name, c.name)})")
            params.append(REAL_IDS[c.references])
        elif c.key in unique:
            select.append(f"{ref} || '-real'")
        elif c.key in t.natural_key and c.key == (t.daily_id.entity_column if t.daily_id else None):
            select.append(f"CAST(%s AS {live_type(db, t.name, c.name)})")  # a real entity's stats
            params.append(REAL_IDS["Ad"])
        elif c.key in t.natural_key and c.key == (t.daily_id.day_column if t.daily_id else None):
            select.append(f"{ref} - interval '400 days'")  # a day the seed has no row for
        else:
            select.append(ref)
    names = ", ".join(q(c.name) for c in t.columns)
    db.execute(
        f"INSERT INTO {q(t.name)} ({names}) SELECT {', '.join(select)} FROM {q(t.name)} AS s "
        f"WHERE s.{q(column.name)}::text = %s ORDER BY s.{q(t.id_name)} LIMIT 1",
        (*params, parent_id),
    )
    assert db.scalar(f"SELECT count(*) FROM {q(t.name)} WHERE {q(t.id_name)}::text = %s", (REAL_CHILD,)) == 1


def referenced_parent(db, child_key: str, column_key: str, parent_key: str) -> str:
    """The last seeded row of ``parent_key`` that a seeded ``child_key`` row references
    through ``column_key`` (the last seeded parent, where the seed writes no such child)."""
    t, parent = table(child_key), table(parent_key)
    if t.seeded:
        return db.scalar(f"SELECT max({q(t.sql(column_key))}::text) FROM {q(t.name)} "
                         f"WHERE {SEED_OWNED.format(q(t.sql(t.owner_column)))}")
    return db.scalar(f"SELECT max({q(parent.id_name)}::text) FROM {q(parent.name)} "
                     f"WHERE {SEED_OWNED.format(q(parent.id_name))}")


def real_child(db, child_key: str):
    t = table(child_key)
    return db.query(f"SELECT * FROM {q(t.name)} WHERE {q(t.id_name)}::text = %s", (REAL_CHILD,))


def kept_notices(stderr: str) -> set[tuple[str, str]]:
    found = set()
    for line in stderr.splitlines():
        if "gen-seed-sql: kept " in line:
            name, row_id = line.split("gen-seed-sql: kept ", 1)[1].split(":", 1)[0].split(" ")
            found.add((name.strip('"'), row_id))
    return found


@pytest.mark.parametrize("child,column,parent", FOREIGN_KEYS, ids=[f"{c}.{k}->{p}" for c, k, p in FOREIGN_KEYS])
def test_reset_keeps_a_seeded_row_a_real_row_references_through_each_foreign_key(seeded_db, files, child, column, parent):
    db = seeded_db
    parent_id = referenced_parent(db, child, column, parent)
    insert_real_child(db, child, column, parent_id)
    before = real_child(db, child)
    expected = seeded_ancestors(db, parent, parent_id)
    totals, stderr = psql_report(db, files.reset)
    if table(child).owner_column == column:
        # a stats or ingestion row of a seeded entity is the seed's: it goes with it
        assert real_child(db, child) == []
        assert seeded_rows(db) == set() and kept_notices(stderr) == set(), stderr
        return
    assert real_child(db, child) == before
    assert seeded_rows(db) == expected
    assert kept_notices(stderr) == expected, stderr
    kept = {name: n for name, (_, n) in totals.items() if n}  # the report's kept column, per table
    assert kept == {name: sum(1 for t, _ in expected if t == name) for name, _ in expected}, totals


# The tables a smaller file describes fewer rows of, and the foreign keys into them.
SHRINKING = [(c, k, p) for c, k, p in FOREIGN_KEYS if p in ("Order", "Campaign", "Adset", "Ad")]


@pytest.mark.parametrize("child,column,parent", SHRINKING, ids=[f"{c}.{k}->{p}" for c, k, p in SHRINKING])
def test_convergence_keeps_a_dropped_row_a_real_row_references_through_each_foreign_key(
        seeded_db, files_factory, child, column, parent):
    db, small = seeded_db, files_factory(**SMALL)
    described = {str(r[ID]) for r in dataset.rows(parent, small.inputs)}
    parent_id = referenced_parent(db, child, column, parent)
    assert parent_id not in described
    insert_real_child(db, child, column, parent_id)
    before = real_child(db, child)
    undescribed = {(t, i) for t, i in seeded_ancestors(db, parent, parent_id)
                   if i not in {str(r[ID]) for r in dataset.rows(next(x.key for x in seeded_tables() if x.name == t),
                                                                    small.inputs)}}
    totals, stderr = psql_report(db, small.seed)
    if table(child).owner_column == column:
        assert real_child(db, child) == [] and kept_notices(stderr) == set(), stderr
        return
    assert real_child(db, child) == before
    assert kept_notices(stderr) == undescribed, stderr
    assert undescribed <= seeded_rows(db)


# --- restores: every compared column edited alone -------------------------------------------


def restorable_columns(t, inputs) -> list:
    """The columns the seed writes a value to, read off the dataset's rows and its
    constants (not model.compared_columns, which the files are rendered from), but for
    the key the upsert conflicts on."""
    keys = set(next(iter(dataset.rows(t.key, inputs)))) | set(dataset.constants(t))
    return [c for c in t.columns if c.key in keys and c.key not in t.conflict_key and c.key != ID]


def test_a_reapply_restores_each_column_edited_alone_and_stamps_updated_at(seeded_db, files):
    """Each compared column of each seeded table is edited on a row of its own (to NULL
    and from NULL where it may be NULL, to a trailing space, a millisecond, a hundredth):
    the re-apply restores exactly those rows, says so per table, and gives exactly them
    a new updatedAt."""
    db = seeded_db
    original = db.snapshot()
    rounds: list[dict[str, list[tuple[str, str, str]]]] = []
    for t in seeded_tables():
        for c in restorable_columns(t, files.inputs):
            col = q(c.name)
            variants = [("to NULL", f"t.{col} IS NOT NULL"), ("from NULL", f"t.{col} IS NULL")] if c.nullable \
                else [("edited", "TRUE")]
            for what, where in variants:
                candidates = [i for (i,) in db.query(
                    f"SELECT t.{q(t.id_name)}::text FROM {q(t.name)} AS t WHERE {where} "
                    f"AND {SEED_OWNED.format('t.' + q(t.sql(t.owner_column)))} ORDER BY 1")]
                if not candidates:
                    assert what == "from NULL", (t.name, c.name, what)
                    continue  # no seeded row holds NULL there (User.name)
                number = 0  # the first round with a row of this table not edited yet
                while True:
                    if number == len(rounds):
                        rounds.append({})
                    used = {i for i, _, _ in rounds[number].get(t.name, [])}
                    free = [i for i in candidates if i not in used]
                    if free:
                        rounds[number].setdefault(t.name, []).append((free[0], c.name, what))
                        break
                    number += 1
    planned = {(name, column) for r in rounds for name, changes in r.items() for _, column, _ in changes}
    assert planned == {(t.name, c.name) for t in seeded_tables() for c in restorable_columns(t, files.inputs)}
    assert len(planned) > 60
    for number, edits in enumerate(rounds):
        stamps = updated_at(db)
        for table_name, changes in edits.items():
            t = next(x for x in seeded_tables() if x.name == table_name)
            for row_id, column, what in changes:
                db.execute(edit_sql(db, t, column, what), (row_id,))
        assert db.snapshot() != original
        totals, _ = psql_report(db, files.seed)
        for t in seeded_tables():
            inserted, updated, _, deleted = totals[t.name]
            changed = edits.get(t.name, [])
            assert (inserted, updated, deleted) == (0, len(changed), 0), (t.name, changed, totals[t.name])
        assert db.snapshot() == original, f"round {number}: {edits}"
        after = updated_at(db)
        for table_name, rows in stamps.items():
            restored = {i for i, _, _ in edits.get(table_name, [])}
            for row_id, stamp in rows.items():
                if row_id in restored:
                    assert after[table_name][row_id] > stamp, (table_name, row_id, "updatedAt not set by the restore")
                else:
                    assert after[table_name][row_id] == stamp, (table_name, row_id, "updatedAt moved on an unchanged row")


def edit_sql(db, t, column: str, what: str) -> str:
    c = next(x for x in t.columns if x.name == column)
    col, kind = q(c.name), value_kind(c)
    target = f"UPDATE {q(t.name)} AS t SET {col} = {{}} WHERE t.{q(t.id_name)}::text = %s"
    if what == "to NULL":
        return target.format("NULL")
    if what == "from NULL":
        return target.format(f"t.{q(t.sql('startDate'))}" if "startDate" in t.column_keys else "now()")
    if c.choices:
        cases = " ".join(f"WHEN {choice!r} THEN {c.choices[(n + 1) % len(c.choices)]!r}".replace('"', "'")
                         for n, choice in enumerate(c.choices))
        return target.format(f"CAST(CASE t.{col}::text {cases} END AS {live_type(db, t.name, c.name)})")
    if c.seeded_as == AS_PRODUCT or c.references:
        parent = table(PRODUCT_TABLE if c.seeded_as == AS_PRODUCT else c.references)
        return target.format(f"(SELECT p.{q(parent.id_name)} FROM {q(parent.name)} AS p "
                             f"WHERE p.{q(parent.id_name)} <> t.{col} ORDER BY p.{q(parent.id_name)} LIMIT 1)")
    expression = {
        "text": f"t.{col} || ' '",  # equal-looking: a trailing space
        "integer": f"t.{col} + 1",
        "decimal": f"t.{col} + 0.01",
        "day": f"t.{col} + interval '1 day'",
        "instant": f"t.{col} + interval '1 millisecond'",  # timestamp(3) holds milliseconds
    }[kind]
    return target.format(expression)


def updated_at(db) -> dict[str, dict[str, object]]:
    out = {}
    for t in seeded_tables():
        stamped = [c for c in t.columns if c.seeded_as == AS_NOW]
        if not stamped:
            continue
        out[t.name] = dict(db.query(
            f"SELECT {q(t.id_name)}::text, {q(stamped[0].name)} FROM {q(t.name)} "
            f"WHERE {SEED_OWNED.format(q(t.sql(t.owner_column)))}"))
    return out


# --- verify: each check broken alone -------------------------------------------------------

S = SEED_OWNED
ANCHOR = f"""(SELECT max("statDate")::date + 1 FROM "SellpageStatsDaily" WHERE {S.format('"sellpageId"')})"""
MIDDLE_EVENT = """(SELECT e.id FROM "OrderEvent" AS e
    WHERE e."createdAt" > (SELECT min(x."createdAt") FROM "OrderEvent" AS x WHERE x."orderId" = e."orderId")
    AND e."createdAt" < (SELECT max(x."createdAt") FROM "OrderEvent" AS x WHERE x."orderId" = e."orderId")
    ORDER BY e.id LIMIT 1)"""
FIRST_EVENT_OF_LONG_ORDER = """(SELECT e.id FROM "OrderEvent" AS e
    WHERE (SELECT count(*) FROM "OrderEvent" AS x WHERE x."orderId" = e."orderId") >= 3
    AND e."createdAt" = (SELECT min(x."createdAt") FROM "OrderEvent" AS x WHERE x."orderId" = e."orderId")
    ORDER BY e.id LIMIT 1)"""
PENDING_ORDER = """(SELECT o.id FROM "Order" AS o WHERE o.status::text = 'PENDING' ORDER BY o.id LIMIT 1)"""


def campaign(status: str) -> str:
    return f"""(SELECT c.id FROM "Campaign" AS c WHERE c.status::text = '{status}' ORDER BY c.id LIMIT 1)"""


def move_pending_order(at: str) -> list[str]:
    """A one-event order (PENDING) and its event moved to ``at`` (an instant, UTC)."""
    return [f"""UPDATE "OrderEvent" SET "createdAt" = {at} WHERE "orderId" = {PENDING_ORDER}""",
            f"""UPDATE "Order" SET "createdAt" = {at} WHERE id = {PENDING_ORDER}"""]


def last_stats_day_before_end(status: str) -> list[str]:
    """The campaign's own stats row of its last day moved to the day before its start (and
    the start with it): every row stays in its window, the count stays, but the last
    stats day is no longer the campaign's end."""
    c = campaign(status)
    last = f"""(SELECT max(d."statDate") FROM "AdStatsDaily" AS d WHERE d.level::text = 'CAMPAIGN' AND d."entityId" = {c})"""
    return [
        f"""UPDATE "AdStatsDaily" SET "statDate" = (SELECT "startDate" FROM "Campaign" WHERE id = {c}) - interval '1 day'
            WHERE level::text = 'CAMPAIGN' AND "entityId" = {c} AND "statDate" = {last}""",
        f"""UPDATE "Campaign" SET "startDate" = "startDate" - interval '1 day' WHERE id = {c}""",
    ]


def recompute_derived(table_key: str) -> str:
    t = table(table_key)
    sets = []
    for d in DERIVED[table_key]:
        numerator = f"{d.factor} * {q(t.sql(d.numerator))}"
        sets.append(f"{q(t.sql(d.column))} = coalesce(round({numerator} / nullif({q(t.sql(d.divisor))}::numeric, 0), {d.places}), 0)")
    return ", ".join(sets)


def one_stats_row(table_key: str) -> str:
    t = table(table_key)
    return f"""(SELECT id FROM {q(t.name)} WHERE {S.format(q(t.sql(t.owner_column)))} ORDER BY id LIMIT 1)"""


AD_WINDOW_ROW = """(SELECT d.id FROM "AdStatsDaily" AS d WHERE d.level::text = 'AD'
    AND d."statDate" = (SELECT min(x."statDate") FROM "AdStatsDaily" AS x WHERE x."entityId" = d."entityId")
    ORDER BY d.id LIMIT 1)"""

# The oldest row of an adset whose window its cap cuts (its campaign ran longer than the cap).
ADSET_CAPPED_ROW = f"""(SELECT d.id FROM "AdStatsDaily" AS d INNER JOIN "Adset" AS s ON d."entityId" = s.id
    WHERE d.level::text = 'ADSET'
    AND d."statDate" = (SELECT min(x."statDate") FROM "AdStatsDaily" AS x WHERE x."entityId" = d."entityId")
    AND (SELECT count(*) FROM "AdStatsDaily" AS x WHERE x."entityId" = s."campaignId") > {dataset.ADSET_HISTORY_CAP}
    ORDER BY d.id LIMIT 1)"""

ORDER_STATUS = "status = last event, first event PENDING at createdAt"
ORDER_WINDOW = "createdAt in the 30 days before the anchor"
ACTIVE_END = "ACTIVE campaign: no endDate, stats through the day before the anchor"
PAUSED_END = "PAUSED campaign: endDate = last stats day, 1 to 3 days before the anchor"
ARCHIVED_END = "ARCHIVED campaign: endDate = last stats day, 4 to 8 days before the anchor"
WINDOW = "statDate inside the entity's history window"

VERIFY_CASES: dict[str, tuple[list[str], set[tuple[str, str]]]] = {
    "an event missing": ([f'DELETE FROM "OrderEvent" WHERE id = {MIDDLE_EVENT}'], {("seeded rows", "OrderEvent")}),
    "an ad's oldest stats row missing": ([f'DELETE FROM "AdStatsDaily" WHERE id = {AD_WINDOW_ROW}'],
                                         {("seeded rows", "AdStatsDaily")}),
    "an event in an id form the file does not describe": (
        [f"""UPDATE "OrderEvent" SET id = '00000000-5eed-0003-0003-000000000777' WHERE id = {MIDDLE_EVENT}"""],
        {("seeded rows the file does not describe", "OrderEvent")}),
    "a unit price changed": (['UPDATE "OrderItem" SET "unitPrice" = "unitPrice" + 1 WHERE id = (SELECT id FROM "OrderItem" ORDER BY id LIMIT 1)'],
                             {("lineTotal = quantity x unitPrice", "OrderItem")}),
    "a subtotal and total changed together": (
        ['UPDATE "Order" SET subtotal = subtotal + 1, total = total + 1 WHERE id = (SELECT id FROM "Order" ORDER BY id LIMIT 1)'],
        {("subtotal = sum of lineTotal", "Order")}),
    "a total changed": (['UPDATE "Order" SET total = total + 1 WHERE id = (SELECT id FROM "Order" ORDER BY id LIMIT 1)'],
                        {("total = subtotal + shippingFee - discount", "Order")}),
    "an order's status not its last event's": (
        ["""UPDATE "Order" AS o SET status = (SELECT x.status FROM "Order" AS x WHERE x.status <> o.status LIMIT 1)
            WHERE o.id = (SELECT id FROM "Order" ORDER BY id LIMIT 1)"""], {(ORDER_STATUS, "Order")}),
    "a first event a second before the order": (
        [f"""UPDATE "OrderEvent" SET "createdAt" = "createdAt" - interval '1 second' WHERE id = {FIRST_EVENT_OF_LONG_ORDER}"""],
        {(ORDER_STATUS, "Order")}),
    "a first event not PENDING": (
        [f"""UPDATE "OrderEvent" AS e SET status = (SELECT x.status FROM "OrderEvent" AS x
              WHERE x."orderId" = e."orderId" AND x.id <> e.id ORDER BY x."createdAt" LIMIT 1)
            WHERE e.id = {FIRST_EVENT_OF_LONG_ORDER}"""], {(ORDER_STATUS, "Order")}),
    "an order a second before its 30 days": (
        move_pending_order(f"(({ANCHOR} - 30)::timestamp - interval '1 second') AT TIME ZONE 'UTC'"),
        {(ORDER_WINDOW, "Order")}),
    "an order at the anchor day's midnight": (move_pending_order(f"({ANCHOR})::timestamp AT TIME ZONE 'UTC'"),
                                              {(ORDER_WINDOW, "Order")}),
    "an order at the first instant of its 30 days (holds)": (
        move_pending_order(f"({ANCHOR} - 30)::timestamp AT TIME ZONE 'UTC'"), set()),
    "an active campaign with an end": (
        [f"""UPDATE "Campaign" SET "endDate" = {ANCHOR} - 1 WHERE id = {campaign('ACTIVE')}"""], {(ACTIVE_END, "Campaign")}),
    "an active campaign's stats ending two days before the anchor": (last_stats_day_before_end("ACTIVE"),
                                                                      {(ACTIVE_END, "Campaign")}),
    "an archived campaign paused (its end too long ago)": (
        [f"""UPDATE "Campaign" SET status = (SELECT status FROM "Campaign" WHERE status::text = 'PAUSED' LIMIT 1)
             WHERE id = {campaign('ARCHIVED')}"""], {(PAUSED_END, "Campaign")}),
    "a paused campaign archived with its tree (its end too recent)": (
        [f"""UPDATE "Ad" SET status = (SELECT status FROM "Ad" WHERE status::text = 'ARCHIVED' LIMIT 1)
             WHERE "adsetId" IN (SELECT id FROM "Adset" WHERE "campaignId" = {campaign('PAUSED')})""",
         f"""UPDATE "Adset" SET status = (SELECT status FROM "Adset" WHERE status::text = 'ARCHIVED' LIMIT 1)
             WHERE "campaignId" = {campaign('PAUSED')}""",
         f"""UPDATE "Campaign" SET status = (SELECT status FROM "Campaign" WHERE status::text = 'ARCHIVED' LIMIT 1)
             WHERE id = {campaign('PAUSED')}"""], {(ARCHIVED_END, "Campaign")}),
    "an archived campaign's stats ending before its end": (last_stats_day_before_end("ARCHIVED"),
                                                            {(ARCHIVED_END, "Campaign")}),
    "a paused campaign's stats ending before its end": (last_stats_day_before_end("PAUSED"), {(PAUSED_END, "Campaign")}),
    "an archived campaign's adset paused": (
        [f"""UPDATE "Ad" SET status = (SELECT status FROM "Ad" WHERE status::text = 'PAUSED' LIMIT 1)
             WHERE "adsetId" = (SELECT id FROM "Adset" WHERE "campaignId" = {campaign('ARCHIVED')} ORDER BY id LIMIT 1)""",
         f"""UPDATE "Adset" SET status = (SELECT status FROM "Adset" WHERE status::text = 'PAUSED' LIMIT 1)
             WHERE id = (SELECT id FROM "Adset" WHERE "campaignId" = {campaign('ARCHIVED')} ORDER BY id LIMIT 1)"""],
        {("archived campaign: adsets archived", "Adset")}),
    "a third adset active": (
        [f"""UPDATE "Ad" SET status = (SELECT status FROM "Ad" WHERE status::text = 'ACTIVE' LIMIT 1)
             WHERE "adsetId" = (SELECT id FROM "Adset" WHERE "campaignId" = {campaign('ACTIVE')} ORDER BY id DESC LIMIT 1)""",
         f"""UPDATE "Adset" SET status = (SELECT status FROM "Adset" WHERE status::text = 'ACTIVE' LIMIT 1)
             WHERE id = (SELECT id FROM "Adset" WHERE "campaignId" = {campaign('ACTIVE')} ORDER BY id DESC LIMIT 1)"""],
        {("third adset never active", "Adset")}),
    "an ad paused under an active adset": (
        ["""UPDATE "Ad" SET status = (SELECT status FROM "Ad" WHERE status::text = 'PAUSED' LIMIT 1)
            WHERE id = (SELECT d.id FROM "Ad" AS d INNER JOIN "Adset" AS s ON d."adsetId" = s.id
            WHERE s.status::text = 'ACTIVE' ORDER BY d.id LIMIT 1)"""], {("ad status = adset status", "Ad")}),
    "an ad's stats row a day before its window": (
        [f"""UPDATE "AdStatsDaily" SET "statDate" = "statDate" - interval '1 day' WHERE id = {AD_WINDOW_ROW}"""],
        {(WINDOW, "AdStatsDaily")}),
    "an adset's stats row a day before its capped window": (
        [f"""UPDATE "AdStatsDaily" SET "statDate" = "statDate" - interval '1 day' WHERE id = {ADSET_CAPPED_ROW}"""],
        {(WINDOW, "AdStatsDaily")}),
    "an ad's stats row on the anchor day": (
        [f"""UPDATE "AdStatsDaily" SET "statDate" = {ANCHOR} WHERE id = {AD_WINDOW_ROW}"""], {(WINDOW, "AdStatsDaily")}),
    "a stats row of an entity the seed has not": (
        [f"""UPDATE "AdStatsDaily" SET "entityId" = '00000000-5eed-8004-8003-999999999999' WHERE id = {AD_WINDOW_ROW}"""],
        {(WINDOW, "AdStatsDaily")}),
    "organic traffic that cost something": (
        [f"""UPDATE "SellpageStatsDaily" SET "adSpend" = 0.01 WHERE id = (SELECT id FROM "SellpageStatsDaily"
       WHERE "adSource"::text = 'organic' AND {S.format('"sellpageId"')} ORDER BY id LIMIT 1)"""],
        {("organic adSpend = 0", "SellpageStatsDaily")}),
    "a sellpage stats row a day before its 30 days": (
        [f"""UPDATE "SellpageStatsDaily" SET "statDate" = "statDate" - interval '1 day' WHERE id = (
             SELECT id FROM "SellpageStatsDaily" WHERE "statDate"::date = {ANCHOR} - 30 ORDER BY id LIMIT 1)"""],
        {("statDate in the 30 days before the anchor", "SellpageStatsDaily")}),
    "a derived column with a zero divisor not 0": (
        ["""UPDATE "AdStatsDaily" SET "costPerPurchase" = 1 WHERE id = (SELECT id FROM "AdStatsDaily" WHERE purchases = 0 ORDER BY id LIMIT 1)"""],
        {("costPerPurchase = formula", "AdStatsDaily")}),
}
for _key, _funnel in FUNNELS.items():
    _t = table(_key)
    for _a, _b in zip(_funnel, _funnel[1:]):
        VERIFY_CASES[f"{_key}: {_b} above {_a}"] = (
            [f"UPDATE {q(_t.name)} SET {q(_t.sql(_b))} = {q(_t.sql(_a))} + 1 WHERE id = {one_stats_row(_key)}",
             f"UPDATE {q(_t.name)} SET {recompute_derived(_key)} WHERE id = {one_stats_row(_key)}"],
            {("funnel never increases", _t.name)})
    for _d in DERIVED[_key]:
        VERIFY_CASES[f"{_key}: {_d.column} off by its last place"] = (
            [f"UPDATE {q(_t.name)} SET {q(_t.sql(_d.column))} = {q(_t.sql(_d.column))} + {Decimal(1).scaleb(-_d.places)} "
             f"WHERE id = {one_stats_row(_key)}"],
            {(f"{_t.sql(_d.column)} = formula", _t.name)})


def verify_failures(db, files) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    proc, rows = verify_table(db, files.verify)
    # A failing rule's name ends with its first offending row: " (first: ...)".
    failed = {(name.split(" (first: ")[0], table_name) for name, table_name, _, _, result in rows if result != "ok"}
    assert (proc.returncode == 3) == bool(failed), (proc.returncode, proc.stderr)
    return failed, [(name, table_name) for name, table_name, *_ in rows]


@pytest.mark.parametrize("case", VERIFY_CASES)
def test_verify_names_exactly_the_rule_one_edit_breaks(seeded_db, files, case):
    statements, expected = VERIFY_CASES[case]
    with psycopg.connect(seeded_db.dsn, autocommit=True) as conn:
        conn.execute("SET TimeZone = 'UTC'")
        for sql in statements:
            assert conn.execute(sql).rowcount >= 1, sql
    failed, _ = verify_failures(seeded_db, files)
    assert failed == expected


def test_verify_has_one_count_per_seeded_table_and_one_described_check_per_converged_table(seeded_db, files):
    from generator.sql.plans import convergence_plans, expected_counts

    failed, checks = verify_failures(seeded_db, files)
    assert failed == set()
    assert sorted(t for name, t in checks if name == "seeded rows") == sorted(t.name for t in seeded_tables())
    described = [p.table for p in convergence_plans(files.inputs, schema=BUILTIN)]
    assert sorted(t for name, t in checks if name == "seeded rows the file does not describe") == sorted(described)
    assert expected_counts(files.inputs, schema=BUILTIN) == {t.name: sum(1 for _ in dataset.rows(t.key, files.inputs))
                                             for t in seeded_tables()}


# --- every setting the files and the runner make is transaction-local -----------------------

SESSION = {  # what the session says before a run; each must be what it says after
    "TimeZone": "America/St_Johns",
    "lock_timeout": "7s",
    "search_path": '"$user", public',
    "transaction_read_only": "off",
    "app.env": "",
    ANCHOR_SETTING: "",
}


def settings_after(conn) -> dict[str, str]:
    return {name: conn.execute("SELECT coalesce(current_setting(%s, true), '')", (name,)).fetchone()[0]
            for name in SESSION}


@pytest.mark.parametrize("kind", ["seed", "reset", "verify"])
def test_nothing_a_file_or_the_runner_declares_outlives_the_files_transaction(seeded_db, files, kind):
    """One session runs the file as the runner does (its declarations after BEGIN, a Prisma
    URL's schema, a lock timeout, read-only for verify); after it, every setting is the
    session's own again: the time zone, the lock timeout, the search path, read-only,
    app.env and the anchor day."""
    path = {"seed": files.seed, "reset": files.reset, "verify": files.verify}[kind]
    url = "postgresql:///?schema=public"
    declare = declarations(url, staging=kind != "verify", lock_timeout=None if kind == "verify" else 30,
                           read_only=kind == "verify")
    assert len(declare) == (2 if kind == "verify" else 3)
    with psycopg.connect(seeded_db.dsn, autocommit=True) as conn:
        conn.execute(f"SET TimeZone = '{SESSION['TimeZone']}'")
        conn.execute(f"SET lock_timeout = '{SESSION['lock_timeout']}'")
        before = settings_after(conn)
        assert before == SESSION
        columns = {"seed": APPLY_COLUMNS, "reset": RESET_COLUMNS, "verify": ()}[kind]
        run_script(conn, open_script(path, kind), kind, columns, seeded_db.dsn, declare=declare)
        leaked = {name: value for name, value in settings_after(conn).items() if value != SESSION[name]}
        assert leaked == {}, f"{path.name} left these settings behind: {leaked}"


# --- the preflight: what fits, and each kind of index that does not --------------------------

FITS = {
    "an identity column": 'ALTER TABLE "Order" ADD COLUMN "seq" integer GENERATED ALWAYS AS IDENTITY',
    "a generated column": 'ALTER TABLE "Order" ADD COLUMN "twice" numeric NOT NULL GENERATED ALWAYS AS ("total" * 2) STORED',
    "a nullable column without a default": 'ALTER TABLE "Order" ADD COLUMN "note" text',
    "a NOT NULL column with a default": """ALTER TABLE "Order" ADD COLUMN "currency" text NOT NULL DEFAULT 'USD'""",
    "varchar text": 'ALTER TABLE "Order" ALTER COLUMN "customerName" TYPE varchar(200)',
    "a domain over text": 'CREATE DOMAIN short_text AS text; ALTER TABLE "Order" ALTER COLUMN "customerEmail" TYPE short_text',
    "bigint counts": 'ALTER TABLE "AdStatsDaily" ALTER COLUMN "impressions" TYPE bigint',
}


@pytest.mark.parametrize("change", FITS)
def test_the_preflight_accepts_what_fits(db, files, change):
    with psycopg.connect(db.dsn, autocommit=True) as conn:
        conn.execute(FITS[change])
    proc = db.psql(files.seed)
    assert proc.returncode == 0, proc.stderr
    assert db.seeded_counts()["Order"] == 100


CONFLICT_INDEX = '"AdStatsDaily_level_entityId_statDate_key"'
NOT_FOR_ON_CONFLICT = {
    "a partial unique index": 'CREATE UNIQUE INDEX x ON "AdStatsDaily" (level, "entityId", "statDate") WHERE impressions > 0',
    "an index on an expression": 'CREATE UNIQUE INDEX x ON "AdStatsDaily" (level, "entityId", ("statDate"::date))',
    "an index with one more column": 'CREATE UNIQUE INDEX x ON "AdStatsDaily" (level, "entityId", "statDate", id)',
    "an index that is not unique": 'CREATE INDEX x ON "AdStatsDaily" (level, "entityId", "statDate")',
}
# INCLUDE columns are not part of the key: ON CONFLICT infers such an index, so it fits.
WITH_INCLUDE = 'CREATE UNIQUE INDEX x ON "AdStatsDaily" (level, "entityId", "statDate") INCLUDE (id)'


@pytest.mark.parametrize("index", [*NOT_FOR_ON_CONFLICT, "a unique index with an INCLUDE column"])
def test_the_preflight_names_a_conflict_key_without_a_usable_unique_index(prisma_db, files, index):
    with psycopg.connect(prisma_db.dsn, autocommit=True) as conn:
        conn.execute(f"DROP INDEX {CONFLICT_INDEX}")
        conn.execute(NOT_FOR_ON_CONFLICT.get(index, WITH_INCLUDE))
    proc = prisma_db.psql(files.seed)
    named = '"AdStatsDaily"."level, entityId, statDate": needs a unique index for ON CONFLICT, has none'
    if index not in NOT_FOR_ON_CONFLICT:
        assert proc.returncode == 0, proc.stderr
        assert prisma_db.seeded_counts()["AdStatsDaily"] == len(list(dataset.rows("AdStatsDaily", files.inputs)))
        return
    assert proc.returncode != 0 and named in proc.stderr, proc.stderr
    assert prisma_db.scalar('SELECT count(*) FROM "User"') == 0


# --- dates: an earlier day's file after a later one's converges too ------------------------


def test_an_earlier_days_file_after_a_later_ones_converges(seeded_db, files_factory):
    """Files pinned to tomorrow, then to today: the rows past today's windows (an active
    campaign's stats of today, the sellpages' of today) go, the counts are today's."""
    from datetime import datetime, timedelta, timezone

    today = datetime.now(timezone.utc).date()
    later, earlier = files_factory(as_of=today + timedelta(days=1)), files_factory(as_of=today)
    assert seeded_db.psql(later.seed).returncode == 0
    totals, _ = psql_report(seeded_db, earlier.seed)
    counts = seeded_db.seeded_counts()
    assert counts == {t.name: sum(1 for _ in dataset.rows(t.key, earlier.inputs)) for t in seeded_tables()}
    assert totals["AdStatsDaily"][3] > 0 and totals["SellpageStatsDaily"][3] > 0, totals
    failed, _ = verify_failures(seeded_db, earlier)
    assert failed == set()


# --- verify never writes, whatever its file says ------------------------------------------------


def test_the_runners_verify_is_read_only_whatever_the_file_says(seeded_db, files, tmp_path):
    """The runner declares verify's transaction read-only right after its BEGIN: a verify
    file doctored to write first (before its own SET LOCAL) writes nothing."""
    from click.testing import CliRunner

    from generator.cli import cli

    doctored = tmp_path / files.verify.name
    text = files.verify.read_text(encoding="utf-8")
    assert text.count("\nBEGIN;\n") == 1
    doctored.write_text(text.replace("\nBEGIN;\n", '\nBEGIN;\nDELETE FROM "OrderEvent";\n'), encoding="utf-8")
    before = seeded_db.scalar('SELECT count(*) FROM "OrderEvent"')
    result = CliRunner().invoke(cli, ["verify", str(doctored), "--dsn", seeded_db.dsn], catch_exceptions=False)
    assert result.exit_code == 10 and "read-only transaction" in result.output, result.output
    assert seeded_db.scalar('SELECT count(*) FROM "OrderEvent"') == before > 0


def test_every_test_docs_promises_names_exists():
    """docs/promises.md names tests as `module::test_name`: each is a test of that module."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent
    docs = (root.parent / "docs" / "promises.md").read_text(encoding="utf-8")
    named = re.findall(r"`(test_\w+)::(test_\w+)", docs)
    assert len(named) > 50
    for module, name in named:
        assert f"def {name}(" in (root / f"{module}.py").read_text(encoding="utf-8"), f"{module}::{name}"


# --- what the role may do, and a database that takes no writes ---------------------------------

def run_as(db, role: str, *args: str, env: dict | None = None):
    import os
    import subprocess

    dsn = psycopg.conninfo.make_conninfo(db.dsn, user=role)
    full = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    return subprocess.run([db.server.psql, "-X", "-d", dsn, *args], capture_output=True, text=True,
                          env={**full, **(env or {})}, timeout=120)


@pytest.fixture
def app_role(db):
    """An application role with every privilege the files need, in a database declared staging."""
    role = f"app_{db.name}"
    db.execute(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER')
    grant_rows(db, role)
    db.execute(f"ALTER DATABASE \"{db.name}\" SET app.env = 'staging'")
    yield role
    drop_role(db, role)


@pytest.mark.parametrize("privilege,table_name,files_refusing", [
    ("INSERT", "OrderEvent", ("seed",)),
    ("UPDATE", "Campaign", ("seed",)),
    ("DELETE", "AdStatsRaw", ("seed", "reset")),
    ("SELECT", "Product", ("seed", "verify")),
])
def test_each_privilege_the_role_lacks_is_named_before_anything_is_written(db, files, app_role, privilege, table_name,
                                                                           files_refusing):
    from click.testing import CliRunner

    from generator.cli import cli

    db.execute(f'REVOKE {privilege} ON "{table_name}" FROM "{app_role}"')
    named = f'"{table_name}": needs {privilege} privilege, has no {privilege} privilege for role {app_role}'
    for kind, path in (("seed", files.seed), ("reset", files.reset), ("verify", files.verify)):
        proc = run_as(db, app_role, "-f", str(path))
        if kind in files_refusing:
            assert proc.returncode != 0 and named in proc.stderr, (kind, proc.stderr)
            assert "the schema does not fit this file" in proc.stderr
        elif kind != "verify":  # verify fails its checks on an empty database: only its preflight matters here
            assert proc.returncode == 0, (kind, proc.stderr)
    assert set(db.seeded_counts().values()) == {0}
    dsn = psycopg.conninfo.make_conninfo(db.dsn, user=app_role)
    doctor = CliRunner().invoke(cli, ["doctor", "--dsn", dsn], env={"DATABASE_URL": None}, catch_exceptions=False)
    assert doctor.exit_code == 6 and named in doctor.output.splitlines()[-1], doctor.output


def test_without_the_temporary_privilege_the_psql_seed_refuses_and_the_plain_seed_applies(db, files, app_role,
                                                                                         tmp_path):
    """The psql seed loads its rows into temporary tables: a role that may not make them is
    named before anything is written, with the two ways out; the plain flavor (VALUES)
    needs no such right, and neither do the reset and verify."""
    from click.testing import CliRunner

    from generator.cli import cli
    from generator.dataset.inputs import Inputs
    from generator.sql.output import write_files
    from generator.sql.plans import expected_counts

    db.execute(f'REVOKE TEMPORARY ON DATABASE "{db.name}" FROM PUBLIC')
    named = (f"{db.name}: needs TEMPORARY privilege (the rows are loaded into temporary tables), has no TEMPORARY "
             f"privilege for role {app_role}: GRANT TEMPORARY ON DATABASE {db.name} TO {app_role}, "
             "or build the files with --flavor plain")
    proc = run_as(db, app_role, "-f", str(files.seed))
    assert proc.returncode != 0 and named in proc.stderr, proc.stderr
    assert set(db.seeded_counts().values()) == {0}
    dsn = psycopg.conninfo.make_conninfo(db.dsn, user=app_role)
    runner = CliRunner().invoke(cli, ["apply", str(files.seed), "--dsn", dsn],
                                env={"APP_ENV": "staging", "DATABASE_URL": None}, catch_exceptions=False)
    assert runner.exit_code == 6 and named in runner.output, runner.output
    doctor = CliRunner().invoke(cli, ["doctor", "--dsn", dsn], env={"DATABASE_URL": None}, catch_exceptions=False)
    assert doctor.exit_code == 6 and named in doctor.output.splitlines()[-1], doctor.output
    write_files(Inputs(flavor="plain"), tmp_path, schema=BUILTIN)
    plain = run_as(db, app_role, "-v", "ON_ERROR_STOP=1", "-f", str(tmp_path / "seed.staging.sql"))
    assert plain.returncode == 0, plain.stderr
    assert db.seeded_counts() == expected_counts(Inputs(), schema=BUILTIN)
    for path in (files.verify, files.reset):
        proc = run_as(db, app_role, "-f", str(path))
        assert proc.returncode == 0 and "TEMPORARY" not in proc.stderr, (path.name, proc.stderr)


def test_the_staging_tables_do_not_outlive_the_transaction(db, files, tmp_path):
    """Two applies in one psql session (as a pooler's shared server connection sees them)
    both succeed, and no staging table is left after them."""
    check = tmp_path / "check.sql"
    check.write_text("SELECT 'left: ' || count(*) FROM pg_catalog.pg_class "
                     "WHERE relpersistence = 't' AND relname LIKE 'seed\\_%';\n")
    proc = db.psql(check, extra=["-f", str(files.seed), "-f", str(files.seed)])
    assert proc.returncode == 0, proc.stderr
    assert "left: 0" in proc.stdout and proc.stdout.count("| inserted |") >= 2, proc.stdout
    assert sum(db.seeded_counts().values()) > 2000


def test_a_value_copy_cannot_read_fails_the_file_and_nothing_is_written(db, files, tmp_path):
    """A data line broken by hand deep in the file: psql and the runner stop at it, name
    the value and the line of the COPY data, and nothing is written."""
    from click.testing import CliRunner

    from generator.cli import cli

    lines = files.seed.read_text(encoding="utf-8").split("\n")
    start = lines.index(next(line for line in lines if line.startswith('COPY "seed_AdStatsDaily"')))
    first = next(i for i in range(start, len(lines)) if lines[i].endswith("FROM STDIN;")) + 1
    target = first + 500
    fields = lines[target].split("\t")
    fields[2] = "yesterday"  # the day offset, an integer
    lines[target] = "\t".join(fields)
    broken = tmp_path / "seed.staging.sql"
    broken.write_text("\n".join(lines), encoding="utf-8")
    proc = db.psql(broken)
    assert proc.returncode != 0
    assert 'invalid input syntax for type integer: "yesterday"' in proc.stderr, proc.stderr
    assert set(db.seeded_counts().values()) == {0}
    result = CliRunner().invoke(cli, ["apply", str(broken), "--dsn", db.dsn],
                                env={"APP_ENV": "staging", "DATABASE_URL": None}, catch_exceptions=False)
    assert result.exit_code == 10, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("gen-seed-sql: error:")]
    assert len(errors) == 1 and 'invalid input syntax for type integer: "yesterday"' in errors[0], result.output
    assert set(db.seeded_counts().values()) == {0}


def test_a_read_only_database_is_named_by_the_seed_the_reset_and_doctor(db, files):
    from click.testing import CliRunner

    from generator.cli import cli

    db.execute(f'ALTER DATABASE "{db.name}" SET default_transaction_read_only = on')
    named = "needs a database that takes writes, has read-only transactions (default_transaction_read_only = on)"
    for path in (files.seed, files.reset):
        proc = db.psql(path)
        assert proc.returncode != 0 and named in proc.stderr, proc.stderr
    runner = CliRunner().invoke(cli, ["apply", str(files.seed), "--dsn", db.dsn],
                                env={"APP_ENV": "staging", "DATABASE_URL": None}, catch_exceptions=False)
    assert runner.exit_code == 6 and named in runner.output, runner.output
    doctor = CliRunner().invoke(cli, ["doctor", "--dsn", db.dsn], env={"DATABASE_URL": None}, catch_exceptions=False)
    assert doctor.exit_code == 6 and named in doctor.output.splitlines()[-1], doctor.output
    verify = db.psql(files.verify, staging=False)
    assert "does not fit" not in verify.stderr  # verify only reads
