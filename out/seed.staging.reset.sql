-- gen-seed-sql 0.1.0: staging reset: delete every seed-owned row, children first
-- Generated file: do not edit; regenerate it with the command below.
-- Inputs: seed=20260221 orders=100 campaigns=10 scale=1 as-of=apply-day; command: gen-seed-sql build
--
-- Apply with: PGOPTIONS='-c app.env=staging' psql -f seed.staging.reset.sql
--         or: APP_ENV=staging gen-seed-sql reset
-- Deletes every row in the seed's UUID namespace (00000000-5eed-0000-0000-000000000000 .. 00000000-5eed-ffff-ffff-ffffffffffff),
-- whatever generator version or counts made it, children first; stats rows go with
-- their seeded entity. A seeded row that a non-seed row still references is kept,
-- and a notice names it. Platform products and other sellers' rows are never touched.

\set ON_ERROR_STOP on
\set QUIET on
BEGIN;
-- Read committed, whatever the database's default: each statement sees what a
-- concurrent run committed before this one got the seed lock.
SET LOCAL transaction_isolation = 'read committed';
-- UTC, whatever the session's TimeZone: instants are stored alike in timestamptz and in
-- timestamp(3) columns (which hold UTC wall-clock, as Prisma reads them).
SET LOCAL TimeZone = 'UTC';

-- Guard: write only where app.env is 'staging' for this session and no stored
-- setting of this database (or role) declares another environment. Then check the
-- prerequisites, and take the seed lock so that two runs never interleave.
DO $guard$
DECLARE
    session_env text := current_setting('app.env', true);
    stored_env text;
    missing text;
BEGIN
    SELECT string_agg(c.setting, ', ' ORDER BY c.setting) INTO stored_env
    FROM pg_catalog.pg_db_role_setting AS s
    CROSS JOIN LATERAL unnest(s.setconfig) AS c (setting)
    WHERE
        s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database AS d WHERE d.datname = current_database()))
        AND s.setrole IN (0, (SELECT r.oid FROM pg_catalog.pg_roles AS r WHERE r.rolname = current_user))
        AND c.setting LIKE 'app.env=%'
        AND c.setting <> 'app.env=staging';
    IF stored_env IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS001',
            MESSAGE = format(
                'gen-seed-sql: refused: database %s declares %s in its stored settings; '
                'this file writes only to staging',
                current_database(), stored_env
            );
    END IF;
    -- The server's own configuration (postgresql.conf, ALTER SYSTEM), where this role
    -- may read it (pg_file_settings is for superusers and pg_read_all_settings).
    IF has_function_privilege('pg_catalog.pg_show_all_file_settings()', 'EXECUTE') THEN
        SELECT string_agg(f.name || '=' || f.setting, ', ') INTO stored_env
        FROM pg_catalog.pg_file_settings AS f
        WHERE f.name = 'app.env' AND f.applied AND f.setting != 'staging';
        IF stored_env IS NOT NULL THEN
            RAISE EXCEPTION USING
                ERRCODE = 'GS001',
                MESSAGE = format(
                    'gen-seed-sql: refused: the server''s configuration declares %s in its stored settings; '
                    'this file writes only to staging',
                    stored_env
                );
        END IF;
    END IF;
    IF session_env IS DISTINCT FROM 'staging' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS001',
            MESSAGE = format(
                'gen-seed-sql: refused: app.env is %s, not ''staging''; declare it with '
                'PGOPTIONS=''-c app.env=staging'' or ALTER DATABASE %I SET app.env = ''staging''',
                coalesce(quote_literal(nullif(session_env, '')), 'not set'), current_database()
            );
    END IF;

    SELECT string_agg(quote_ident(t.table_name), ', ' ORDER BY t.ord) INTO missing
    FROM unnest(ARRAY[
        'User', 'Seller', 'Product', 'Sellpage', 'Order', 'OrderItem', 'OrderEvent'
        , 'Campaign', 'Adset', 'Ad', 'AdStatsDaily', 'AdStatsRaw'
        , 'SellpageStatsDaily'
    ]) WITH ORDINALITY AS t (table_name, ord)
    WHERE to_regclass(quote_ident(t.table_name)) IS NULL;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS002',
            MESSAGE = 'gen-seed-sql: missing tables: ' || missing
                || ' (load the application schema first; a stand-in: gen-seed-sql schema | psql)';
    END IF;

    PERFORM pg_advisory_xact_lock(1592614637);
