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
\set SHOW_CONTEXT never
BEGIN;
-- Read committed, whatever the database's default: each statement sees what a
-- concurrent run committed before this one got the seed lock.
SET LOCAL transaction_isolation = 'read committed';
-- UTC, whatever the session's TimeZone: instants are stored alike in timestamptz and in
-- timestamp(3) columns (which hold UTC wall-clock, as Prisma reads them).
SET LOCAL TimeZone = 'UTC';

-- Guard: write only where app.env is 'staging' for this session and no stored
-- setting of this database, of the login role or of the current role declares another
-- environment. Then check the prerequisites, and take the seed lock so that two runs
-- never interleave.
DO $guard$
DECLARE
    session_env text := current_setting('app.env', true);
    stored_env text;
    missing text;
BEGIN
    -- Every stored declaration of app.env, named by where it lives: a role in this
    -- database, a role, the database, or every role (ALTER ROLE ALL). The roles are the
    -- login role (session_user: its settings are the ones the server applied) and the
    -- current one (after SET ROLE, or a stored role setting), each for this database and
    -- for all. A name is matched as PostgreSQL matches it, in any case of its ASCII
    -- letters (App.Env is app.env); the value, after the first equals sign, must be
    -- exactly staging.
    SELECT
        string_agg(
            CASE
                WHEN s.setdatabase != 0 AND s.setrole != 0
                    THEN format('role %I in database %I', r.rolname, current_database())
                WHEN s.setrole != 0 THEN format('role %I', r.rolname)
                WHEN s.setdatabase != 0 THEN format('database %I', current_database())
                ELSE 'every role'
            END || ' declares ' || 'app.env=' || substr(c.setting, strpos(c.setting, '=') + 1)
            , '; ' ORDER BY s.setrole = 0, s.setdatabase = 0, r.rolname
        )
    INTO stored_env
    FROM pg_catalog.pg_db_role_setting AS s
    LEFT JOIN pg_catalog.pg_roles AS r ON s.setrole = r.oid
    CROSS JOIN LATERAL unnest(s.setconfig) AS c (setting)
    WHERE
        s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database AS d WHERE d.datname = current_database()))
        AND (s.setrole = 0 OR r.rolname IN (session_user, current_user))
        AND lower(split_part(c.setting, '=', 1)) = 'app.env'
        AND substr(c.setting, strpos(c.setting, '=') + 1) != 'staging';
    IF stored_env IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS001',
            MESSAGE = format(
                'gen-seed-sql: refused: %s in its stored settings; this file writes only to staging', stored_env
            );
    END IF;
    -- The server's own configuration (postgresql.conf, ALTER SYSTEM), where this role
    -- may read it (pg_file_settings is for superusers and pg_read_all_settings).
    IF has_function_privilege('pg_catalog.pg_show_all_file_settings()', 'EXECUTE') THEN
        SELECT string_agg('app.env=' || f.setting, ', ') INTO stored_env
        FROM pg_catalog.pg_file_settings AS f
        WHERE
            lower(f.name) = 'app.env'
            AND f.applied AND f.setting != 'staging';
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
                'gen-seed-sql: refused: app.env is %s for this session, not ''staging''; declare it with '
                'ALTER DATABASE %I SET app.env = ''staging'' (works through connection poolers too), '
                'or for one run with PGOPTIONS=''-c app.env=staging'' (direct connections only: poolers drop it) '
                'or APP_ENV=staging gen-seed-sql',
                coalesce(quote_literal(nullif(session_env, '')), 'not set'), current_database()
            );
    END IF;

    -- Schema preflight: every table, column, type, enum value and ON CONFLICT key the
    -- file needs, compared with the live schema; every mismatch named at once.
    SELECT
        string_agg(
            format(
                '%s%s: needs %s, has %s',
                quote_ident(m.table_name), '.' || quote_ident(m.column_name), m.needs, m.has
            ),
            '; ' ORDER BY m.ord, m.column_name NULLS FIRST
        )
    INTO missing
    FROM (
    -- need: what the file touches; `choices`: the enum values it uses, an array of them.
    WITH need (ord, table_name, column_name, kind, choices) AS (
        VALUES
        (1, 'SellpageStatsDaily', 'id', 'id', NULL::text [])
        , (2, 'SellpageStatsDaily', 'sellerId', 'id', NULL::text [])
        , (3, 'SellpageStatsDaily', 'sellpageId', 'id', NULL::text [])
        , (4, 'AdStatsRaw', 'id', 'id', NULL::text [])
        , (5, 'AdStatsRaw', 'sellerId', 'id', NULL::text [])
        , (6, 'AdStatsRaw', 'adId', 'id', NULL::text [])
        , (7, 'AdStatsDaily', 'id', 'id', NULL::text [])
        , (8, 'AdStatsDaily', 'sellerId', 'id', NULL::text [])
        , (9, 'AdStatsDaily', 'entityId', 'id', NULL::text [])
        , (10, 'Ad', 'id', 'id', NULL::text [])
        , (11, 'Ad', 'adsetId', 'id', NULL::text [])
        , (12, 'Adset', 'id', 'id', NULL::text [])
        , (13, 'Adset', 'campaignId', 'id', NULL::text [])
        , (14, 'Campaign', 'id', 'id', NULL::text [])
        , (15, 'Campaign', 'sellerId', 'id', NULL::text [])
        , (16, 'Campaign', 'sellpageId', 'id', NULL::text [])
        , (17, 'OrderEvent', 'id', 'id', NULL::text [])
        , (18, 'OrderEvent', 'orderId', 'id', NULL::text [])
        , (19, 'OrderItem', 'id', 'id', NULL::text [])
        , (20, 'OrderItem', 'orderId', 'id', NULL::text [])
        , (21, 'OrderItem', 'productId', 'id', NULL::text [])
        , (22, 'Order', 'id', 'id', NULL::text [])
        , (23, 'Order', 'sellerId', 'id', NULL::text [])
        , (24, 'Order', 'sellpageId', 'id', NULL::text [])
        , (25, 'Sellpage', 'id', 'id', NULL::text [])
        , (26, 'Sellpage', 'sellerId', 'id', NULL::text [])
        , (27, 'Sellpage', 'productId', 'id', NULL::text [])
        , (28, 'Seller', 'id', 'id', NULL::text [])
        , (29, 'Seller', 'userId', 'id', NULL::text [])
        , (30, 'User', 'id', 'id', NULL::text [])
    )

    , kinds (kind, label, accepts) AS (
        VALUES
        ('id', 'uuid or text', ARRAY['uuid', 'text', 'varchar', 'bpchar'])
        , ('text', 'text', ARRAY['text', 'varchar', 'bpchar', 'citext'])
        , ('choice', 'text or an enum', ARRAY['text', 'varchar', 'bpchar', 'citext'])
        , ('integer', 'an integer', ARRAY['int2', 'int4', 'int8', 'numeric'])
        , ('decimal', 'numeric', ARRAY['numeric', 'float4', 'float8'])
        , ('day', 'date or timestamp', ARRAY['date', 'timestamp', 'timestamptz'])
        , ('instant', 'timestamp or timestamptz', ARRAY['timestamp', 'timestamptz'])
    )


    -- What the connecting role must be allowed to do on each table.
    , granted (table_name, privilege) AS (
        VALUES
        ('SellpageStatsDaily', 'SELECT')
        , ('SellpageStatsDaily', 'DELETE')
        , ('AdStatsRaw', 'SELECT')
        , ('AdStatsRaw', 'DELETE')
        , ('AdStatsDaily', 'SELECT')
        , ('AdStatsDaily', 'DELETE')
        , ('Ad', 'SELECT')
        , ('Ad', 'DELETE')
        , ('Adset', 'SELECT')
        , ('Adset', 'DELETE')
        , ('Campaign', 'SELECT')
        , ('Campaign', 'DELETE')
        , ('OrderEvent', 'SELECT')
        , ('OrderEvent', 'DELETE')
        , ('OrderItem', 'SELECT')
        , ('OrderItem', 'DELETE')
        , ('Order', 'SELECT')
        , ('Order', 'DELETE')
        , ('Sellpage', 'SELECT')
        , ('Sellpage', 'DELETE')
        , ('Seller', 'SELECT')
        , ('Seller', 'DELETE')
        , ('User', 'SELECT')
        , ('User', 'DELETE')
    )

    , live AS (
        SELECT
            n.ord
            , n.table_name
            , n.column_name
            , n.choices
            , k.label
            , k.accepts
            , to_regclass(quote_ident(n.table_name)) AS rel
        FROM need AS n
        INNER JOIN kinds AS k ON n.kind = k.kind
    )

    , found AS (
        SELECT
            l.*
            , a.attnum
            , b.oid AS type_oid
            , b.typname
            , b.typtype
            , format_type(a.atttypid, a.atttypmod) AS type_name
            , (
                SELECT string_agg(c.choice, ', ' ORDER BY c.choice)
                FROM unnest(l.choices) AS c (choice)
                WHERE NOT EXISTS (
                    SELECT 1 FROM pg_catalog.pg_enum AS e
                    WHERE e.enumtypid = b.oid AND e.enumlabel = c.choice
                )
            ) AS missing_values
        FROM live AS l
        LEFT JOIN pg_catalog.pg_attribute AS a
            ON l.rel = a.attrelid AND l.column_name = a.attname AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_catalog.pg_type AS t ON a.atttypid = t.oid
        LEFT JOIN pg_catalog.pg_type AS b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    )

    , problems AS (
        SELECT
            min(f.ord) AS ord
            , f.table_name
            , NULL::text AS column_name
            , 'a table' AS needs
            , CASE WHEN f.rel IS NULL THEN 'no such table' ELSE 'a table' END AS has
            , f.rel IS NOT NULL AS ok
        FROM found AS f
        GROUP BY f.table_name, f.rel

        UNION ALL

        SELECT
            f.ord
            , f.table_name
            , f.column_name
            , f.label || coalesce(' with ' || array_to_string(f.choices, ', '), '') AS needs
            , CASE
                WHEN f.attnum IS NULL THEN 'no such column'
                WHEN f.typtype = 'e' AND f.missing_values IS NOT NULL
                    THEN f.type_name || ' without ' || f.missing_values
                ELSE f.type_name
            END AS has
            , f.attnum IS NOT NULL
            AND (
                f.typname = ANY(f.accepts)
                OR (f.typtype = 'e' AND f.choices IS NOT NULL AND f.missing_values IS NULL)
            ) AS ok
        FROM found AS f
        WHERE f.rel IS NOT NULL

        UNION ALL

        -- Each privilege the role lacks, per table (a grant on some columns counts for
        -- SELECT, INSERT and UPDATE: the column checks above name the columns).
        SELECT
            (SELECT min(n.ord) FROM need AS n WHERE n.table_name = g.table_name) AS ord
            , g.table_name
            , NULL::text AS column_name
            , g.privilege || ' privilege' AS needs
            , CASE
                WHEN p.ok THEN g.privilege || ' privilege'
                ELSE 'no ' || g.privilege || ' privilege for role ' || current_user
            END AS has
            , p.ok
        FROM granted AS g
        CROSS JOIN LATERAL (
            SELECT
                has_table_privilege(to_regclass(quote_ident(g.table_name)), g.privilege)
                OR (
                    g.privilege != 'DELETE'
                    AND has_any_column_privilege(to_regclass(quote_ident(g.table_name)), g.privilege)
                ) AS ok
        ) AS p
        WHERE to_regclass(quote_ident(g.table_name)) IS NOT NULL

        UNION ALL

        -- A file that changes rows needs a database that takes writes.
        SELECT
            0 AS ord
            , current_database()::text AS table_name
            , NULL::text AS column_name
            , 'a database that takes writes' AS needs
            , CASE
                WHEN pg_is_in_recovery() THEN 'a standby: read-only while in recovery'
                WHEN current_setting('default_transaction_read_only') = 'on'
                    THEN 'read-only transactions (default_transaction_read_only = on)'
                ELSE 'writes'
            END AS has
            , NOT pg_is_in_recovery() AND current_setting('default_transaction_read_only') = 'off' AS ok
    )

    SELECT
        p.table_name
        , p.column_name
        , p.needs
        , p.has
        , p.ok
        , p.ord
    FROM problems AS p
    ) AS m
    WHERE NOT m.ok;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS002',
            MESSAGE = 'gen-seed-sql: the schema does not fit this file: ' || missing
                || ' (nothing was written; gen-seed-sql doctor shows every check)';
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