END
$guard$;

-- "SellpageStatsDaily": rows whose "sellpageId" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "SellpageStatsDaily" AS t
    WHERE starts_with(t."sellpageId"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
    RETURNING 1
)

SELECT
    'SellpageStatsDaily' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "AdStatsRaw": rows whose "adId" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "AdStatsRaw" AS t
    WHERE starts_with(t."adId"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "AdStatsRaw" AS t
    WHERE
        starts_with(t."adId"::text, '00000000-5eed-')
    RETURNING 1
)

SELECT
    'AdStatsRaw' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "AdStatsDaily": rows whose "entityId" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "AdStatsDaily" AS t
    WHERE starts_with(t."entityId"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
    RETURNING 1
)

SELECT
    'AdStatsDaily' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Ad": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Ad" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Ad" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "AdStatsRaw" AS c
            WHERE c."adId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Ad' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Adset": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Adset" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Adset" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "Ad" AS c
            WHERE c."adsetId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Adset' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Campaign": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Campaign" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Campaign" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "Adset" AS c
            WHERE c."campaignId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Campaign' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "OrderEvent": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "OrderEvent" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "OrderEvent" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
    RETURNING 1
)

SELECT
    'OrderEvent' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "OrderItem": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "OrderItem" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "OrderItem" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
    RETURNING 1
)

SELECT
    'OrderItem' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Order": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Order" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Order" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "OrderItem" AS c
            WHERE c."orderId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "OrderEvent" AS c
            WHERE c."orderId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Order' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Sellpage": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Sellpage" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Sellpage" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "Order" AS c
            WHERE c."sellpageId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Campaign" AS c
            WHERE c."sellpageId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "SellpageStatsDaily" AS c
            WHERE c."sellpageId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Sellpage' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "Seller": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "Seller" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "Seller" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "Sellpage" AS c
            WHERE c."sellerId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Order" AS c
            WHERE c."sellerId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Campaign" AS c
            WHERE c."sellerId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "AdStatsDaily" AS c
            WHERE c."sellerId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "AdStatsRaw" AS c
            WHERE c."sellerId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "SellpageStatsDaily" AS c
            WHERE c."sellerId" = t."id"
        )
    RETURNING 1
)

SELECT
    'Seller' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- "User": rows whose "id" is seed-owned
WITH owned AS (
    SELECT count(*) AS n
    FROM "User" AS t
    WHERE starts_with(t."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "User" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM "Seller" AS c
            WHERE c."userId" = t."id"
        )
    RETURNING 1
)

SELECT
    'User' AS seeded_table
    , count(*) AS deleted
    , (SELECT owned.n FROM owned) - count(*) AS kept
FROM removed;

-- Name every seed-owned row that had to stay.
DO $kept$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT
            'Ad' AS seeded_table
            , t."id"::text AS id
        FROM "Ad" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'Adset' AS seeded_table
            , t."id"::text AS id
        FROM "Adset" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'Campaign' AS seeded_table
            , t."id"::text AS id
        FROM "Campaign" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'Order' AS seeded_table
            , t."id"::text AS id
        FROM "Order" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'Sellpage' AS seeded_table
            , t."id"::text AS id
        FROM "Sellpage" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'Seller' AS seeded_table
            , t."id"::text AS id
        FROM "Seller" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
        UNION ALL
        SELECT
            'User' AS seeded_table
            , t."id"::text AS id
        FROM "User" AS t
        WHERE starts_with(t."id"::text, '00000000-5eed-')
    LOOP
        RAISE NOTICE 'gen-seed-sql: kept % %: rows the seed did not create still reference it',
            quote_ident(r.seeded_table), r.id;
    END LOOP;
END
$kept$;

COMMIT;
