-- gen-seed-sql 0.1.0: staging seed: idempotent upsert of the seeded rows
-- Generated file: do not edit; regenerate it with the command below.
-- Inputs: seed=20260221 orders=100 campaigns=10 scale=1 as-of=apply-day; command: gen-seed-sql build
--
-- Apply with: PGOPTIONS='-c app.env=staging' psql -f seed.staging.sql
--         or: APP_ENV=staging gen-seed-sql apply
-- One transaction. It first deletes the seed-owned rows this file does not describe
-- (a larger dataset applied before, an older id form), children first; then, table by
-- table, it loads the rows with COPY into a temporary table (dropped at the commit) and
-- upserts them in one statement. Each prints what it did: inserted, updated (restored to
-- the seeded values), unchanged, deleted.

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
        (1, 'Product', 'id', 'id', NULL::text [])
        , (2, 'Product', 'sku', 'text', NULL::text [])
        , (3, 'User', 'id', 'id', NULL::text [])
        , (4, 'User', 'email', 'text', NULL::text [])
        , (5, 'User', 'passwordHash', 'text', NULL::text [])
        , (6, 'User', 'name', 'text', NULL::text [])
        , (7, 'User', 'role', 'choice', ARRAY['ADMIN', 'SELLER', 'CUSTOMER'])
        , (8, 'User', 'createdAt', 'instant', NULL::text [])
        , (9, 'User', 'updatedAt', 'instant', NULL::text [])
        , (10, 'Seller', 'id', 'id', NULL::text [])
        , (11, 'Seller', 'userId', 'id', NULL::text [])
        , (12, 'Seller', 'name', 'text', NULL::text [])
        , (13, 'Seller', 'slug', 'text', NULL::text [])
        , (14, 'Seller', 'createdAt', 'instant', NULL::text [])
        , (15, 'Seller', 'updatedAt', 'instant', NULL::text [])
        , (16, 'Sellpage', 'id', 'id', NULL::text [])
        , (17, 'Sellpage', 'sellerId', 'id', NULL::text [])
        , (18, 'Sellpage', 'productId', 'id', NULL::text [])
        , (19, 'Sellpage', 'slug', 'text', NULL::text [])
        , (20, 'Sellpage', 'title', 'text', NULL::text [])
        , (21, 'Sellpage', 'price', 'decimal', NULL::text [])
        , (22, 'Sellpage', 'status', 'choice', ARRAY['PUBLISHED', 'DRAFT'])
        , (23, 'Sellpage', 'createdAt', 'instant', NULL::text [])
        , (24, 'Sellpage', 'updatedAt', 'instant', NULL::text [])
        , (25, 'Order', 'id', 'id', NULL::text [])
        , (26, 'Order', 'sellerId', 'id', NULL::text [])
        , (27, 'Order', 'sellpageId', 'id', NULL::text [])
        , (28, 'Order', 'orderNumber', 'text', NULL::text [])
        , (29, 'Order', 'customerEmail', 'text', NULL::text [])
        , (30, 'Order', 'customerName', 'text', NULL::text [])
        , (31, 'Order', 'status', 'choice', ARRAY['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'])
        , (32, 'Order', 'paymentMethod', 'choice', ARRAY['CARD', 'PAYPAL'])
        , (33, 'Order', 'subtotal', 'decimal', NULL::text [])
        , (34, 'Order', 'shippingFee', 'decimal', NULL::text [])
        , (35, 'Order', 'discount', 'decimal', NULL::text [])
        , (36, 'Order', 'total', 'decimal', NULL::text [])
        , (37, 'Order', 'createdAt', 'instant', NULL::text [])
        , (38, 'Order', 'updatedAt', 'instant', NULL::text [])
        , (39, 'OrderItem', 'id', 'id', NULL::text [])
        , (40, 'OrderItem', 'orderId', 'id', NULL::text [])
        , (41, 'OrderItem', 'productId', 'id', NULL::text [])
        , (42, 'OrderItem', 'quantity', 'integer', NULL::text [])
        , (43, 'OrderItem', 'unitPrice', 'decimal', NULL::text [])
        , (44, 'OrderItem', 'lineTotal', 'decimal', NULL::text [])
        , (45, 'OrderItem', 'createdAt', 'instant', NULL::text [])
        , (46, 'OrderItem', 'updatedAt', 'instant', NULL::text [])
        , (47, 'OrderEvent', 'id', 'id', NULL::text [])
        , (48, 'OrderEvent', 'orderId', 'id', NULL::text [])
        , (49, 'OrderEvent', 'status', 'choice', ARRAY['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'])
        , (50, 'OrderEvent', 'createdAt', 'instant', NULL::text [])
        , (51, 'Campaign', 'id', 'id', NULL::text [])
        , (52, 'Campaign', 'sellerId', 'id', NULL::text [])
        , (53, 'Campaign', 'sellpageId', 'id', NULL::text [])
        , (54, 'Campaign', 'name', 'text', NULL::text [])
        , (55, 'Campaign', 'status', 'choice', ARRAY['ACTIVE', 'PAUSED', 'ARCHIVED'])
        , (56, 'Campaign', 'dailyBudget', 'decimal', NULL::text [])
        , (57, 'Campaign', 'startDate', 'day', NULL::text [])
        , (58, 'Campaign', 'endDate', 'day', NULL::text [])
        , (59, 'Campaign', 'createdAt', 'instant', NULL::text [])
        , (60, 'Campaign', 'updatedAt', 'instant', NULL::text [])
        , (61, 'Adset', 'id', 'id', NULL::text [])
        , (62, 'Adset', 'campaignId', 'id', NULL::text [])
        , (63, 'Adset', 'name', 'text', NULL::text [])
        , (64, 'Adset', 'status', 'choice', ARRAY['ACTIVE', 'PAUSED', 'ARCHIVED'])
        , (65, 'Adset', 'optimizationGoal', 'choice', ARRAY['PURCHASE', 'INITIATE_CHECKOUT', 'LANDING_PAGE_VIEW'])
        , (66, 'Adset', 'createdAt', 'instant', NULL::text [])
        , (67, 'Adset', 'updatedAt', 'instant', NULL::text [])
        , (68, 'Ad', 'id', 'id', NULL::text [])
        , (69, 'Ad', 'adsetId', 'id', NULL::text [])
        , (70, 'Ad', 'name', 'text', NULL::text [])
        , (71, 'Ad', 'status', 'choice', ARRAY['ACTIVE', 'PAUSED', 'ARCHIVED'])
        , (72, 'Ad', 'createdAt', 'instant', NULL::text [])
        , (73, 'Ad', 'updatedAt', 'instant', NULL::text [])
        , (74, 'AdStatsDaily', 'id', 'id', NULL::text [])
        , (75, 'AdStatsDaily', 'sellerId', 'id', NULL::text [])
        , (76, 'AdStatsDaily', 'level', 'choice', ARRAY['CAMPAIGN', 'ADSET', 'AD'])
        , (77, 'AdStatsDaily', 'entityId', 'id', NULL::text [])
        , (78, 'AdStatsDaily', 'statDate', 'day', NULL::text [])
        , (79, 'AdStatsDaily', 'impressions', 'integer', NULL::text [])
        , (80, 'AdStatsDaily', 'linkClicks', 'integer', NULL::text [])
        , (81, 'AdStatsDaily', 'contentViews', 'integer', NULL::text [])
        , (82, 'AdStatsDaily', 'checkoutInitiated', 'integer', NULL::text [])
        , (83, 'AdStatsDaily', 'purchases', 'integer', NULL::text [])
        , (84, 'AdStatsDaily', 'purchaseValue', 'decimal', NULL::text [])
        , (85, 'AdStatsDaily', 'spend', 'decimal', NULL::text [])
        , (86, 'AdStatsDaily', 'ctr', 'decimal', NULL::text [])
        , (87, 'AdStatsDaily', 'cpc', 'decimal', NULL::text [])
        , (88, 'AdStatsDaily', 'cpm', 'decimal', NULL::text [])
        , (89, 'AdStatsDaily', 'costPerPurchase', 'decimal', NULL::text [])
        , (90, 'AdStatsDaily', 'roas', 'decimal', NULL::text [])
        , (91, 'AdStatsDaily', 'updatedAt', 'instant', NULL::text [])
        , (92, 'SellpageStatsDaily', 'id', 'id', NULL::text [])
        , (93, 'SellpageStatsDaily', 'sellerId', 'id', NULL::text [])
        , (94, 'SellpageStatsDaily', 'sellpageId', 'id', NULL::text [])
        , (95, 'SellpageStatsDaily', 'statDate', 'day', NULL::text [])
        , (96, 'SellpageStatsDaily', 'adSource', 'choice', ARRAY['facebook', 'instagram', 'organic'])
        , (97, 'SellpageStatsDaily', 'adSpend', 'decimal', NULL::text [])
        , (98, 'SellpageStatsDaily', 'linkClicks', 'integer', NULL::text [])
        , (99, 'SellpageStatsDaily', 'contentViews', 'integer', NULL::text [])
        , (100, 'SellpageStatsDaily', 'checkoutInitiated', 'integer', NULL::text [])
        , (101, 'SellpageStatsDaily', 'purchases', 'integer', NULL::text [])
        , (102, 'SellpageStatsDaily', 'revenue', 'decimal', NULL::text [])
        , (103, 'SellpageStatsDaily', 'cr1', 'decimal', NULL::text [])
        , (104, 'SellpageStatsDaily', 'cr2', 'decimal', NULL::text [])
        , (105, 'SellpageStatsDaily', 'cr3', 'decimal', NULL::text [])
        , (106, 'SellpageStatsDaily', 'updatedAt', 'instant', NULL::text [])
        , (107, 'AdStatsRaw', 'id', 'id', NULL::text [])
        , (108, 'AdStatsRaw', 'sellerId', 'id', NULL::text [])
        , (109, 'AdStatsRaw', 'adId', 'id', NULL::text [])
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
        ('Product', 'SELECT')
        , ('User', 'SELECT')
        , ('User', 'INSERT')
        , ('User', 'UPDATE')
        , ('User', 'DELETE')
        , ('Seller', 'SELECT')
        , ('Seller', 'INSERT')
        , ('Seller', 'UPDATE')
        , ('Seller', 'DELETE')
        , ('Sellpage', 'SELECT')
        , ('Sellpage', 'INSERT')
        , ('Sellpage', 'UPDATE')
        , ('Sellpage', 'DELETE')
        , ('Order', 'SELECT')
        , ('Order', 'INSERT')
        , ('Order', 'UPDATE')
        , ('Order', 'DELETE')
        , ('OrderItem', 'SELECT')
        , ('OrderItem', 'INSERT')
        , ('OrderItem', 'UPDATE')
        , ('OrderItem', 'DELETE')
        , ('OrderEvent', 'SELECT')
        , ('OrderEvent', 'INSERT')
        , ('OrderEvent', 'UPDATE')
        , ('OrderEvent', 'DELETE')
        , ('Campaign', 'SELECT')
        , ('Campaign', 'INSERT')
        , ('Campaign', 'UPDATE')
        , ('Campaign', 'DELETE')
        , ('Adset', 'SELECT')
        , ('Adset', 'INSERT')
        , ('Adset', 'UPDATE')
        , ('Adset', 'DELETE')
        , ('Ad', 'SELECT')
        , ('Ad', 'INSERT')
        , ('Ad', 'UPDATE')
        , ('Ad', 'DELETE')
        , ('AdStatsDaily', 'SELECT')
        , ('AdStatsDaily', 'INSERT')
        , ('AdStatsDaily', 'UPDATE')
        , ('AdStatsDaily', 'DELETE')
        , ('SellpageStatsDaily', 'SELECT')
        , ('SellpageStatsDaily', 'INSERT')
        , ('SellpageStatsDaily', 'UPDATE')
        , ('SellpageStatsDaily', 'DELETE')
        , ('AdStatsRaw', 'SELECT')
        , ('AdStatsRaw', 'DELETE')
    )

    -- The tables the file writes, and the key of its ON CONFLICT for each.
    , written (table_name, key_columns) AS (
        VALUES
        ('User', ARRAY['id'])
        , ('Seller', ARRAY['id'])
        , ('Sellpage', ARRAY['id'])
        , ('Order', ARRAY['id'])
        , ('OrderItem', ARRAY['id'])
        , ('OrderEvent', ARRAY['id'])
        , ('Campaign', ARRAY['id'])
        , ('Adset', ARRAY['id'])
        , ('Ad', ARRAY['id'])
        , ('AdStatsDaily', ARRAY['level', 'entityId', 'statDate'])
        , ('SellpageStatsDaily', ARRAY['sellpageId', 'statDate', 'adSource'])
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

        UNION ALL

        -- The seed loads its rows with COPY into temporary tables (dropped at its commit).
        SELECT
            0 AS ord
            , current_database()::text AS table_name
            , NULL::text AS column_name
            , 'TEMPORARY privilege (the rows are loaded into temporary tables)' AS needs
            , CASE
                WHEN has_database_privilege(current_database(), 'TEMPORARY') THEN 'TEMPORARY privilege'
                ELSE 'no TEMPORARY privilege for role ' || current_user
                    || ': GRANT TEMPORARY ON DATABASE ' || quote_ident(current_database()) || ' TO '
                    || quote_ident(current_user) || ', or build the files with --flavor plain'
            END AS has
            , has_database_privilege(current_database(), 'TEMPORARY') AS ok

        UNION ALL

        -- Columns the file cannot fill: NOT NULL, no default, and not among those it writes.
        SELECT
            r.ord
            , c.relname::text AS table_name
            , a.attname::text AS column_name
            , 'a default, or to be written by the file' AS needs
            , format_type(a.atttypid, a.atttypmod) || ' NOT NULL without a default' AS has
            , FALSE AS ok
        FROM (
            SELECT
                min(f.ord) AS ord
                , f.table_name
                , f.rel
            FROM found AS f
            INNER JOIN written AS w ON f.table_name = w.table_name
            WHERE f.rel IS NOT NULL
            GROUP BY f.table_name, f.rel
        ) AS r
        INNER JOIN pg_catalog.pg_class AS c ON r.rel = c.oid
        INNER JOIN pg_catalog.pg_attribute AS a ON c.oid = a.attrelid
        WHERE
            a.attnum > 0
            AND NOT a.attisdropped
            AND a.attnotnull
            AND NOT a.atthasdef
            AND a.attidentity = ''
            AND a.attgenerated = ''
            AND NOT EXISTS (
                SELECT 1 FROM need AS n
                WHERE n.table_name = r.table_name AND n.column_name = a.attname
            )

        UNION ALL

        -- ON CONFLICT needs a unique index (or constraint) on exactly its columns (its key
        -- columns: INCLUDE columns do not count).
        SELECT
            (SELECT min(n.ord) FROM need AS n WHERE n.table_name = k.table_name) AS ord
            , k.table_name
            , array_to_string(k.key_columns, ', ') AS column_name
            , 'a unique index for ON CONFLICT' AS needs
            , CASE WHEN i.indexrelid IS NULL THEN 'none' ELSE i.indexrelid::regclass::text END AS has
            , i.indexrelid IS NOT NULL AS ok
        FROM written AS k
        LEFT JOIN LATERAL (
            SELECT x.indexrelid
            FROM pg_catalog.pg_index AS x
            WHERE
                x.indrelid = to_regclass(quote_ident(k.table_name))
                AND x.indisunique
                AND x.indpred IS NULL
                AND x.indexprs IS NULL
                AND x.indnkeyatts = cardinality(k.key_columns)
                AND (
                    SELECT array_agg(a.attname::text ORDER BY a.attname)
                    FROM pg_catalog.pg_attribute AS a
                    WHERE a.attrelid = x.indrelid AND a.attnum = ANY((x.indkey::int2 [])[0:x.indnkeyatts - 1])
                ) = (SELECT array_agg(c.name ORDER BY c.name) FROM unnest(k.key_columns) AS c (name))
            LIMIT 1
        ) AS i ON TRUE
        WHERE to_regclass(quote_ident(k.table_name)) IS NOT NULL
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

    SELECT string_agg(k.sku, ', ' ORDER BY k.ord) INTO missing
    FROM unnest(ARRAY['MOUSE-001', 'STAND-001', 'DESKPAD-001']) WITH ORDINALITY AS k (sku, ord)
    WHERE NOT EXISTS (SELECT 1 FROM "Product" AS p WHERE p."sku" = k.sku);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS003',
            MESSAGE = 'gen-seed-sql: missing platform products: ' || missing
                || ' (they belong to the main seed: run it first)';
    END IF;

    PERFORM pg_advisory_xact_lock(1592614637);
    -- The anchor day every date of this file is counted from.
    PERFORM set_config('gen_seed.anchor_day', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD'), true);
END
$guard$;
\if :{?dry_run}
-- A dry run (psql -v dry_run=1): the reports below then say what they changed, for the
-- gate at the end, which rolls everything back.
SELECT set_config('gen_seed_sql.dry_run', 'on', TRUE) AS dry_run;
\endif

-- "SellpageStatsDaily": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8002-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 3)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."sellpageId"::text
        )
    RETURNING t."sellpageId"::text AS id
)

SELECT
    'SellpageStatsDaily' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'SellpageStatsDaily'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "AdStatsRaw": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8004-8003-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (10101, 10102)
        , (10201, 10202)
        , (10301, 10302)
        , (20101, 20102)
        , (20201, 20202)
        , (20301, 20302)
        , (30101, 30102)
        , (30201, 30202)
        , (30301, 30302)
        , (40101, 40102)
        , (40201, 40202)
        , (40301, 40302)
        , (50101, 50102)
        , (50201, 50202)
        , (50301, 50302)
        , (60101, 60102)
        , (60201, 60202)
        , (60301, 60302)
        , (70101, 70102)
        , (70201, 70202)
        , (70301, 70302)
        , (80101, 80102)
        , (80201, 80202)
        , (80301, 80302)
        , (90101, 90102)
        , (90201, 90202)
        , (90301, 90302)
        , (100101, 100102)
        , (100201, 100202)
        , (100301, 100302)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 1) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "AdStatsRaw" AS t
    WHERE
        starts_with(t."adId"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."adId"::text
        )
    RETURNING t."adId"::text AS id
)

SELECT
    'AdStatsRaw' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'AdStatsRaw'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Ad": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8004-8003-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (10101, 10102)
        , (10201, 10202)
        , (10301, 10302)
        , (20101, 20102)
        , (20201, 20202)
        , (20301, 20302)
        , (30101, 30102)
        , (30201, 30202)
        , (30301, 30302)
        , (40101, 40102)
        , (40201, 40202)
        , (40301, 40302)
        , (50101, 50102)
        , (50201, 50202)
        , (50301, 50302)
        , (60101, 60102)
        , (60201, 60202)
        , (60301, 60302)
        , (70101, 70102)
        , (70201, 70202)
        , (70301, 70302)
        , (80101, 80102)
        , (80201, 80202)
        , (80301, 80302)
        , (90101, 90102)
        , (90201, 90202)
        , (90301, 90302)
        , (100101, 100102)
        , (100201, 100202)
        , (100301, 100302)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 1) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Ad" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
        AND NOT EXISTS (
            SELECT 1 FROM "AdStatsRaw" AS c
            WHERE c."adId" = t."id"
        )
    RETURNING t."id"::text AS id
)

SELECT
    'Ad' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Ad'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Adset": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8004-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (101, 103)
        , (201, 203)
        , (301, 303)
        , (401, 403)
        , (501, 503)
        , (601, 603)
        , (701, 703)
        , (801, 803)
        , (901, 903)
        , (1001, 1003)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Adset" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Ad" AS c
            WHERE c."adsetId" = t."id"
        )
    RETURNING t."id"::text AS id
)

SELECT
    'Adset' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Adset'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Campaign": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8004-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 10)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 15) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Campaign" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Adset" AS c
            WHERE c."campaignId" = t."id"
        )
    RETURNING t."id"::text AS id
)

SELECT
    'Campaign' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Campaign'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "OrderEvent": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8003-8003-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (101, 101)
        , (201, 205)
        , (301, 305)
        , (401, 401)
        , (501, 504)
        , (601, 602)
        , (701, 701)
        , (801, 802)
        , (901, 902)
        , (1001, 1004)
        , (1101, 1103)
        , (1201, 1206)
        , (1301, 1305)
        , (1401, 1401)
        , (1501, 1501)
        , (1601, 1605)
        , (1701, 1701)
        , (1801, 1806)
        , (1901, 1905)
        , (2001, 2004)
        , (2101, 2102)
        , (2201, 2201)
        , (2301, 2302)
        , (2401, 2403)
        , (2501, 2503)
        , (2601, 2602)
        , (2701, 2705)
        , (2801, 2806)
        , (2901, 2905)
        , (3001, 3002)
        , (3101, 3105)
        , (3201, 3203)
        , (3301, 3302)
        , (3401, 3404)
        , (3501, 3505)
        , (3601, 3602)
        , (3701, 3704)
        , (3801, 3802)
        , (3901, 3905)
        , (4001, 4002)
        , (4101, 4105)
        , (4201, 4205)
        , (4301, 4302)
        , (4401, 4406)
        , (4501, 4506)
        , (4601, 4605)
        , (4701, 4705)
        , (4801, 4805)
        , (4901, 4901)
        , (5001, 5006)
        , (5101, 5104)
        , (5201, 5202)
        , (5301, 5305)
        , (5401, 5401)
        , (5501, 5505)
        , (5601, 5603)
        , (5701, 5706)
        , (5801, 5803)
        , (5901, 5901)
        , (6001, 6004)
        , (6101, 6102)
        , (6201, 6205)
        , (6301, 6302)
        , (6401, 6405)
        , (6501, 6501)
        , (6601, 6605)
        , (6701, 6702)
        , (6801, 6801)
        , (6901, 6905)
        , (7001, 7001)
        , (7101, 7101)
        , (7201, 7205)
        , (7301, 7301)
        , (7401, 7402)
        , (7501, 7505)
        , (7601, 7603)
        , (7701, 7704)
        , (7801, 7805)
        , (7901, 7902)
        , (8001, 8001)
        , (8101, 8103)
        , (8201, 8203)
        , (8301, 8302)
        , (8401, 8402)
        , (8501, 8501)
        , (8601, 8602)
        , (8701, 8705)
        , (8801, 8805)
        , (8901, 8902)
        , (9001, 9003)
        , (9101, 9105)
        , (9201, 9202)
        , (9301, 9306)
        , (9401, 9401)
        , (9501, 9505)
        , (9601, 9602)
        , (9701, 9706)
        , (9801, 9802)
        , (9901, 9904)
        , (10001, 10002)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 7) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "OrderEvent" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
    RETURNING t."id"::text AS id
)

SELECT
    'OrderEvent' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'OrderEvent'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "OrderItem": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8003-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (101, 101)
        , (201, 201)
        , (301, 302)
        , (401, 401)
        , (501, 502)
        , (601, 601)
        , (701, 701)
        , (801, 802)
        , (901, 902)
        , (1001, 1001)
        , (1101, 1101)
        , (1201, 1201)
        , (1301, 1301)
        , (1401, 1402)
        , (1501, 1502)
        , (1601, 1601)
        , (1701, 1702)
        , (1801, 1801)
        , (1901, 1901)
        , (2001, 2001)
        , (2101, 2101)
        , (2201, 2201)
        , (2301, 2301)
        , (2401, 2401)
        , (2501, 2501)
        , (2601, 2601)
        , (2701, 2701)
        , (2801, 2802)
        , (2901, 2901)
        , (3001, 3002)
        , (3101, 3101)
        , (3201, 3201)
        , (3301, 3301)
        , (3401, 3402)
        , (3501, 3502)
        , (3601, 3601)
        , (3701, 3702)
        , (3801, 3801)
        , (3901, 3902)
        , (4001, 4001)
        , (4101, 4101)
        , (4201, 4201)
        , (4301, 4301)
        , (4401, 4401)
        , (4501, 4501)
        , (4601, 4601)
        , (4701, 4701)
        , (4801, 4801)
        , (4901, 4901)
        , (5001, 5001)
        , (5101, 5102)
        , (5201, 5202)
        , (5301, 5301)
        , (5401, 5402)
        , (5501, 5501)
        , (5601, 5601)
        , (5701, 5701)
        , (5801, 5801)
        , (5901, 5901)
        , (6001, 6001)
        , (6101, 6102)
        , (6201, 6201)
        , (6301, 6301)
        , (6401, 6401)
        , (6501, 6501)
        , (6601, 6601)
        , (6701, 6702)
        , (6801, 6801)
        , (6901, 6901)
        , (7001, 7001)
        , (7101, 7102)
        , (7201, 7201)
        , (7301, 7301)
        , (7401, 7401)
        , (7501, 7501)
        , (7601, 7602)
        , (7701, 7701)
        , (7801, 7801)
        , (7901, 7901)
        , (8001, 8001)
        , (8101, 8101)
        , (8201, 8202)
        , (8301, 8301)
        , (8401, 8401)
        , (8501, 8501)
        , (8601, 8602)
        , (8701, 8701)
        , (8801, 8802)
        , (8901, 8901)
        , (9001, 9001)
        , (9101, 9102)
        , (9201, 9201)
        , (9301, 9301)
        , (9401, 9401)
        , (9501, 9501)
        , (9601, 9601)
        , (9701, 9701)
        , (9801, 9801)
        , (9901, 9902)
        , (10001, 10002)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 1) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "OrderItem" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
    RETURNING t."id"::text AS id
)

SELECT
    'OrderItem' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'OrderItem'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Order": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8003-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 100)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 99) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Order" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
        AND NOT EXISTS (
            SELECT 1 FROM "OrderItem" AS c
            WHERE c."orderId" = t."id"
        )
        AND NOT EXISTS (
            SELECT 1 FROM "OrderEvent" AS c
            WHERE c."orderId" = t."id"
        )
    RETURNING t."id"::text AS id
)

SELECT
    'Order' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Order'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Sellpage": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8002-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 3)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Sellpage" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
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
    RETURNING t."id"::text AS id
)

SELECT
    'Sellpage' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Sellpage'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Seller": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8001-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 1)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "Seller" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
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
    RETURNING t."id"::text AS id
)

SELECT
    'Seller' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Seller'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "User": seed-owned rows this file does not describe
WITH described AS (
    SELECT '00000000-5eed-8001-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 1)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, removed AS (
    DELETE FROM "User" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described AS d
            WHERE d.id = t."id"::text
        )
        AND NOT EXISTS (
            SELECT 1 FROM "Seller" AS c
            WHERE c."userId" = t."id"
        )
    RETURNING t."id"::text AS id
)

SELECT
    'User' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'User'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- Name every seed-owned row this file does not describe that had to stay.
DO $kept$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT
            'Ad' AS seeded_table
            , t."id"::text AS id
        FROM "Ad" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8004-8003-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (10101, 10102)
                        , (10201, 10202)
                        , (10301, 10302)
                        , (20101, 20102)
                        , (20201, 20202)
                        , (20301, 20302)
                        , (30101, 30102)
                        , (30201, 30202)
                        , (30301, 30302)
                        , (40101, 40102)
                        , (40201, 40202)
                        , (40301, 40302)
                        , (50101, 50102)
                        , (50201, 50202)
                        , (50301, 50302)
                        , (60101, 60102)
                        , (60201, 60202)
                        , (60301, 60302)
                        , (70101, 70102)
                        , (70201, 70202)
                        , (70301, 70302)
                        , (80101, 80102)
                        , (80201, 80202)
                        , (80301, 80302)
                        , (90101, 90102)
                        , (90201, 90202)
                        , (90301, 90302)
                        , (100101, 100102)
                        , (100201, 100202)
                        , (100301, 100302)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 1) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'Adset' AS seeded_table
            , t."id"::text AS id
        FROM "Adset" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8004-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (101, 103)
                        , (201, 203)
                        , (301, 303)
                        , (401, 403)
                        , (501, 503)
                        , (601, 603)
                        , (701, 703)
                        , (801, 803)
                        , (901, 903)
                        , (1001, 1003)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'Campaign' AS seeded_table
            , t."id"::text AS id
        FROM "Campaign" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8004-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (1, 10)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 15) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'Order' AS seeded_table
            , t."id"::text AS id
        FROM "Order" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8003-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (1, 100)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 99) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'Sellpage' AS seeded_table
            , t."id"::text AS id
        FROM "Sellpage" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8002-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (1, 3)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'Seller' AS seeded_table
            , t."id"::text AS id
        FROM "Seller" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8001-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (1, 1)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
        UNION ALL
        SELECT
            'User' AS seeded_table
            , t."id"::text AS id
        FROM "User" AS t
        WHERE
            starts_with(t."id"::text, '00000000-5eed-')
            AND NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT '00000000-5eed-8001-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
                    FROM (
                        VALUES
                        (1, 1)
                    ) AS dr (first_index, last_index)
                    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
                ) AS d
                WHERE d.id = t."id"::text
            )
    LOOP
        RAISE NOTICE 'gen-seed-sql: kept % %: rows the seed did not create still reference it',
            quote_ident(r.seeded_table), r.id;
        PERFORM set_config(
            'gen_seed_sql.plan'
            , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
            || jsonb_build_object('table', r.seeded_table, 'kept', r.id)::text || E'\n'
            , TRUE
        )
        WHERE current_setting('gen_seed_sql.dry_run', TRUE) = 'on';
    END LOOP;
END
$kept$;

-- "User", its rows
CREATE TEMPORARY TABLE "seed_User" ON COMMIT DROP AS
SELECT
    t."id"
    , NULL::text AS "email"
    , NULL::text AS "passwordHash"
    , NULL::text AS "name"
    , t."role"
    , NULL::interval AS "createdAt"
FROM "User" AS t
WITH NO DATA;

COPY "seed_User" (
    "id", "email", "passwordHash", "name", "role", "createdAt"
) FROM STDIN;
00000000-5eed-8001-8001-000000000001	staging.seller@example.com	$2a$10$4JokOJ544CUBU218aGYETeotieeg9eQnc9peRc/GyMuGUDb3OEVh.	Staging Seller	SELLER	-45 days 09:00:00
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "User" AS t (
        "id", "email", "passwordHash", "name", "role", "createdAt", "updatedAt"
    )
    SELECT
        v."id"
        , v."email"::text
        , v."passwordHash"::text
        , v."name"::text
        , v."role"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_User" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "email" = excluded."email"
            , "passwordHash" = excluded."passwordHash"
            , "name" = excluded."name"
            , "role" = excluded."role"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."email", t."passwordHash", t."name", t."role", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."email", excluded."passwordHash", excluded."name", excluded."role"
            , excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'User' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_User") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'User'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('email', (u.restored)."email" IS DISTINCT FROM o."email")
                                , ('passwordHash', (u.restored)."passwordHash" IS DISTINCT FROM o."passwordHash")
                                , ('name', (u.restored)."name" IS DISTINCT FROM o."name")
                                , ('role', (u.restored)."role" IS DISTINCT FROM o."role")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "User" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Seller", its rows
CREATE TEMPORARY TABLE "seed_Seller" ON COMMIT DROP AS
SELECT
    t."id"
    , t."userId"
    , NULL::text AS "name"
    , NULL::text AS "slug"
    , NULL::interval AS "createdAt"
FROM "Seller" AS t
WITH NO DATA;

COPY "seed_Seller" (
    "id", "userId", "name", "slug", "createdAt"
) FROM STDIN;
00000000-5eed-8001-8002-000000000001	00000000-5eed-8001-8001-000000000001	Staging Desk Goods	staging-desk-goods	-45 days 09:00:00
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Seller" AS t (
        "id", "userId", "name", "slug", "createdAt", "updatedAt"
    )
    SELECT
        v."id"
        , v."userId"
        , v."name"::text
        , v."slug"::text
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Seller" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "userId" = excluded."userId"
            , "name" = excluded."name"
            , "slug" = excluded."slug"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."userId", t."name", t."slug", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."userId", excluded."name", excluded."slug", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Seller' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Seller") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Seller'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('userId', (u.restored)."userId" IS DISTINCT FROM o."userId")
                                , ('name', (u.restored)."name" IS DISTINCT FROM o."name")
                                , ('slug', (u.restored)."slug" IS DISTINCT FROM o."slug")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Seller" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Sellpage", its rows
CREATE TEMPORARY TABLE "seed_Sellpage" ON COMMIT DROP AS
SELECT
    t."id"
    , NULL::text AS "productId"
    , NULL::text AS "slug"
    , NULL::text AS "title"
    , NULL::numeric AS "price"
    , t."status"
    , NULL::interval AS "createdAt"
FROM "Sellpage" AS t
WITH NO DATA;

COPY "seed_Sellpage" (
    "id", "productId", "slug", "title", "price", "status", "createdAt"
) FROM STDIN;
00000000-5eed-8002-8001-000000000001	MOUSE-001	staging-ergo-mouse	Ergonomic Wireless Mouse	39.00	PUBLISHED	-45 days 09:10:00
00000000-5eed-8002-8001-000000000002	STAND-001	staging-laptop-stand	Aluminium Laptop Stand	59.00	PUBLISHED	-45 days 09:20:00
00000000-5eed-8002-8001-000000000003	DESKPAD-001	staging-felt-desk-pad	Felt Desk Pad	29.00	DRAFT	-45 days 09:30:00
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Sellpage" AS t (
        "id", "sellerId", "productId", "slug", "title", "price", "status", "createdAt"
        , "updatedAt"
    )
    SELECT
        v."id"
        , '00000000-5eed-8001-8002-000000000001'::uuid
        , p."id" AS "productId"
        , v."slug"::text
        , v."title"::text
        , v."price"::numeric(12, 2)
        , v."status"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Sellpage" AS v
    CROSS JOIN anchor AS a
    LEFT JOIN "Product" AS p ON v."productId" = p."sku"
    ON CONFLICT ("id") DO UPDATE
        SET
            "sellerId" = excluded."sellerId"
            , "productId" = excluded."productId"
            , "slug" = excluded."slug"
            , "title" = excluded."title"
            , "price" = excluded."price"
            , "status" = excluded."status"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."sellerId", t."productId", t."slug", t."title", t."price", t."status", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."sellerId", excluded."productId", excluded."slug", excluded."title"
            , excluded."price", excluded."status", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Sellpage' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Sellpage") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Sellpage'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('sellerId', (u.restored)."sellerId" IS DISTINCT FROM o."sellerId")
                                , ('productId', (u.restored)."productId" IS DISTINCT FROM o."productId")
                                , ('slug', (u.restored)."slug" IS DISTINCT FROM o."slug")
                                , ('title', (u.restored)."title" IS DISTINCT FROM o."title")
                                , ('price', (u.restored)."price" IS DISTINCT FROM o."price")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Sellpage" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Order", its rows
CREATE TEMPORARY TABLE "seed_Order" ON COMMIT DROP AS
SELECT
    t."id"
    , t."sellpageId"
    , NULL::text AS "orderNumber"
    , NULL::text AS "customerEmail"
    , NULL::text AS "customerName"
    , t."status"
    , t."paymentMethod"
    , NULL::numeric AS "subtotal"
    , NULL::numeric AS "shippingFee"
    , NULL::numeric AS "discount"
    , NULL::numeric AS "total"
    , NULL::interval AS "createdAt"
FROM "Order" AS t
WITH NO DATA;

COPY "seed_Order" (
    "id", "sellpageId", "orderNumber", "customerEmail", "customerName", "status"
    , "paymentMethod", "subtotal", "shippingFee", "discount", "total", "createdAt"
) FROM STDIN;
00000000-5eed-8003-8001-000000000001	00000000-5eed-8002-8001-000000000001	STG-000001	lukasz.wojcik@example.com	Łukasz Wójcik	PENDING	CARD	39.00	4.99	0.00	43.99	-28 days 01:55:41
00000000-5eed-8003-8001-000000000002	00000000-5eed-8002-8001-000000000001	STG-000002	hannah.lee@example.net	Hannah Lee	DELIVERED	CARD	39.00	4.99	0.00	43.99	-6 days 05:42:11
00000000-5eed-8003-8001-000000000003	00000000-5eed-8002-8001-000000000001	STG-000003	bjorn.odegaard@example.com	Björn Ødegaard	DELIVERED	CARD	68.00	4.99	0.00	72.99	-10 days 03:52:33
00000000-5eed-8003-8001-000000000004	00000000-5eed-8002-8001-000000000001	STG-000004	zoe.lefevre@example.com	Zoë Lefèvre	PENDING	CARD	39.00	4.99	0.00	43.99	-14 days 15:36:42
00000000-5eed-8003-8001-000000000005	00000000-5eed-8002-8001-000000000001	STG-000005	siobhan.obrien@example.com	Siobhán O'Brien	SHIPPED	CARD	157.00	4.99	0.00	161.99	-4 days 05:42:12
00000000-5eed-8003-8001-000000000006	00000000-5eed-8002-8001-000000000001	STG-000006	bjorn.odegaard@example.com	Björn Ødegaard	CANCELLED	CARD	39.00	0.00	0.00	39.00	-20 days 17:44:21
00000000-5eed-8003-8001-000000000007	00000000-5eed-8002-8001-000000000001	STG-000007	jose.nunez@example.com	José Núñez	PENDING	CARD	39.00	4.99	0.00	43.99	-8 days 06:11:43
00000000-5eed-8003-8001-000000000008	00000000-5eed-8002-8001-000000000001	STG-000008	bjorn.odegaard@example.com	Björn Ødegaard	CONFIRMED	CARD	68.00	4.99	0.00	72.99	-17 days 01:33:06
00000000-5eed-8003-8001-000000000009	00000000-5eed-8002-8001-000000000002	STG-000009	siobhan.obrien@example.com	Siobhán O'Brien	CANCELLED	CARD	147.00	4.99	0.00	151.99	-24 days 08:39:27
00000000-5eed-8003-8001-000000000010	00000000-5eed-8002-8001-000000000002	STG-000010	zoe.lefevre@example.com	Zoë Lefèvre	SHIPPED	PAYPAL	59.00	0.00	0.00	59.00	-6 days 15:56:37
00000000-5eed-8003-8001-000000000011	00000000-5eed-8002-8001-000000000001	STG-000011	siobhan.obrien@example.com	Siobhán O'Brien	PROCESSING	CARD	39.00	4.99	5.00	38.99	-9 days 03:57:08
00000000-5eed-8003-8001-000000000012	00000000-5eed-8002-8001-000000000002	STG-000012	chloe.dubois@example.com	Chloé Dubois-O'Neil	REFUNDED	CARD	59.00	0.00	5.00	54.00	-19 days 15:19:49
00000000-5eed-8003-8001-000000000013	00000000-5eed-8002-8001-000000000002	STG-000013	zoe.lefevre@example.com	Zoë Lefèvre	DELIVERED	CARD	118.00	4.99	0.00	122.99	-6 days 21:25:17
00000000-5eed-8003-8001-000000000014	00000000-5eed-8002-8001-000000000001	STG-000014	kenji.watanabe@example.net	Kenji Watanabe	PENDING	PAYPAL	136.00	4.99	0.00	140.99	-8 days 06:34:18
00000000-5eed-8003-8001-000000000015	00000000-5eed-8002-8001-000000000001	STG-000015	kenji.watanabe@example.net	Kenji Watanabe	PENDING	CARD	68.00	4.99	5.00	67.99	-19 days 08:40:00
00000000-5eed-8003-8001-000000000016	00000000-5eed-8002-8001-000000000001	STG-000016	mia.schroeder@example.net	Mia Schröder	DELIVERED	CARD	39.00	4.99	0.00	43.99	-10 days 08:36:02
00000000-5eed-8003-8001-000000000017	00000000-5eed-8002-8001-000000000001	STG-000017	hannah.lee@example.net	Hannah Lee	PENDING	CARD	157.00	4.99	0.00	161.99	-21 days 19:59:49
00000000-5eed-8003-8001-000000000018	00000000-5eed-8002-8001-000000000001	STG-000018	siobhan.obrien@example.com	Siobhán O'Brien	REFUNDED	CARD	39.00	4.99	0.00	43.99	-28 days 00:39:23
00000000-5eed-8003-8001-000000000019	00000000-5eed-8002-8001-000000000002	STG-000019	jose.nunez@example.com	José Núñez	DELIVERED	PAYPAL	59.00	0.00	0.00	59.00	-12 days 16:36:22
00000000-5eed-8003-8001-000000000020	00000000-5eed-8002-8001-000000000001	STG-000020	hannah.lee@example.net	Hannah Lee	SHIPPED	CARD	78.00	4.99	0.00	82.99	-3 days 20:49:47
00000000-5eed-8003-8001-000000000021	00000000-5eed-8002-8001-000000000002	STG-000021	mia.schroeder@example.net	Mia Schröder	CONFIRMED	CARD	59.00	4.99	0.00	63.99	-30 days 03:33:37
00000000-5eed-8003-8001-000000000022	00000000-5eed-8002-8001-000000000001	STG-000022	zoe.lefevre@example.com	Zoë Lefèvre	PENDING	CARD	39.00	0.00	0.00	39.00	-6 days 18:57:43
00000000-5eed-8003-8001-000000000023	00000000-5eed-8002-8001-000000000001	STG-000023	ravi.s@example.org	Ravi Subramanian	CANCELLED	PAYPAL	39.00	0.00	0.00	39.00	-20 days 02:52:09
00000000-5eed-8003-8001-000000000024	00000000-5eed-8002-8001-000000000002	STG-000024	kenji.watanabe@example.net	Kenji Watanabe	PROCESSING	PAYPAL	59.00	0.00	0.00	59.00	-22 days 00:35:16
00000000-5eed-8003-8001-000000000025	00000000-5eed-8002-8001-000000000002	STG-000025	hannah.lee@example.net	Hannah Lee	PROCESSING	CARD	118.00	4.99	0.00	122.99	-24 days 03:52:23
00000000-5eed-8003-8001-000000000026	00000000-5eed-8002-8001-000000000001	STG-000026	hannah.lee@example.net	Hannah Lee	CONFIRMED	CARD	39.00	0.00	0.00	39.00	-18 days 16:26:34
00000000-5eed-8003-8001-000000000027	00000000-5eed-8002-8001-000000000002	STG-000027	amara.okafor@example.com	Amara Okafor	DELIVERED	CARD	59.00	4.99	0.00	63.99	-1 days 22:27:30
00000000-5eed-8003-8001-000000000028	00000000-5eed-8002-8001-000000000002	STG-000028	darcy.whitfield@example.org	D'Arcy Whitfield	REFUNDED	CARD	117.00	4.99	0.00	121.99	-25 days 00:04:45
00000000-5eed-8003-8001-000000000029	00000000-5eed-8002-8001-000000000002	STG-000029	amara.okafor@example.com	Amara Okafor	DELIVERED	CARD	59.00	4.99	0.00	63.99	-13 days 00:14:09
00000000-5eed-8003-8001-000000000030	00000000-5eed-8002-8001-000000000001	STG-000030	lukasz.wojcik@example.com	Łukasz Wójcik	CANCELLED	CARD	68.00	4.99	0.00	72.99	-5 days 08:24:38
00000000-5eed-8003-8001-000000000031	00000000-5eed-8002-8001-000000000001	STG-000031	bjorn.odegaard@example.com	Björn Ødegaard	DELIVERED	CARD	39.00	4.99	0.00	43.99	-9 days 04:19:24
00000000-5eed-8003-8001-000000000032	00000000-5eed-8002-8001-000000000002	STG-000032	lukasz.wojcik@example.com	Łukasz Wójcik	PROCESSING	CARD	118.00	4.99	5.00	117.99	-1 days 15:50:34
00000000-5eed-8003-8001-000000000033	00000000-5eed-8002-8001-000000000002	STG-000033	bjorn.odegaard@example.com	Björn Ødegaard	CONFIRMED	CARD	118.00	4.99	5.00	117.99	-2 days 13:17:42
00000000-5eed-8003-8001-000000000034	00000000-5eed-8002-8001-000000000001	STG-000034	amara.okafor@example.com	Amara Okafor	SHIPPED	CARD	97.00	4.99	5.00	96.99	-30 days 01:56:08
00000000-5eed-8003-8001-000000000035	00000000-5eed-8002-8001-000000000002	STG-000035	lukasz.wojcik@example.com	Łukasz Wójcik	DELIVERED	PAYPAL	157.00	4.99	0.00	161.99	-6 days 19:43:10
00000000-5eed-8003-8001-000000000036	00000000-5eed-8002-8001-000000000001	STG-000036	amara.okafor@example.com	Amara Okafor	CANCELLED	CARD	39.00	4.99	5.00	38.99	-20 days 02:34:29
00000000-5eed-8003-8001-000000000037	00000000-5eed-8002-8001-000000000002	STG-000037	kenji.watanabe@example.net	Kenji Watanabe	SHIPPED	CARD	98.00	0.00	0.00	98.00	-20 days 14:37:21
00000000-5eed-8003-8001-000000000038	00000000-5eed-8002-8001-000000000001	STG-000038	zoe.lefevre@example.com	Zoë Lefèvre	CANCELLED	CARD	78.00	4.99	0.00	82.99	-29 days 09:45:58
00000000-5eed-8003-8001-000000000039	00000000-5eed-8002-8001-000000000002	STG-000039	hannah.lee@example.net	Hannah Lee	DELIVERED	CARD	98.00	0.00	5.00	93.00	-14 days 17:25:35
00000000-5eed-8003-8001-000000000040	00000000-5eed-8002-8001-000000000001	STG-000040	jose.nunez@example.com	José Núñez	CANCELLED	PAYPAL	78.00	4.99	0.00	82.99	-26 days 17:36:34
00000000-5eed-8003-8001-000000000041	00000000-5eed-8002-8001-000000000002	STG-000041	chloe.dubois@example.com	Chloé Dubois-O'Neil	DELIVERED	CARD	59.00	0.00	0.00	59.00	-21 days 03:02:45
00000000-5eed-8003-8001-000000000042	00000000-5eed-8002-8001-000000000002	STG-000042	darcy.whitfield@example.org	D'Arcy Whitfield	DELIVERED	PAYPAL	59.00	0.00	0.00	59.00	-27 days 00:02:53
00000000-5eed-8003-8001-000000000043	00000000-5eed-8002-8001-000000000001	STG-000043	darcy.whitfield@example.org	D'Arcy Whitfield	CANCELLED	CARD	39.00	0.00	5.00	34.00	-13 days 07:20:46
00000000-5eed-8003-8001-000000000044	00000000-5eed-8002-8001-000000000002	STG-000044	mia.schroeder@example.net	Mia Schröder	REFUNDED	CARD	59.00	0.00	5.00	54.00	-25 days 08:52:19
00000000-5eed-8003-8001-000000000045	00000000-5eed-8002-8001-000000000001	STG-000045	zoe.lefevre@example.com	Zoë Lefèvre	REFUNDED	CARD	39.00	4.99	0.00	43.99	-20 days 06:40:33
00000000-5eed-8003-8001-000000000046	00000000-5eed-8002-8001-000000000001	STG-000046	lukasz.wojcik@example.com	Łukasz Wójcik	DELIVERED	CARD	78.00	0.00	0.00	78.00	-29 days 12:09:19
00000000-5eed-8003-8001-000000000047	00000000-5eed-8002-8001-000000000001	STG-000047	siobhan.obrien@example.com	Siobhán O'Brien	DELIVERED	CARD	39.00	4.99	0.00	43.99	-21 days 01:14:18
00000000-5eed-8003-8001-000000000048	00000000-5eed-8002-8001-000000000002	STG-000048	amara.okafor@example.com	Amara Okafor	DELIVERED	CARD	59.00	0.00	0.00	59.00	-3 days 16:34:38
00000000-5eed-8003-8001-000000000049	00000000-5eed-8002-8001-000000000002	STG-000049	lukasz.wojcik@example.com	Łukasz Wójcik	PENDING	CARD	59.00	4.99	0.00	63.99	-27 days 02:24:00
00000000-5eed-8003-8001-000000000050	00000000-5eed-8002-8001-000000000001	STG-000050	darcy.whitfield@example.org	D'Arcy Whitfield	REFUNDED	CARD	39.00	4.99	0.00	43.99	-30 days 13:01:43
00000000-5eed-8003-8001-000000000051	00000000-5eed-8002-8001-000000000001	STG-000051	jose.nunez@example.com	José Núñez	SHIPPED	PAYPAL	68.00	4.99	0.00	72.99	-16 days 05:12:04
00000000-5eed-8003-8001-000000000052	00000000-5eed-8002-8001-000000000001	STG-000052	ravi.s@example.org	Ravi Subramanian	CANCELLED	CARD	157.00	4.99	5.00	156.99	-30 days 06:52:22
00000000-5eed-8003-8001-000000000053	00000000-5eed-8002-8001-000000000001	STG-000053	kenji.watanabe@example.net	Kenji Watanabe	DELIVERED	CARD	39.00	4.99	0.00	43.99	-22 days 06:41:17
00000000-5eed-8003-8001-000000000054	00000000-5eed-8002-8001-000000000001	STG-000054	lukasz.wojcik@example.com	Łukasz Wójcik	PENDING	CARD	107.00	4.99	0.00	111.99	-20 days 05:42:50
00000000-5eed-8003-8001-000000000055	00000000-5eed-8002-8001-000000000002	STG-000055	mia.schroeder@example.net	Mia Schröder	DELIVERED	CARD	59.00	4.99	0.00	63.99	-29 days 08:03:43
00000000-5eed-8003-8001-000000000056	00000000-5eed-8002-8001-000000000002	STG-000056	jose.nunez@example.com	José Núñez	PROCESSING	CARD	59.00	4.99	5.00	58.99	-7 days 15:09:59
00000000-5eed-8003-8001-000000000057	00000000-5eed-8002-8001-000000000002	STG-000057	zoe.lefevre@example.com	Zoë Lefèvre	REFUNDED	PAYPAL	59.00	4.99	5.00	58.99	-6 days 11:12:39
00000000-5eed-8003-8001-000000000058	00000000-5eed-8002-8001-000000000001	STG-000058	kenji.watanabe@example.net	Kenji Watanabe	PROCESSING	CARD	39.00	4.99	0.00	43.99	-11 days 02:37:46
00000000-5eed-8003-8001-000000000059	00000000-5eed-8002-8001-000000000001	STG-000059	amara.okafor@example.com	Amara Okafor	PENDING	CARD	39.00	4.99	0.00	43.99	-25 days 02:19:08
00000000-5eed-8003-8001-000000000060	00000000-5eed-8002-8001-000000000002	STG-000060	siobhan.obrien@example.com	Siobhán O'Brien	SHIPPED	PAYPAL	59.00	4.99	0.00	63.99	-15 days 21:02:43
00000000-5eed-8003-8001-000000000061	00000000-5eed-8002-8001-000000000001	STG-000061	lukasz.wojcik@example.com	Łukasz Wójcik	CONFIRMED	CARD	68.00	4.99	0.00	72.99	-15 days 10:38:08
00000000-5eed-8003-8001-000000000062	00000000-5eed-8002-8001-000000000001	STG-000062	lukasz.wojcik@example.com	Łukasz Wójcik	DELIVERED	PAYPAL	39.00	0.00	0.00	39.00	-4 days 16:07:47
00000000-5eed-8003-8001-000000000063	00000000-5eed-8002-8001-000000000002	STG-000063	darcy.whitfield@example.org	D'Arcy Whitfield	CANCELLED	CARD	59.00	4.99	5.00	58.99	-1 days 20:55:58
00000000-5eed-8003-8001-000000000064	00000000-5eed-8002-8001-000000000002	STG-000064	jose.nunez@example.com	José Núñez	DELIVERED	CARD	59.00	4.99	0.00	63.99	-28 days 17:42:26
00000000-5eed-8003-8001-000000000065	00000000-5eed-8002-8001-000000000001	STG-000065	darcy.whitfield@example.org	D'Arcy Whitfield	PENDING	PAYPAL	39.00	0.00	0.00	39.00	-4 days 09:44:47
00000000-5eed-8003-8001-000000000066	00000000-5eed-8002-8001-000000000002	STG-000066	hannah.lee@example.net	Hannah Lee	DELIVERED	CARD	59.00	4.99	5.00	58.99	-15 days 11:47:18
00000000-5eed-8003-8001-000000000067	00000000-5eed-8002-8001-000000000002	STG-000067	mia.schroeder@example.net	Mia Schröder	CONFIRMED	CARD	147.00	4.99	5.00	146.99	-30 days 07:28:27
00000000-5eed-8003-8001-000000000068	00000000-5eed-8002-8001-000000000001	STG-000068	mia.schroeder@example.net	Mia Schröder	PENDING	PAYPAL	39.00	4.99	0.00	43.99	-14 days 05:19:50
00000000-5eed-8003-8001-000000000069	00000000-5eed-8002-8001-000000000001	STG-000069	bjorn.odegaard@example.com	Björn Ødegaard	DELIVERED	PAYPAL	39.00	4.99	0.00	43.99	-10 days 21:19:02
00000000-5eed-8003-8001-000000000070	00000000-5eed-8002-8001-000000000001	STG-000070	jose.nunez@example.com	José Núñez	PENDING	CARD	39.00	4.99	0.00	43.99	-13 days 20:14:19
00000000-5eed-8003-8001-000000000071	00000000-5eed-8002-8001-000000000002	STG-000071	bjorn.odegaard@example.com	Björn Ødegaard	PENDING	CARD	88.00	4.99	0.00	92.99	-17 days 11:33:58
00000000-5eed-8003-8001-000000000072	00000000-5eed-8002-8001-000000000002	STG-000072	ravi.s@example.org	Ravi Subramanian	DELIVERED	CARD	59.00	0.00	0.00	59.00	-19 days 17:50:26
00000000-5eed-8003-8001-000000000073	00000000-5eed-8002-8001-000000000002	STG-000073	ravi.s@example.org	Ravi Subramanian	PENDING	PAYPAL	59.00	4.99	0.00	63.99	-24 days 21:13:34
00000000-5eed-8003-8001-000000000074	00000000-5eed-8002-8001-000000000001	STG-000074	mia.schroeder@example.net	Mia Schröder	CONFIRMED	PAYPAL	78.00	0.00	0.00	78.00	-26 days 07:27:33
00000000-5eed-8003-8001-000000000075	00000000-5eed-8002-8001-000000000002	STG-000075	ravi.s@example.org	Ravi Subramanian	DELIVERED	CARD	59.00	4.99	0.00	63.99	-28 days 00:24:42
00000000-5eed-8003-8001-000000000076	00000000-5eed-8002-8001-000000000001	STG-000076	siobhan.obrien@example.com	Siobhán O'Brien	PROCESSING	CARD	98.00	4.99	5.00	97.99	-26 days 16:49:59
00000000-5eed-8003-8001-000000000077	00000000-5eed-8002-8001-000000000001	STG-000077	chloe.dubois@example.com	Chloé Dubois-O'Neil	SHIPPED	CARD	39.00	0.00	0.00	39.00	-5 days 01:29:50
00000000-5eed-8003-8001-000000000078	00000000-5eed-8002-8001-000000000001	STG-000078	lukasz.wojcik@example.com	Łukasz Wójcik	DELIVERED	CARD	78.00	4.99	0.00	82.99	-16 days 22:08:02
00000000-5eed-8003-8001-000000000079	00000000-5eed-8002-8001-000000000001	STG-000079	jose.nunez@example.com	José Núñez	CONFIRMED	CARD	39.00	4.99	0.00	43.99	-23 days 10:52:02
00000000-5eed-8003-8001-000000000080	00000000-5eed-8002-8001-000000000001	STG-000080	hannah.lee@example.net	Hannah Lee	PENDING	CARD	39.00	4.99	0.00	43.99	-15 days 03:29:55
00000000-5eed-8003-8001-000000000081	00000000-5eed-8002-8001-000000000001	STG-000081	mia.schroeder@example.net	Mia Schröder	PROCESSING	CARD	39.00	0.00	0.00	39.00	-27 days 09:06:55
00000000-5eed-8003-8001-000000000082	00000000-5eed-8002-8001-000000000002	STG-000082	ravi.s@example.org	Ravi Subramanian	PROCESSING	CARD	137.00	0.00	0.00	137.00	-24 days 18:43:30
00000000-5eed-8003-8001-000000000083	00000000-5eed-8002-8001-000000000001	STG-000083	hannah.lee@example.net	Hannah Lee	CONFIRMED	CARD	39.00	4.99	0.00	43.99	-23 days 21:05:43
00000000-5eed-8003-8001-000000000084	00000000-5eed-8002-8001-000000000001	STG-000084	amara.okafor@example.com	Amara Okafor	CANCELLED	CARD	39.00	4.99	0.00	43.99	-30 days 06:32:08
00000000-5eed-8003-8001-000000000085	00000000-5eed-8002-8001-000000000001	STG-000085	hannah.lee@example.net	Hannah Lee	PENDING	CARD	39.00	4.99	0.00	43.99	-11 days 05:20:33
00000000-5eed-8003-8001-000000000086	00000000-5eed-8002-8001-000000000002	STG-000086	mia.schroeder@example.net	Mia Schröder	CANCELLED	CARD	137.00	0.00	5.00	132.00	-1 days 19:14:39
00000000-5eed-8003-8001-000000000087	00000000-5eed-8002-8001-000000000002	STG-000087	kenji.watanabe@example.net	Kenji Watanabe	DELIVERED	CARD	59.00	0.00	0.00	59.00	-23 days 03:52:25
00000000-5eed-8003-8001-000000000088	00000000-5eed-8002-8001-000000000002	STG-000088	hannah.lee@example.net	Hannah Lee	DELIVERED	CARD	137.00	4.99	0.00	141.99	-14 days 13:06:00
00000000-5eed-8003-8001-000000000089	00000000-5eed-8002-8001-000000000001	STG-000089	lukasz.wojcik@example.com	Łukasz Wójcik	CONFIRMED	CARD	78.00	4.99	0.00	82.99	-11 days 06:18:21
00000000-5eed-8003-8001-000000000090	00000000-5eed-8002-8001-000000000002	STG-000090	bjorn.odegaard@example.com	Björn Ødegaard	PROCESSING	CARD	59.00	4.99	0.00	63.99	-8 days 09:39:17
00000000-5eed-8003-8001-000000000091	00000000-5eed-8002-8001-000000000002	STG-000091	jose.nunez@example.com	José Núñez	DELIVERED	PAYPAL	196.00	4.99	0.00	200.99	-16 days 18:43:30
00000000-5eed-8003-8001-000000000092	00000000-5eed-8002-8001-000000000001	STG-000092	lukasz.wojcik@example.com	Łukasz Wójcik	CANCELLED	PAYPAL	39.00	4.99	0.00	43.99	-27 days 09:10:36
00000000-5eed-8003-8001-000000000093	00000000-5eed-8002-8001-000000000002	STG-000093	darcy.whitfield@example.org	D'Arcy Whitfield	REFUNDED	PAYPAL	59.00	0.00	0.00	59.00	-3 days 00:41:14
00000000-5eed-8003-8001-000000000094	00000000-5eed-8002-8001-000000000002	STG-000094	darcy.whitfield@example.org	D'Arcy Whitfield	PENDING	CARD	59.00	4.99	0.00	63.99	-27 days 09:27:48
00000000-5eed-8003-8001-000000000095	00000000-5eed-8002-8001-000000000002	STG-000095	lukasz.wojcik@example.com	Łukasz Wójcik	DELIVERED	CARD	118.00	4.99	0.00	122.99	-2 days 03:42:24
00000000-5eed-8003-8001-000000000096	00000000-5eed-8002-8001-000000000002	STG-000096	kenji.watanabe@example.net	Kenji Watanabe	CONFIRMED	CARD	59.00	0.00	5.00	54.00	-28 days 21:24:50
00000000-5eed-8003-8001-000000000097	00000000-5eed-8002-8001-000000000001	STG-000097	darcy.whitfield@example.org	D'Arcy Whitfield	REFUNDED	CARD	39.00	4.99	0.00	43.99	-24 days 05:09:35
00000000-5eed-8003-8001-000000000098	00000000-5eed-8002-8001-000000000001	STG-000098	kenji.watanabe@example.net	Kenji Watanabe	CANCELLED	CARD	39.00	4.99	0.00	43.99	-14 days 17:41:12
00000000-5eed-8003-8001-000000000099	00000000-5eed-8002-8001-000000000001	STG-000099	jose.nunez@example.com	José Núñez	SHIPPED	CARD	157.00	4.99	0.00	161.99	-9 days 14:30:57
00000000-5eed-8003-8001-000000000100	00000000-5eed-8002-8001-000000000001	STG-000100	darcy.whitfield@example.org	D'Arcy Whitfield	CANCELLED	CARD	97.00	4.99	0.00	101.99	-17 days 08:03:05
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Order" AS t (
        "id", "sellerId", "sellpageId", "orderNumber", "customerEmail", "customerName", "status"
        , "paymentMethod", "subtotal", "shippingFee", "discount", "total", "createdAt"
        , "updatedAt"
    )
    SELECT
        v."id"
        , '00000000-5eed-8001-8002-000000000001'::uuid
        , v."sellpageId"
        , v."orderNumber"::text
        , v."customerEmail"::text
        , v."customerName"::text
        , v."status"
        , v."paymentMethod"
        , v."subtotal"::numeric(12, 2)
        , v."shippingFee"::numeric(12, 2)
        , v."discount"::numeric(12, 2)
        , v."total"::numeric(12, 2)
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Order" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "sellerId" = excluded."sellerId"
            , "sellpageId" = excluded."sellpageId"
            , "orderNumber" = excluded."orderNumber"
            , "customerEmail" = excluded."customerEmail"
            , "customerName" = excluded."customerName"
            , "status" = excluded."status"
            , "paymentMethod" = excluded."paymentMethod"
            , "subtotal" = excluded."subtotal"
            , "shippingFee" = excluded."shippingFee"
            , "discount" = excluded."discount"
            , "total" = excluded."total"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."sellerId", t."sellpageId", t."orderNumber", t."customerEmail", t."customerName"
            , t."status", t."paymentMethod", t."subtotal", t."shippingFee", t."discount", t."total"
            , t."createdAt"
        ) IS DISTINCT FROM (
            excluded."sellerId", excluded."sellpageId", excluded."orderNumber"
            , excluded."customerEmail", excluded."customerName", excluded."status"
            , excluded."paymentMethod", excluded."subtotal", excluded."shippingFee"
            , excluded."discount", excluded."total", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Order' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Order") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Order'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('sellerId', (u.restored)."sellerId" IS DISTINCT FROM o."sellerId")
                                , ('sellpageId', (u.restored)."sellpageId" IS DISTINCT FROM o."sellpageId")
                                , ('orderNumber', (u.restored)."orderNumber" IS DISTINCT FROM o."orderNumber")
                                , ('customerEmail', (u.restored)."customerEmail" IS DISTINCT FROM o."customerEmail")
                                , ('customerName', (u.restored)."customerName" IS DISTINCT FROM o."customerName")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('paymentMethod', (u.restored)."paymentMethod" IS DISTINCT FROM o."paymentMethod")
                                , ('subtotal', (u.restored)."subtotal" IS DISTINCT FROM o."subtotal")
                                , ('shippingFee', (u.restored)."shippingFee" IS DISTINCT FROM o."shippingFee")
                                , ('discount', (u.restored)."discount" IS DISTINCT FROM o."discount")
                                , ('total', (u.restored)."total" IS DISTINCT FROM o."total")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Order" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "OrderItem", its rows
CREATE TEMPORARY TABLE "seed_OrderItem" ON COMMIT DROP AS
SELECT
    t."id"
    , t."orderId"
    , NULL::text AS "productId"
    , NULL::integer AS "quantity"
    , NULL::numeric AS "unitPrice"
    , NULL::numeric AS "lineTotal"
    , NULL::interval AS "createdAt"
FROM "OrderItem" AS t
WITH NO DATA;

COPY "seed_OrderItem" (
    "id", "orderId", "productId", "quantity", "unitPrice", "lineTotal", "createdAt"
) FROM STDIN;
00000000-5eed-8003-8002-000000000101	00000000-5eed-8003-8001-000000000001	MOUSE-001	1	39.00	39.00	-28 days 01:55:41
00000000-5eed-8003-8002-000000000201	00000000-5eed-8003-8001-000000000002	MOUSE-001	1	39.00	39.00	-6 days 05:42:11
00000000-5eed-8003-8002-000000000301	00000000-5eed-8003-8001-000000000003	MOUSE-001	1	39.00	39.00	-10 days 03:52:33
00000000-5eed-8003-8002-000000000302	00000000-5eed-8003-8001-000000000003	DESKPAD-001	1	29.00	29.00	-10 days 03:52:33
00000000-5eed-8003-8002-000000000401	00000000-5eed-8003-8001-000000000004	MOUSE-001	1	39.00	39.00	-14 days 15:36:42
00000000-5eed-8003-8002-000000000501	00000000-5eed-8003-8001-000000000005	MOUSE-001	1	39.00	39.00	-4 days 05:42:12
00000000-5eed-8003-8002-000000000502	00000000-5eed-8003-8001-000000000005	STAND-001	2	59.00	118.00	-4 days 05:42:12
00000000-5eed-8003-8002-000000000601	00000000-5eed-8003-8001-000000000006	MOUSE-001	1	39.00	39.00	-20 days 17:44:21
00000000-5eed-8003-8002-000000000701	00000000-5eed-8003-8001-000000000007	MOUSE-001	1	39.00	39.00	-8 days 06:11:43
00000000-5eed-8003-8002-000000000801	00000000-5eed-8003-8001-000000000008	MOUSE-001	1	39.00	39.00	-17 days 01:33:06
00000000-5eed-8003-8002-000000000802	00000000-5eed-8003-8001-000000000008	DESKPAD-001	1	29.00	29.00	-17 days 01:33:06
00000000-5eed-8003-8002-000000000901	00000000-5eed-8003-8001-000000000009	STAND-001	2	59.00	118.00	-24 days 08:39:27
00000000-5eed-8003-8002-000000000902	00000000-5eed-8003-8001-000000000009	DESKPAD-001	1	29.00	29.00	-24 days 08:39:27
00000000-5eed-8003-8002-000000001001	00000000-5eed-8003-8001-000000000010	STAND-001	1	59.00	59.00	-6 days 15:56:37
00000000-5eed-8003-8002-000000001101	00000000-5eed-8003-8001-000000000011	MOUSE-001	1	39.00	39.00	-9 days 03:57:08
00000000-5eed-8003-8002-000000001201	00000000-5eed-8003-8001-000000000012	STAND-001	1	59.00	59.00	-19 days 15:19:49
00000000-5eed-8003-8002-000000001301	00000000-5eed-8003-8001-000000000013	STAND-001	2	59.00	118.00	-6 days 21:25:17
00000000-5eed-8003-8002-000000001401	00000000-5eed-8003-8001-000000000014	MOUSE-001	2	39.00	78.00	-8 days 06:34:18
00000000-5eed-8003-8002-000000001402	00000000-5eed-8003-8001-000000000014	DESKPAD-001	2	29.00	58.00	-8 days 06:34:18
00000000-5eed-8003-8002-000000001501	00000000-5eed-8003-8001-000000000015	MOUSE-001	1	39.00	39.00	-19 days 08:40:00
00000000-5eed-8003-8002-000000001502	00000000-5eed-8003-8001-000000000015	DESKPAD-001	1	29.00	29.00	-19 days 08:40:00
00000000-5eed-8003-8002-000000001601	00000000-5eed-8003-8001-000000000016	MOUSE-001	1	39.00	39.00	-10 days 08:36:02
00000000-5eed-8003-8002-000000001701	00000000-5eed-8003-8001-000000000017	MOUSE-001	1	39.00	39.00	-21 days 19:59:49
00000000-5eed-8003-8002-000000001702	00000000-5eed-8003-8001-000000000017	STAND-001	2	59.00	118.00	-21 days 19:59:49
00000000-5eed-8003-8002-000000001801	00000000-5eed-8003-8001-000000000018	MOUSE-001	1	39.00	39.00	-28 days 00:39:23
00000000-5eed-8003-8002-000000001901	00000000-5eed-8003-8001-000000000019	STAND-001	1	59.00	59.00	-12 days 16:36:22
00000000-5eed-8003-8002-000000002001	00000000-5eed-8003-8001-000000000020	MOUSE-001	2	39.00	78.00	-3 days 20:49:47
00000000-5eed-8003-8002-000000002101	00000000-5eed-8003-8001-000000000021	STAND-001	1	59.00	59.00	-30 days 03:33:37
00000000-5eed-8003-8002-000000002201	00000000-5eed-8003-8001-000000000022	MOUSE-001	1	39.00	39.00	-6 days 18:57:43
00000000-5eed-8003-8002-000000002301	00000000-5eed-8003-8001-000000000023	MOUSE-001	1	39.00	39.00	-20 days 02:52:09
00000000-5eed-8003-8002-000000002401	00000000-5eed-8003-8001-000000000024	STAND-001	1	59.00	59.00	-22 days 00:35:16
00000000-5eed-8003-8002-000000002501	00000000-5eed-8003-8001-000000000025	STAND-001	2	59.00	118.00	-24 days 03:52:23
00000000-5eed-8003-8002-000000002601	00000000-5eed-8003-8001-000000000026	MOUSE-001	1	39.00	39.00	-18 days 16:26:34
00000000-5eed-8003-8002-000000002701	00000000-5eed-8003-8001-000000000027	STAND-001	1	59.00	59.00	-1 days 22:27:30
00000000-5eed-8003-8002-000000002801	00000000-5eed-8003-8001-000000000028	STAND-001	1	59.00	59.00	-25 days 00:04:45
00000000-5eed-8003-8002-000000002802	00000000-5eed-8003-8001-000000000028	DESKPAD-001	2	29.00	58.00	-25 days 00:04:45
00000000-5eed-8003-8002-000000002901	00000000-5eed-8003-8001-000000000029	STAND-001	1	59.00	59.00	-13 days 00:14:09
00000000-5eed-8003-8002-000000003001	00000000-5eed-8003-8001-000000000030	MOUSE-001	1	39.00	39.00	-5 days 08:24:38
00000000-5eed-8003-8002-000000003002	00000000-5eed-8003-8001-000000000030	DESKPAD-001	1	29.00	29.00	-5 days 08:24:38
00000000-5eed-8003-8002-000000003101	00000000-5eed-8003-8001-000000000031	MOUSE-001	1	39.00	39.00	-9 days 04:19:24
00000000-5eed-8003-8002-000000003201	00000000-5eed-8003-8001-000000000032	STAND-001	2	59.00	118.00	-1 days 15:50:34
00000000-5eed-8003-8002-000000003301	00000000-5eed-8003-8001-000000000033	STAND-001	2	59.00	118.00	-2 days 13:17:42
00000000-5eed-8003-8002-000000003401	00000000-5eed-8003-8001-000000000034	MOUSE-001	1	39.00	39.00	-30 days 01:56:08
00000000-5eed-8003-8002-000000003402	00000000-5eed-8003-8001-000000000034	DESKPAD-001	2	29.00	58.00	-30 days 01:56:08
00000000-5eed-8003-8002-000000003501	00000000-5eed-8003-8001-000000000035	STAND-001	2	59.00	118.00	-6 days 19:43:10
00000000-5eed-8003-8002-000000003502	00000000-5eed-8003-8001-000000000035	MOUSE-001	1	39.00	39.00	-6 days 19:43:10
00000000-5eed-8003-8002-000000003601	00000000-5eed-8003-8001-000000000036	MOUSE-001	1	39.00	39.00	-20 days 02:34:29
00000000-5eed-8003-8002-000000003701	00000000-5eed-8003-8001-000000000037	STAND-001	1	59.00	59.00	-20 days 14:37:21
00000000-5eed-8003-8002-000000003702	00000000-5eed-8003-8001-000000000037	MOUSE-001	1	39.00	39.00	-20 days 14:37:21
00000000-5eed-8003-8002-000000003801	00000000-5eed-8003-8001-000000000038	MOUSE-001	2	39.00	78.00	-29 days 09:45:58
00000000-5eed-8003-8002-000000003901	00000000-5eed-8003-8001-000000000039	STAND-001	1	59.00	59.00	-14 days 17:25:35
00000000-5eed-8003-8002-000000003902	00000000-5eed-8003-8001-000000000039	MOUSE-001	1	39.00	39.00	-14 days 17:25:35
00000000-5eed-8003-8002-000000004001	00000000-5eed-8003-8001-000000000040	MOUSE-001	2	39.00	78.00	-26 days 17:36:34
00000000-5eed-8003-8002-000000004101	00000000-5eed-8003-8001-000000000041	STAND-001	1	59.00	59.00	-21 days 03:02:45
00000000-5eed-8003-8002-000000004201	00000000-5eed-8003-8001-000000000042	STAND-001	1	59.00	59.00	-27 days 00:02:53
00000000-5eed-8003-8002-000000004301	00000000-5eed-8003-8001-000000000043	MOUSE-001	1	39.00	39.00	-13 days 07:20:46
00000000-5eed-8003-8002-000000004401	00000000-5eed-8003-8001-000000000044	STAND-001	1	59.00	59.00	-25 days 08:52:19
00000000-5eed-8003-8002-000000004501	00000000-5eed-8003-8001-000000000045	MOUSE-001	1	39.00	39.00	-20 days 06:40:33
00000000-5eed-8003-8002-000000004601	00000000-5eed-8003-8001-000000000046	MOUSE-001	2	39.00	78.00	-29 days 12:09:19
00000000-5eed-8003-8002-000000004701	00000000-5eed-8003-8001-000000000047	MOUSE-001	1	39.00	39.00	-21 days 01:14:18
00000000-5eed-8003-8002-000000004801	00000000-5eed-8003-8001-000000000048	STAND-001	1	59.00	59.00	-3 days 16:34:38
00000000-5eed-8003-8002-000000004901	00000000-5eed-8003-8001-000000000049	STAND-001	1	59.00	59.00	-27 days 02:24:00
00000000-5eed-8003-8002-000000005001	00000000-5eed-8003-8001-000000000050	MOUSE-001	1	39.00	39.00	-30 days 13:01:43
00000000-5eed-8003-8002-000000005101	00000000-5eed-8003-8001-000000000051	MOUSE-001	1	39.00	39.00	-16 days 05:12:04
00000000-5eed-8003-8002-000000005102	00000000-5eed-8003-8001-000000000051	DESKPAD-001	1	29.00	29.00	-16 days 05:12:04
00000000-5eed-8003-8002-000000005201	00000000-5eed-8003-8001-000000000052	MOUSE-001	1	39.00	39.00	-30 days 06:52:22
00000000-5eed-8003-8002-000000005202	00000000-5eed-8003-8001-000000000052	STAND-001	2	59.00	118.00	-30 days 06:52:22
00000000-5eed-8003-8002-000000005301	00000000-5eed-8003-8001-000000000053	MOUSE-001	1	39.00	39.00	-22 days 06:41:17
00000000-5eed-8003-8002-000000005401	00000000-5eed-8003-8001-000000000054	MOUSE-001	2	39.00	78.00	-20 days 05:42:50
00000000-5eed-8003-8002-000000005402	00000000-5eed-8003-8001-000000000054	DESKPAD-001	1	29.00	29.00	-20 days 05:42:50
00000000-5eed-8003-8002-000000005501	00000000-5eed-8003-8001-000000000055	STAND-001	1	59.00	59.00	-29 days 08:03:43
00000000-5eed-8003-8002-000000005601	00000000-5eed-8003-8001-000000000056	STAND-001	1	59.00	59.00	-7 days 15:09:59
00000000-5eed-8003-8002-000000005701	00000000-5eed-8003-8001-000000000057	STAND-001	1	59.00	59.00	-6 days 11:12:39
00000000-5eed-8003-8002-000000005801	00000000-5eed-8003-8001-000000000058	MOUSE-001	1	39.00	39.00	-11 days 02:37:46
00000000-5eed-8003-8002-000000005901	00000000-5eed-8003-8001-000000000059	MOUSE-001	1	39.00	39.00	-25 days 02:19:08
00000000-5eed-8003-8002-000000006001	00000000-5eed-8003-8001-000000000060	STAND-001	1	59.00	59.00	-15 days 21:02:43
00000000-5eed-8003-8002-000000006101	00000000-5eed-8003-8001-000000000061	MOUSE-001	1	39.00	39.00	-15 days 10:38:08
00000000-5eed-8003-8002-000000006102	00000000-5eed-8003-8001-000000000061	DESKPAD-001	1	29.00	29.00	-15 days 10:38:08
00000000-5eed-8003-8002-000000006201	00000000-5eed-8003-8001-000000000062	MOUSE-001	1	39.00	39.00	-4 days 16:07:47
00000000-5eed-8003-8002-000000006301	00000000-5eed-8003-8001-000000000063	STAND-001	1	59.00	59.00	-1 days 20:55:58
00000000-5eed-8003-8002-000000006401	00000000-5eed-8003-8001-000000000064	STAND-001	1	59.00	59.00	-28 days 17:42:26
00000000-5eed-8003-8002-000000006501	00000000-5eed-8003-8001-000000000065	MOUSE-001	1	39.00	39.00	-4 days 09:44:47
00000000-5eed-8003-8002-000000006601	00000000-5eed-8003-8001-000000000066	STAND-001	1	59.00	59.00	-15 days 11:47:18
00000000-5eed-8003-8002-000000006701	00000000-5eed-8003-8001-000000000067	STAND-001	2	59.00	118.00	-30 days 07:28:27
00000000-5eed-8003-8002-000000006702	00000000-5eed-8003-8001-000000000067	DESKPAD-001	1	29.00	29.00	-30 days 07:28:27
00000000-5eed-8003-8002-000000006801	00000000-5eed-8003-8001-000000000068	MOUSE-001	1	39.00	39.00	-14 days 05:19:50
00000000-5eed-8003-8002-000000006901	00000000-5eed-8003-8001-000000000069	MOUSE-001	1	39.00	39.00	-10 days 21:19:02
00000000-5eed-8003-8002-000000007001	00000000-5eed-8003-8001-000000000070	MOUSE-001	1	39.00	39.00	-13 days 20:14:19
00000000-5eed-8003-8002-000000007101	00000000-5eed-8003-8001-000000000071	STAND-001	1	59.00	59.00	-17 days 11:33:58
00000000-5eed-8003-8002-000000007102	00000000-5eed-8003-8001-000000000071	DESKPAD-001	1	29.00	29.00	-17 days 11:33:58
00000000-5eed-8003-8002-000000007201	00000000-5eed-8003-8001-000000000072	STAND-001	1	59.00	59.00	-19 days 17:50:26
00000000-5eed-8003-8002-000000007301	00000000-5eed-8003-8001-000000000073	STAND-001	1	59.00	59.00	-24 days 21:13:34
00000000-5eed-8003-8002-000000007401	00000000-5eed-8003-8001-000000000074	MOUSE-001	2	39.00	78.00	-26 days 07:27:33
00000000-5eed-8003-8002-000000007501	00000000-5eed-8003-8001-000000000075	STAND-001	1	59.00	59.00	-28 days 00:24:42
00000000-5eed-8003-8002-000000007601	00000000-5eed-8003-8001-000000000076	MOUSE-001	1	39.00	39.00	-26 days 16:49:59
00000000-5eed-8003-8002-000000007602	00000000-5eed-8003-8001-000000000076	STAND-001	1	59.00	59.00	-26 days 16:49:59
00000000-5eed-8003-8002-000000007701	00000000-5eed-8003-8001-000000000077	MOUSE-001	1	39.00	39.00	-5 days 01:29:50
00000000-5eed-8003-8002-000000007801	00000000-5eed-8003-8001-000000000078	MOUSE-001	2	39.00	78.00	-16 days 22:08:02
00000000-5eed-8003-8002-000000007901	00000000-5eed-8003-8001-000000000079	MOUSE-001	1	39.00	39.00	-23 days 10:52:02
00000000-5eed-8003-8002-000000008001	00000000-5eed-8003-8001-000000000080	MOUSE-001	1	39.00	39.00	-15 days 03:29:55
00000000-5eed-8003-8002-000000008101	00000000-5eed-8003-8001-000000000081	MOUSE-001	1	39.00	39.00	-27 days 09:06:55
00000000-5eed-8003-8002-000000008201	00000000-5eed-8003-8001-000000000082	STAND-001	1	59.00	59.00	-24 days 18:43:30
00000000-5eed-8003-8002-000000008202	00000000-5eed-8003-8001-000000000082	MOUSE-001	2	39.00	78.00	-24 days 18:43:30
00000000-5eed-8003-8002-000000008301	00000000-5eed-8003-8001-000000000083	MOUSE-001	1	39.00	39.00	-23 days 21:05:43
00000000-5eed-8003-8002-000000008401	00000000-5eed-8003-8001-000000000084	MOUSE-001	1	39.00	39.00	-30 days 06:32:08
00000000-5eed-8003-8002-000000008501	00000000-5eed-8003-8001-000000000085	MOUSE-001	1	39.00	39.00	-11 days 05:20:33
00000000-5eed-8003-8002-000000008601	00000000-5eed-8003-8001-000000000086	STAND-001	1	59.00	59.00	-1 days 19:14:39
00000000-5eed-8003-8002-000000008602	00000000-5eed-8003-8001-000000000086	MOUSE-001	2	39.00	78.00	-1 days 19:14:39
00000000-5eed-8003-8002-000000008701	00000000-5eed-8003-8001-000000000087	STAND-001	1	59.00	59.00	-23 days 03:52:25
00000000-5eed-8003-8002-000000008801	00000000-5eed-8003-8001-000000000088	STAND-001	1	59.00	59.00	-14 days 13:06:00
00000000-5eed-8003-8002-000000008802	00000000-5eed-8003-8001-000000000088	MOUSE-001	2	39.00	78.00	-14 days 13:06:00
00000000-5eed-8003-8002-000000008901	00000000-5eed-8003-8001-000000000089	MOUSE-001	2	39.00	78.00	-11 days 06:18:21
00000000-5eed-8003-8002-000000009001	00000000-5eed-8003-8001-000000000090	STAND-001	1	59.00	59.00	-8 days 09:39:17
00000000-5eed-8003-8002-000000009101	00000000-5eed-8003-8001-000000000091	STAND-001	2	59.00	118.00	-16 days 18:43:30
00000000-5eed-8003-8002-000000009102	00000000-5eed-8003-8001-000000000091	MOUSE-001	2	39.00	78.00	-16 days 18:43:30
00000000-5eed-8003-8002-000000009201	00000000-5eed-8003-8001-000000000092	MOUSE-001	1	39.00	39.00	-27 days 09:10:36
00000000-5eed-8003-8002-000000009301	00000000-5eed-8003-8001-000000000093	STAND-001	1	59.00	59.00	-3 days 00:41:14
00000000-5eed-8003-8002-000000009401	00000000-5eed-8003-8001-000000000094	STAND-001	1	59.00	59.00	-27 days 09:27:48
00000000-5eed-8003-8002-000000009501	00000000-5eed-8003-8001-000000000095	STAND-001	2	59.00	118.00	-2 days 03:42:24
00000000-5eed-8003-8002-000000009601	00000000-5eed-8003-8001-000000000096	STAND-001	1	59.00	59.00	-28 days 21:24:50
00000000-5eed-8003-8002-000000009701	00000000-5eed-8003-8001-000000000097	MOUSE-001	1	39.00	39.00	-24 days 05:09:35
00000000-5eed-8003-8002-000000009801	00000000-5eed-8003-8001-000000000098	MOUSE-001	1	39.00	39.00	-14 days 17:41:12
00000000-5eed-8003-8002-000000009901	00000000-5eed-8003-8001-000000000099	MOUSE-001	1	39.00	39.00	-9 days 14:30:57
00000000-5eed-8003-8002-000000009902	00000000-5eed-8003-8001-000000000099	STAND-001	2	59.00	118.00	-9 days 14:30:57
00000000-5eed-8003-8002-000000010001	00000000-5eed-8003-8001-000000000100	MOUSE-001	1	39.00	39.00	-17 days 08:03:05
00000000-5eed-8003-8002-000000010002	00000000-5eed-8003-8001-000000000100	DESKPAD-001	2	29.00	58.00	-17 days 08:03:05
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "OrderItem" AS t (
        "id", "orderId", "productId", "quantity", "unitPrice", "lineTotal", "createdAt"
        , "updatedAt"
    )
    SELECT
        v."id"
        , v."orderId"
        , p."id" AS "productId"
        , v."quantity"::integer
        , v."unitPrice"::numeric(12, 2)
        , v."lineTotal"::numeric(12, 2)
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_OrderItem" AS v
    CROSS JOIN anchor AS a
    LEFT JOIN "Product" AS p ON v."productId" = p."sku"
    ON CONFLICT ("id") DO UPDATE
        SET
            "orderId" = excluded."orderId"
            , "productId" = excluded."productId"
            , "quantity" = excluded."quantity"
            , "unitPrice" = excluded."unitPrice"
            , "lineTotal" = excluded."lineTotal"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."orderId", t."productId", t."quantity", t."unitPrice", t."lineTotal", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."orderId", excluded."productId", excluded."quantity", excluded."unitPrice"
            , excluded."lineTotal", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'OrderItem' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_OrderItem") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'OrderItem'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('orderId', (u.restored)."orderId" IS DISTINCT FROM o."orderId")
                                , ('productId', (u.restored)."productId" IS DISTINCT FROM o."productId")
                                , ('quantity', (u.restored)."quantity" IS DISTINCT FROM o."quantity")
                                , ('unitPrice', (u.restored)."unitPrice" IS DISTINCT FROM o."unitPrice")
                                , ('lineTotal', (u.restored)."lineTotal" IS DISTINCT FROM o."lineTotal")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "OrderItem" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "OrderEvent", its rows
CREATE TEMPORARY TABLE "seed_OrderEvent" ON COMMIT DROP AS
SELECT
    t."id"
    , t."orderId"
    , t."status"
    , NULL::interval AS "createdAt"
FROM "OrderEvent" AS t
WITH NO DATA;

COPY "seed_OrderEvent" (
    "id", "orderId", "status", "createdAt"
) FROM STDIN;
00000000-5eed-8003-8003-000000000101	00000000-5eed-8003-8001-000000000001	PENDING	-28 days 01:55:41
00000000-5eed-8003-8003-000000000201	00000000-5eed-8003-8001-000000000002	PENDING	-6 days 05:42:11
00000000-5eed-8003-8003-000000000202	00000000-5eed-8003-8001-000000000002	CONFIRMED	-5 days 05:44:30
00000000-5eed-8003-8003-000000000203	00000000-5eed-8003-8001-000000000002	PROCESSING	-5 days 15:40:12
00000000-5eed-8003-8003-000000000204	00000000-5eed-8003-8001-000000000002	SHIPPED	-3 days 10:32:33
00000000-5eed-8003-8003-000000000205	00000000-5eed-8003-8001-000000000002	DELIVERED	-3 days 16:19:00
00000000-5eed-8003-8003-000000000301	00000000-5eed-8003-8001-000000000003	PENDING	-10 days 03:52:33
00000000-5eed-8003-8003-000000000302	00000000-5eed-8003-8001-000000000003	CONFIRMED	-9 days 17:32:51
00000000-5eed-8003-8003-000000000303	00000000-5eed-8003-8001-000000000003	PROCESSING	-7 days 17:47:11
00000000-5eed-8003-8003-000000000304	00000000-5eed-8003-8001-000000000003	SHIPPED	-6 days 19:54:51
00000000-5eed-8003-8003-000000000305	00000000-5eed-8003-8001-000000000003	DELIVERED	-5 days 03:49:26
00000000-5eed-8003-8003-000000000401	00000000-5eed-8003-8001-000000000004	PENDING	-14 days 15:36:42
00000000-5eed-8003-8003-000000000501	00000000-5eed-8003-8001-000000000005	PENDING	-4 days 05:42:12
00000000-5eed-8003-8003-000000000502	00000000-5eed-8003-8001-000000000005	CONFIRMED	-3 days 01:26:54
00000000-5eed-8003-8003-000000000503	00000000-5eed-8003-8001-000000000005	PROCESSING	-2 days 11:32:31
00000000-5eed-8003-8003-000000000504	00000000-5eed-8003-8001-000000000005	SHIPPED	-1 days 23:58:59
00000000-5eed-8003-8003-000000000601	00000000-5eed-8003-8001-000000000006	PENDING	-20 days 17:44:21
00000000-5eed-8003-8003-000000000602	00000000-5eed-8003-8001-000000000006	CANCELLED	-19 days 19:25:48
00000000-5eed-8003-8003-000000000701	00000000-5eed-8003-8001-000000000007	PENDING	-8 days 06:11:43
00000000-5eed-8003-8003-000000000801	00000000-5eed-8003-8001-000000000008	PENDING	-17 days 01:33:06
00000000-5eed-8003-8003-000000000802	00000000-5eed-8003-8001-000000000008	CONFIRMED	-16 days 19:30:20
00000000-5eed-8003-8003-000000000901	00000000-5eed-8003-8001-000000000009	PENDING	-24 days 08:39:27
00000000-5eed-8003-8003-000000000902	00000000-5eed-8003-8001-000000000009	CANCELLED	-23 days 08:55:21
00000000-5eed-8003-8003-000000001001	00000000-5eed-8003-8001-000000000010	PENDING	-6 days 15:56:37
00000000-5eed-8003-8003-000000001002	00000000-5eed-8003-8001-000000000010	CONFIRMED	-5 days 02:08:39
00000000-5eed-8003-8003-000000001003	00000000-5eed-8003-8001-000000000010	PROCESSING	-5 days 10:41:07
00000000-5eed-8003-8003-000000001004	00000000-5eed-8003-8001-000000000010	SHIPPED	-3 days 00:11:21
00000000-5eed-8003-8003-000000001101	00000000-5eed-8003-8001-000000000011	PENDING	-9 days 03:57:08
00000000-5eed-8003-8003-000000001102	00000000-5eed-8003-8001-000000000011	CONFIRMED	-8 days 07:01:32
00000000-5eed-8003-8003-000000001103	00000000-5eed-8003-8001-000000000011	PROCESSING	-7 days 20:44:09
00000000-5eed-8003-8003-000000001201	00000000-5eed-8003-8001-000000000012	PENDING	-19 days 15:19:49
00000000-5eed-8003-8003-000000001202	00000000-5eed-8003-8001-000000000012	CONFIRMED	-18 days 18:10:17
00000000-5eed-8003-8003-000000001203	00000000-5eed-8003-8001-000000000012	PROCESSING	-16 days 00:26:53
00000000-5eed-8003-8003-000000001204	00000000-5eed-8003-8001-000000000012	SHIPPED	-15 days 06:35:59
00000000-5eed-8003-8003-000000001205	00000000-5eed-8003-8001-000000000012	DELIVERED	-15 days 19:31:44
00000000-5eed-8003-8003-000000001206	00000000-5eed-8003-8001-000000000012	REFUNDED	-14 days 14:59:47
00000000-5eed-8003-8003-000000001301	00000000-5eed-8003-8001-000000000013	PENDING	-6 days 21:25:17
00000000-5eed-8003-8003-000000001302	00000000-5eed-8003-8001-000000000013	CONFIRMED	-5 days 03:21:37
00000000-5eed-8003-8003-000000001303	00000000-5eed-8003-8001-000000000013	PROCESSING	-5 days 14:41:00
00000000-5eed-8003-8003-000000001304	00000000-5eed-8003-8001-000000000013	SHIPPED	-4 days 11:40:08
00000000-5eed-8003-8003-000000001305	00000000-5eed-8003-8001-000000000013	DELIVERED	-2 days 02:07:15
00000000-5eed-8003-8003-000000001401	00000000-5eed-8003-8001-000000000014	PENDING	-8 days 06:34:18
00000000-5eed-8003-8003-000000001501	00000000-5eed-8003-8001-000000000015	PENDING	-19 days 08:40:00
00000000-5eed-8003-8003-000000001601	00000000-5eed-8003-8001-000000000016	PENDING	-10 days 08:36:02
00000000-5eed-8003-8003-000000001602	00000000-5eed-8003-8001-000000000016	CONFIRMED	-9 days 06:47:33
00000000-5eed-8003-8003-000000001603	00000000-5eed-8003-8001-000000000016	PROCESSING	-8 days 01:30:27
00000000-5eed-8003-8003-000000001604	00000000-5eed-8003-8001-000000000016	SHIPPED	-7 days 06:04:25
00000000-5eed-8003-8003-000000001605	00000000-5eed-8003-8001-000000000016	DELIVERED	-6 days 17:41:21
00000000-5eed-8003-8003-000000001701	00000000-5eed-8003-8001-000000000017	PENDING	-21 days 19:59:49
00000000-5eed-8003-8003-000000001801	00000000-5eed-8003-8001-000000000018	PENDING	-28 days 00:39:23
00000000-5eed-8003-8003-000000001802	00000000-5eed-8003-8001-000000000018	CONFIRMED	-28 days 03:35:19
00000000-5eed-8003-8003-000000001803	00000000-5eed-8003-8001-000000000018	PROCESSING	-27 days 08:35:37
00000000-5eed-8003-8003-000000001804	00000000-5eed-8003-8001-000000000018	SHIPPED	-26 days 17:37:08
00000000-5eed-8003-8003-000000001805	00000000-5eed-8003-8001-000000000018	DELIVERED	-25 days 20:55:34
00000000-5eed-8003-8003-000000001806	00000000-5eed-8003-8001-000000000018	REFUNDED	-24 days 15:04:48
00000000-5eed-8003-8003-000000001901	00000000-5eed-8003-8001-000000000019	PENDING	-12 days 16:36:22
00000000-5eed-8003-8003-000000001902	00000000-5eed-8003-8001-000000000019	CONFIRMED	-10 days 08:26:48
00000000-5eed-8003-8003-000000001903	00000000-5eed-8003-8001-000000000019	PROCESSING	-10 days 23:45:17
00000000-5eed-8003-8003-000000001904	00000000-5eed-8003-8001-000000000019	SHIPPED	-8 days 07:59:43
00000000-5eed-8003-8003-000000001905	00000000-5eed-8003-8001-000000000019	DELIVERED	-8 days 16:29:09
00000000-5eed-8003-8003-000000002001	00000000-5eed-8003-8001-000000000020	PENDING	-3 days 20:49:47
00000000-5eed-8003-8003-000000002002	00000000-5eed-8003-8001-000000000020	CONFIRMED	-3 days 22:19:58
00000000-5eed-8003-8003-000000002003	00000000-5eed-8003-8001-000000000020	PROCESSING	-2 days 05:39:54
00000000-5eed-8003-8003-000000002004	00000000-5eed-8003-8001-000000000020	SHIPPED	-1 days 15:25:58
00000000-5eed-8003-8003-000000002101	00000000-5eed-8003-8001-000000000021	PENDING	-30 days 03:33:37
00000000-5eed-8003-8003-000000002102	00000000-5eed-8003-8001-000000000021	CONFIRMED	-29 days 09:16:00
00000000-5eed-8003-8003-000000002201	00000000-5eed-8003-8001-000000000022	PENDING	-6 days 18:57:43
00000000-5eed-8003-8003-000000002301	00000000-5eed-8003-8001-000000000023	PENDING	-20 days 02:52:09
00000000-5eed-8003-8003-000000002302	00000000-5eed-8003-8001-000000000023	CANCELLED	-20 days 22:04:54
00000000-5eed-8003-8003-000000002401	00000000-5eed-8003-8001-000000000024	PENDING	-22 days 00:35:16
00000000-5eed-8003-8003-000000002402	00000000-5eed-8003-8001-000000000024	CONFIRMED	-22 days 22:08:17
00000000-5eed-8003-8003-000000002403	00000000-5eed-8003-8001-000000000024	PROCESSING	-21 days 16:32:52
00000000-5eed-8003-8003-000000002501	00000000-5eed-8003-8001-000000000025	PENDING	-24 days 03:52:23
00000000-5eed-8003-8003-000000002502	00000000-5eed-8003-8001-000000000025	CONFIRMED	-24 days 12:08:54
00000000-5eed-8003-8003-000000002503	00000000-5eed-8003-8001-000000000025	PROCESSING	-23 days 15:20:09
00000000-5eed-8003-8003-000000002601	00000000-5eed-8003-8001-000000000026	PENDING	-18 days 16:26:34
00000000-5eed-8003-8003-000000002602	00000000-5eed-8003-8001-000000000026	CONFIRMED	-16 days 07:58:37
00000000-5eed-8003-8003-000000002701	00000000-5eed-8003-8001-000000000027	PENDING	-1 days 22:27:30
00000000-5eed-8003-8003-000000002702	00000000-5eed-8003-8001-000000000027	CONFIRMED	-1 days 22:44:49
00000000-5eed-8003-8003-000000002703	00000000-5eed-8003-8001-000000000027	PROCESSING	-1 days 22:46:34
00000000-5eed-8003-8003-000000002704	00000000-5eed-8003-8001-000000000027	SHIPPED	-1 days 23:45:39
00000000-5eed-8003-8003-000000002705	00000000-5eed-8003-8001-000000000027	DELIVERED	-1 days 23:58:58
00000000-5eed-8003-8003-000000002801	00000000-5eed-8003-8001-000000000028	PENDING	-25 days 00:04:45
00000000-5eed-8003-8003-000000002802	00000000-5eed-8003-8001-000000000028	CONFIRMED	-24 days 15:18:29
00000000-5eed-8003-8003-000000002803	00000000-5eed-8003-8001-000000000028	PROCESSING	-23 days 22:55:18
00000000-5eed-8003-8003-000000002804	00000000-5eed-8003-8001-000000000028	SHIPPED	-22 days 09:37:01
00000000-5eed-8003-8003-000000002805	00000000-5eed-8003-8001-000000000028	DELIVERED	-22 days 13:46:46
00000000-5eed-8003-8003-000000002806	00000000-5eed-8003-8001-000000000028	REFUNDED	-22 days 16:02:47
00000000-5eed-8003-8003-000000002901	00000000-5eed-8003-8001-000000000029	PENDING	-13 days 00:14:09
00000000-5eed-8003-8003-000000002902	00000000-5eed-8003-8001-000000000029	CONFIRMED	-13 days 08:57:36
00000000-5eed-8003-8003-000000002903	00000000-5eed-8003-8001-000000000029	PROCESSING	-12 days 09:52:11
00000000-5eed-8003-8003-000000002904	00000000-5eed-8003-8001-000000000029	SHIPPED	-12 days 11:12:25
00000000-5eed-8003-8003-000000002905	00000000-5eed-8003-8001-000000000029	DELIVERED	-11 days 07:48:24
00000000-5eed-8003-8003-000000003001	00000000-5eed-8003-8001-000000000030	PENDING	-5 days 08:24:38
00000000-5eed-8003-8003-000000003002	00000000-5eed-8003-8001-000000000030	CANCELLED	-5 days 15:05:20
00000000-5eed-8003-8003-000000003101	00000000-5eed-8003-8001-000000000031	PENDING	-9 days 04:19:24
00000000-5eed-8003-8003-000000003102	00000000-5eed-8003-8001-000000000031	CONFIRMED	-9 days 17:34:18
00000000-5eed-8003-8003-000000003103	00000000-5eed-8003-8001-000000000031	PROCESSING	-7 days 14:13:33
00000000-5eed-8003-8003-000000003104	00000000-5eed-8003-8001-000000000031	SHIPPED	-6 days 18:42:44
00000000-5eed-8003-8003-000000003105	00000000-5eed-8003-8001-000000000031	DELIVERED	-4 days 08:33:14
00000000-5eed-8003-8003-000000003201	00000000-5eed-8003-8001-000000000032	PENDING	-1 days 15:50:34
00000000-5eed-8003-8003-000000003202	00000000-5eed-8003-8001-000000000032	CONFIRMED	-1 days 18:12:37
00000000-5eed-8003-8003-000000003203	00000000-5eed-8003-8001-000000000032	PROCESSING	-1 days 23:58:59
00000000-5eed-8003-8003-000000003301	00000000-5eed-8003-8001-000000000033	PENDING	-2 days 13:17:42
00000000-5eed-8003-8003-000000003302	00000000-5eed-8003-8001-000000000033	CONFIRMED	-1 days 23:59:00
00000000-5eed-8003-8003-000000003401	00000000-5eed-8003-8001-000000000034	PENDING	-30 days 01:56:08
00000000-5eed-8003-8003-000000003402	00000000-5eed-8003-8001-000000000034	CONFIRMED	-29 days 06:34:21
00000000-5eed-8003-8003-000000003403	00000000-5eed-8003-8001-000000000034	PROCESSING	-29 days 13:14:14
00000000-5eed-8003-8003-000000003404	00000000-5eed-8003-8001-000000000034	SHIPPED	-27 days 06:16:43
00000000-5eed-8003-8003-000000003501	00000000-5eed-8003-8001-000000000035	PENDING	-6 days 19:43:10
00000000-5eed-8003-8003-000000003502	00000000-5eed-8003-8001-000000000035	CONFIRMED	-5 days 16:41:01
00000000-5eed-8003-8003-000000003503	00000000-5eed-8003-8001-000000000035	PROCESSING	-3 days 03:28:14
00000000-5eed-8003-8003-000000003504	00000000-5eed-8003-8001-000000000035	SHIPPED	-1 days 00:45:05
00000000-5eed-8003-8003-000000003505	00000000-5eed-8003-8001-000000000035	DELIVERED	-1 days 12:54:20
00000000-5eed-8003-8003-000000003601	00000000-5eed-8003-8001-000000000036	PENDING	-20 days 02:34:29
00000000-5eed-8003-8003-000000003602	00000000-5eed-8003-8001-000000000036	CANCELLED	-20 days 12:21:43
00000000-5eed-8003-8003-000000003701	00000000-5eed-8003-8001-000000000037	PENDING	-20 days 14:37:21
00000000-5eed-8003-8003-000000003702	00000000-5eed-8003-8001-000000000037	CONFIRMED	-18 days 01:29:03
00000000-5eed-8003-8003-000000003703	00000000-5eed-8003-8001-000000000037	PROCESSING	-18 days 11:35:49
00000000-5eed-8003-8003-000000003704	00000000-5eed-8003-8001-000000000037	SHIPPED	-17 days 00:05:48
00000000-5eed-8003-8003-000000003801	00000000-5eed-8003-8001-000000000038	PENDING	-29 days 09:45:58
00000000-5eed-8003-8003-000000003802	00000000-5eed-8003-8001-000000000038	CANCELLED	-28 days 20:35:46
00000000-5eed-8003-8003-000000003901	00000000-5eed-8003-8001-000000000039	PENDING	-14 days 17:25:35
00000000-5eed-8003-8003-000000003902	00000000-5eed-8003-8001-000000000039	CONFIRMED	-13 days 08:29:34
00000000-5eed-8003-8003-000000003903	00000000-5eed-8003-8001-000000000039	PROCESSING	-11 days 02:47:38
00000000-5eed-8003-8003-000000003904	00000000-5eed-8003-8001-000000000039	SHIPPED	-10 days 05:36:01
00000000-5eed-8003-8003-000000003905	00000000-5eed-8003-8001-000000000039	DELIVERED	-8 days 03:09:25
00000000-5eed-8003-8003-000000004001	00000000-5eed-8003-8001-000000000040	PENDING	-26 days 17:36:34
00000000-5eed-8003-8003-000000004002	00000000-5eed-8003-8001-000000000040	CANCELLED	-26 days 23:24:39
00000000-5eed-8003-8003-000000004101	00000000-5eed-8003-8001-000000000041	PENDING	-21 days 03:02:45
00000000-5eed-8003-8003-000000004102	00000000-5eed-8003-8001-000000000041	CONFIRMED	-20 days 22:54:58
00000000-5eed-8003-8003-000000004103	00000000-5eed-8003-8001-000000000041	PROCESSING	-19 days 03:29:49
00000000-5eed-8003-8003-000000004104	00000000-5eed-8003-8001-000000000041	SHIPPED	-18 days 07:29:11
00000000-5eed-8003-8003-000000004105	00000000-5eed-8003-8001-000000000041	DELIVERED	-16 days 04:34:48
00000000-5eed-8003-8003-000000004201	00000000-5eed-8003-8001-000000000042	PENDING	-27 days 00:02:53
00000000-5eed-8003-8003-000000004202	00000000-5eed-8003-8001-000000000042	CONFIRMED	-26 days 15:07:01
00000000-5eed-8003-8003-000000004203	00000000-5eed-8003-8001-000000000042	PROCESSING	-25 days 23:03:56
00000000-5eed-8003-8003-000000004204	00000000-5eed-8003-8001-000000000042	SHIPPED	-23 days 18:10:42
00000000-5eed-8003-8003-000000004205	00000000-5eed-8003-8001-000000000042	DELIVERED	-22 days 07:16:24
00000000-5eed-8003-8003-000000004301	00000000-5eed-8003-8001-000000000043	PENDING	-13 days 07:20:46
00000000-5eed-8003-8003-000000004302	00000000-5eed-8003-8001-000000000043	CANCELLED	-13 days 21:56:52
00000000-5eed-8003-8003-000000004401	00000000-5eed-8003-8001-000000000044	PENDING	-25 days 08:52:19
00000000-5eed-8003-8003-000000004402	00000000-5eed-8003-8001-000000000044	CONFIRMED	-24 days 13:26:14
00000000-5eed-8003-8003-000000004403	00000000-5eed-8003-8001-000000000044	PROCESSING	-22 days 02:17:06
00000000-5eed-8003-8003-000000004404	00000000-5eed-8003-8001-000000000044	SHIPPED	-22 days 20:44:14
00000000-5eed-8003-8003-000000004405	00000000-5eed-8003-8001-000000000044	DELIVERED	-20 days 10:31:27
00000000-5eed-8003-8003-000000004406	00000000-5eed-8003-8001-000000000044	REFUNDED	-19 days 20:02:15
00000000-5eed-8003-8003-000000004501	00000000-5eed-8003-8001-000000000045	PENDING	-20 days 06:40:33
00000000-5eed-8003-8003-000000004502	00000000-5eed-8003-8001-000000000045	CONFIRMED	-18 days 06:49:56
00000000-5eed-8003-8003-000000004503	00000000-5eed-8003-8001-000000000045	PROCESSING	-18 days 21:16:00
00000000-5eed-8003-8003-000000004504	00000000-5eed-8003-8001-000000000045	SHIPPED	-17 days 13:25:47
00000000-5eed-8003-8003-000000004505	00000000-5eed-8003-8001-000000000045	DELIVERED	-16 days 17:43:23
00000000-5eed-8003-8003-000000004506	00000000-5eed-8003-8001-000000000045	REFUNDED	-15 days 14:26:38
00000000-5eed-8003-8003-000000004601	00000000-5eed-8003-8001-000000000046	PENDING	-29 days 12:09:19
00000000-5eed-8003-8003-000000004602	00000000-5eed-8003-8001-000000000046	CONFIRMED	-29 days 17:13:00
00000000-5eed-8003-8003-000000004603	00000000-5eed-8003-8001-000000000046	PROCESSING	-28 days 07:35:13
00000000-5eed-8003-8003-000000004604	00000000-5eed-8003-8001-000000000046	SHIPPED	-28 days 12:05:27
00000000-5eed-8003-8003-000000004605	00000000-5eed-8003-8001-000000000046	DELIVERED	-28 days 16:15:05
00000000-5eed-8003-8003-000000004701	00000000-5eed-8003-8001-000000000047	PENDING	-21 days 01:14:18
00000000-5eed-8003-8003-000000004702	00000000-5eed-8003-8001-000000000047	CONFIRMED	-21 days 13:54:00
00000000-5eed-8003-8003-000000004703	00000000-5eed-8003-8001-000000000047	PROCESSING	-19 days 03:15:09
00000000-5eed-8003-8003-000000004704	00000000-5eed-8003-8001-000000000047	SHIPPED	-18 days 00:57:21
00000000-5eed-8003-8003-000000004705	00000000-5eed-8003-8001-000000000047	DELIVERED	-18 days 12:09:28
00000000-5eed-8003-8003-000000004801	00000000-5eed-8003-8001-000000000048	PENDING	-3 days 16:34:38
00000000-5eed-8003-8003-000000004802	00000000-5eed-8003-8001-000000000048	CONFIRMED	-2 days 03:58:20
00000000-5eed-8003-8003-000000004803	00000000-5eed-8003-8001-000000000048	PROCESSING	-1 days 00:06:49
00000000-5eed-8003-8003-000000004804	00000000-5eed-8003-8001-000000000048	SHIPPED	-1 days 06:10:43
00000000-5eed-8003-8003-000000004805	00000000-5eed-8003-8001-000000000048	DELIVERED	-1 days 23:58:59
00000000-5eed-8003-8003-000000004901	00000000-5eed-8003-8001-000000000049	PENDING	-27 days 02:24:00
00000000-5eed-8003-8003-000000005001	00000000-5eed-8003-8001-000000000050	PENDING	-30 days 13:01:43
00000000-5eed-8003-8003-000000005002	00000000-5eed-8003-8001-000000000050	CONFIRMED	-29 days 20:15:57
00000000-5eed-8003-8003-000000005003	00000000-5eed-8003-8001-000000000050	PROCESSING	-27 days 06:06:20
00000000-5eed-8003-8003-000000005004	00000000-5eed-8003-8001-000000000050	SHIPPED	-26 days 11:33:33
00000000-5eed-8003-8003-000000005005	00000000-5eed-8003-8001-000000000050	DELIVERED	-24 days 03:14:52
00000000-5eed-8003-8003-000000005006	00000000-5eed-8003-8001-000000000050	REFUNDED	-23 days 13:44:10
00000000-5eed-8003-8003-000000005101	00000000-5eed-8003-8001-000000000051	PENDING	-16 days 05:12:04
00000000-5eed-8003-8003-000000005102	00000000-5eed-8003-8001-000000000051	CONFIRMED	-15 days 01:32:09
00000000-5eed-8003-8003-000000005103	00000000-5eed-8003-8001-000000000051	PROCESSING	-14 days 16:56:31
00000000-5eed-8003-8003-000000005104	00000000-5eed-8003-8001-000000000051	SHIPPED	-12 days 01:19:11
00000000-5eed-8003-8003-000000005201	00000000-5eed-8003-8001-000000000052	PENDING	-30 days 06:52:22
00000000-5eed-8003-8003-000000005202	00000000-5eed-8003-8001-000000000052	CANCELLED	-29 days 08:43:42
00000000-5eed-8003-8003-000000005301	00000000-5eed-8003-8001-000000000053	PENDING	-22 days 06:41:17
00000000-5eed-8003-8003-000000005302	00000000-5eed-8003-8001-000000000053	CONFIRMED	-21 days 11:56:21
00000000-5eed-8003-8003-000000005303	00000000-5eed-8003-8001-000000000053	PROCESSING	-20 days 17:43:37
00000000-5eed-8003-8003-000000005304	00000000-5eed-8003-8001-000000000053	SHIPPED	-18 days 08:20:08
00000000-5eed-8003-8003-000000005305	00000000-5eed-8003-8001-000000000053	DELIVERED	-17 days 12:34:52
00000000-5eed-8003-8003-000000005401	00000000-5eed-8003-8001-000000000054	PENDING	-20 days 05:42:50
00000000-5eed-8003-8003-000000005501	00000000-5eed-8003-8001-000000000055	PENDING	-29 days 08:03:43
00000000-5eed-8003-8003-000000005502	00000000-5eed-8003-8001-000000000055	CONFIRMED	-28 days 23:44:46
00000000-5eed-8003-8003-000000005503	00000000-5eed-8003-8001-000000000055	PROCESSING	-27 days 01:17:27
00000000-5eed-8003-8003-000000005504	00000000-5eed-8003-8001-000000000055	SHIPPED	-26 days 23:08:06
00000000-5eed-8003-8003-000000005505	00000000-5eed-8003-8001-000000000055	DELIVERED	-25 days 21:23:53
00000000-5eed-8003-8003-000000005601	00000000-5eed-8003-8001-000000000056	PENDING	-7 days 15:09:59
00000000-5eed-8003-8003-000000005602	00000000-5eed-8003-8001-000000000056	CONFIRMED	-5 days 00:10:48
00000000-5eed-8003-8003-000000005603	00000000-5eed-8003-8001-000000000056	PROCESSING	-5 days 02:50:51
00000000-5eed-8003-8003-000000005701	00000000-5eed-8003-8001-000000000057	PENDING	-6 days 11:12:39
00000000-5eed-8003-8003-000000005702	00000000-5eed-8003-8001-000000000057	CONFIRMED	-6 days 16:02:52
00000000-5eed-8003-8003-000000005703	00000000-5eed-8003-8001-000000000057	PROCESSING	-5 days 02:49:28
00000000-5eed-8003-8003-000000005704	00000000-5eed-8003-8001-000000000057	SHIPPED	-5 days 03:49:54
00000000-5eed-8003-8003-000000005705	00000000-5eed-8003-8001-000000000057	DELIVERED	-3 days 00:10:51
00000000-5eed-8003-8003-000000005706	00000000-5eed-8003-8001-000000000057	REFUNDED	-3 days 02:20:01
00000000-5eed-8003-8003-000000005801	00000000-5eed-8003-8001-000000000058	PENDING	-11 days 02:37:46
00000000-5eed-8003-8003-000000005802	00000000-5eed-8003-8001-000000000058	CONFIRMED	-11 days 09:17:27
00000000-5eed-8003-8003-000000005803	00000000-5eed-8003-8001-000000000058	PROCESSING	-9 days 07:56:08
00000000-5eed-8003-8003-000000005901	00000000-5eed-8003-8001-000000000059	PENDING	-25 days 02:19:08
00000000-5eed-8003-8003-000000006001	00000000-5eed-8003-8001-000000000060	PENDING	-15 days 21:02:43
00000000-5eed-8003-8003-000000006002	00000000-5eed-8003-8001-000000000060	CONFIRMED	-14 days 23:50:17
00000000-5eed-8003-8003-000000006003	00000000-5eed-8003-8001-000000000060	PROCESSING	-13 days 22:44:33
00000000-5eed-8003-8003-000000006004	00000000-5eed-8003-8001-000000000060	SHIPPED	-12 days 11:04:14
00000000-5eed-8003-8003-000000006101	00000000-5eed-8003-8001-000000000061	PENDING	-15 days 10:38:08
00000000-5eed-8003-8003-000000006102	00000000-5eed-8003-8001-000000000061	CONFIRMED	-15 days 13:23:29
00000000-5eed-8003-8003-000000006201	00000000-5eed-8003-8001-000000000062	PENDING	-4 days 16:07:47
00000000-5eed-8003-8003-000000006202	00000000-5eed-8003-8001-000000000062	CONFIRMED	-3 days 10:12:53
00000000-5eed-8003-8003-000000006203	00000000-5eed-8003-8001-000000000062	PROCESSING	-2 days 12:48:45
00000000-5eed-8003-8003-000000006204	00000000-5eed-8003-8001-000000000062	SHIPPED	-2 days 22:04:56
00000000-5eed-8003-8003-000000006205	00000000-5eed-8003-8001-000000000062	DELIVERED	-1 days 23:58:58
00000000-5eed-8003-8003-000000006301	00000000-5eed-8003-8001-000000000063	PENDING	-1 days 20:55:58
00000000-5eed-8003-8003-000000006302	00000000-5eed-8003-8001-000000000063	CANCELLED	-1 days 23:59:00
00000000-5eed-8003-8003-000000006401	00000000-5eed-8003-8001-000000000064	PENDING	-28 days 17:42:26
00000000-5eed-8003-8003-000000006402	00000000-5eed-8003-8001-000000000064	CONFIRMED	-27 days 19:05:55
00000000-5eed-8003-8003-000000006403	00000000-5eed-8003-8001-000000000064	PROCESSING	-26 days 02:21:46
00000000-5eed-8003-8003-000000006404	00000000-5eed-8003-8001-000000000064	SHIPPED	-25 days 12:10:35
00000000-5eed-8003-8003-000000006405	00000000-5eed-8003-8001-000000000064	DELIVERED	-24 days 15:22:45
00000000-5eed-8003-8003-000000006501	00000000-5eed-8003-8001-000000000065	PENDING	-4 days 09:44:47
00000000-5eed-8003-8003-000000006601	00000000-5eed-8003-8001-000000000066	PENDING	-15 days 11:47:18
00000000-5eed-8003-8003-000000006602	00000000-5eed-8003-8001-000000000066	CONFIRMED	-15 days 17:11:12
00000000-5eed-8003-8003-000000006603	00000000-5eed-8003-8001-000000000066	PROCESSING	-14 days 18:54:59
00000000-5eed-8003-8003-000000006604	00000000-5eed-8003-8001-000000000066	SHIPPED	-12 days 15:39:22
00000000-5eed-8003-8003-000000006605	00000000-5eed-8003-8001-000000000066	DELIVERED	-11 days 20:21:40
00000000-5eed-8003-8003-000000006701	00000000-5eed-8003-8001-000000000067	PENDING	-30 days 07:28:27
00000000-5eed-8003-8003-000000006702	00000000-5eed-8003-8001-000000000067	CONFIRMED	-29 days 01:59:56
00000000-5eed-8003-8003-000000006801	00000000-5eed-8003-8001-000000000068	PENDING	-14 days 05:19:50
00000000-5eed-8003-8003-000000006901	00000000-5eed-8003-8001-000000000069	PENDING	-10 days 21:19:02
00000000-5eed-8003-8003-000000006902	00000000-5eed-8003-8001-000000000069	CONFIRMED	-8 days 21:19:55
00000000-5eed-8003-8003-000000006903	00000000-5eed-8003-8001-000000000069	PROCESSING	-8 days 22:51:49
00000000-5eed-8003-8003-000000006904	00000000-5eed-8003-8001-000000000069	SHIPPED	-6 days 13:35:48
00000000-5eed-8003-8003-000000006905	00000000-5eed-8003-8001-000000000069	DELIVERED	-6 days 15:30:46
00000000-5eed-8003-8003-000000007001	00000000-5eed-8003-8001-000000000070	PENDING	-13 days 20:14:19
00000000-5eed-8003-8003-000000007101	00000000-5eed-8003-8001-000000000071	PENDING	-17 days 11:33:58
00000000-5eed-8003-8003-000000007201	00000000-5eed-8003-8001-000000000072	PENDING	-19 days 17:50:26
00000000-5eed-8003-8003-000000007202	00000000-5eed-8003-8001-000000000072	CONFIRMED	-17 days 03:51:48
00000000-5eed-8003-8003-000000007203	00000000-5eed-8003-8001-000000000072	PROCESSING	-15 days 01:53:01
00000000-5eed-8003-8003-000000007204	00000000-5eed-8003-8001-000000000072	SHIPPED	-14 days 01:50:24
00000000-5eed-8003-8003-000000007205	00000000-5eed-8003-8001-000000000072	DELIVERED	-14 days 15:32:09
00000000-5eed-8003-8003-000000007301	00000000-5eed-8003-8001-000000000073	PENDING	-24 days 21:13:34
00000000-5eed-8003-8003-000000007401	00000000-5eed-8003-8001-000000000074	PENDING	-26 days 07:27:33
00000000-5eed-8003-8003-000000007402	00000000-5eed-8003-8001-000000000074	CONFIRMED	-25 days 03:42:28
00000000-5eed-8003-8003-000000007501	00000000-5eed-8003-8001-000000000075	PENDING	-28 days 00:24:42
00000000-5eed-8003-8003-000000007502	00000000-5eed-8003-8001-000000000075	CONFIRMED	-28 days 20:30:16
00000000-5eed-8003-8003-000000007503	00000000-5eed-8003-8001-000000000075	PROCESSING	-28 days 21:33:39
00000000-5eed-8003-8003-000000007504	00000000-5eed-8003-8001-000000000075	SHIPPED	-27 days 01:29:48
00000000-5eed-8003-8003-000000007505	00000000-5eed-8003-8001-000000000075	DELIVERED	-27 days 12:48:51
00000000-5eed-8003-8003-000000007601	00000000-5eed-8003-8001-000000000076	PENDING	-26 days 16:49:59
00000000-5eed-8003-8003-000000007602	00000000-5eed-8003-8001-000000000076	CONFIRMED	-24 days 12:19:39
00000000-5eed-8003-8003-000000007603	00000000-5eed-8003-8001-000000000076	PROCESSING	-24 days 19:50:28
00000000-5eed-8003-8003-000000007701	00000000-5eed-8003-8001-000000000077	PENDING	-5 days 01:29:50
00000000-5eed-8003-8003-000000007702	00000000-5eed-8003-8001-000000000077	CONFIRMED	-5 days 06:54:30
00000000-5eed-8003-8003-000000007703	00000000-5eed-8003-8001-000000000077	PROCESSING	-3 days 04:42:03
00000000-5eed-8003-8003-000000007704	00000000-5eed-8003-8001-000000000077	SHIPPED	-2 days 11:48:40
00000000-5eed-8003-8003-000000007801	00000000-5eed-8003-8001-000000000078	PENDING	-16 days 22:08:02
00000000-5eed-8003-8003-000000007802	00000000-5eed-8003-8001-000000000078	CONFIRMED	-15 days 20:04:27
00000000-5eed-8003-8003-000000007803	00000000-5eed-8003-8001-000000000078	PROCESSING	-13 days 11:50:05
00000000-5eed-8003-8003-000000007804	00000000-5eed-8003-8001-000000000078	SHIPPED	-13 days 23:56:20
00000000-5eed-8003-8003-000000007805	00000000-5eed-8003-8001-000000000078	DELIVERED	-11 days 19:56:26
00000000-5eed-8003-8003-000000007901	00000000-5eed-8003-8001-000000000079	PENDING	-23 days 10:52:02
00000000-5eed-8003-8003-000000007902	00000000-5eed-8003-8001-000000000079	CONFIRMED	-23 days 23:28:39
00000000-5eed-8003-8003-000000008001	00000000-5eed-8003-8001-000000000080	PENDING	-15 days 03:29:55
00000000-5eed-8003-8003-000000008101	00000000-5eed-8003-8001-000000000081	PENDING	-27 days 09:06:55
00000000-5eed-8003-8003-000000008102	00000000-5eed-8003-8001-000000000081	CONFIRMED	-27 days 11:39:01
00000000-5eed-8003-8003-000000008103	00000000-5eed-8003-8001-000000000081	PROCESSING	-27 days 20:21:43
00000000-5eed-8003-8003-000000008201	00000000-5eed-8003-8001-000000000082	PENDING	-24 days 18:43:30
00000000-5eed-8003-8003-000000008202	00000000-5eed-8003-8001-000000000082	CONFIRMED	-24 days 20:45:14
00000000-5eed-8003-8003-000000008203	00000000-5eed-8003-8001-000000000082	PROCESSING	-22 days 17:22:01
00000000-5eed-8003-8003-000000008301	00000000-5eed-8003-8001-000000000083	PENDING	-23 days 21:05:43
00000000-5eed-8003-8003-000000008302	00000000-5eed-8003-8001-000000000083	CONFIRMED	-21 days 18:42:50
00000000-5eed-8003-8003-000000008401	00000000-5eed-8003-8001-000000000084	PENDING	-30 days 06:32:08
00000000-5eed-8003-8003-000000008402	00000000-5eed-8003-8001-000000000084	CANCELLED	-28 days 05:36:20
00000000-5eed-8003-8003-000000008501	00000000-5eed-8003-8001-000000000085	PENDING	-11 days 05:20:33
00000000-5eed-8003-8003-000000008601	00000000-5eed-8003-8001-000000000086	PENDING	-1 days 19:14:39
00000000-5eed-8003-8003-000000008602	00000000-5eed-8003-8001-000000000086	CANCELLED	-1 days 23:59:00
00000000-5eed-8003-8003-000000008701	00000000-5eed-8003-8001-000000000087	PENDING	-23 days 03:52:25
00000000-5eed-8003-8003-000000008702	00000000-5eed-8003-8001-000000000087	CONFIRMED	-22 days 14:41:15
00000000-5eed-8003-8003-000000008703	00000000-5eed-8003-8001-000000000087	PROCESSING	-21 days 18:34:45
00000000-5eed-8003-8003-000000008704	00000000-5eed-8003-8001-000000000087	SHIPPED	-21 days 20:02:35
00000000-5eed-8003-8003-000000008705	00000000-5eed-8003-8001-000000000087	DELIVERED	-19 days 03:39:34
00000000-5eed-8003-8003-000000008801	00000000-5eed-8003-8001-000000000088	PENDING	-14 days 13:06:00
00000000-5eed-8003-8003-000000008802	00000000-5eed-8003-8001-000000000088	CONFIRMED	-12 days 06:18:21
00000000-5eed-8003-8003-000000008803	00000000-5eed-8003-8001-000000000088	PROCESSING	-11 days 04:58:00
00000000-5eed-8003-8003-000000008804	00000000-5eed-8003-8001-000000000088	SHIPPED	-11 days 08:57:17
00000000-5eed-8003-8003-000000008805	00000000-5eed-8003-8001-000000000088	DELIVERED	-10 days 16:17:59
00000000-5eed-8003-8003-000000008901	00000000-5eed-8003-8001-000000000089	PENDING	-11 days 06:18:21
00000000-5eed-8003-8003-000000008902	00000000-5eed-8003-8001-000000000089	CONFIRMED	-9 days 00:09:25
00000000-5eed-8003-8003-000000009001	00000000-5eed-8003-8001-000000000090	PENDING	-8 days 09:39:17
00000000-5eed-8003-8003-000000009002	00000000-5eed-8003-8001-000000000090	CONFIRMED	-7 days 20:31:36
00000000-5eed-8003-8003-000000009003	00000000-5eed-8003-8001-000000000090	PROCESSING	-5 days 04:46:21
00000000-5eed-8003-8003-000000009101	00000000-5eed-8003-8001-000000000091	PENDING	-16 days 18:43:30
00000000-5eed-8003-8003-000000009102	00000000-5eed-8003-8001-000000000091	CONFIRMED	-15 days 13:35:39
00000000-5eed-8003-8003-000000009103	00000000-5eed-8003-8001-000000000091	PROCESSING	-14 days 01:46:23
00000000-5eed-8003-8003-000000009104	00000000-5eed-8003-8001-000000000091	SHIPPED	-13 days 04:40:36
00000000-5eed-8003-8003-000000009105	00000000-5eed-8003-8001-000000000091	DELIVERED	-12 days 14:25:24
00000000-5eed-8003-8003-000000009201	00000000-5eed-8003-8001-000000000092	PENDING	-27 days 09:10:36
00000000-5eed-8003-8003-000000009202	00000000-5eed-8003-8001-000000000092	CANCELLED	-25 days 06:53:23
00000000-5eed-8003-8003-000000009301	00000000-5eed-8003-8001-000000000093	PENDING	-3 days 00:41:14
00000000-5eed-8003-8003-000000009302	00000000-5eed-8003-8001-000000000093	CONFIRMED	-3 days 16:37:24
00000000-5eed-8003-8003-000000009303	00000000-5eed-8003-8001-000000000093	PROCESSING	-2 days 02:15:18
00000000-5eed-8003-8003-000000009304	00000000-5eed-8003-8001-000000000093	SHIPPED	-2 days 07:22:42
00000000-5eed-8003-8003-000000009305	00000000-5eed-8003-8001-000000000093	DELIVERED	-1 days 07:33:17
00000000-5eed-8003-8003-000000009306	00000000-5eed-8003-8001-000000000093	REFUNDED	-1 days 23:58:58
00000000-5eed-8003-8003-000000009401	00000000-5eed-8003-8001-000000000094	PENDING	-27 days 09:27:48
00000000-5eed-8003-8003-000000009501	00000000-5eed-8003-8001-000000000095	PENDING	-2 days 03:42:24
00000000-5eed-8003-8003-000000009502	00000000-5eed-8003-8001-000000000095	CONFIRMED	-2 days 05:09:56
00000000-5eed-8003-8003-000000009503	00000000-5eed-8003-8001-000000000095	PROCESSING	-2 days 15:31:00
00000000-5eed-8003-8003-000000009504	00000000-5eed-8003-8001-000000000095	SHIPPED	-1 days 07:49:07
00000000-5eed-8003-8003-000000009505	00000000-5eed-8003-8001-000000000095	DELIVERED	-1 days 23:58:58
00000000-5eed-8003-8003-000000009601	00000000-5eed-8003-8001-000000000096	PENDING	-28 days 21:24:50
00000000-5eed-8003-8003-000000009602	00000000-5eed-8003-8001-000000000096	CONFIRMED	-27 days 09:22:18
00000000-5eed-8003-8003-000000009701	00000000-5eed-8003-8001-000000000097	PENDING	-24 days 05:09:35
00000000-5eed-8003-8003-000000009702	00000000-5eed-8003-8001-000000000097	CONFIRMED	-23 days 06:59:22
00000000-5eed-8003-8003-000000009703	00000000-5eed-8003-8001-000000000097	PROCESSING	-21 days 07:27:04
00000000-5eed-8003-8003-000000009704	00000000-5eed-8003-8001-000000000097	SHIPPED	-20 days 01:24:59
00000000-5eed-8003-8003-000000009705	00000000-5eed-8003-8001-000000000097	DELIVERED	-20 days 17:53:44
00000000-5eed-8003-8003-000000009706	00000000-5eed-8003-8001-000000000097	REFUNDED	-18 days 06:15:55
00000000-5eed-8003-8003-000000009801	00000000-5eed-8003-8001-000000000098	PENDING	-14 days 17:41:12
00000000-5eed-8003-8003-000000009802	00000000-5eed-8003-8001-000000000098	CANCELLED	-12 days 07:11:19
00000000-5eed-8003-8003-000000009901	00000000-5eed-8003-8001-000000000099	PENDING	-9 days 14:30:57
00000000-5eed-8003-8003-000000009902	00000000-5eed-8003-8001-000000000099	CONFIRMED	-8 days 02:45:36
00000000-5eed-8003-8003-000000009903	00000000-5eed-8003-8001-000000000099	PROCESSING	-8 days 16:17:00
00000000-5eed-8003-8003-000000009904	00000000-5eed-8003-8001-000000000099	SHIPPED	-7 days 12:08:09
00000000-5eed-8003-8003-000000010001	00000000-5eed-8003-8001-000000000100	PENDING	-17 days 08:03:05
00000000-5eed-8003-8003-000000010002	00000000-5eed-8003-8001-000000000100	CANCELLED	-16 days 11:31:17
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "OrderEvent" AS t (
        "id", "orderId", "status", "createdAt"
    )
    SELECT
        v."id"
        , v."orderId"
        , v."status"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
    FROM "seed_OrderEvent" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "orderId" = excluded."orderId"
            , "status" = excluded."status"
            , "createdAt" = excluded."createdAt"
        WHERE
        (
            t."orderId", t."status", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."orderId", excluded."status", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'OrderEvent' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_OrderEvent") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'OrderEvent'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('orderId', (u.restored)."orderId" IS DISTINCT FROM o."orderId")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "OrderEvent" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Campaign", its rows
CREATE TEMPORARY TABLE "seed_Campaign" ON COMMIT DROP AS
SELECT
    t."id"
    , t."sellpageId"
    , NULL::text AS "name"
    , t."status"
    , NULL::numeric AS "dailyBudget"
    , NULL::integer AS "startDate"
    , NULL::integer AS "endDate"
    , NULL::interval AS "createdAt"
FROM "Campaign" AS t
WITH NO DATA;

COPY "seed_Campaign" (
    "id", "sellpageId", "name", "status", "dailyBudget", "startDate", "endDate", "createdAt"
) FROM STDIN;
00000000-5eed-8004-8001-000000000001	00000000-5eed-8002-8001-000000000001	Mouse – Seasonal #1	PAUSED	20.00	-25	-3	-25 days 08:45:07
00000000-5eed-8004-8001-000000000002	00000000-5eed-8002-8001-000000000002	Stand – Prospecting #2	ARCHIVED	30.00	-30	-6	-30 days 08:20:01
00000000-5eed-8004-8001-000000000003	00000000-5eed-8002-8001-000000000001	Mouse – Seasonal #3	ACTIVE	95.00	-29	\N	-29 days 08:31:54
00000000-5eed-8004-8001-000000000004	00000000-5eed-8002-8001-000000000002	Stand – Lookalike #4	PAUSED	70.00	-30	-3	-30 days 08:08:06
00000000-5eed-8004-8001-000000000005	00000000-5eed-8002-8001-000000000001	Mouse – Lookalike #5	ARCHIVED	60.00	-25	-5	-25 days 08:04:25
00000000-5eed-8004-8001-000000000006	00000000-5eed-8002-8001-000000000002	Stand – Broad #6	ACTIVE	25.00	-22	\N	-22 days 08:50:05
00000000-5eed-8004-8001-000000000007	00000000-5eed-8002-8001-000000000001	Mouse – Broad #7	ARCHIVED	20.00	-26	-4	-26 days 08:07:51
00000000-5eed-8004-8001-000000000008	00000000-5eed-8002-8001-000000000002	Stand – Retargeting #8	ACTIVE	125.00	-30	\N	-30 days 08:01:02
00000000-5eed-8004-8001-000000000009	00000000-5eed-8002-8001-000000000001	Mouse – Lookalike #9	ARCHIVED	145.00	-27	-5	-27 days 08:31:12
00000000-5eed-8004-8001-000000000010	00000000-5eed-8002-8001-000000000002	Stand – Lookalike #10	ACTIVE	35.00	-15	\N	-15 days 08:45:14
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Campaign" AS t (
        "id", "sellerId", "sellpageId", "name", "status", "dailyBudget", "startDate", "endDate"
        , "createdAt", "updatedAt"
    )
    SELECT
        v."id"
        , '00000000-5eed-8001-8002-000000000001'::uuid
        , v."sellpageId"
        , v."name"::text
        , v."status"
        , v."dailyBudget"::numeric(12, 2)
        , a.anchor_day + v."startDate"
        , a.anchor_day + v."endDate"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Campaign" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "sellerId" = excluded."sellerId"
            , "sellpageId" = excluded."sellpageId"
            , "name" = excluded."name"
            , "status" = excluded."status"
            , "dailyBudget" = excluded."dailyBudget"
            , "startDate" = excluded."startDate"
            , "endDate" = excluded."endDate"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."sellerId", t."sellpageId", t."name", t."status", t."dailyBudget", t."startDate"
            , t."endDate", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."sellerId", excluded."sellpageId", excluded."name", excluded."status"
            , excluded."dailyBudget", excluded."startDate", excluded."endDate", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Campaign' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Campaign") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Campaign'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('sellerId', (u.restored)."sellerId" IS DISTINCT FROM o."sellerId")
                                , ('sellpageId', (u.restored)."sellpageId" IS DISTINCT FROM o."sellpageId")
                                , ('name', (u.restored)."name" IS DISTINCT FROM o."name")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('dailyBudget', (u.restored)."dailyBudget" IS DISTINCT FROM o."dailyBudget")
                                , ('startDate', (u.restored)."startDate" IS DISTINCT FROM o."startDate")
                                , ('endDate', (u.restored)."endDate" IS DISTINCT FROM o."endDate")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Campaign" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Adset", its rows
CREATE TEMPORARY TABLE "seed_Adset" ON COMMIT DROP AS
SELECT
    t."id"
    , t."campaignId"
    , NULL::text AS "name"
    , t."status"
    , t."optimizationGoal"
    , NULL::interval AS "createdAt"
FROM "Adset" AS t
WITH NO DATA;

COPY "seed_Adset" (
    "id", "campaignId", "name", "status", "optimizationGoal", "createdAt"
) FROM STDIN;
00000000-5eed-8004-8002-000000000101	00000000-5eed-8004-8001-000000000001	Mouse · Purchase 1.1	PAUSED	PURCHASE	-25 days 08:46:07
00000000-5eed-8004-8002-000000000102	00000000-5eed-8004-8001-000000000001	Mouse · Initiate Checkout 1.2	PAUSED	INITIATE_CHECKOUT	-25 days 08:47:07
00000000-5eed-8004-8002-000000000103	00000000-5eed-8004-8001-000000000001	Mouse · Landing Page View 1.3	PAUSED	LANDING_PAGE_VIEW	-25 days 08:48:07
00000000-5eed-8004-8002-000000000201	00000000-5eed-8004-8001-000000000002	Stand · Purchase 2.1	ARCHIVED	PURCHASE	-30 days 08:21:01
00000000-5eed-8004-8002-000000000202	00000000-5eed-8004-8001-000000000002	Stand · Initiate Checkout 2.2	ARCHIVED	INITIATE_CHECKOUT	-30 days 08:22:01
00000000-5eed-8004-8002-000000000203	00000000-5eed-8004-8001-000000000002	Stand · Landing Page View 2.3	ARCHIVED	LANDING_PAGE_VIEW	-30 days 08:23:01
00000000-5eed-8004-8002-000000000301	00000000-5eed-8004-8001-000000000003	Mouse · Purchase 3.1	ACTIVE	PURCHASE	-29 days 08:32:54
00000000-5eed-8004-8002-000000000302	00000000-5eed-8004-8001-000000000003	Mouse · Initiate Checkout 3.2	ACTIVE	INITIATE_CHECKOUT	-29 days 08:33:54
00000000-5eed-8004-8002-000000000303	00000000-5eed-8004-8001-000000000003	Mouse · Landing Page View 3.3	PAUSED	LANDING_PAGE_VIEW	-29 days 08:34:54
00000000-5eed-8004-8002-000000000401	00000000-5eed-8004-8001-000000000004	Stand · Purchase 4.1	PAUSED	PURCHASE	-30 days 08:09:06
00000000-5eed-8004-8002-000000000402	00000000-5eed-8004-8001-000000000004	Stand · Initiate Checkout 4.2	PAUSED	INITIATE_CHECKOUT	-30 days 08:10:06
00000000-5eed-8004-8002-000000000403	00000000-5eed-8004-8001-000000000004	Stand · Landing Page View 4.3	PAUSED	LANDING_PAGE_VIEW	-30 days 08:11:06
00000000-5eed-8004-8002-000000000501	00000000-5eed-8004-8001-000000000005	Mouse · Purchase 5.1	ARCHIVED	PURCHASE	-25 days 08:05:25
00000000-5eed-8004-8002-000000000502	00000000-5eed-8004-8001-000000000005	Mouse · Initiate Checkout 5.2	ARCHIVED	INITIATE_CHECKOUT	-25 days 08:06:25
00000000-5eed-8004-8002-000000000503	00000000-5eed-8004-8001-000000000005	Mouse · Landing Page View 5.3	ARCHIVED	LANDING_PAGE_VIEW	-25 days 08:07:25
00000000-5eed-8004-8002-000000000601	00000000-5eed-8004-8001-000000000006	Stand · Purchase 6.1	ACTIVE	PURCHASE	-22 days 08:51:05
00000000-5eed-8004-8002-000000000602	00000000-5eed-8004-8001-000000000006	Stand · Initiate Checkout 6.2	ACTIVE	INITIATE_CHECKOUT	-22 days 08:52:05
00000000-5eed-8004-8002-000000000603	00000000-5eed-8004-8001-000000000006	Stand · Landing Page View 6.3	PAUSED	LANDING_PAGE_VIEW	-22 days 08:53:05
00000000-5eed-8004-8002-000000000701	00000000-5eed-8004-8001-000000000007	Mouse · Purchase 7.1	ARCHIVED	PURCHASE	-26 days 08:08:51
00000000-5eed-8004-8002-000000000702	00000000-5eed-8004-8001-000000000007	Mouse · Initiate Checkout 7.2	ARCHIVED	INITIATE_CHECKOUT	-26 days 08:09:51
00000000-5eed-8004-8002-000000000703	00000000-5eed-8004-8001-000000000007	Mouse · Landing Page View 7.3	ARCHIVED	LANDING_PAGE_VIEW	-26 days 08:10:51
00000000-5eed-8004-8002-000000000801	00000000-5eed-8004-8001-000000000008	Stand · Purchase 8.1	ACTIVE	PURCHASE	-30 days 08:02:02
00000000-5eed-8004-8002-000000000802	00000000-5eed-8004-8001-000000000008	Stand · Initiate Checkout 8.2	ACTIVE	INITIATE_CHECKOUT	-30 days 08:03:02
00000000-5eed-8004-8002-000000000803	00000000-5eed-8004-8001-000000000008	Stand · Landing Page View 8.3	PAUSED	LANDING_PAGE_VIEW	-30 days 08:04:02
00000000-5eed-8004-8002-000000000901	00000000-5eed-8004-8001-000000000009	Mouse · Purchase 9.1	ARCHIVED	PURCHASE	-27 days 08:32:12
00000000-5eed-8004-8002-000000000902	00000000-5eed-8004-8001-000000000009	Mouse · Initiate Checkout 9.2	ARCHIVED	INITIATE_CHECKOUT	-27 days 08:33:12
00000000-5eed-8004-8002-000000000903	00000000-5eed-8004-8001-000000000009	Mouse · Landing Page View 9.3	ARCHIVED	LANDING_PAGE_VIEW	-27 days 08:34:12
00000000-5eed-8004-8002-000000001001	00000000-5eed-8004-8001-000000000010	Stand · Purchase 10.1	ACTIVE	PURCHASE	-15 days 08:46:14
00000000-5eed-8004-8002-000000001002	00000000-5eed-8004-8001-000000000010	Stand · Initiate Checkout 10.2	ACTIVE	INITIATE_CHECKOUT	-15 days 08:47:14
00000000-5eed-8004-8002-000000001003	00000000-5eed-8004-8001-000000000010	Stand · Landing Page View 10.3	PAUSED	LANDING_PAGE_VIEW	-15 days 08:48:14
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Adset" AS t (
        "id", "campaignId", "name", "status", "optimizationGoal", "createdAt", "updatedAt"
    )
    SELECT
        v."id"
        , v."campaignId"
        , v."name"::text
        , v."status"
        , v."optimizationGoal"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Adset" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "campaignId" = excluded."campaignId"
            , "name" = excluded."name"
            , "status" = excluded."status"
            , "optimizationGoal" = excluded."optimizationGoal"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."campaignId", t."name", t."status", t."optimizationGoal", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."campaignId", excluded."name", excluded."status", excluded."optimizationGoal"
            , excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Adset' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Adset") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Adset'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('campaignId', (u.restored)."campaignId" IS DISTINCT FROM o."campaignId")
                                , ('name', (u.restored)."name" IS DISTINCT FROM o."name")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('optimizationGoal', (u.restored)."optimizationGoal" IS DISTINCT FROM o."optimizationGoal")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Adset" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "Ad", its rows
CREATE TEMPORARY TABLE "seed_Ad" ON COMMIT DROP AS
SELECT
    t."id"
    , t."adsetId"
    , NULL::text AS "name"
    , t."status"
    , NULL::interval AS "createdAt"
FROM "Ad" AS t
WITH NO DATA;

COPY "seed_Ad" (
    "id", "adsetId", "name", "status", "createdAt"
) FROM STDIN;
00000000-5eed-8004-8003-000000010101	00000000-5eed-8004-8002-000000000101	Mouse ad 1.1.1	PAUSED	-25 days 08:46:08
00000000-5eed-8004-8003-000000010102	00000000-5eed-8004-8002-000000000101	Mouse ad 1.1.2	PAUSED	-25 days 08:46:09
00000000-5eed-8004-8003-000000010201	00000000-5eed-8004-8002-000000000102	Mouse ad 1.2.1	PAUSED	-25 days 08:47:08
00000000-5eed-8004-8003-000000010202	00000000-5eed-8004-8002-000000000102	Mouse ad 1.2.2	PAUSED	-25 days 08:47:09
00000000-5eed-8004-8003-000000010301	00000000-5eed-8004-8002-000000000103	Mouse ad 1.3.1	PAUSED	-25 days 08:48:08
00000000-5eed-8004-8003-000000010302	00000000-5eed-8004-8002-000000000103	Mouse ad 1.3.2	PAUSED	-25 days 08:48:09
00000000-5eed-8004-8003-000000020101	00000000-5eed-8004-8002-000000000201	Stand ad 2.1.1	ARCHIVED	-30 days 08:21:02
00000000-5eed-8004-8003-000000020102	00000000-5eed-8004-8002-000000000201	Stand ad 2.1.2	ARCHIVED	-30 days 08:21:03
00000000-5eed-8004-8003-000000020201	00000000-5eed-8004-8002-000000000202	Stand ad 2.2.1	ARCHIVED	-30 days 08:22:02
00000000-5eed-8004-8003-000000020202	00000000-5eed-8004-8002-000000000202	Stand ad 2.2.2	ARCHIVED	-30 days 08:22:03
00000000-5eed-8004-8003-000000020301	00000000-5eed-8004-8002-000000000203	Stand ad 2.3.1	ARCHIVED	-30 days 08:23:02
00000000-5eed-8004-8003-000000020302	00000000-5eed-8004-8002-000000000203	Stand ad 2.3.2	ARCHIVED	-30 days 08:23:03
00000000-5eed-8004-8003-000000030101	00000000-5eed-8004-8002-000000000301	Mouse ad 3.1.1	ACTIVE	-29 days 08:32:55
00000000-5eed-8004-8003-000000030102	00000000-5eed-8004-8002-000000000301	Mouse ad 3.1.2	ACTIVE	-29 days 08:32:56
00000000-5eed-8004-8003-000000030201	00000000-5eed-8004-8002-000000000302	Mouse ad 3.2.1	ACTIVE	-29 days 08:33:55
00000000-5eed-8004-8003-000000030202	00000000-5eed-8004-8002-000000000302	Mouse ad 3.2.2	ACTIVE	-29 days 08:33:56
00000000-5eed-8004-8003-000000030301	00000000-5eed-8004-8002-000000000303	Mouse ad 3.3.1	PAUSED	-29 days 08:34:55
00000000-5eed-8004-8003-000000030302	00000000-5eed-8004-8002-000000000303	Mouse ad 3.3.2	PAUSED	-29 days 08:34:56
00000000-5eed-8004-8003-000000040101	00000000-5eed-8004-8002-000000000401	Stand ad 4.1.1	PAUSED	-30 days 08:09:07
00000000-5eed-8004-8003-000000040102	00000000-5eed-8004-8002-000000000401	Stand ad 4.1.2	PAUSED	-30 days 08:09:08
00000000-5eed-8004-8003-000000040201	00000000-5eed-8004-8002-000000000402	Stand ad 4.2.1	PAUSED	-30 days 08:10:07
00000000-5eed-8004-8003-000000040202	00000000-5eed-8004-8002-000000000402	Stand ad 4.2.2	PAUSED	-30 days 08:10:08
00000000-5eed-8004-8003-000000040301	00000000-5eed-8004-8002-000000000403	Stand ad 4.3.1	PAUSED	-30 days 08:11:07
00000000-5eed-8004-8003-000000040302	00000000-5eed-8004-8002-000000000403	Stand ad 4.3.2	PAUSED	-30 days 08:11:08
00000000-5eed-8004-8003-000000050101	00000000-5eed-8004-8002-000000000501	Mouse ad 5.1.1	ARCHIVED	-25 days 08:05:26
00000000-5eed-8004-8003-000000050102	00000000-5eed-8004-8002-000000000501	Mouse ad 5.1.2	ARCHIVED	-25 days 08:05:27
00000000-5eed-8004-8003-000000050201	00000000-5eed-8004-8002-000000000502	Mouse ad 5.2.1	ARCHIVED	-25 days 08:06:26
00000000-5eed-8004-8003-000000050202	00000000-5eed-8004-8002-000000000502	Mouse ad 5.2.2	ARCHIVED	-25 days 08:06:27
00000000-5eed-8004-8003-000000050301	00000000-5eed-8004-8002-000000000503	Mouse ad 5.3.1	ARCHIVED	-25 days 08:07:26
00000000-5eed-8004-8003-000000050302	00000000-5eed-8004-8002-000000000503	Mouse ad 5.3.2	ARCHIVED	-25 days 08:07:27
00000000-5eed-8004-8003-000000060101	00000000-5eed-8004-8002-000000000601	Stand ad 6.1.1	ACTIVE	-22 days 08:51:06
00000000-5eed-8004-8003-000000060102	00000000-5eed-8004-8002-000000000601	Stand ad 6.1.2	ACTIVE	-22 days 08:51:07
00000000-5eed-8004-8003-000000060201	00000000-5eed-8004-8002-000000000602	Stand ad 6.2.1	ACTIVE	-22 days 08:52:06
00000000-5eed-8004-8003-000000060202	00000000-5eed-8004-8002-000000000602	Stand ad 6.2.2	ACTIVE	-22 days 08:52:07
00000000-5eed-8004-8003-000000060301	00000000-5eed-8004-8002-000000000603	Stand ad 6.3.1	PAUSED	-22 days 08:53:06
00000000-5eed-8004-8003-000000060302	00000000-5eed-8004-8002-000000000603	Stand ad 6.3.2	PAUSED	-22 days 08:53:07
00000000-5eed-8004-8003-000000070101	00000000-5eed-8004-8002-000000000701	Mouse ad 7.1.1	ARCHIVED	-26 days 08:08:52
00000000-5eed-8004-8003-000000070102	00000000-5eed-8004-8002-000000000701	Mouse ad 7.1.2	ARCHIVED	-26 days 08:08:53
00000000-5eed-8004-8003-000000070201	00000000-5eed-8004-8002-000000000702	Mouse ad 7.2.1	ARCHIVED	-26 days 08:09:52
00000000-5eed-8004-8003-000000070202	00000000-5eed-8004-8002-000000000702	Mouse ad 7.2.2	ARCHIVED	-26 days 08:09:53
00000000-5eed-8004-8003-000000070301	00000000-5eed-8004-8002-000000000703	Mouse ad 7.3.1	ARCHIVED	-26 days 08:10:52
00000000-5eed-8004-8003-000000070302	00000000-5eed-8004-8002-000000000703	Mouse ad 7.3.2	ARCHIVED	-26 days 08:10:53
00000000-5eed-8004-8003-000000080101	00000000-5eed-8004-8002-000000000801	Stand ad 8.1.1	ACTIVE	-30 days 08:02:03
00000000-5eed-8004-8003-000000080102	00000000-5eed-8004-8002-000000000801	Stand ad 8.1.2	ACTIVE	-30 days 08:02:04
00000000-5eed-8004-8003-000000080201	00000000-5eed-8004-8002-000000000802	Stand ad 8.2.1	ACTIVE	-30 days 08:03:03
00000000-5eed-8004-8003-000000080202	00000000-5eed-8004-8002-000000000802	Stand ad 8.2.2	ACTIVE	-30 days 08:03:04
00000000-5eed-8004-8003-000000080301	00000000-5eed-8004-8002-000000000803	Stand ad 8.3.1	PAUSED	-30 days 08:04:03
00000000-5eed-8004-8003-000000080302	00000000-5eed-8004-8002-000000000803	Stand ad 8.3.2	PAUSED	-30 days 08:04:04
00000000-5eed-8004-8003-000000090101	00000000-5eed-8004-8002-000000000901	Mouse ad 9.1.1	ARCHIVED	-27 days 08:32:13
00000000-5eed-8004-8003-000000090102	00000000-5eed-8004-8002-000000000901	Mouse ad 9.1.2	ARCHIVED	-27 days 08:32:14
00000000-5eed-8004-8003-000000090201	00000000-5eed-8004-8002-000000000902	Mouse ad 9.2.1	ARCHIVED	-27 days 08:33:13
00000000-5eed-8004-8003-000000090202	00000000-5eed-8004-8002-000000000902	Mouse ad 9.2.2	ARCHIVED	-27 days 08:33:14
00000000-5eed-8004-8003-000000090301	00000000-5eed-8004-8002-000000000903	Mouse ad 9.3.1	ARCHIVED	-27 days 08:34:13
00000000-5eed-8004-8003-000000090302	00000000-5eed-8004-8002-000000000903	Mouse ad 9.3.2	ARCHIVED	-27 days 08:34:14
00000000-5eed-8004-8003-000000100101	00000000-5eed-8004-8002-000000001001	Stand ad 10.1.1	ACTIVE	-15 days 08:46:15
00000000-5eed-8004-8003-000000100102	00000000-5eed-8004-8002-000000001001	Stand ad 10.1.2	ACTIVE	-15 days 08:46:16
00000000-5eed-8004-8003-000000100201	00000000-5eed-8004-8002-000000001002	Stand ad 10.2.1	ACTIVE	-15 days 08:47:15
00000000-5eed-8004-8003-000000100202	00000000-5eed-8004-8002-000000001002	Stand ad 10.2.2	ACTIVE	-15 days 08:47:16
00000000-5eed-8004-8003-000000100301	00000000-5eed-8004-8002-000000001003	Stand ad 10.3.1	PAUSED	-15 days 08:48:15
00000000-5eed-8004-8003-000000100302	00000000-5eed-8004-8002-000000001003	Stand ad 10.3.2	PAUSED	-15 days 08:48:16
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "Ad" AS t (
        "id", "adsetId", "name", "status", "createdAt", "updatedAt"
    )
    SELECT
        v."id"
        , v."adsetId"
        , v."name"::text
        , v."status"
        , (a.anchor_day + v."createdAt"::interval) AT TIME ZONE 'UTC'
        , now()
    FROM "seed_Ad" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("id") DO UPDATE
        SET
            "adsetId" = excluded."adsetId"
            , "name" = excluded."name"
            , "status" = excluded."status"
            , "createdAt" = excluded."createdAt"
            , "updatedAt" = now()
        WHERE
        (
            t."adsetId", t."name", t."status", t."createdAt"
        ) IS DISTINCT FROM (
            excluded."adsetId", excluded."name", excluded."status", excluded."createdAt"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN t."id"::text
        END AS inserted_id
)

SELECT
    'Ad' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_Ad") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'Ad'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , (u.restored)."id"::text AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('adsetId', (u.restored)."adsetId" IS DISTINCT FROM o."adsetId")
                                , ('name', (u.restored)."name" IS DISTINCT FROM o."name")
                                , ('status', (u.restored)."status" IS DISTINCT FROM o."status")
                                , ('createdAt', (u.restored)."createdAt" IS DISTINCT FROM o."createdAt")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "Ad" AS o
                        ON o."id" = (u.restored)."id"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "AdStatsDaily", its rows
CREATE TEMPORARY TABLE "seed_AdStatsDaily" ON COMMIT DROP AS
SELECT
    t."level"
    , t."entityId"
    , NULL::integer AS "statDate"
    , NULL::integer AS "impressions"
    , NULL::integer AS "linkClicks"
    , NULL::integer AS "contentViews"
    , NULL::integer AS "checkoutInitiated"
    , NULL::integer AS "purchases"
    , NULL::numeric AS "purchaseValue"
    , NULL::numeric AS "spend"
    , NULL::numeric AS "ctr"
    , NULL::numeric AS "cpc"
    , NULL::numeric AS "cpm"
    , NULL::numeric AS "costPerPurchase"
    , NULL::numeric AS "roas"
FROM "AdStatsDaily" AS t
WITH NO DATA;

COPY "seed_AdStatsDaily" (
    "level", "entityId", "statDate", "impressions", "linkClicks", "contentViews"
    , "checkoutInitiated", "purchases", "purchaseValue", "spend", "ctr", "cpc", "cpm"
    , "costPerPurchase", "roas"
) FROM STDIN;
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-25	1658	31	22	2	1	39.00	16.90	0.018697	0.5452	10.1930	16.9000	2.3077
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-24	1495	15	11	1	0	0.00	15.74	0.010033	1.0493	10.5284	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-23	3848	27	15	2	0	0.00	24.38	0.007017	0.9030	6.3358	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-22	2082	25	14	2	1	39.00	21.64	0.012008	0.8656	10.3939	21.6400	1.8022
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-21	2432	59	47	4	1	39.00	22.16	0.024260	0.3756	9.1118	22.1600	1.7599
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-20	2831	46	36	5	2	78.00	24.34	0.016249	0.5291	8.5977	12.1700	3.2046
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-19	2543	44	27	4	2	78.00	22.66	0.017302	0.5150	8.9107	11.3300	3.4422
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-18	3162	33	21	2	1	39.00	23.00	0.010436	0.6970	7.2739	23.0000	1.6957
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-17	2349	49	28	3	1	39.00	21.82	0.020860	0.4453	9.2891	21.8200	1.7874
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-16	1613	12	9	1	0	0.00	15.88	0.007440	1.3233	9.8450	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-15	2430	27	22	2	0	0.00	23.64	0.011111	0.8756	9.7284	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-14	2556	36	21	3	0	0.00	20.94	0.014085	0.5817	8.1925	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-13	1540	29	22	3	1	39.00	16.00	0.018831	0.5517	10.3896	16.0000	2.4375
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-12	2874	28	21	1	0	0.00	23.74	0.009743	0.8479	8.2603	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-11	2202	20	16	2	1	39.00	20.94	0.009083	1.0470	9.5095	20.9400	1.8625
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-10	1938	26	14	2	1	39.00	20.20	0.013416	0.7769	10.4231	20.2000	1.9307
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-9	2026	53	37	5	2	78.00	17.06	0.026160	0.3219	8.4205	8.5300	4.5721
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-8	2621	41	34	3	1	39.00	19.02	0.015643	0.4639	7.2568	19.0200	2.0505
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-7	3379	97	65	5	2	78.00	24.46	0.028707	0.2522	7.2388	12.2300	3.1889
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-6	2251	31	23	3	1	39.00	23.06	0.013772	0.7439	10.2443	23.0600	1.6912
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-5	2991	26	15	2	0	0.00	22.08	0.008693	0.8492	7.3821	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-4	1512	39	23	3	0	0.00	15.26	0.025794	0.3913	10.0926	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000001	-3	2095	17	12	1	0	0.00	16.90	0.008115	0.9941	8.0668	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-23	492	7	5	0	0	0.00	6.25	0.014228	0.8929	12.7033	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-22	467	12	10	1	0	0.00	7.17	0.025696	0.5975	15.3533	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-21	572	11	8	0	0	0.00	7.61	0.019231	0.6918	13.3042	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-20	534	10	5	0	0	0.00	7.06	0.018727	0.7060	13.2210	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-19	593	6	4	0	0	0.00	6.63	0.010118	1.1050	11.1804	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-18	520	15	9	1	0	0.00	5.49	0.028846	0.3660	10.5577	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-17	466	9	6	0	0	0.00	7.65	0.019313	0.8500	16.4163	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-16	541	12	10	1	0	0.00	8.01	0.022181	0.6675	14.8059	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-15	517	4	3	0	0	0.00	7.88	0.007737	1.9700	15.2418	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-14	683	12	7	1	0	0.00	7.85	0.017570	0.6542	11.4934	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-13	598	10	5	0	0	0.00	7.81	0.016722	0.7810	13.0602	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-12	440	9	7	1	0	0.00	5.48	0.020455	0.6089	12.4545	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-11	490	6	4	0	0	0.00	7.89	0.012245	1.3150	16.1020	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-10	555	7	4	0	0	0.00	7.59	0.012613	1.0843	13.6757	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-9	446	10	7	0	0	0.00	6.68	0.022422	0.6680	14.9776	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-8	483	9	6	0	0	0.00	6.22	0.018634	0.6911	12.8778	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-7	377	6	4	0	0	0.00	5.95	0.015915	0.9917	15.7825	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-6	497	4	2	0	0	0.00	5.37	0.008048	1.3425	10.8048	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-5	500	9	7	0	0	0.00	7.32	0.018000	0.8133	14.6400	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-4	553	3	1	0	0	0.00	8.31	0.005425	2.7700	15.0271	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000101	-3	400	5	4	0	0	0.00	5.54	0.012500	1.1080	13.8500	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-23	563	10	7	1	0	0.00	6.55	0.017762	0.6550	11.6341	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-22	491	8	6	1	0	0.00	6.29	0.016293	0.7863	12.8106	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-21	468	4	2	0	0	0.00	5.45	0.008547	1.3625	11.6453	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-20	598	12	8	1	0	0.00	5.39	0.020067	0.4492	9.0134	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-19	720	14	9	1	0	0.00	6.74	0.019444	0.4814	9.3611	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-18	611	10	6	1	0	0.00	7.62	0.016367	0.7620	12.4714	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-17	615	12	9	0	0	0.00	6.89	0.019512	0.5742	11.2033	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-16	531	4	3	0	0	0.00	5.63	0.007533	1.4075	10.6026	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-15	487	8	4	0	0	0.00	5.65	0.016427	0.7063	11.6016	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-14	759	16	13	1	0	0.00	6.12	0.021080	0.3825	8.0632	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-13	644	9	6	0	0	0.00	7.71	0.013975	0.8567	11.9720	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-12	453	12	6	1	0	0.00	5.21	0.026490	0.4342	11.5011	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-11	529	10	6	0	0	0.00	6.60	0.018904	0.6600	12.4764	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-10	944	21	15	1	0	0.00	8.24	0.022246	0.3924	8.7288	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-9	743	17	13	1	0	0.00	6.29	0.022880	0.3700	8.4657	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-8	691	8	6	0	0	0.00	7.28	0.011577	0.9100	10.5355	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-7	555	12	8	1	0	0.00	7.17	0.021622	0.5975	12.9189	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-6	768	6	4	0	0	0.00	6.37	0.007813	1.0617	8.2943	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-5	557	5	3	0	0	0.00	6.90	0.008977	1.3800	12.3878	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-4	530	8	6	0	0	0.00	6.39	0.015094	0.7988	12.0566	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000102	-3	738	12	6	1	0	0.00	7.08	0.016260	0.5900	9.5935	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-23	902	7	4	0	0	0.00	7.71	0.007761	1.1014	8.5477	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-22	918	16	10	1	0	0.00	6.93	0.017429	0.4331	7.5490	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-21	788	12	10	0	0	0.00	6.55	0.015228	0.5458	8.3122	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-20	463	4	2	0	0	0.00	5.64	0.008639	1.4100	12.1814	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-19	1006	20	16	2	0	0.00	7.67	0.019881	0.3835	7.6243	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-18	729	8	4	0	0	0.00	7.57	0.010974	0.9463	10.3841	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-17	733	12	6	0	0	0.00	7.84	0.016371	0.6533	10.6958	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-16	475	7	4	0	0	0.00	5.33	0.014737	0.7614	11.2211	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-15	497	6	3	0	0	0.00	5.18	0.012072	0.8633	10.4225	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-14	487	7	5	0	0	0.00	6.05	0.014374	0.8643	12.4230	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-13	611	5	4	0	0	0.00	6.63	0.008183	1.3260	10.8511	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-12	654	9	4	0	0	0.00	6.64	0.013761	0.7378	10.1529	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-11	740	10	8	0	0	0.00	7.97	0.013514	0.7970	10.7703	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-10	719	18	13	1	0	0.00	7.27	0.025035	0.4039	10.1113	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-9	548	11	7	1	0	0.00	5.92	0.020073	0.5382	10.8029	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-8	493	5	4	0	0	0.00	5.81	0.010142	1.1620	11.7850	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-7	798	6	3	0	0	0.00	6.09	0.007519	1.0150	7.6316	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-6	671	9	6	0	0	0.00	7.12	0.013413	0.7911	10.6110	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-5	493	7	3	0	0	0.00	5.73	0.014199	0.8186	11.6227	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-4	832	7	4	0	0	0.00	6.81	0.008413	0.9729	8.1851	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000103	-3	908	19	15	2	0	0.00	8.05	0.020925	0.4237	8.8656	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-16	342	5	3	0	0	0.00	3.97	0.014620	0.7940	11.6082	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-15	338	7	5	0	0	0.00	3.30	0.020710	0.4714	9.7633	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-14	360	7	5	0	0	0.00	4.10	0.019444	0.5857	11.3889	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-13	280	6	4	0	0	0.00	3.65	0.021429	0.6083	13.0357	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-12	312	7	5	0	0	0.00	3.53	0.022436	0.5043	11.3141	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-11	260	3	1	0	0	0.00	3.31	0.011538	1.1033	12.7308	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-10	289	2	1	0	0	0.00	3.50	0.006920	1.7500	12.1107	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-9	329	6	3	0	0	0.00	3.82	0.018237	0.6367	11.6109	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-8	402	6	3	0	0	0.00	3.55	0.014925	0.5917	8.8308	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-7	323	3	2	0	0	0.00	4.06	0.009288	1.3533	12.5697	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-6	361	5	3	0	0	0.00	3.83	0.013850	0.7660	10.6094	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-5	236	4	2	0	0	0.00	2.52	0.016949	0.6300	10.6780	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-4	227	3	1	0	0	0.00	2.69	0.013216	0.8967	11.8502	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010101	-3	291	5	4	0	0	0.00	3.65	0.017182	0.7300	12.5430	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-16	339	5	4	0	0	0.00	3.51	0.014749	0.7020	10.3540	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-15	235	5	3	0	0	0.00	3.49	0.021277	0.6980	14.8511	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-14	226	3	2	0	0	0.00	3.35	0.013274	1.1167	14.8230	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-13	254	4	2	0	0	0.00	2.85	0.015748	0.7125	11.2205	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-12	216	1	0	0	0	0.00	2.60	0.004630	2.6000	12.0370	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-11	389	9	6	0	0	0.00	3.70	0.023136	0.4111	9.5116	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-10	278	5	4	0	0	0.00	3.90	0.017986	0.7800	14.0288	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-9	366	3	2	0	0	0.00	3.56	0.008197	1.1867	9.7268	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-8	271	2	1	0	0	0.00	3.17	0.007380	1.5850	11.6974	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-7	342	6	3	0	0	0.00	3.33	0.017544	0.5550	9.7368	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-6	246	4	3	0	0	0.00	3.28	0.016260	0.8200	13.3333	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-5	203	5	3	0	0	0.00	3.13	0.024631	0.6260	15.4187	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-4	244	2	1	0	0	0.00	2.84	0.008197	1.4200	11.6393	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010102	-3	260	4	2	0	0	0.00	3.30	0.015385	0.8250	12.6923	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-16	347	3	2	0	0	0.00	2.50	0.008646	0.8333	7.2046	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-15	410	11	6	1	0	0.00	3.81	0.026829	0.3464	9.2927	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-14	372	6	3	0	0	0.00	3.75	0.016129	0.6250	10.0806	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-13	301	5	2	0	0	0.00	3.05	0.016611	0.6100	10.1329	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-12	271	4	2	0	0	0.00	2.60	0.014760	0.6500	9.5941	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-11	354	7	5	0	0	0.00	3.78	0.019774	0.5400	10.6780	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-10	305	5	2	0	0	0.00	2.57	0.016393	0.5140	8.4262	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-9	392	6	4	0	0	0.00	4.07	0.015306	0.6783	10.3827	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-8	367	7	4	0	0	0.00	3.23	0.019074	0.4614	8.8011	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-7	572	9	7	1	0	0.00	3.70	0.015734	0.4111	6.4685	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-6	373	6	4	0	0	0.00	3.38	0.016086	0.5633	9.0617	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-5	429	9	6	1	0	0.00	2.99	0.020979	0.3322	6.9697	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-4	303	3	1	0	0	0.00	3.09	0.009901	1.0300	10.1980	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010201	-3	492	7	5	0	0	0.00	3.38	0.014228	0.4829	6.8699	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-16	272	2	1	0	0	0.00	2.77	0.007353	1.3850	10.1838	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-15	315	3	1	0	0	0.00	3.90	0.009524	1.3000	12.3810	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-14	271	4	2	0	0	0.00	4.15	0.014760	1.0375	15.3137	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-13	385	6	4	0	0	0.00	3.99	0.015584	0.6650	10.3636	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-12	373	2	1	0	0	0.00	3.53	0.005362	1.7650	9.4638	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-11	308	6	3	0	0	0.00	3.64	0.019481	0.6067	11.8182	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-10	170	3	2	0	0	0.00	2.60	0.017647	0.8667	15.2941	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-9	310	3	2	0	0	0.00	3.53	0.009677	1.1767	11.3871	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-8	233	2	1	0	0	0.00	3.07	0.008584	1.5350	13.1760	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-7	302	2	1	0	0	0.00	3.23	0.006623	1.6150	10.6954	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-6	200	3	2	0	0	0.00	2.71	0.015000	0.9033	13.5500	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-5	265	5	3	0	0	0.00	3.39	0.018868	0.6780	12.7925	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-4	197	4	2	0	0	0.00	2.84	0.020305	0.7100	14.4162	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010202	-3	233	3	2	0	0	0.00	3.57	0.012876	1.1900	15.3219	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-16	340	4	2	0	0	0.00	3.78	0.011765	0.9450	11.1176	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-15	310	3	2	0	0	0.00	3.85	0.009677	1.2833	12.4194	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-14	279	2	1	0	0	0.00	3.43	0.007168	1.7150	12.2939	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-13	183	5	3	0	0	0.00	2.65	0.027322	0.5300	14.4809	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-12	228	4	3	0	0	0.00	3.12	0.017544	0.7800	13.6842	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-11	298	4	2	0	0	0.00	2.83	0.013423	0.7075	9.4966	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-10	345	2	1	0	0	0.00	3.66	0.005797	1.8300	10.6087	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-9	234	6	4	0	0	0.00	2.78	0.025641	0.4633	11.8803	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-8	226	1	0	0	0	0.00	2.63	0.004425	2.6300	11.6372	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-7	206	3	1	0	0	0.00	2.84	0.014563	0.9467	13.7864	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-6	317	5	3	0	0	0.00	2.99	0.015773	0.5980	9.4322	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-5	211	3	1	0	0	0.00	3.21	0.014218	1.0700	15.2133	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-4	407	9	5	0	0	0.00	3.89	0.022113	0.4322	9.5577	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010301	-3	291	5	3	0	0	0.00	3.22	0.017182	0.6440	11.0653	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-16	267	3	2	0	0	0.00	2.62	0.011236	0.8733	9.8127	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-15	542	16	11	1	0	0.00	3.58	0.029520	0.2238	6.6052	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-14	430	7	3	0	0	0.00	4.03	0.016279	0.5757	9.3721	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-13	457	10	6	1	0	0.00	3.54	0.021882	0.3540	7.7462	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-12	326	7	5	0	0	0.00	2.87	0.021472	0.4100	8.8037	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-11	434	4	2	0	0	0.00	3.55	0.009217	0.8875	8.1797	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-10	556	8	6	0	0	0.00	3.61	0.014388	0.4513	6.4928	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-9	352	7	5	0	0	0.00	3.57	0.019886	0.5100	10.1420	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-8	455	5	3	0	0	0.00	3.68	0.010989	0.7360	8.0879	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-7	368	5	4	0	0	0.00	2.85	0.013587	0.5700	7.7446	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-6	337	5	3	0	0	0.00	3.28	0.014837	0.6560	9.7329	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-5	289	2	1	0	0	0.00	2.92	0.006920	1.4600	10.1038	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-4	503	5	3	0	0	0.00	3.67	0.009940	0.7340	7.2962	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000010302	-3	271	5	3	0	0	0.00	2.60	0.018450	0.5200	9.5941	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-30	2736	60	45	5	2	118.00	32.73	0.021930	0.5455	11.9627	16.3650	3.6053
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-29	2348	35	29	3	1	59.00	30.66	0.014906	0.8760	13.0579	30.6600	1.9243
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-28	3056	91	71	9	3	177.00	35.97	0.029777	0.3953	11.7703	11.9900	4.9208
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-27	1909	15	8	1	0	0.00	26.37	0.007858	1.7580	13.8135	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-26	2392	22	14	1	0	0.00	29.79	0.009197	1.3541	12.4540	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-25	1859	33	21	3	1	59.00	23.01	0.017751	0.6973	12.3776	23.0100	2.5641
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-24	3099	38	22	2	0	0.00	36.75	0.012262	0.9671	11.8587	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-23	2534	24	15	2	1	59.00	22.62	0.009471	0.9425	8.9266	22.6200	2.6083
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-22	2397	31	18	3	1	59.00	32.01	0.012933	1.0326	13.3542	32.0100	1.8432
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-21	1665	24	14	2	0	0.00	23.64	0.014414	0.9850	14.1982	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-20	3513	74	54	9	3	177.00	32.88	0.021065	0.4443	9.3595	10.9600	5.3832
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-19	2606	70	55	7	2	118.00	24.57	0.026861	0.3510	9.4282	12.2850	4.8026
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-18	2767	66	45	6	2	118.00	29.28	0.023853	0.4436	10.5819	14.6400	4.0301
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-17	2050	40	30	5	1	59.00	28.92	0.019512	0.7230	14.1073	28.9200	2.0401
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-16	3038	53	38	6	2	118.00	34.50	0.017446	0.6509	11.3562	17.2500	3.4203
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-15	3339	35	28	4	2	118.00	35.67	0.010482	1.0191	10.6828	17.8350	3.3081
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-14	2533	25	17	2	1	59.00	23.13	0.009870	0.9252	9.1315	23.1300	2.5508
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-13	3305	65	51	7	4	236.00	32.10	0.019667	0.4938	9.7126	8.0250	7.3520
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-12	3360	50	36	6	3	177.00	35.82	0.014881	0.7164	10.6607	11.9400	4.9414
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-11	2622	67	54	8	4	236.00	24.96	0.025553	0.3725	9.5195	6.2400	9.4551
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-10	1777	17	10	1	0	0.00	23.79	0.009567	1.3994	13.3877	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-9	1944	43	29	2	0	0.00	26.16	0.022119	0.6084	13.4568	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-8	1951	45	37	5	2	118.00	25.95	0.023065	0.5767	13.3009	12.9750	4.5472
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-7	2523	52	33	4	1	59.00	28.77	0.020610	0.5533	11.4031	28.7700	2.0507
CAMPAIGN	00000000-5eed-8004-8001-000000000002	-6	3485	97	59	10	5	295.00	30.39	0.027834	0.3133	8.7202	6.0780	9.7071
ADSET	00000000-5eed-8004-8002-000000000201	-26	757	11	7	0	0	0.00	7.65	0.014531	0.6955	10.1057	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-25	991	15	9	0	0	0.00	12.22	0.015136	0.8147	12.3310	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-24	790	11	8	1	0	0.00	9.29	0.013924	0.8445	11.7595	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-23	1071	11	7	0	0	0.00	12.43	0.010271	1.1300	11.6060	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-22	1077	14	8	0	0	0.00	12.38	0.012999	0.8843	11.4949	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-21	791	13	10	1	0	0.00	10.13	0.016435	0.7792	12.8066	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-20	972	20	11	1	0	0.00	8.62	0.020576	0.4310	8.8683	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-19	745	19	14	2	1	59.00	7.99	0.025503	0.4205	10.7248	7.9900	7.3842
ADSET	00000000-5eed-8004-8002-000000000201	-18	726	11	7	1	0	0.00	8.65	0.015152	0.7864	11.9146	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-17	756	6	3	0	0	0.00	10.45	0.007937	1.7417	13.8228	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-16	841	10	5	0	0	0.00	10.84	0.011891	1.0840	12.8894	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-15	971	17	12	1	0	0.00	11.88	0.017508	0.6988	12.2348	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-14	922	10	7	1	0	0.00	10.44	0.010846	1.0440	11.3232	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-13	742	10	7	0	0	0.00	8.94	0.013477	0.8940	12.0485	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-12	949	14	11	2	1	59.00	12.50	0.014752	0.8929	13.1718	12.5000	4.7200
ADSET	00000000-5eed-8004-8002-000000000201	-11	1171	16	12	1	0	0.00	12.21	0.013664	0.7631	10.4270	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-10	1213	18	10	1	0	0.00	11.25	0.014839	0.6250	9.2745	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-9	635	10	5	0	0	0.00	8.45	0.015748	0.8450	13.3071	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-8	837	7	4	0	0	0.00	8.56	0.008363	1.2229	10.2270	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-7	858	5	3	0	0	0.00	12.30	0.005828	2.4600	14.3357	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000201	-6	1034	23	15	1	0	0.00	10.10	0.022244	0.4391	9.7679	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-26	1041	16	9	1	0	0.00	11.59	0.015370	0.7244	11.1335	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-25	816	12	8	0	0	0.00	9.70	0.014706	0.8083	11.8873	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-24	1087	11	6	0	0	0.00	11.65	0.010120	1.0591	10.7176	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-23	1043	23	13	1	0	0.00	10.55	0.022052	0.4587	10.1151	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-22	1232	21	16	1	0	0.00	10.82	0.017045	0.5152	8.7825	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-21	839	7	4	0	0	0.00	9.11	0.008343	1.3014	10.8582	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-20	908	7	4	0	0	0.00	10.78	0.007709	1.5400	11.8722	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-19	602	13	7	0	0	0.00	7.87	0.021595	0.6054	13.0731	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-18	750	16	13	1	0	0.00	9.58	0.021333	0.5988	12.7733	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-17	665	6	3	0	0	0.00	8.45	0.009023	1.4083	12.7068	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-16	1033	12	8	1	0	0.00	9.89	0.011617	0.8242	9.5741	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-15	855	16	11	1	0	0.00	8.75	0.018713	0.5469	10.2339	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-14	692	11	6	0	0	0.00	9.49	0.015896	0.8627	13.7139	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-13	658	5	3	0	0	0.00	8.71	0.007599	1.7420	13.2371	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-12	1078	19	14	2	1	59.00	10.44	0.017625	0.5495	9.6846	10.4400	5.6513
ADSET	00000000-5eed-8004-8002-000000000202	-11	653	5	3	0	0	0.00	8.60	0.007657	1.7200	13.1700	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-10	1173	28	17	3	1	59.00	9.85	0.023870	0.3518	8.3973	9.8500	5.9898
ADSET	00000000-5eed-8004-8002-000000000202	-9	805	9	7	1	0	0.00	9.06	0.011180	1.0067	11.2547	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-8	977	28	16	2	0	0.00	12.35	0.028659	0.4411	12.6407	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-7	880	17	11	1	0	0.00	7.54	0.019318	0.4435	8.5682	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000202	-6	935	14	8	0	0	0.00	12.26	0.014973	0.8757	13.1123	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-26	1401	16	11	1	0	0.00	12.34	0.011420	0.7713	8.8080	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-25	1199	29	23	4	1	59.00	12.34	0.024187	0.4255	10.2919	12.3400	4.7812
ADSET	00000000-5eed-8004-8002-000000000203	-24	1286	19	12	2	0	0.00	12.03	0.014774	0.6332	9.3546	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-23	1187	32	18	3	1	59.00	11.91	0.026959	0.3722	10.0337	11.9100	4.9538
ADSET	00000000-5eed-8004-8002-000000000203	-22	1101	27	20	4	2	118.00	9.65	0.024523	0.3574	8.7648	4.8250	12.2280
ADSET	00000000-5eed-8004-8002-000000000203	-21	1062	13	7	0	0	0.00	10.97	0.012241	0.8438	10.3296	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-20	863	11	8	0	0	0.00	8.84	0.012746	0.8036	10.2433	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-19	690	6	3	0	0	0.00	7.85	0.008696	1.3083	11.3768	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-18	797	17	13	1	0	0.00	8.73	0.021330	0.5135	10.9536	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-17	956	22	17	1	0	0.00	11.33	0.023013	0.5150	11.8515	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-16	992	12	9	1	0	0.00	9.90	0.012097	0.8250	9.9798	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-15	1021	23	14	1	0	0.00	10.58	0.022527	0.4600	10.3624	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-14	1118	19	13	1	0	0.00	12.07	0.016995	0.6353	10.7961	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-13	1414	21	16	2	0	0.00	11.28	0.014851	0.5371	7.9774	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-12	1132	33	19	2	1	59.00	10.87	0.029152	0.3294	9.6025	10.8700	5.4278
ADSET	00000000-5eed-8004-8002-000000000203	-11	751	17	12	2	1	59.00	7.60	0.022636	0.4471	10.1198	7.6000	7.7632
ADSET	00000000-5eed-8004-8002-000000000203	-10	682	12	9	1	0	0.00	8.18	0.017595	0.6817	11.9941	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-9	896	14	8	1	0	0.00	9.70	0.015625	0.6929	10.8259	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-8	743	15	10	1	0	0.00	8.73	0.020188	0.5820	11.7497	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-7	799	13	8	1	0	0.00	9.78	0.016270	0.7523	12.2403	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000203	-6	628	12	7	1	0	0.00	7.67	0.019108	0.6392	12.2134	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-19	545	10	6	0	0	0.00	4.23	0.018349	0.4230	7.7615	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-18	604	10	8	0	0	0.00	4.27	0.016556	0.4270	7.0695	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-17	527	7	5	0	0	0.00	4.56	0.013283	0.6514	8.6528	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-16	538	10	7	1	0	0.00	4.54	0.018587	0.4540	8.4387	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-15	567	14	11	0	0	0.00	5.90	0.024691	0.4214	10.4056	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-14	529	6	4	0	0	0.00	5.13	0.011342	0.8550	9.6975	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-13	467	3	2	0	0	0.00	4.84	0.006424	1.6133	10.3640	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-12	540	8	5	0	0	0.00	3.91	0.014815	0.4888	7.2407	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-11	863	10	5	0	0	0.00	6.13	0.011587	0.6130	7.1031	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-10	442	6	4	0	0	0.00	4.53	0.013575	0.7550	10.2489	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-9	377	5	2	0	0	0.00	4.24	0.013263	0.8480	11.2467	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-8	404	4	2	0	0	0.00	4.43	0.009901	1.1075	10.9653	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-7	729	7	4	0	0	0.00	5.90	0.009602	0.8429	8.0933	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020101	-6	672	5	3	0	0	0.00	5.07	0.007440	1.0140	7.5446	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-19	355	7	4	0	0	0.00	4.92	0.019718	0.7029	13.8592	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-18	488	9	6	1	0	0.00	5.15	0.018443	0.5722	10.5533	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-17	537	9	5	0	0	0.00	5.97	0.016760	0.6633	11.1173	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-16	376	7	4	0	0	0.00	5.66	0.018617	0.8086	15.0532	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-15	528	12	8	0	0	0.00	6.15	0.022727	0.5125	11.6477	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-14	465	4	2	0	0	0.00	4.58	0.008602	1.1450	9.8495	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-13	350	4	2	0	0	0.00	4.60	0.011429	1.1500	13.1429	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-12	503	8	4	0	0	0.00	5.14	0.015905	0.6425	10.2187	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-11	356	3	2	0	0	0.00	3.98	0.008427	1.3267	11.1798	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-10	460	3	2	0	0	0.00	5.68	0.006522	1.8933	12.3478	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-9	411	7	5	0	0	0.00	6.10	0.017032	0.8714	14.8418	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-8	435	8	4	0	0	0.00	4.26	0.018391	0.5325	9.7931	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-7	442	3	1	0	0	0.00	5.39	0.006787	1.7967	12.1946	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020102	-6	382	6	4	0	0	0.00	5.43	0.015707	0.9050	14.2147	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-19	452	10	5	0	0	0.00	4.21	0.022124	0.4210	9.3142	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-18	471	12	10	1	0	0.00	5.97	0.025478	0.4975	12.6752	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-17	353	6	4	0	0	0.00	3.93	0.016997	0.6550	11.1331	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-16	510	6	4	0	0	0.00	4.57	0.011765	0.7617	8.9608	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-15	459	11	8	0	0	0.00	4.81	0.023965	0.4373	10.4793	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-14	314	5	3	0	0	0.00	4.01	0.015924	0.8020	12.7707	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-13	337	3	1	0	0	0.00	4.34	0.008902	1.4467	12.8783	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-12	336	5	3	0	0	0.00	3.92	0.014881	0.7840	11.6667	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-11	347	5	3	0	0	0.00	3.89	0.014409	0.7780	11.2104	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-10	400	6	3	0	0	0.00	4.44	0.015000	0.7400	11.1000	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-9	534	10	6	1	0	0.00	5.15	0.018727	0.5150	9.6442	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-8	462	10	5	0	0	0.00	5.57	0.021645	0.5570	12.0563	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-7	421	11	7	0	0	0.00	5.08	0.026128	0.4618	12.0665	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020201	-6	455	6	4	0	0	0.00	5.67	0.013187	0.9450	12.4615	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-19	410	6	3	0	0	0.00	4.44	0.014634	0.7400	10.8293	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-18	489	4	2	0	0	0.00	5.67	0.008180	1.4175	11.5951	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-17	575	11	8	0	0	0.00	5.68	0.019130	0.5164	9.8783	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-16	393	6	4	0	0	0.00	4.94	0.015267	0.8233	12.5700	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-15	382	6	3	0	0	0.00	4.65	0.015707	0.7750	12.1728	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-14	433	3	2	0	0	0.00	5.75	0.006928	1.9167	13.2794	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-13	421	10	8	1	0	0.00	3.85	0.023753	0.3850	9.1449	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-12	419	10	8	0	0	0.00	4.53	0.023866	0.4530	10.8115	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-11	532	9	5	0	0	0.00	5.19	0.016917	0.5767	9.7556	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-10	428	3	2	0	0	0.00	5.87	0.007009	1.9567	13.7150	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-9	510	8	5	0	0	0.00	5.87	0.015686	0.7338	11.5098	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-8	342	3	2	0	0	0.00	4.07	0.008772	1.3567	11.9006	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-7	492	9	5	0	0	0.00	6.01	0.018293	0.6678	12.2154	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020202	-6	365	2	1	0	0	0.00	4.36	0.005479	2.1800	11.9452	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-19	618	13	7	0	0	0.00	5.63	0.021036	0.4331	9.1100	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-18	324	4	2	0	0	0.00	4.04	0.012346	1.0100	12.4691	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-17	558	13	10	1	0	0.00	5.34	0.023297	0.4108	9.5699	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-16	711	11	8	1	0	0.00	5.48	0.015471	0.4982	7.7075	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-15	383	6	4	0	0	0.00	4.02	0.015666	0.6700	10.4961	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-14	581	12	7	1	0	0.00	5.06	0.020654	0.4217	8.7091	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-13	597	13	9	1	0	0.00	4.57	0.021776	0.3515	7.6549	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-12	500	6	3	0	0	0.00	4.14	0.012000	0.6900	8.2800	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-11	392	11	6	1	0	0.00	4.14	0.028061	0.3764	10.5612	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-10	435	4	2	0	0	0.00	3.95	0.009195	0.9875	9.0805	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-9	462	11	6	0	0	0.00	4.23	0.023810	0.3845	9.1558	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-8	448	8	5	0	0	0.00	4.58	0.017857	0.5725	10.2232	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-7	463	7	4	0	0	0.00	4.89	0.015119	0.6986	10.5616	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020301	-6	794	10	7	0	0	0.00	6.12	0.012594	0.6120	7.7078	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-19	529	5	3	0	0	0.00	5.96	0.009452	1.1920	11.2665	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-18	550	6	3	0	0	0.00	5.67	0.010909	0.9450	10.3091	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-17	345	4	3	0	0	0.00	4.34	0.011594	1.0850	12.5797	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-16	449	7	5	0	0	0.00	4.99	0.015590	0.7129	11.1136	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-15	473	10	5	0	0	0.00	5.56	0.021142	0.5560	11.7548	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-14	543	6	4	0	0	0.00	6.24	0.011050	1.0400	11.4917	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-13	476	9	7	1	0	0.00	4.69	0.018908	0.5211	9.8529	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-12	540	10	5	0	0	0.00	5.14	0.018519	0.5140	9.5185	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-11	383	4	3	0	0	0.00	4.94	0.010444	1.2350	12.8982	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-10	464	6	4	0	0	0.00	5.76	0.012931	0.9600	12.4138	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-9	652	10	8	1	0	0.00	5.59	0.015337	0.5590	8.5736	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-8	357	7	5	0	0	0.00	4.49	0.019608	0.6414	12.5770	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-7	448	10	7	1	0	0.00	5.73	0.022321	0.5730	12.7902	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000020302	-6	497	4	2	0	0	0.00	5.33	0.008048	1.3325	10.7243	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-29	8708	73	55	8	3	117.00	114.29	0.008383	1.5656	13.1247	38.0967	1.0237
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-28	7920	110	65	6	2	78.00	104.22	0.013889	0.9475	13.1591	52.1100	0.7484
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-27	6451	61	46	8	3	117.00	72.49	0.009456	1.1884	11.2370	24.1633	1.6140
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-26	8094	91	68	12	5	195.00	91.87	0.011243	1.0096	11.3504	18.3740	2.1226
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-25	6294	82	50	4	2	78.00	80.75	0.013028	0.9848	12.8297	40.3750	0.9659
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-24	6783	122	87	12	5	195.00	91.11	0.017986	0.7468	13.4321	18.2220	2.1403
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-23	8023	67	48	6	3	117.00	108.59	0.008351	1.6207	13.5348	36.1967	1.0774
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-22	10537	280	205	18	9	351.00	116.85	0.026573	0.4173	11.0895	12.9833	3.0039
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-21	7976	111	91	17	7	273.00	74.48	0.013917	0.6710	9.3380	10.6400	3.6654
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-20	7002	63	39	6	1	39.00	71.44	0.008997	1.1340	10.2028	71.4400	0.5459
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-19	12546	157	109	18	6	234.00	110.30	0.012514	0.7025	8.7916	18.3833	2.1215
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-18	7973	171	118	11	4	156.00	87.69	0.021447	0.5128	10.9984	21.9225	1.7790
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-17	8388	73	57	5	2	78.00	89.49	0.008703	1.2259	10.6688	44.7450	0.8716
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-16	7090	71	39	4	2	78.00	96.52	0.010014	1.3594	13.6135	48.2600	0.8081
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-15	10782	144	109	12	6	234.00	102.89	0.013356	0.7145	9.5428	17.1483	2.2743
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-14	5486	120	92	10	3	117.00	76.00	0.021874	0.6333	13.8534	25.3333	1.5395
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-13	11241	109	76	9	5	195.00	109.82	0.009697	1.0075	9.7696	21.9640	1.7756
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-12	6954	105	79	7	3	117.00	86.45	0.015099	0.8233	12.4317	28.8167	1.3534
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-11	8505	158	102	8	4	156.00	111.15	0.018577	0.7035	13.0688	27.7875	1.4035
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-10	6927	66	48	7	2	78.00	71.54	0.009528	1.0839	10.3277	35.7700	1.0903
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-9	6464	87	59	4	1	39.00	90.73	0.013459	1.0429	14.0362	90.7300	0.4298
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-8	9446	74	47	7	2	78.00	113.24	0.007834	1.5303	11.9881	56.6200	0.6888
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-7	9527	97	71	6	3	117.00	97.85	0.010182	1.0088	10.2708	32.6167	1.1957
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-6	7866	74	44	7	2	78.00	102.98	0.009408	1.3916	13.0918	51.4900	0.7574
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-5	7559	177	100	17	8	312.00	72.39	0.023416	0.4090	9.5767	9.0488	4.3100
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-4	8547	117	74	12	4	156.00	91.77	0.013689	0.7844	10.7371	22.9425	1.6999
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-3	6508	61	42	4	2	78.00	88.16	0.009373	1.4452	13.5464	44.0800	0.8848
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-2	10905	163	102	18	7	273.00	110.01	0.014947	0.6749	10.0880	15.7157	2.4816
CAMPAIGN	00000000-5eed-8004-8001-000000000003	-1	7701	173	111	15	7	273.00	90.92	0.022465	0.5255	11.8063	12.9886	3.0026
ADSET	00000000-5eed-8004-8002-000000000301	-21	2658	65	52	7	3	117.00	37.84	0.024454	0.5822	14.2363	12.6133	3.0920
ADSET	00000000-5eed-8004-8002-000000000301	-20	2080	45	37	6	2	78.00	30.68	0.021635	0.6818	14.7500	15.3400	2.5424
ADSET	00000000-5eed-8004-8002-000000000301	-19	2490	62	38	6	2	78.00	28.37	0.024900	0.4576	11.3936	14.1850	2.7494
ADSET	00000000-5eed-8004-8002-000000000301	-18	1447	12	7	0	0	0.00	23.88	0.008293	1.9900	16.5031	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-17	2188	36	23	4	2	78.00	35.12	0.016453	0.9756	16.0512	17.5600	2.2210
ADSET	00000000-5eed-8004-8002-000000000301	-16	2771	40	31	3	1	39.00	34.71	0.014435	0.8678	12.5262	34.7100	1.1236
ADSET	00000000-5eed-8004-8002-000000000301	-15	2177	43	31	3	1	39.00	24.60	0.019752	0.5721	11.3000	24.6000	1.5854
ADSET	00000000-5eed-8004-8002-000000000301	-14	2411	33	21	3	1	39.00	30.46	0.013687	0.9230	12.6338	30.4600	1.2804
ADSET	00000000-5eed-8004-8002-000000000301	-13	2612	52	29	4	1	39.00	38.09	0.019908	0.7325	14.5827	38.0900	1.0239
ADSET	00000000-5eed-8004-8002-000000000301	-12	2038	30	24	2	0	0.00	32.30	0.014720	1.0767	15.8489	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-11	3076	33	19	1	0	0.00	33.72	0.010728	1.0218	10.9623	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-10	1731	21	14	2	1	39.00	25.46	0.012132	1.2124	14.7083	25.4600	1.5318
ADSET	00000000-5eed-8004-8002-000000000301	-9	1807	32	21	1	0	0.00	29.48	0.017709	0.9213	16.3143	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-8	2899	45	29	4	1	39.00	39.36	0.015523	0.8747	13.5771	39.3600	0.9909
ADSET	00000000-5eed-8004-8002-000000000301	-7	3292	45	34	5	2	78.00	39.55	0.013670	0.8789	12.0140	19.7750	1.9722
ADSET	00000000-5eed-8004-8002-000000000301	-6	1807	33	26	4	1	39.00	27.36	0.018262	0.8291	15.1411	27.3600	1.4254
ADSET	00000000-5eed-8004-8002-000000000301	-5	1683	18	11	1	0	0.00	26.16	0.010695	1.4533	15.5437	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-4	2089	16	12	1	0	0.00	34.36	0.007659	2.1475	16.4481	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000301	-3	1942	40	31	4	1	39.00	29.58	0.020597	0.7395	15.2317	29.5800	1.3185
ADSET	00000000-5eed-8004-8002-000000000301	-2	3251	69	41	5	2	78.00	35.37	0.021224	0.5126	10.8797	17.6850	2.2053
ADSET	00000000-5eed-8004-8002-000000000301	-1	2204	27	22	2	0	0.00	27.99	0.012250	1.0367	12.6996	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000302	-21	3666	65	44	7	3	117.00	36.26	0.017730	0.5578	9.8909	12.0867	3.2267
ADSET	00000000-5eed-8004-8002-000000000302	-20	3937	49	36	7	3	117.00	34.07	0.012446	0.6953	8.6538	11.3567	3.4341
ADSET	00000000-5eed-8004-8002-000000000302	-19	4020	103	74	6	3	117.00	31.22	0.025622	0.3031	7.7662	10.4067	3.7476
ADSET	00000000-5eed-8004-8002-000000000302	-18	4164	31	24	4	1	39.00	27.64	0.007445	0.8916	6.6378	27.6400	1.4110
ADSET	00000000-5eed-8004-8002-000000000302	-17	3916	27	22	1	0	0.00	33.76	0.006895	1.2504	8.6210	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000302	-16	3368	61	48	8	4	156.00	34.26	0.018112	0.5616	10.1722	8.5650	4.5534
ADSET	00000000-5eed-8004-8002-000000000302	-15	2994	66	49	6	3	117.00	26.63	0.022044	0.4035	8.8945	8.8767	4.3935
ADSET	00000000-5eed-8004-8002-000000000302	-14	5067	91	53	5	2	78.00	38.89	0.017959	0.4274	7.6752	19.4450	2.0057
ADSET	00000000-5eed-8004-8002-000000000302	-13	5572	62	49	7	3	117.00	36.29	0.011127	0.5853	6.5129	12.0967	3.2240
ADSET	00000000-5eed-8004-8002-000000000302	-12	3373	71	51	4	1	39.00	32.46	0.021050	0.4572	9.6235	32.4600	1.2015
ADSET	00000000-5eed-8004-8002-000000000302	-11	4968	93	58	11	5	195.00	32.77	0.018720	0.3524	6.5962	6.5540	5.9506
ADSET	00000000-5eed-8004-8002-000000000302	-10	2812	38	22	1	0	0.00	27.74	0.013514	0.7300	9.8649	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000302	-9	4815	102	74	9	4	156.00	33.76	0.021184	0.3310	7.0114	8.4400	4.6209
ADSET	00000000-5eed-8004-8002-000000000302	-8	3571	51	33	6	2	78.00	31.41	0.014282	0.6159	8.7959	15.7050	2.4833
ADSET	00000000-5eed-8004-8002-000000000302	-7	4241	102	70	13	5	195.00	27.80	0.024051	0.2725	6.5551	5.5600	7.0144
ADSET	00000000-5eed-8004-8002-000000000302	-6	4295	62	49	3	1	39.00	35.53	0.014435	0.5731	8.2724	35.5300	1.0977
ADSET	00000000-5eed-8004-8002-000000000302	-5	3723	91	69	10	4	156.00	30.43	0.024443	0.3344	8.1735	7.6075	5.1265
ADSET	00000000-5eed-8004-8002-000000000302	-4	4491	63	45	8	3	117.00	38.38	0.014028	0.6092	8.5460	12.7933	3.0485
ADSET	00000000-5eed-8004-8002-000000000302	-3	2892	52	28	5	2	78.00	29.61	0.017981	0.5694	10.2386	14.8050	2.6342
ADSET	00000000-5eed-8004-8002-000000000302	-2	4295	75	55	8	3	117.00	34.99	0.017462	0.4665	8.1467	11.6633	3.3438
ADSET	00000000-5eed-8004-8002-000000000302	-1	5280	127	91	17	8	312.00	36.45	0.024053	0.2870	6.9034	4.5563	8.5597
ADSET	00000000-5eed-8004-8002-000000000303	-21	2868	73	57	10	3	117.00	37.24	0.025453	0.5101	12.9847	12.4133	3.1418
ADSET	00000000-5eed-8004-8002-000000000303	-20	2035	36	22	2	1	39.00	28.69	0.017690	0.7969	14.0983	28.6900	1.3594
ADSET	00000000-5eed-8004-8002-000000000303	-19	2366	33	19	2	1	39.00	28.53	0.013948	0.8645	12.0583	28.5300	1.3670
ADSET	00000000-5eed-8004-8002-000000000303	-18	1857	28	20	3	1	39.00	24.98	0.015078	0.8921	13.4518	24.9800	1.5612
ADSET	00000000-5eed-8004-8002-000000000303	-17	3268	60	38	7	2	78.00	38.54	0.018360	0.6423	11.7931	19.2700	2.0239
ADSET	00000000-5eed-8004-8002-000000000303	-16	3276	53	30	5	2	78.00	32.96	0.016178	0.6219	10.0611	16.4800	2.3665
ADSET	00000000-5eed-8004-8002-000000000303	-15	1939	14	10	0	0	0.00	27.45	0.007220	1.9607	14.1568	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000303	-14	2332	26	21	3	1	39.00	26.69	0.011149	1.0265	11.4451	26.6900	1.4612
ADSET	00000000-5eed-8004-8002-000000000303	-13	3352	36	29	5	2	78.00	32.65	0.010740	0.9069	9.7405	16.3250	2.3890
ADSET	00000000-5eed-8004-8002-000000000303	-12	2414	43	32	2	0	0.00	28.50	0.017813	0.6628	11.8061	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000303	-11	3867	62	45	5	2	78.00	35.12	0.016033	0.5665	9.0820	17.5600	2.2210
ADSET	00000000-5eed-8004-8002-000000000303	-10	2503	48	39	5	1	39.00	26.98	0.019177	0.5621	10.7791	26.9800	1.4455
ADSET	00000000-5eed-8004-8002-000000000303	-9	3231	76	62	9	4	156.00	35.59	0.023522	0.4683	11.0152	8.8975	4.3833
ADSET	00000000-5eed-8004-8002-000000000303	-8	2160	63	50	6	3	117.00	28.88	0.029167	0.4584	13.3704	9.6267	4.0512
ADSET	00000000-5eed-8004-8002-000000000303	-7	3395	46	32	5	1	39.00	37.81	0.013549	0.8220	11.1370	37.8100	1.0315
ADSET	00000000-5eed-8004-8002-000000000303	-6	2511	37	26	3	1	39.00	26.92	0.014735	0.7276	10.7208	26.9200	1.4487
ADSET	00000000-5eed-8004-8002-000000000303	-5	2908	49	26	4	2	78.00	38.73	0.016850	0.7904	13.3184	19.3650	2.0139
ADSET	00000000-5eed-8004-8002-000000000303	-4	3789	67	41	3	1	39.00	39.39	0.017683	0.5879	10.3959	39.3900	0.9901
ADSET	00000000-5eed-8004-8002-000000000303	-3	2773	63	39	5	1	39.00	27.64	0.022719	0.4387	9.9675	27.6400	1.4110
ADSET	00000000-5eed-8004-8002-000000000303	-2	2132	45	37	7	3	117.00	29.83	0.021107	0.6629	13.9916	9.9433	3.9222
ADSET	00000000-5eed-8004-8002-000000000303	-1	2752	28	21	2	0	0.00	39.49	0.010174	1.4104	14.3496	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-14	1069	10	8	0	0	0.00	15.31	0.009355	1.5310	14.3218	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-13	1107	17	10	1	0	0.00	18.24	0.015357	1.0729	16.4770	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-12	1474	26	16	2	0	0.00	18.02	0.017639	0.6931	12.2252	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-11	1244	15	12	1	0	0.00	14.76	0.012058	0.9840	11.8650	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-10	1705	34	23	3	1	39.00	19.51	0.019941	0.5738	11.4428	19.5100	1.9990
AD	00000000-5eed-8004-8003-000000030101	-9	1090	11	7	0	0	0.00	14.96	0.010092	1.3600	13.7248	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-8	1308	20	14	2	1	39.00	18.30	0.015291	0.9150	13.9908	18.3000	2.1311
AD	00000000-5eed-8004-8003-000000030101	-7	1192	14	9	1	0	0.00	16.56	0.011745	1.1829	13.8926	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-6	1067	24	18	2	0	0.00	13.89	0.022493	0.5788	13.0178	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030101	-5	1225	26	15	2	1	39.00	18.02	0.021224	0.6931	14.7102	18.0200	2.1643
AD	00000000-5eed-8004-8003-000000030101	-4	1744	40	24	4	1	39.00	18.68	0.022936	0.4670	10.7110	18.6800	2.0878
AD	00000000-5eed-8004-8003-000000030101	-3	1433	35	23	3	1	39.00	16.55	0.024424	0.4729	11.5492	16.5500	2.3565
AD	00000000-5eed-8004-8003-000000030101	-2	1492	38	25	2	1	39.00	19.78	0.025469	0.5205	13.2574	19.7800	1.9717
AD	00000000-5eed-8004-8003-000000030101	-1	1352	15	11	1	0	0.00	16.51	0.011095	1.1007	12.2115	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-14	1704	26	16	2	1	39.00	18.94	0.015258	0.7285	11.1150	18.9400	2.0591
AD	00000000-5eed-8004-8003-000000030102	-13	2029	23	19	3	1	39.00	19.19	0.011336	0.8343	9.4579	19.1900	2.0323
AD	00000000-5eed-8004-8003-000000030102	-12	1265	32	26	3	1	39.00	12.65	0.025296	0.3953	10.0000	12.6500	3.0830
AD	00000000-5eed-8004-8003-000000030102	-11	1115	23	18	1	0	0.00	12.71	0.020628	0.5526	11.3991	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-10	2113	22	14	1	0	0.00	19.52	0.010412	0.8873	9.2381	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-9	1909	31	18	2	0	0.00	18.08	0.016239	0.5832	9.4709	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-8	1026	9	7	0	0	0.00	14.08	0.008772	1.5644	13.7232	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-7	1296	27	22	3	1	39.00	16.70	0.020833	0.6185	12.8858	16.7000	2.3353
AD	00000000-5eed-8004-8003-000000030102	-6	1160	11	8	0	0	0.00	13.78	0.009483	1.2527	11.8793	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-5	1526	33	21	3	1	39.00	18.68	0.021625	0.5661	12.2412	18.6800	2.0878
AD	00000000-5eed-8004-8003-000000030102	-4	968	9	7	1	0	0.00	12.30	0.009298	1.3667	12.7066	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-3	1686	36	23	1	0	0.00	15.80	0.021352	0.4389	9.3713	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-2	1972	32	21	2	0	0.00	16.66	0.016227	0.5206	8.4483	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030102	-1	1611	25	18	3	1	39.00	17.40	0.015518	0.6960	10.8007	17.4000	2.2414
AD	00000000-5eed-8004-8003-000000030201	-14	1324	20	11	1	0	0.00	16.48	0.015106	0.8240	12.4471	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-13	1876	42	23	3	1	39.00	14.74	0.022388	0.3510	7.8571	14.7400	2.6459
AD	00000000-5eed-8004-8003-000000030201	-12	1490	24	17	2	0	0.00	12.05	0.016107	0.5021	8.0872	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-11	1573	13	8	0	0	0.00	18.26	0.008264	1.4046	11.6084	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-10	2126	15	10	1	0	0.00	17.51	0.007056	1.1673	8.2361	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-9	1402	22	17	3	1	39.00	13.74	0.015692	0.6245	9.8003	13.7400	2.8384
AD	00000000-5eed-8004-8003-000000030201	-8	1941	19	10	1	0	0.00	17.91	0.009789	0.9426	9.2272	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-7	1446	29	23	3	1	39.00	15.80	0.020055	0.5448	10.9267	15.8000	2.4684
AD	00000000-5eed-8004-8003-000000030201	-6	1934	48	38	4	2	78.00	16.10	0.024819	0.3354	8.3247	8.0500	4.8447
AD	00000000-5eed-8004-8003-000000030201	-5	1548	18	12	1	0	0.00	18.57	0.011628	1.0317	11.9961	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-4	1729	36	20	3	1	39.00	18.86	0.020821	0.5239	10.9080	18.8600	2.0679
AD	00000000-5eed-8004-8003-000000030201	-3	1101	13	8	1	0	0.00	12.41	0.011807	0.9546	11.2716	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-2	1139	11	8	0	0	0.00	14.23	0.009658	1.2936	12.4934	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030201	-1	1321	27	18	3	1	39.00	14.12	0.020439	0.5230	10.6889	14.1200	2.7620
AD	00000000-5eed-8004-8003-000000030202	-14	1130	10	5	0	0	0.00	13.68	0.008850	1.3680	12.1062	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-13	1474	33	19	2	0	0.00	14.49	0.022388	0.4391	9.8304	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-12	1772	22	18	2	0	0.00	18.02	0.012415	0.8191	10.1693	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-11	1523	24	19	3	1	39.00	17.42	0.015758	0.7258	11.4380	17.4200	2.2388
AD	00000000-5eed-8004-8003-000000030202	-10	1577	26	21	1	0	0.00	17.27	0.016487	0.6642	10.9512	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-9	966	14	9	1	0	0.00	14.42	0.014493	1.0300	14.9275	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-8	1511	26	14	2	0	0.00	17.54	0.017207	0.6746	11.6082	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-7	1868	36	27	5	2	78.00	19.70	0.019272	0.5472	10.5460	9.8500	3.9594
AD	00000000-5eed-8004-8003-000000030202	-6	1091	23	15	2	1	39.00	15.36	0.021082	0.6678	14.0788	15.3600	2.5391
AD	00000000-5eed-8004-8003-000000030202	-5	1301	16	10	1	0	0.00	14.85	0.012298	0.9281	11.4143	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-4	1361	26	18	2	0	0.00	15.82	0.019104	0.6085	11.6238	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-3	1274	25	19	2	0	0.00	12.97	0.019623	0.5188	10.1805	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-2	909	14	10	1	0	0.00	14.22	0.015402	1.0157	15.6436	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030202	-1	844	19	16	1	0	0.00	12.22	0.022512	0.6432	14.4787	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-14	1024	14	11	1	0	0.00	12.56	0.013672	0.8971	12.2656	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-13	1263	36	26	4	2	78.00	15.47	0.028504	0.4297	12.2486	7.7350	5.0420
AD	00000000-5eed-8004-8003-000000030301	-12	1627	31	21	2	0	0.00	15.47	0.019053	0.4990	9.5083	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-11	1250	15	12	0	0	0.00	12.10	0.012000	0.8067	9.6800	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-10	1603	20	14	1	0	0.00	17.43	0.012477	0.8715	10.8734	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-9	1312	21	17	1	0	0.00	18.18	0.016006	0.8657	13.8567	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-8	2079	24	13	1	0	0.00	19.76	0.011544	0.8233	9.5046	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-7	892	10	7	1	0	0.00	12.10	0.011211	1.2100	13.5650	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-6	1633	24	19	3	1	39.00	19.35	0.014697	0.8063	11.8494	19.3500	2.0155
AD	00000000-5eed-8004-8003-000000030301	-5	1968	43	34	3	1	39.00	18.62	0.021850	0.4330	9.4614	18.6200	2.0945
AD	00000000-5eed-8004-8003-000000030301	-4	1633	25	17	1	0	0.00	17.45	0.015309	0.6980	10.6859	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-3	1590	39	23	3	1	39.00	17.89	0.024528	0.4587	11.2516	17.8900	2.1800
AD	00000000-5eed-8004-8003-000000030301	-2	1368	24	15	2	0	0.00	17.56	0.017544	0.7317	12.8363	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030301	-1	1143	18	11	1	0	0.00	13.33	0.015748	0.7406	11.6623	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-14	1599	22	13	1	0	0.00	16.02	0.013759	0.7282	10.0188	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-13	1909	21	12	2	0	0.00	16.59	0.011001	0.7900	8.6904	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-12	1828	30	25	3	1	39.00	12.84	0.016411	0.4280	7.0241	12.8400	3.0374
AD	00000000-5eed-8004-8003-000000030302	-11	1492	16	10	1	0	0.00	12.19	0.010724	0.7619	8.1702	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-10	2844	31	20	2	1	39.00	19.41	0.010900	0.6261	6.8249	19.4100	2.0093
AD	00000000-5eed-8004-8003-000000030302	-9	2285	35	26	3	0	0.00	18.65	0.015317	0.5329	8.1619	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-8	1300	21	11	1	0	0.00	12.22	0.016154	0.5819	9.4000	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-7	1707	27	15	1	0	0.00	16.37	0.015817	0.6063	9.5899	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-6	1405	20	13	1	0	0.00	12.68	0.014235	0.6340	9.0249	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-5	2824	41	31	3	1	39.00	19.70	0.014518	0.4805	6.9759	19.7000	1.9797
AD	00000000-5eed-8004-8003-000000030302	-4	1226	11	8	0	0	0.00	12.37	0.008972	1.1245	10.0897	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-3	1908	25	15	2	0	0.00	19.24	0.013103	0.7696	10.0839	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000030302	-2	1645	40	24	4	2	78.00	15.79	0.024316	0.3948	9.5988	7.8950	4.9398
AD	00000000-5eed-8004-8003-000000030302	-1	1482	34	27	3	0	0.00	12.32	0.022942	0.3624	8.3131	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-30	6943	68	40	6	2	118.00	86.24	0.009794	1.2682	12.4211	43.1200	1.3683
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-29	6270	133	75	12	3	177.00	82.32	0.021212	0.6189	13.1292	27.4400	2.1501
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-28	4346	84	65	9	5	295.00	61.46	0.019328	0.7317	14.1417	12.2920	4.7999
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-27	3941	62	37	4	2	118.00	60.97	0.015732	0.9834	15.4707	30.4850	1.9354
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-26	7519	93	60	11	4	236.00	80.57	0.012369	0.8663	10.7155	20.1425	2.9291
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-25	3813	90	73	11	6	354.00	61.53	0.023603	0.6837	16.1369	10.2550	5.7533
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-24	5522	138	86	15	6	354.00	63.00	0.024991	0.4565	11.4089	10.5000	5.6190
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-23	4627	108	87	8	3	177.00	67.48	0.023341	0.6248	14.5840	22.4933	2.6230
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-22	3518	82	64	6	2	118.00	52.78	0.023309	0.6437	15.0028	26.3900	2.2357
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-21	7909	52	44	4	2	118.00	83.44	0.006575	1.6046	10.5500	41.7200	1.4142
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-20	5258	49	32	4	1	59.00	73.92	0.009319	1.5086	14.0586	73.9200	0.7982
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-19	5441	90	64	7	3	177.00	67.13	0.016541	0.7459	12.3378	22.3767	2.6367
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-18	6072	96	73	8	3	177.00	73.57	0.015810	0.7664	12.1163	24.5233	2.4059
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-17	6025	68	52	7	3	177.00	75.67	0.011286	1.1128	12.5593	25.2233	2.3391
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-16	6332	186	145	15	8	472.00	77.07	0.029375	0.4144	12.1715	9.6338	6.1243
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-15	5613	111	67	12	4	236.00	74.55	0.019776	0.6716	13.2817	18.6375	3.1657
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-14	5560	61	34	4	1	59.00	64.75	0.010971	1.0615	11.6457	64.7500	0.9112
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-13	6459	132	82	7	3	177.00	83.09	0.020437	0.6295	12.8642	27.6967	2.1302
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-12	4540	73	50	6	2	118.00	55.58	0.016079	0.7614	12.2423	27.7900	2.1231
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-11	3102	24	18	2	1	59.00	52.99	0.007737	2.2079	17.0825	52.9900	1.1134
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-10	4481	65	41	5	1	59.00	68.39	0.014506	1.0522	15.2622	68.3900	0.8627
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-9	4158	100	75	12	4	236.00	56.84	0.024050	0.5684	13.6700	14.2100	4.1520
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-8	4445	86	56	6	1	59.00	71.12	0.019348	0.8270	16.0000	71.1200	0.8296
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-7	6142	54	38	6	3	177.00	71.61	0.008792	1.3261	11.6591	23.8700	2.4717
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-6	5891	99	63	10	5	295.00	64.68	0.016805	0.6533	10.9795	12.9360	4.5609
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-5	3814	75	51	6	3	177.00	57.05	0.019664	0.7607	14.9580	19.0167	3.1025
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-4	5679	97	79	12	4	236.00	68.18	0.017080	0.7029	12.0056	17.0450	3.4614
CAMPAIGN	00000000-5eed-8004-8001-000000000004	-3	4662	68	52	8	3	177.00	53.13	0.014586	0.7813	11.3964	17.7100	3.3315
ADSET	00000000-5eed-8004-8002-000000000401	-23	2843	24	16	2	0	0.00	23.19	0.008442	0.9663	8.1569	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-22	2632	24	17	2	0	0.00	18.83	0.009119	0.7846	7.1543	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-21	2595	48	29	5	1	59.00	26.93	0.018497	0.5610	10.3776	26.9300	2.1909
ADSET	00000000-5eed-8004-8002-000000000401	-20	2997	53	40	5	2	118.00	25.15	0.017684	0.4745	8.3917	12.5750	4.6918
ADSET	00000000-5eed-8004-8002-000000000401	-19	2113	40	27	2	0	0.00	19.53	0.018930	0.4883	9.2428	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-18	2820	46	31	3	1	59.00	28.58	0.016312	0.6213	10.1348	28.5800	2.0644
ADSET	00000000-5eed-8004-8002-000000000401	-17	3290	61	39	7	2	118.00	22.28	0.018541	0.3652	6.7720	11.1400	5.2962
ADSET	00000000-5eed-8004-8002-000000000401	-16	2814	41	25	4	2	118.00	19.88	0.014570	0.4849	7.0647	9.9400	5.9356
ADSET	00000000-5eed-8004-8002-000000000401	-15	1779	40	22	3	1	59.00	18.27	0.022485	0.4568	10.2698	18.2700	3.2293
ADSET	00000000-5eed-8004-8002-000000000401	-14	2785	46	32	5	1	59.00	18.67	0.016517	0.4059	6.7038	18.6700	3.1601
ADSET	00000000-5eed-8004-8002-000000000401	-13	3034	26	21	3	0	0.00	19.86	0.008570	0.7638	6.5458	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-12	2459	21	16	3	1	59.00	19.79	0.008540	0.9424	8.0480	19.7900	2.9813
ADSET	00000000-5eed-8004-8002-000000000401	-11	2484	43	27	2	0	0.00	23.33	0.017311	0.5426	9.3921	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-10	3384	74	40	4	2	118.00	26.90	0.021868	0.3635	7.9492	13.4500	4.3866
ADSET	00000000-5eed-8004-8002-000000000401	-9	2913	32	26	3	1	59.00	29.14	0.010985	0.9106	10.0034	29.1400	2.0247
ADSET	00000000-5eed-8004-8002-000000000401	-8	2851	67	47	6	3	177.00	24.71	0.023501	0.3688	8.6671	8.2367	7.1631
ADSET	00000000-5eed-8004-8002-000000000401	-7	3767	106	68	11	5	295.00	26.20	0.028139	0.2472	6.9551	5.2400	11.2595
ADSET	00000000-5eed-8004-8002-000000000401	-6	2204	51	39	3	1	59.00	19.18	0.023140	0.3761	8.7024	19.1800	3.0761
ADSET	00000000-5eed-8004-8002-000000000401	-5	2711	40	26	3	1	59.00	20.37	0.014755	0.5093	7.5138	20.3700	2.8964
ADSET	00000000-5eed-8004-8002-000000000401	-4	2431	24	17	1	0	0.00	24.20	0.009872	1.0083	9.9548	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000401	-3	2821	40	33	3	1	59.00	20.23	0.014179	0.5058	7.1712	20.2300	2.9165
ADSET	00000000-5eed-8004-8002-000000000402	-23	2000	21	13	1	0	0.00	21.26	0.010500	1.0124	10.6300	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-22	2706	41	22	3	1	59.00	24.50	0.015152	0.5976	9.0540	24.5000	2.4082
ADSET	00000000-5eed-8004-8002-000000000402	-21	2964	73	56	8	4	236.00	29.12	0.024629	0.3989	9.8246	7.2800	8.1044
ADSET	00000000-5eed-8004-8002-000000000402	-20	2213	27	17	2	1	59.00	21.56	0.012201	0.7985	9.7424	21.5600	2.7365
ADSET	00000000-5eed-8004-8002-000000000402	-19	1720	17	12	1	0	0.00	18.67	0.009884	1.0982	10.8547	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-18	2602	42	29	3	0	0.00	20.86	0.016141	0.4967	8.0169	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-17	2862	28	16	1	0	0.00	28.21	0.009783	1.0075	9.8567	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-16	2159	44	34	3	1	59.00	19.16	0.020380	0.4355	8.8745	19.1600	3.0793
ADSET	00000000-5eed-8004-8002-000000000402	-15	2220	18	11	1	0	0.00	19.72	0.008108	1.0956	8.8829	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-14	2204	30	24	2	0	0.00	24.99	0.013612	0.8330	11.3385	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-13	3567	41	27	5	2	118.00	28.63	0.011494	0.6983	8.0264	14.3150	4.1216
ADSET	00000000-5eed-8004-8002-000000000402	-12	2259	36	20	3	1	59.00	27.91	0.015936	0.7753	12.3550	27.9100	2.1139
ADSET	00000000-5eed-8004-8002-000000000402	-11	3318	49	41	6	1	59.00	28.21	0.014768	0.5757	8.5021	28.2100	2.0915
ADSET	00000000-5eed-8004-8002-000000000402	-10	2477	22	18	2	0	0.00	26.09	0.008882	1.1859	10.5329	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-9	3187	27	17	2	0	0.00	25.92	0.008472	0.9600	8.1330	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-8	3140	26	17	2	0	0.00	27.86	0.008280	1.0715	8.8726	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-7	2879	20	11	1	0	0.00	25.64	0.006947	1.2820	8.9059	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-6	2831	47	29	3	1	59.00	23.50	0.016602	0.5000	8.3010	23.5000	2.5106
ADSET	00000000-5eed-8004-8002-000000000402	-5	2777	28	15	1	0	0.00	26.90	0.010083	0.9607	9.6867	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-4	2204	16	12	1	0	0.00	26.53	0.007260	1.6581	12.0372	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000402	-3	2283	26	20	2	0	0.00	20.84	0.011389	0.8015	9.1283	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-23	1781	13	10	0	0	0.00	22.07	0.007299	1.6977	12.3919	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-22	2722	18	15	1	0	0.00	26.62	0.006613	1.4789	9.7796	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-21	2148	51	32	2	0	0.00	27.98	0.023743	0.5486	13.0261	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-20	2169	61	33	6	2	118.00	23.75	0.028124	0.3893	10.9497	11.8750	4.9684
ADSET	00000000-5eed-8004-8002-000000000403	-19	1502	20	16	2	0	0.00	20.32	0.013316	1.0160	13.5286	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-18	2051	36	23	4	2	118.00	27.21	0.017552	0.7558	13.2667	13.6050	4.3366
ADSET	00000000-5eed-8004-8002-000000000403	-17	2072	24	15	1	0	0.00	26.53	0.011583	1.1054	12.8041	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-16	1594	21	16	1	0	0.00	18.83	0.013174	0.8967	11.8130	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-15	1743	33	27	2	0	0.00	23.43	0.018933	0.7100	13.4423	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-14	1500	25	15	1	0	0.00	18.43	0.016667	0.7372	12.2867	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-13	1842	16	9	1	0	0.00	19.76	0.008686	1.2350	10.7275	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-12	2540	35	19	2	0	0.00	28.84	0.013780	0.8240	11.3543	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-11	2468	26	16	1	0	0.00	27.77	0.010535	1.0681	11.2520	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-10	2209	60	39	7	4	236.00	26.04	0.027162	0.4340	11.7881	6.5100	9.0630
ADSET	00000000-5eed-8004-8002-000000000403	-9	2606	29	19	3	1	59.00	28.19	0.011128	0.9721	10.8173	28.1900	2.0929
ADSET	00000000-5eed-8004-8002-000000000403	-8	1460	25	21	2	0	0.00	18.08	0.017123	0.7232	12.3836	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-7	2405	22	15	2	0	0.00	28.54	0.009148	1.2973	11.8669	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-6	1687	37	30	5	2	118.00	21.42	0.021932	0.5789	12.6971	10.7100	5.5089
ADSET	00000000-5eed-8004-8002-000000000403	-5	1917	18	10	1	0	0.00	20.28	0.009390	1.1267	10.5790	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-4	2100	37	24	2	0	0.00	23.47	0.017619	0.6343	11.1762	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000403	-3	2189	30	22	3	1	59.00	20.21	0.013705	0.6737	9.2325	20.2100	2.9193
AD	00000000-5eed-8004-8003-000000040101	-16	1103	25	19	2	0	0.00	13.01	0.022665	0.5204	11.7951	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-15	659	11	7	1	0	0.00	9.85	0.016692	0.8955	14.9469	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-14	642	7	3	0	0	0.00	9.14	0.010903	1.3057	14.2368	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-13	676	19	11	1	0	0.00	10.65	0.028107	0.5605	15.7544	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-12	727	11	9	1	0	0.00	9.23	0.015131	0.8391	12.6960	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-11	651	11	7	0	0	0.00	10.13	0.016897	0.9209	15.5607	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-10	766	15	12	1	0	0.00	11.00	0.019582	0.7333	14.3603	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-9	624	15	8	1	0	0.00	8.86	0.024038	0.5907	14.1987	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-8	659	14	11	1	0	0.00	10.06	0.021244	0.7186	15.2656	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-7	639	14	9	1	0	0.00	10.33	0.021909	0.7379	16.1659	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-6	954	13	9	0	0	0.00	13.32	0.013627	1.0246	13.9623	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-5	722	7	4	0	0	0.00	10.45	0.009695	1.4929	14.4737	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-4	601	11	9	1	0	0.00	9.19	0.018303	0.8355	15.2912	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040101	-3	852	23	16	2	1	59.00	12.78	0.026995	0.5557	15.0000	12.7800	4.6166
AD	00000000-5eed-8004-8003-000000040102	-16	1192	23	17	1	0	0.00	10.12	0.019295	0.4400	8.4899	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-15	1315	8	4	0	0	0.00	14.23	0.006084	1.7788	10.8213	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-14	1093	7	4	0	0	0.00	10.65	0.006404	1.5214	9.7438	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-13	1185	18	11	1	0	0.00	9.68	0.015190	0.5378	8.1688	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-12	1263	17	14	1	0	0.00	11.35	0.013460	0.6676	8.9865	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-11	765	13	11	1	0	0.00	8.95	0.016993	0.6885	11.6993	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-10	1714	28	18	1	0	0.00	13.29	0.016336	0.4746	7.7538	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-9	1098	24	15	1	0	0.00	11.88	0.021858	0.4950	10.8197	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-8	1548	36	22	1	0	0.00	13.23	0.023256	0.3675	8.5465	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-7	1417	19	15	2	0	0.00	14.37	0.013409	0.7563	10.1411	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-6	1087	20	16	2	0	0.00	9.63	0.018399	0.4815	8.8592	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-5	1467	28	19	2	0	0.00	12.48	0.019087	0.4457	8.5072	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-4	1215	13	7	0	0	0.00	12.08	0.010700	0.9292	9.9424	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040102	-3	1063	13	9	1	0	0.00	9.30	0.012230	0.7154	8.7488	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-16	1802	21	15	2	0	0.00	12.88	0.011654	0.6133	7.1476	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-15	1014	7	5	0	0	0.00	10.37	0.006903	1.4814	10.2268	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-14	1145	18	14	1	0	0.00	10.76	0.015721	0.5978	9.3974	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-13	1419	39	25	3	1	59.00	10.01	0.027484	0.2567	7.0543	10.0100	5.8941
AD	00000000-5eed-8004-8003-000000040201	-12	1480	19	15	1	0	0.00	10.86	0.012838	0.5716	7.3378	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-11	1481	13	9	1	0	0.00	11.62	0.008778	0.8938	7.8460	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-10	951	15	11	0	0	0.00	9.81	0.015773	0.6540	10.3155	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-9	1176	15	11	1	0	0.00	12.10	0.012755	0.8067	10.2891	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-8	1458	12	8	0	0	0.00	10.31	0.008230	0.8592	7.0713	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-7	1393	21	15	1	0	0.00	13.24	0.015075	0.6305	9.5047	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-6	1945	19	14	1	0	0.00	12.53	0.009769	0.6595	6.4422	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-5	1318	20	16	1	0	0.00	9.30	0.015175	0.4650	7.0561	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040201	-4	1476	33	21	3	1	59.00	12.27	0.022358	0.3718	8.3130	12.2700	4.8085
AD	00000000-5eed-8004-8003-000000040201	-3	1880	43	32	5	2	118.00	12.43	0.022872	0.2891	6.6117	6.2150	9.4932
AD	00000000-5eed-8004-8003-000000040202	-16	861	7	5	0	0	0.00	13.41	0.008130	1.9157	15.5749	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-15	885	11	8	1	0	0.00	9.49	0.012429	0.8627	10.7232	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-14	582	6	3	0	0	0.00	9.10	0.010309	1.5167	15.6357	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-13	1120	14	9	0	0	0.00	12.57	0.012500	0.8979	11.2232	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-12	990	13	7	1	0	0.00	10.64	0.013131	0.8185	10.7475	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-11	773	16	9	1	0	0.00	10.63	0.020699	0.6644	13.7516	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-10	1300	14	8	1	0	0.00	13.45	0.010769	0.9607	10.3462	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-9	1028	14	9	1	0	0.00	14.16	0.013619	1.0114	13.7743	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-8	921	6	5	0	0	0.00	12.25	0.006515	2.0417	13.3008	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-7	1057	19	12	2	1	59.00	11.41	0.017975	0.6005	10.7947	11.4100	5.1709
AD	00000000-5eed-8004-8003-000000040202	-6	650	7	4	0	0	0.00	8.81	0.010769	1.2586	13.5538	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-5	884	11	8	1	0	0.00	13.36	0.012443	1.2145	15.1131	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-4	969	14	9	1	0	0.00	12.13	0.014448	0.8664	12.5181	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040202	-3	915	6	4	0	0	0.00	12.54	0.006557	2.0900	13.7049	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-16	1077	9	5	0	0	0.00	13.99	0.008357	1.5544	12.9898	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-15	1299	9	6	0	0	0.00	10.99	0.006928	1.2211	8.4604	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-14	1608	29	16	3	1	59.00	13.93	0.018035	0.4803	8.6629	13.9300	4.2355
AD	00000000-5eed-8004-8003-000000040301	-13	1017	16	11	0	0	0.00	10.28	0.015733	0.6425	10.1082	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-12	1331	18	12	1	0	0.00	13.46	0.013524	0.7478	10.1127	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-11	1198	13	7	1	0	0.00	13.63	0.010851	1.0485	11.3773	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-10	945	6	3	0	0	0.00	12.17	0.006349	2.0283	12.8783	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-9	778	14	9	1	0	0.00	9.99	0.017995	0.7136	12.8406	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-8	1295	35	26	3	0	0.00	11.13	0.027027	0.3180	8.5946	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-7	1276	28	19	3	1	59.00	11.19	0.021944	0.3996	8.7696	11.1900	5.2726
AD	00000000-5eed-8004-8003-000000040301	-6	894	12	8	0	0	0.00	11.53	0.013423	0.9608	12.8971	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-5	1551	30	16	1	0	0.00	13.73	0.019342	0.4577	8.8524	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040301	-4	1455	41	33	4	2	118.00	12.82	0.028179	0.3127	8.8110	6.4100	9.2044
AD	00000000-5eed-8004-8003-000000040301	-3	950	20	13	1	0	0.00	10.55	0.021053	0.5275	11.1053	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-16	1218	20	14	1	0	0.00	13.17	0.016420	0.6585	10.8128	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-15	614	16	11	1	0	0.00	9.59	0.026059	0.5994	15.6189	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-14	858	15	9	0	0	0.00	10.86	0.017483	0.7240	12.6573	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-13	907	8	5	0	0	0.00	11.15	0.008820	1.3938	12.2933	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-12	1165	15	10	1	0	0.00	14.36	0.012876	0.9573	12.3262	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-11	812	11	6	1	0	0.00	9.71	0.013547	0.8827	11.9581	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-10	1364	15	11	1	0	0.00	14.20	0.010997	0.9467	10.4106	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-9	803	20	12	1	0	0.00	12.10	0.024907	0.6050	15.0685	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-8	723	15	9	1	0	0.00	11.56	0.020747	0.7707	15.9889	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-7	1086	9	6	0	0	0.00	12.82	0.008287	1.4244	11.8048	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-6	748	8	4	0	0	0.00	9.96	0.010695	1.2450	13.3155	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-5	893	8	5	0	0	0.00	12.22	0.008959	1.5275	13.6842	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-4	865	20	14	1	0	0.00	9.96	0.023121	0.4980	11.5145	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000040302	-3	701	6	3	0	0	0.00	11.19	0.008559	1.8650	15.9629	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-25	5966	67	55	7	4	156.00	61.56	0.011230	0.9188	10.3185	15.3900	2.5341
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-24	5239	92	58	6	3	117.00	66.72	0.017561	0.7252	12.7353	22.2400	1.7536
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-23	3549	101	65	9	3	117.00	45.66	0.028459	0.4521	12.8656	15.2200	2.5624
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-22	5099	102	80	9	3	117.00	48.78	0.020004	0.4782	9.5666	16.2600	2.3985
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-21	5378	135	93	14	5	195.00	64.62	0.025102	0.4787	12.0156	12.9240	3.0176
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-20	4278	96	80	15	6	234.00	55.50	0.022440	0.5781	12.9734	9.2500	4.2162
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-19	4369	106	82	12	6	234.00	48.42	0.024262	0.4568	11.0826	8.0700	4.8327
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-18	4640	54	30	3	1	39.00	56.70	0.011638	1.0500	12.2198	56.7000	0.6878
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-17	3699	83	50	4	1	39.00	45.48	0.022438	0.5480	12.2952	45.4800	0.8575
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-16	5964	132	91	17	5	195.00	69.36	0.022133	0.5255	11.6298	13.8720	2.8114
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-15	5051	99	80	10	4	156.00	64.38	0.019600	0.6503	12.7460	16.0950	2.4231
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-14	7085	131	83	13	6	234.00	59.70	0.018490	0.4557	8.4263	9.9500	3.9196
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-13	4291	77	52	6	2	78.00	45.48	0.017945	0.5906	10.5989	22.7400	1.7150
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-12	6794	122	103	17	6	234.00	66.96	0.017957	0.5489	9.8558	11.1600	3.4946
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-11	5963	148	99	15	4	156.00	67.74	0.024820	0.4577	11.3601	16.9350	2.3029
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-10	3765	68	48	4	1	39.00	46.86	0.018061	0.6891	12.4462	46.8600	0.8323
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-9	6921	150	84	14	6	234.00	71.34	0.021673	0.4756	10.3078	11.8900	3.2801
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-8	4492	116	76	12	4	156.00	54.60	0.025824	0.4707	12.1549	13.6500	2.8571
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-7	7242	169	96	8	2	78.00	66.78	0.023336	0.3951	9.2212	33.3900	1.1680
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-6	5538	113	64	9	3	117.00	52.20	0.020404	0.4619	9.4258	17.4000	2.2414
CAMPAIGN	00000000-5eed-8004-8001-000000000005	-5	5078	44	25	4	2	78.00	46.50	0.008665	1.0568	9.1571	23.2500	1.6774
ADSET	00000000-5eed-8004-8002-000000000501	-25	1944	38	25	2	0	0.00	23.12	0.019547	0.6084	11.8930	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-24	2257	24	18	3	1	39.00	22.38	0.010634	0.9325	9.9158	22.3800	1.7426
ADSET	00000000-5eed-8004-8002-000000000501	-23	2171	32	18	2	1	39.00	20.16	0.014740	0.6300	9.2860	20.1600	1.9345
ADSET	00000000-5eed-8004-8002-000000000501	-22	1032	17	11	1	0	0.00	15.74	0.016473	0.9259	15.2519	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-21	1139	13	10	1	0	0.00	16.92	0.011414	1.3015	14.8551	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-20	1335	23	15	2	1	39.00	16.72	0.017228	0.7270	12.5243	16.7200	2.3325
ADSET	00000000-5eed-8004-8002-000000000501	-19	1927	37	28	4	1	39.00	24.98	0.019201	0.6751	12.9632	24.9800	1.5612
ADSET	00000000-5eed-8004-8002-000000000501	-18	1903	37	24	3	1	39.00	23.66	0.019443	0.6395	12.4330	23.6600	1.6484
ADSET	00000000-5eed-8004-8002-000000000501	-17	1282	17	11	1	0	0.00	18.92	0.013261	1.1129	14.7582	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-16	1170	17	13	1	0	0.00	16.38	0.014530	0.9635	14.0000	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-15	1292	11	7	1	0	0.00	15.60	0.008514	1.4182	12.0743	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-14	2039	33	19	3	1	39.00	24.22	0.016184	0.7339	11.8784	24.2200	1.6102
ADSET	00000000-5eed-8004-8002-000000000501	-13	1628	40	33	4	1	39.00	19.16	0.024570	0.4790	11.7690	19.1600	2.0355
ADSET	00000000-5eed-8004-8002-000000000501	-12	2127	21	15	2	1	39.00	21.74	0.009873	1.0352	10.2210	21.7400	1.7939
ADSET	00000000-5eed-8004-8002-000000000501	-11	1483	28	20	2	1	39.00	16.78	0.018881	0.5993	11.3149	16.7800	2.3242
ADSET	00000000-5eed-8004-8002-000000000501	-10	2486	57	43	5	1	39.00	23.18	0.022928	0.4067	9.3242	23.1800	1.6825
ADSET	00000000-5eed-8004-8002-000000000501	-9	2500	63	36	4	2	78.00	23.86	0.025200	0.3787	9.5440	11.9300	3.2691
ADSET	00000000-5eed-8004-8002-000000000501	-8	1412	11	7	1	0	0.00	15.68	0.007790	1.4255	11.1048	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-7	1610	23	13	2	0	0.00	20.46	0.014286	0.8896	12.7081	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-6	1986	17	9	1	0	0.00	22.76	0.008560	1.3388	11.4602	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000501	-5	1764	49	33	4	1	39.00	19.70	0.027778	0.4020	11.1678	19.7000	1.9797
ADSET	00000000-5eed-8004-8002-000000000502	-25	1485	37	22	1	0	0.00	19.46	0.024916	0.5259	13.1044	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-24	1460	18	12	2	0	0.00	17.78	0.012329	0.9878	12.1781	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-23	1706	12	9	1	0	0.00	22.44	0.007034	1.8700	13.1536	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-22	1873	20	12	1	0	0.00	22.26	0.010678	1.1130	11.8847	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-21	1753	21	11	1	0	0.00	22.04	0.011979	1.0495	12.5727	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-20	1650	28	21	1	0	0.00	17.92	0.016970	0.6400	10.8606	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-19	1782	41	24	2	0	0.00	18.88	0.023008	0.4605	10.5948	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-18	1343	34	20	2	0	0.00	18.36	0.025316	0.5400	13.6709	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-17	2539	24	17	3	1	39.00	21.32	0.009453	0.8883	8.3970	21.3200	1.8293
ADSET	00000000-5eed-8004-8002-000000000502	-16	2133	28	20	1	0	0.00	20.46	0.013127	0.7307	9.5921	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-15	1749	31	25	4	1	39.00	17.36	0.017724	0.5600	9.9257	17.3600	2.2465
ADSET	00000000-5eed-8004-8002-000000000502	-14	1543	16	11	1	0	0.00	16.96	0.010369	1.0600	10.9916	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-13	1995	22	18	3	1	39.00	21.04	0.011028	0.9564	10.5464	21.0400	1.8536
ADSET	00000000-5eed-8004-8002-000000000502	-12	1702	17	9	1	0	0.00	21.74	0.009988	1.2788	12.7732	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-11	1651	22	12	1	0	0.00	16.04	0.013325	0.7291	9.7153	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-10	1308	23	19	2	0	0.00	16.84	0.017584	0.7322	12.8746	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-9	1989	34	20	2	0	0.00	24.24	0.017094	0.7129	12.1870	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-8	1226	29	21	2	0	0.00	15.52	0.023654	0.5352	12.6591	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-7	1424	30	23	2	0	0.00	17.82	0.021067	0.5940	12.5140	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-6	2665	19	12	0	0	0.00	24.58	0.007129	1.2937	9.2233	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000502	-5	1747	33	23	3	1	39.00	20.20	0.018890	0.6121	11.5627	20.2000	1.9307
ADSET	00000000-5eed-8004-8002-000000000503	-25	2913	27	19	3	1	39.00	23.84	0.009269	0.8830	8.1840	23.8400	1.6359
ADSET	00000000-5eed-8004-8002-000000000503	-24	2960	71	42	3	1	39.00	23.72	0.023986	0.3341	8.0135	23.7200	1.6442
ADSET	00000000-5eed-8004-8002-000000000503	-23	2325	22	12	1	0	0.00	24.34	0.009462	1.1064	10.4688	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-22	2534	28	16	2	0	0.00	23.32	0.011050	0.8329	9.2028	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-21	1753	39	28	4	1	39.00	19.02	0.022248	0.4877	10.8500	19.0200	2.0505
ADSET	00000000-5eed-8004-8002-000000000503	-20	2123	22	17	1	0	0.00	17.66	0.010363	0.8027	8.3184	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-19	2137	51	31	6	3	117.00	18.22	0.023865	0.3573	8.5260	6.0733	6.4215
ADSET	00000000-5eed-8004-8002-000000000503	-18	1621	16	11	1	0	0.00	17.40	0.009870	1.0875	10.7341	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-17	2540	45	28	4	1	39.00	20.84	0.017717	0.4631	8.2047	20.8400	1.8714
ADSET	00000000-5eed-8004-8002-000000000503	-16	1763	11	7	0	0	0.00	17.14	0.006239	1.5582	9.7221	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-15	2717	34	24	2	0	0.00	22.88	0.012514	0.6729	8.4211	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-14	1889	19	15	1	0	0.00	21.06	0.010058	1.1084	11.1488	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-13	2018	19	15	1	0	0.00	19.28	0.009415	1.0147	9.5540	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-12	2126	38	25	3	1	39.00	23.32	0.017874	0.6137	10.9690	23.3200	1.6724
ADSET	00000000-5eed-8004-8002-000000000503	-11	1667	16	9	1	0	0.00	16.92	0.009598	1.0575	10.1500	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-10	2094	35	25	3	1	39.00	15.10	0.016714	0.4314	7.2111	15.1000	2.5828
ADSET	00000000-5eed-8004-8002-000000000503	-9	2449	14	9	1	0	0.00	18.84	0.005717	1.3457	7.6929	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000503	-8	2385	28	17	3	1	39.00	23.32	0.011740	0.8329	9.7778	23.3200	1.6724
ADSET	00000000-5eed-8004-8002-000000000503	-7	2368	36	29	3	1	39.00	19.96	0.015203	0.5544	8.4291	19.9600	1.9539
ADSET	00000000-5eed-8004-8002-000000000503	-6	2147	47	36	6	2	78.00	19.54	0.021891	0.4157	9.1011	9.7700	3.9918
ADSET	00000000-5eed-8004-8002-000000000503	-5	1970	40	22	4	1	39.00	21.78	0.020305	0.5445	11.0558	21.7800	1.7906
AD	00000000-5eed-8004-8003-000000050101	-18	725	10	6	0	0	0.00	11.88	0.013793	1.1880	16.3862	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-17	550	15	9	0	0	0.00	7.67	0.027273	0.5113	13.9455	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-16	712	10	6	0	0	0.00	7.85	0.014045	0.7850	11.0253	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-15	747	13	8	0	0	0.00	12.50	0.017403	0.9615	16.7336	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-14	536	5	3	0	0	0.00	8.86	0.009328	1.7720	16.5299	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-13	688	15	9	1	0	0.00	11.70	0.021802	0.7800	17.0058	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-12	961	25	14	2	0	0.00	11.46	0.026015	0.4584	11.9251	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-11	664	9	7	1	0	0.00	9.43	0.013554	1.0478	14.2018	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-10	715	12	7	0	0	0.00	11.83	0.016783	0.9858	16.5455	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-9	568	11	9	1	0	0.00	9.40	0.019366	0.8545	16.5493	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-8	734	7	5	0	0	0.00	10.88	0.009537	1.5543	14.8229	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-7	632	10	7	1	0	0.00	7.69	0.015823	0.7690	12.1677	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-6	513	5	3	0	0	0.00	7.61	0.009747	1.5220	14.8343	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050101	-5	561	8	5	0	0	0.00	9.13	0.014260	1.1413	16.2745	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-18	846	15	9	1	0	0.00	10.79	0.017730	0.7193	12.7541	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-17	944	9	6	0	0	0.00	9.37	0.009534	1.0411	9.9258	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-16	1076	26	15	1	0	0.00	10.73	0.024164	0.4127	9.9721	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-15	1193	12	9	0	0	0.00	11.65	0.010059	0.9708	9.7653	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-14	1363	17	12	2	0	0.00	11.60	0.012472	0.6824	8.5106	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-13	1025	16	12	1	0	0.00	11.83	0.015610	0.7394	11.5415	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-12	1513	27	16	1	0	0.00	11.70	0.017845	0.4333	7.7330	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-11	1205	24	19	1	0	0.00	10.30	0.019917	0.4292	8.5477	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-10	808	12	9	1	0	0.00	8.22	0.014851	0.6850	10.1733	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-9	949	7	5	0	0	0.00	8.49	0.007376	1.2129	8.9463	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-8	1044	12	7	0	0	0.00	10.37	0.011494	0.8642	9.9330	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-7	914	10	5	0	0	0.00	8.67	0.010941	0.8670	9.4858	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-6	648	6	3	0	0	0.00	7.84	0.009259	1.3067	12.0988	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050102	-5	925	8	6	1	0	0.00	9.81	0.008649	1.2263	10.6054	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-18	1143	13	7	0	0	0.00	10.59	0.011374	0.8146	9.2651	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-17	1366	19	14	1	0	0.00	12.14	0.013909	0.6389	8.8873	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-16	1008	13	9	0	0	0.00	9.57	0.012897	0.7362	9.4940	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-15	1679	20	12	2	0	0.00	11.39	0.011912	0.5695	6.7838	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-14	1053	24	14	1	0	0.00	8.69	0.022792	0.3621	8.2526	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-13	891	18	11	0	0	0.00	7.54	0.020202	0.4189	8.4624	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-12	946	14	10	1	0	0.00	9.94	0.014799	0.7100	10.5074	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-11	1304	22	15	2	0	0.00	8.46	0.016871	0.3845	6.4877	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-10	983	12	7	1	0	0.00	8.79	0.012208	0.7325	8.9420	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-9	1303	23	16	2	0	0.00	10.63	0.017652	0.4622	8.1581	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-8	1283	17	10	1	0	0.00	12.35	0.013250	0.7265	9.6259	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-7	886	7	3	0	0	0.00	8.29	0.007901	1.1843	9.3567	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050201	-6	1181	31	25	4	1	39.00	9.89	0.026249	0.3190	8.3743	9.8900	3.9434
AD	00000000-5eed-8004-8003-000000050201	-5	1194	27	21	3	1	39.00	10.68	0.022613	0.3956	8.9447	10.6800	3.6517
AD	00000000-5eed-8004-8003-000000050202	-18	1091	21	14	1	0	0.00	9.50	0.019248	0.4524	8.7076	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-17	609	12	9	1	0	0.00	7.57	0.019704	0.6308	12.4302	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-16	1094	20	14	1	0	0.00	12.00	0.018282	0.6000	10.9689	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-15	680	5	3	0	0	0.00	8.27	0.007353	1.6540	12.1618	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-14	1011	8	6	0	0	0.00	8.75	0.007913	1.0938	8.6548	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-13	725	14	10	1	0	0.00	7.95	0.019310	0.5679	10.9655	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-12	1082	19	15	2	0	0.00	11.97	0.017560	0.6300	11.0628	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-11	665	7	5	0	0	0.00	8.02	0.010526	1.1457	12.0602	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-10	864	11	7	0	0	0.00	11.34	0.012731	1.0309	13.1250	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-9	948	18	14	2	1	39.00	11.84	0.018987	0.6578	12.4895	11.8400	3.2939
AD	00000000-5eed-8004-8003-000000050202	-8	646	8	4	0	0	0.00	8.27	0.012384	1.0338	12.8019	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-7	1325	22	16	1	0	0.00	12.03	0.016604	0.5468	9.0792	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-6	927	8	5	0	0	0.00	12.14	0.008630	1.5175	13.0960	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050202	-5	598	10	5	0	0	0.00	7.67	0.016722	0.7670	12.8261	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-18	1626	47	33	4	1	39.00	11.20	0.028905	0.2383	6.8881	11.2000	3.4821
AD	00000000-5eed-8004-8003-000000050301	-17	1117	8	6	1	0	0.00	11.00	0.007162	1.3750	9.8478	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-16	1074	18	11	2	1	39.00	9.88	0.016760	0.5489	9.1993	9.8800	3.9474
AD	00000000-5eed-8004-8003-000000050301	-15	1555	13	7	0	0	0.00	12.28	0.008360	0.9446	7.8971	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-14	1272	22	13	2	0	0.00	8.26	0.017296	0.3755	6.4937	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-13	913	12	8	1	0	0.00	9.55	0.013143	0.7958	10.4600	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-12	1276	15	9	1	0	0.00	8.34	0.011755	0.5560	6.5361	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-11	1466	18	12	1	0	0.00	10.77	0.012278	0.5983	7.3465	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-10	903	12	9	1	0	0.00	8.49	0.013289	0.7075	9.4020	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-9	757	6	4	0	0	0.00	7.84	0.007926	1.3067	10.3567	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-8	900	22	14	1	0	0.00	9.25	0.024444	0.4205	10.2778	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-7	1600	33	24	2	0	0.00	10.93	0.020625	0.3312	6.8313	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050301	-6	1321	29	20	3	1	39.00	9.92	0.021953	0.3421	7.5095	9.9200	3.9315
AD	00000000-5eed-8004-8003-000000050301	-5	1280	23	18	3	1	39.00	9.59	0.017969	0.4170	7.4922	9.5900	4.0667
AD	00000000-5eed-8004-8003-000000050302	-18	688	6	4	0	0	0.00	11.61	0.008721	1.9350	16.8750	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-17	725	15	11	1	0	0.00	11.28	0.020690	0.7520	15.5586	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-16	661	13	9	1	0	0.00	7.69	0.019667	0.5915	11.6339	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-15	612	12	9	1	0	0.00	10.11	0.019608	0.8425	16.5196	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-14	670	8	4	0	0	0.00	9.50	0.011940	1.1875	14.1791	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-13	733	14	10	1	0	0.00	8.31	0.019100	0.5936	11.3370	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-12	520	4	2	0	0	0.00	8.17	0.007692	2.0425	15.7115	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-11	1024	22	15	1	0	0.00	11.39	0.021484	0.5177	11.1230	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-10	911	9	6	1	0	0.00	10.90	0.009879	1.2111	11.9649	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-9	727	14	11	1	0	0.00	11.92	0.019257	0.8514	16.3961	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-8	1022	8	6	0	0	0.00	11.98	0.007828	1.4975	11.7221	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-7	733	16	13	1	0	0.00	11.61	0.021828	0.7256	15.8390	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-6	773	18	14	1	0	0.00	11.12	0.023286	0.6178	14.3855	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000050302	-5	1025	16	12	2	1	39.00	11.26	0.015610	0.7038	10.9854	11.2600	3.4636
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-22	4042	97	71	8	4	236.00	30.45	0.023998	0.3139	7.5334	7.6125	7.7504
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-21	2881	46	27	3	1	59.00	24.78	0.015967	0.5387	8.6012	24.7800	2.3810
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-20	2184	60	42	5	2	118.00	19.35	0.027473	0.3225	8.8599	9.6750	6.0982
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-19	3927	81	67	12	6	354.00	25.73	0.020626	0.3177	6.5521	4.2883	13.7583
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-18	3087	41	24	3	1	59.00	26.03	0.013282	0.6349	8.4321	26.0300	2.2666
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-17	3359	29	24	2	0	0.00	28.35	0.008634	0.9776	8.4400	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-16	2106	31	18	1	0	0.00	20.03	0.014720	0.6461	9.5109	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-15	2588	32	20	3	1	59.00	19.28	0.012365	0.6025	7.4498	19.2800	3.0602
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-14	2564	33	21	3	1	59.00	25.65	0.012871	0.7773	10.0039	25.6500	2.3002
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-13	2678	80	58	5	2	118.00	23.80	0.029873	0.2975	8.8872	11.9000	4.9580
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-12	2195	29	20	2	0	0.00	22.83	0.013212	0.7872	10.4009	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-11	2779	34	22	1	0	0.00	21.85	0.012235	0.6426	7.8625	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-10	3548	75	54	10	4	236.00	22.38	0.021139	0.2984	6.3078	5.5950	10.5451
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-9	3395	40	29	2	1	59.00	27.80	0.011782	0.6950	8.1885	27.8000	2.1223
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-8	2842	80	47	9	4	236.00	19.93	0.028149	0.2491	7.0127	4.9825	11.8414
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-7	3445	63	39	7	2	118.00	25.90	0.018287	0.4111	7.5181	12.9500	4.5560
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-6	3376	42	30	4	2	118.00	28.13	0.012441	0.6698	8.3323	14.0650	4.1948
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-5	3225	42	28	3	1	59.00	25.30	0.013023	0.6024	7.8450	25.3000	2.3320
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-4	4356	75	43	7	3	177.00	30.15	0.017218	0.4020	6.9215	10.0500	5.8706
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-3	3286	64	44	8	4	236.00	26.33	0.019477	0.4114	8.0128	6.5825	8.9632
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-2	3601	103	77	6	3	177.00	29.43	0.028603	0.2857	8.1727	9.8100	6.0143
CAMPAIGN	00000000-5eed-8004-8001-000000000006	-1	2892	49	30	3	1	59.00	25.65	0.016943	0.5235	8.8693	25.6500	2.3002
ADSET	00000000-5eed-8004-8002-000000000601	-21	886	17	13	2	0	0.00	8.18	0.019187	0.4812	9.2325	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-20	723	9	7	0	0	0.00	8.48	0.012448	0.9422	11.7289	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-19	473	11	7	0	0	0.00	7.16	0.023256	0.6509	15.1374	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-18	578	3	2	0	0	0.00	8.14	0.005190	2.7133	14.0830	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-17	853	7	5	0	0	0.00	8.09	0.008206	1.1557	9.4842	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-16	585	5	2	0	0	0.00	6.89	0.008547	1.3780	11.7778	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-15	597	12	8	0	0	0.00	7.53	0.020101	0.6275	12.6131	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-14	615	10	7	1	0	0.00	9.07	0.016260	0.9070	14.7480	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-13	699	4	2	0	0	0.00	9.95	0.005722	2.4875	14.2346	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-12	589	8	6	0	0	0.00	8.22	0.013582	1.0275	13.9559	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-11	698	8	5	0	0	0.00	10.09	0.011461	1.2613	14.4556	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-10	438	11	8	0	0	0.00	6.37	0.025114	0.5791	14.5434	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-9	643	9	5	0	0	0.00	9.30	0.013997	1.0333	14.4635	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-8	748	19	15	2	0	0.00	8.11	0.025401	0.4268	10.8422	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-7	503	13	11	1	0	0.00	7.38	0.025845	0.5677	14.6720	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-6	717	9	5	0	0	0.00	9.46	0.012552	1.0511	13.1939	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-5	852	15	10	1	0	0.00	7.87	0.017606	0.5247	9.2371	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-4	636	4	2	0	0	0.00	8.60	0.006289	2.1500	13.5220	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-3	877	18	10	0	0	0.00	9.22	0.020525	0.5122	10.5131	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-2	807	13	9	1	0	0.00	8.23	0.016109	0.6331	10.1983	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000601	-1	523	11	6	0	0	0.00	7.59	0.021033	0.6900	14.5124	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-21	644	6	4	0	0	0.00	6.36	0.009317	1.0600	9.8758	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-20	799	8	5	0	0	0.00	9.82	0.010013	1.2275	12.2904	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-19	985	9	6	0	0	0.00	9.83	0.009137	1.0922	9.9797	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-18	570	8	6	0	0	0.00	6.46	0.014035	0.8075	11.3333	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-17	734	12	6	0	0	0.00	10.33	0.016349	0.8608	14.0736	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-16	873	10	7	1	0	0.00	10.42	0.011455	1.0420	11.9359	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-15	577	11	8	1	0	0.00	7.80	0.019064	0.7091	13.5182	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-14	943	23	14	2	0	0.00	10.01	0.024390	0.4352	10.6151	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-13	666	9	6	0	0	0.00	9.93	0.013514	1.1033	14.9099	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-12	734	17	11	1	0	0.00	10.40	0.023161	0.6118	14.1689	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-11	514	5	2	0	0	0.00	6.96	0.009728	1.3920	13.5409	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-10	553	10	7	1	0	0.00	7.26	0.018083	0.7260	13.1284	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-9	585	13	9	1	0	0.00	7.70	0.022222	0.5923	13.1624	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-8	527	14	10	1	0	0.00	6.72	0.026565	0.4800	12.7514	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-7	1092	33	20	2	0	0.00	10.09	0.030220	0.3058	9.2399	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-6	706	7	4	0	0	0.00	8.31	0.009915	1.1871	11.7705	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-5	435	2	1	0	0	0.00	6.45	0.004598	3.2250	14.8276	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-4	669	10	8	0	0	0.00	8.59	0.014948	0.8590	12.8401	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-3	570	10	5	0	0	0.00	6.52	0.017544	0.6520	11.4386	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-2	929	21	14	1	0	0.00	8.91	0.022605	0.4243	9.5910	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000602	-1	637	10	6	0	0	0.00	6.43	0.015699	0.6430	10.0942	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-21	820	17	13	1	0	0.00	9.55	0.020732	0.5618	11.6463	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-20	1041	11	8	0	0	0.00	8.70	0.010567	0.7909	8.3573	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-19	519	12	6	0	0	0.00	6.57	0.023121	0.5475	12.6590	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-18	733	13	8	1	0	0.00	8.98	0.017735	0.6908	12.2510	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-17	885	7	5	0	0	0.00	9.05	0.007910	1.2929	10.2260	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-16	629	4	2	0	0	0.00	7.90	0.006359	1.9750	12.5596	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-15	517	9	5	0	0	0.00	6.72	0.017408	0.7467	12.9981	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-14	1126	6	3	0	0	0.00	9.82	0.005329	1.6367	8.7211	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-13	827	11	7	1	0	0.00	10.04	0.013301	0.9127	12.1403	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-12	742	6	3	0	0	0.00	8.12	0.008086	1.3533	10.9434	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-11	780	9	7	1	0	0.00	7.24	0.011538	0.8044	9.2821	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-10	951	16	10	1	0	0.00	9.50	0.016824	0.5938	9.9895	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-9	610	6	4	0	0	0.00	6.81	0.009836	1.1350	11.1639	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-8	927	16	9	1	0	0.00	9.46	0.017260	0.5913	10.2050	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-7	843	18	13	1	0	0.00	9.87	0.021352	0.5483	11.7082	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-6	668	13	9	1	0	0.00	8.73	0.019461	0.6715	13.0689	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-5	533	11	7	0	0	0.00	7.07	0.020638	0.6427	13.2645	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-4	955	9	6	0	0	0.00	8.64	0.009424	0.9600	9.0471	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-3	686	5	3	0	0	0.00	8.72	0.007289	1.7440	12.7114	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-2	653	7	5	0	0	0.00	8.16	0.010720	1.1657	12.4962	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000603	-1	771	17	14	1	0	0.00	9.96	0.022049	0.5859	12.9183	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-14	330	5	3	0	0	0.00	4.45	0.015152	0.8900	13.4848	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-13	325	3	1	0	0	0.00	4.23	0.009231	1.4100	13.0154	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-12	331	2	1	0	0	0.00	4.57	0.006042	2.2850	13.8066	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-11	415	3	2	0	0	0.00	4.40	0.007229	1.4667	10.6024	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-10	366	7	4	0	0	0.00	4.19	0.019126	0.5986	11.4481	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-9	244	3	1	0	0	0.00	3.75	0.012295	1.2500	15.3689	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-8	303	6	3	0	0	0.00	3.59	0.019802	0.5983	11.8482	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-7	275	5	3	0	0	0.00	3.94	0.018182	0.7880	14.3273	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-6	283	4	3	0	0	0.00	3.28	0.014134	0.8200	11.5901	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-5	312	4	2	0	0	0.00	4.93	0.012821	1.2325	15.8013	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-4	292	4	2	0	0	0.00	3.58	0.013699	0.8950	12.2603	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-3	325	2	1	0	0	0.00	3.36	0.006154	1.6800	10.3385	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-2	366	5	3	0	0	0.00	4.01	0.013661	0.8020	10.9563	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060101	-1	235	3	2	0	0	0.00	3.21	0.012766	1.0700	13.6596	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-14	410	5	3	0	0	0.00	4.16	0.012195	0.8320	10.1463	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-13	456	13	7	1	0	0.00	3.28	0.028509	0.2523	7.1930	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-12	628	9	5	0	0	0.00	4.20	0.014331	0.4667	6.6879	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-11	463	5	3	0	0	0.00	3.38	0.010799	0.6760	7.3002	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-10	515	8	5	0	0	0.00	3.95	0.015534	0.4938	7.6699	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-9	347	6	3	0	0	0.00	3.33	0.017291	0.5550	9.5965	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-8	448	7	3	0	0	0.00	4.22	0.015625	0.6029	9.4196	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-7	458	4	2	0	0	0.00	4.24	0.008734	1.0600	9.2576	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-6	344	9	5	0	0	0.00	3.49	0.026163	0.3878	10.1453	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-5	437	4	3	0	0	0.00	3.74	0.009153	0.9350	8.5584	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-4	681	8	5	0	0	0.00	4.63	0.011747	0.5788	6.7988	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-3	531	8	6	0	0	0.00	3.95	0.015066	0.4938	7.4388	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-2	435	4	3	0	0	0.00	3.70	0.009195	0.9250	8.5057	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060102	-1	472	3	1	0	0	0.00	4.65	0.006356	1.5500	9.8517	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-14	372	10	7	1	0	0.00	3.85	0.026882	0.3850	10.3495	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-13	600	5	3	0	0	0.00	4.90	0.008333	0.9800	8.1667	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-12	376	6	4	0	0	0.00	4.58	0.015957	0.7633	12.1809	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-11	313	6	4	0	0	0.00	3.60	0.019169	0.6000	11.5016	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-10	358	7	5	0	0	0.00	3.78	0.019553	0.5400	10.5587	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-9	498	6	5	0	0	0.00	4.38	0.012048	0.7300	8.7952	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-8	396	4	3	0	0	0.00	5.01	0.010101	1.2525	12.6515	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-7	381	7	5	0	0	0.00	4.48	0.018373	0.6400	11.7585	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-6	289	6	4	0	0	0.00	3.45	0.020761	0.5750	11.9377	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-5	468	9	5	0	0	0.00	5.10	0.019231	0.5667	10.8974	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-4	539	3	2	0	0	0.00	4.39	0.005566	1.4633	8.1447	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-3	307	6	4	0	0	0.00	3.49	0.019544	0.5817	11.3681	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-2	306	3	2	0	0	0.00	3.79	0.009804	1.2633	12.3856	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060201	-1	567	5	3	0	0	0.00	5.16	0.008818	1.0320	9.1005	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-14	317	6	4	0	0	0.00	4.07	0.018927	0.6783	12.8391	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-13	395	4	2	0	0	0.00	4.25	0.010127	1.0625	10.7595	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-12	325	6	3	0	0	0.00	3.60	0.018462	0.6000	11.0769	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-11	466	5	4	0	0	0.00	5.15	0.010730	1.0300	11.0515	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-10	349	5	4	0	0	0.00	3.15	0.014327	0.6300	9.0258	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-9	432	4	3	0	0	0.00	4.42	0.009259	1.1050	10.2315	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-8	359	4	2	0	0	0.00	3.48	0.011142	0.8700	9.6936	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-7	437	6	4	0	0	0.00	3.78	0.013730	0.6300	8.6499	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-6	276	3	2	0	0	0.00	3.60	0.010870	1.2000	13.0435	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-5	325	4	3	0	0	0.00	3.30	0.012308	0.8250	10.1538	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-4	326	5	3	0	0	0.00	4.24	0.015337	0.8480	13.0061	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-3	317	4	2	0	0	0.00	3.86	0.012618	0.9650	12.1767	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-2	362	9	5	0	0	0.00	4.57	0.024862	0.5078	12.6243	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060202	-1	389	4	3	0	0	0.00	4.57	0.010283	1.1425	11.7481	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-14	445	6	3	0	0	0.00	3.35	0.013483	0.5583	7.5281	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-13	484	4	2	0	0	0.00	5.16	0.008264	1.2900	10.6612	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-12	422	5	3	0	0	0.00	3.98	0.011848	0.7960	9.4313	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-11	316	6	4	0	0	0.00	3.20	0.018987	0.5333	10.1266	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-10	602	14	9	0	0	0.00	4.71	0.023256	0.3364	7.8239	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-9	324	7	5	0	0	0.00	3.46	0.021605	0.4943	10.6790	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-8	470	9	6	0	0	0.00	3.74	0.019149	0.4156	7.9574	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-7	569	9	7	1	0	0.00	4.24	0.015817	0.4711	7.4517	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-6	346	4	2	0	0	0.00	3.19	0.011561	0.7975	9.2197	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-5	472	6	4	0	0	0.00	4.03	0.012712	0.6717	8.5381	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-4	481	6	3	0	0	0.00	4.84	0.012474	0.8067	10.0624	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-3	514	4	3	0	0	0.00	5.04	0.007782	1.2600	9.8054	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-2	398	6	4	0	0	0.00	3.75	0.015075	0.6250	9.4221	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060301	-1	534	3	1	0	0	0.00	4.70	0.005618	1.5667	8.8015	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-14	353	4	2	0	0	0.00	4.13	0.011331	1.0325	11.6997	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-13	539	7	5	0	0	0.00	4.83	0.012987	0.6900	8.9610	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-12	354	9	6	0	0	0.00	3.78	0.025424	0.4200	10.6780	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-11	349	4	2	0	0	0.00	4.05	0.011461	1.0125	11.6046	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-10	352	2	1	0	0	0.00	3.30	0.005682	1.6500	9.3750	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-9	339	5	3	0	0	0.00	4.30	0.014749	0.8600	12.6844	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-8	566	4	2	0	0	0.00	4.77	0.007067	1.1925	8.4276	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-7	355	2	1	0	0	0.00	3.55	0.005634	1.7750	10.0000	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-6	286	2	1	0	0	0.00	3.57	0.006993	1.7850	12.4825	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-5	388	7	4	0	0	0.00	4.80	0.018041	0.6857	12.3711	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-4	486	9	7	0	0	0.00	4.68	0.018519	0.5200	9.6296	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-3	424	11	7	1	0	0.00	4.83	0.025943	0.4391	11.3915	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-2	474	6	4	0	0	0.00	4.05	0.012658	0.6750	8.5443	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000060302	-1	397	5	3	0	0	0.00	4.80	0.012594	0.9600	12.0907	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-26	1285	8	6	1	0	0.00	15.86	0.006226	1.9825	12.3424	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-25	1831	18	10	1	0	0.00	23.80	0.009831	1.3222	12.9984	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-24	2324	23	16	2	1	39.00	22.68	0.009897	0.9861	9.7590	22.6800	1.7196
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-23	2034	20	13	1	0	0.00	22.96	0.009833	1.1480	11.2881	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-22	2009	32	25	4	2	78.00	20.78	0.015928	0.6494	10.3435	10.3900	3.7536
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-21	1830	39	24	2	0	0.00	20.14	0.021311	0.5164	11.0055	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-20	1967	20	15	1	0	0.00	18.30	0.010168	0.9150	9.3035	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-19	1522	15	8	1	0	0.00	15.28	0.009855	1.0187	10.0394	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-18	1410	26	18	1	0	0.00	15.72	0.018440	0.6046	11.1489	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-17	1285	17	14	1	0	0.00	15.86	0.013230	0.9329	12.3424	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-16	2235	54	43	4	2	78.00	22.76	0.024161	0.4215	10.1834	11.3800	3.4271
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-15	2185	28	18	1	0	0.00	19.98	0.012815	0.7136	9.1442	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-14	1816	47	28	4	2	78.00	23.36	0.025881	0.4970	12.8634	11.6800	3.3390
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-13	1482	13	10	1	0	0.00	19.16	0.008772	1.4738	12.9285	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-12	1455	38	27	3	1	39.00	18.86	0.026117	0.4963	12.9622	18.8600	2.0679
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-11	2337	44	35	5	2	78.00	23.98	0.018828	0.5450	10.2610	11.9900	3.2527
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-10	1834	47	32	4	2	78.00	23.04	0.025627	0.4902	12.5627	11.5200	3.3854
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-9	2003	28	18	3	0	0.00	20.98	0.013979	0.7493	10.4743	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-8	2775	53	44	4	1	39.00	23.72	0.019099	0.4475	8.5477	23.7200	1.6442
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-7	1858	35	22	4	2	78.00	22.06	0.018837	0.6303	11.8730	11.0300	3.5358
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-6	2149	30	24	4	1	39.00	22.28	0.013960	0.7427	10.3676	22.2800	1.7504
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-5	1793	26	15	1	0	0.00	23.10	0.014501	0.8885	12.8834	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000007	-4	2318	34	23	3	1	39.00	20.14	0.014668	0.5924	8.6885	20.1400	1.9364
ADSET	00000000-5eed-8004-8002-000000000701	-24	447	4	2	0	0	0.00	7.51	0.008949	1.8775	16.8009	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-23	456	8	5	0	0	0.00	7.61	0.017544	0.9513	16.6886	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-22	427	7	5	0	0	0.00	5.02	0.016393	0.7171	11.7564	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-21	335	7	4	0	0	0.00	5.18	0.020896	0.7400	15.4627	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-20	567	8	5	0	0	0.00	7.89	0.014109	0.9863	13.9153	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-19	708	10	7	0	0	0.00	7.29	0.014124	0.7290	10.2966	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-18	605	6	4	0	0	0.00	6.37	0.009917	1.0617	10.5289	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-17	721	8	5	0	0	0.00	7.29	0.011096	0.9113	10.1110	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-16	474	7	4	0	0	0.00	7.27	0.014768	1.0386	15.3376	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-15	480	7	4	0	0	0.00	7.23	0.014583	1.0329	15.0625	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-14	587	10	7	1	0	0.00	6.11	0.017036	0.6110	10.4089	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-13	458	11	6	0	0	0.00	6.24	0.024017	0.5673	13.6245	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-12	367	8	6	1	0	0.00	5.37	0.021798	0.6713	14.6322	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-11	485	7	5	0	0	0.00	7.75	0.014433	1.1071	15.9794	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-10	500	10	7	0	0	0.00	5.23	0.020000	0.5230	10.4600	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-9	484	9	6	1	0	0.00	5.13	0.018595	0.5700	10.5992	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-8	529	10	5	0	0	0.00	7.59	0.018904	0.7590	14.3478	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-7	448	4	2	0	0	0.00	7.19	0.008929	1.7975	16.0491	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-6	422	8	5	1	0	0.00	5.20	0.018957	0.6500	12.3223	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-5	525	5	3	0	0	0.00	7.79	0.009524	1.5580	14.8381	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000701	-4	441	6	5	0	0	0.00	6.42	0.013605	1.0700	14.5578	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-24	523	11	8	0	0	0.00	6.20	0.021033	0.5636	11.8547	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-23	594	9	4	0	0	0.00	8.09	0.015152	0.8989	13.6195	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-22	831	19	10	1	0	0.00	7.95	0.022864	0.4184	9.5668	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-21	626	11	6	1	0	0.00	6.43	0.017572	0.5845	10.2716	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-20	701	11	6	1	0	0.00	7.01	0.015692	0.6373	10.0000	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-19	552	9	6	0	0	0.00	6.75	0.016304	0.7500	12.2283	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-18	503	6	3	0	0	0.00	7.24	0.011928	1.2067	14.3936	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-17	668	9	6	0	0	0.00	6.78	0.013473	0.7533	10.1497	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-16	706	18	14	2	1	39.00	8.07	0.025496	0.4483	11.4306	8.0700	4.8327
ADSET	00000000-5eed-8004-8002-000000000702	-15	516	5	3	0	0	0.00	5.91	0.009690	1.1820	11.4535	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-14	391	9	5	0	0	0.00	5.64	0.023018	0.6267	14.4246	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-13	517	12	6	0	0	0.00	6.91	0.023211	0.5758	13.3656	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-12	440	9	7	1	0	0.00	6.05	0.020455	0.6722	13.7500	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-11	848	18	11	1	0	0.00	7.95	0.021226	0.4417	9.3750	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-10	534	6	4	0	0	0.00	5.33	0.011236	0.8883	9.9813	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-9	554	10	8	0	0	0.00	7.80	0.018051	0.7800	14.0794	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-8	772	13	8	1	0	0.00	7.19	0.016839	0.5531	9.3135	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-7	670	9	6	0	0	0.00	7.60	0.013433	0.8444	11.3433	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-6	705	10	8	1	0	0.00	7.45	0.014184	0.7450	10.5674	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-5	473	6	3	0	0	0.00	5.24	0.012685	0.8733	11.0782	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000702	-4	532	9	7	0	0	0.00	6.19	0.016917	0.6878	11.6353	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-24	522	10	6	0	0	0.00	5.75	0.019157	0.5750	11.0153	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-23	485	3	2	0	0	0.00	5.66	0.006186	1.8867	11.6701	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-22	686	6	4	0	0	0.00	7.08	0.008746	1.1800	10.3207	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-21	628	13	8	1	0	0.00	6.37	0.020701	0.4900	10.1433	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-20	711	15	9	1	0	0.00	7.49	0.021097	0.4993	10.5345	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-19	524	6	3	0	0	0.00	5.07	0.011450	0.8450	9.6756	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-18	818	6	5	0	0	0.00	6.81	0.007335	1.1350	8.3252	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-17	500	4	2	0	0	0.00	6.22	0.008000	1.5550	12.4400	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-16	508	11	7	1	0	0.00	6.75	0.021654	0.6136	13.2874	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-15	546	12	10	1	0	0.00	6.01	0.021978	0.5008	11.0073	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-14	466	4	2	0	0	0.00	5.17	0.008584	1.2925	11.0944	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-13	659	8	5	0	0	0.00	5.63	0.012140	0.7038	8.5432	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-12	650	13	7	1	0	0.00	6.69	0.020000	0.5146	10.2923	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-11	755	11	8	0	0	0.00	8.32	0.014570	0.7564	11.0199	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-10	962	10	7	0	0	0.00	7.93	0.010395	0.7930	8.2432	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-9	832	15	12	1	0	0.00	6.97	0.018029	0.4647	8.3774	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-8	651	6	3	0	0	0.00	5.89	0.009217	0.9817	9.0476	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-7	400	5	2	0	0	0.00	5.31	0.012500	1.0620	13.2750	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-6	681	12	9	1	0	0.00	6.68	0.017621	0.5567	9.8091	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-5	457	5	3	0	0	0.00	5.75	0.010941	1.1500	12.5821	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000703	-4	741	7	4	0	0	0.00	7.48	0.009447	1.0686	10.0945	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-17	322	3	1	0	0	0.00	3.15	0.009317	1.0500	9.7826	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-16	311	9	7	1	0	0.00	3.88	0.028939	0.4311	12.4759	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-15	371	3	2	0	0	0.00	4.13	0.008086	1.3767	11.1321	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-14	413	7	5	0	0	0.00	3.84	0.016949	0.5486	9.2978	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-13	300	3	2	0	0	0.00	3.31	0.010000	1.1033	11.0333	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-12	285	2	1	0	0	0.00	3.18	0.007018	1.5900	11.1579	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-11	238	2	1	0	0	0.00	2.99	0.008403	1.4950	12.5630	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-10	355	4	2	0	0	0.00	3.79	0.011268	0.9475	10.6761	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-9	344	5	4	0	0	0.00	3.92	0.014535	0.7840	11.3953	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-8	258	6	3	0	0	0.00	3.29	0.023256	0.5483	12.7519	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-7	343	6	4	0	0	0.00	4.13	0.017493	0.6883	12.0408	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-6	251	3	1	0	0	0.00	2.87	0.011952	0.9567	11.4343	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-5	449	5	2	0	0	0.00	3.59	0.011136	0.7180	7.9955	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070101	-4	389	10	7	1	0	0.00	3.35	0.025707	0.3350	8.6118	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-17	410	7	3	0	0	0.00	4.06	0.017073	0.5800	9.9024	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-16	432	7	4	0	0	0.00	3.99	0.016204	0.5700	9.2361	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-15	517	8	6	0	0	0.00	4.01	0.015474	0.5013	7.7563	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-14	414	7	4	0	0	0.00	4.02	0.016908	0.5743	9.7101	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-13	416	7	4	0	0	0.00	3.24	0.016827	0.4629	7.7885	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-12	390	7	5	0	0	0.00	4.15	0.017949	0.5929	10.6410	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-11	252	2	1	0	0	0.00	2.54	0.007937	1.2700	10.0794	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-10	337	3	2	0	0	0.00	2.82	0.008902	0.9400	8.3680	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-9	453	9	6	0	0	0.00	3.85	0.019868	0.4278	8.4989	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-8	404	3	2	0	0	0.00	3.00	0.007426	1.0000	7.4257	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-7	352	8	5	0	0	0.00	3.18	0.022727	0.3975	9.0341	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-6	419	3	2	0	0	0.00	3.86	0.007160	1.2867	9.2124	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-5	383	5	4	0	0	0.00	3.67	0.013055	0.7340	9.5822	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070102	-4	409	4	2	0	0	0.00	3.76	0.009780	0.9400	9.1932	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-17	469	6	4	0	0	0.00	3.23	0.012793	0.5383	6.8870	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-16	263	5	3	0	0	0.00	2.66	0.019011	0.5320	10.1141	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-15	475	10	6	1	0	0.00	3.69	0.021053	0.3690	7.7684	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-14	445	5	2	0	0	0.00	3.87	0.011236	0.7740	8.6966	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-13	356	6	4	0	0	0.00	3.31	0.016854	0.5517	9.2978	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-12	426	3	2	0	0	0.00	4.16	0.007042	1.3867	9.7653	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-11	534	11	7	0	0	0.00	3.31	0.020599	0.3009	6.1985	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-10	460	7	4	0	0	0.00	4.08	0.015217	0.5829	8.8696	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-9	552	6	5	0	0	0.00	3.43	0.010870	0.5717	6.2138	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-8	350	7	5	0	0	0.00	3.23	0.020000	0.4614	9.2286	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-7	568	13	10	1	0	0.00	3.54	0.022887	0.2723	6.2324	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-6	445	9	7	0	0	0.00	3.65	0.020225	0.4056	8.2022	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-5	500	4	2	0	0	0.00	3.24	0.008000	0.8100	6.4800	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070201	-4	463	11	9	1	0	0.00	3.86	0.023758	0.3509	8.3369	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-17	420	12	9	1	0	0.00	4.03	0.028571	0.3358	9.5952	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-16	296	2	1	0	0	0.00	3.35	0.006757	1.6750	11.3176	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-15	420	8	6	0	0	0.00	4.14	0.019048	0.5175	9.8571	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-14	267	2	1	0	0	0.00	3.60	0.007491	1.8000	13.4831	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-13	191	3	2	0	0	0.00	2.71	0.015707	0.9033	14.1885	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-12	449	7	4	0	0	0.00	4.06	0.015590	0.5800	9.0423	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-11	267	6	4	0	0	0.00	3.27	0.022472	0.5450	12.2472	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-10	325	5	3	0	0	0.00	4.10	0.015385	0.8200	12.6154	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-9	271	5	3	0	0	0.00	3.31	0.018450	0.6620	12.2140	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-8	239	4	3	0	0	0.00	2.61	0.016736	0.6525	10.9205	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-7	248	3	2	0	0	0.00	3.21	0.012097	1.0700	12.9435	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-6	332	3	2	0	0	0.00	4.04	0.009036	1.3467	12.1687	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-5	276	3	2	0	0	0.00	4.10	0.010870	1.3667	14.8551	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070202	-4	346	5	3	0	0	0.00	3.82	0.014451	0.7640	11.0405	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-17	241	6	3	0	0	0.00	2.65	0.024896	0.4417	10.9959	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-16	417	6	4	0	0	0.00	3.49	0.014388	0.5817	8.3693	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-15	307	6	4	0	0	0.00	3.43	0.019544	0.5717	11.1726	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-14	266	3	2	0	0	0.00	3.01	0.011278	1.0033	11.3158	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-13	411	6	4	0	0	0.00	3.64	0.014599	0.6067	8.8564	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-12	265	2	1	0	0	0.00	2.71	0.007547	1.3550	10.2264	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-11	374	6	4	0	0	0.00	3.74	0.016043	0.6233	10.0000	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-10	518	8	5	0	0	0.00	3.87	0.015444	0.4838	7.4710	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-9	408	3	2	0	0	0.00	3.43	0.007353	1.1433	8.4069	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-8	495	6	4	0	0	0.00	3.64	0.012121	0.6067	7.3535	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-7	349	3	2	0	0	0.00	3.84	0.008596	1.2800	11.0029	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-6	260	6	5	0	0	0.00	2.97	0.023077	0.4950	11.4231	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-5	247	3	2	0	0	0.00	2.62	0.012146	0.8733	10.6073	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070301	-4	277	6	4	0	0	0.00	2.80	0.021661	0.4667	10.1083	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-17	463	4	2	0	0	0.00	3.40	0.008639	0.8500	7.3434	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-16	392	8	6	0	0	0.00	3.42	0.020408	0.4275	8.7245	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-15	345	9	5	0	0	0.00	2.83	0.026087	0.3144	8.2029	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-14	377	4	3	0	0	0.00	3.08	0.010610	0.7700	8.1698	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-13	526	4	2	0	0	0.00	4.00	0.007605	1.0000	7.6046	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-12	407	4	2	0	0	0.00	3.92	0.009828	0.9800	9.6314	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-11	241	3	2	0	0	0.00	2.50	0.012448	0.8333	10.3734	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-10	330	8	5	0	0	0.00	3.73	0.024242	0.4663	11.3030	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-9	363	3	1	0	0	0.00	3.67	0.008264	1.2233	10.1102	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-8	441	8	6	1	0	0.00	3.21	0.018141	0.4013	7.2789	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-7	537	12	7	1	0	0.00	3.76	0.022346	0.3133	7.0019	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-6	309	5	3	0	0	0.00	2.58	0.016181	0.5160	8.3495	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-5	276	5	4	0	0	0.00	2.56	0.018116	0.5120	9.2754	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000070302	-4	317	5	3	0	0	0.00	3.05	0.015773	0.6100	9.6215	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-30	14119	158	90	12	6	354.00	146.00	0.011191	0.9241	10.3407	24.3333	2.4247
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-29	7622	114	87	8	2	118.00	97.75	0.014957	0.8575	12.8247	48.8750	1.2072
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-28	10813	125	87	8	3	177.00	144.13	0.011560	1.1530	13.3293	48.0433	1.2281
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-27	9400	158	105	12	5	295.00	137.50	0.016809	0.8703	14.6277	27.5000	2.1455
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-26	10703	194	158	23	10	590.00	138.88	0.018126	0.7159	12.9758	13.8880	4.2483
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-25	7960	120	68	10	3	177.00	124.88	0.015075	1.0407	15.6884	41.6267	1.4174
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-24	11303	223	177	20	11	649.00	142.25	0.019729	0.6379	12.5852	12.9318	4.5624
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-23	11229	265	194	22	7	413.00	137.50	0.023600	0.5189	12.2451	19.6429	3.0036
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-22	8573	73	56	6	2	118.00	134.38	0.008515	1.8408	15.6748	67.1900	0.8781
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-21	10057	247	159	20	8	472.00	139.25	0.024560	0.5638	13.8461	17.4063	3.3896
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-20	9786	221	169	25	10	590.00	106.75	0.022583	0.4830	10.9084	10.6750	5.5269
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-19	8226	140	101	16	8	472.00	118.88	0.017019	0.8491	14.4517	14.8600	3.9704
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-18	8757	171	111	9	3	177.00	126.88	0.019527	0.7420	14.4890	42.2933	1.3950
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-17	11342	158	115	12	5	295.00	148.75	0.013931	0.9415	13.1150	29.7500	1.9832
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-16	12930	264	167	32	15	885.00	150.50	0.020418	0.5701	11.6396	10.0333	5.8804
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-15	10976	167	101	8	3	177.00	123.88	0.015215	0.7418	11.2864	41.2933	1.4288
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-14	11582	257	218	25	12	708.00	113.63	0.022190	0.4421	9.8109	9.4692	6.2307
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-13	12218	173	111	13	6	354.00	150.38	0.014159	0.8692	12.3081	25.0633	2.3540
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-12	8130	110	79	14	4	236.00	115.75	0.013530	1.0523	14.2374	28.9375	2.0389
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-11	8096	175	141	26	13	767.00	118.13	0.021616	0.6750	14.5912	9.0869	6.4928
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-10	6686	103	86	14	6	354.00	103.63	0.015405	1.0061	15.4996	17.2717	3.4160
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-9	7833	221	163	16	4	236.00	121.00	0.028214	0.5475	15.4475	30.2500	1.9504
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-8	9900	244	184	31	10	590.00	100.88	0.024646	0.4134	10.1899	10.0880	5.8485
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-7	8577	175	140	14	6	354.00	125.25	0.020403	0.7157	14.6030	20.8750	2.8263
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-6	9478	265	150	23	12	708.00	125.38	0.027959	0.4731	13.2285	10.4483	5.6468
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-5	10279	169	123	16	9	531.00	98.00	0.016441	0.5799	9.5340	10.8889	5.4184
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-4	9931	128	75	13	5	295.00	134.00	0.012889	1.0469	13.4931	26.8000	2.2015
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-3	9110	122	99	10	3	177.00	117.75	0.013392	0.9652	12.9254	39.2500	1.5032
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-2	9148	121	81	14	6	354.00	134.63	0.013227	1.1126	14.7169	22.4383	2.6294
CAMPAIGN	00000000-5eed-8004-8001-000000000008	-1	13759	233	145	13	6	354.00	148.00	0.016934	0.6352	10.7566	24.6667	2.3919
ADSET	00000000-5eed-8004-8002-000000000801	-21	4438	49	39	4	2	118.00	47.75	0.011041	0.9745	10.7594	23.8750	2.4712
ADSET	00000000-5eed-8004-8002-000000000801	-20	3670	53	41	6	3	177.00	44.54	0.014441	0.8404	12.1362	14.8467	3.9740
ADSET	00000000-5eed-8004-8002-000000000801	-19	4994	84	56	5	2	118.00	39.21	0.016820	0.4668	7.8514	19.6050	3.0094
ADSET	00000000-5eed-8004-8002-000000000801	-18	5813	100	82	9	4	236.00	51.58	0.017203	0.5158	8.8732	12.8950	4.5754
ADSET	00000000-5eed-8004-8002-000000000801	-17	3826	63	46	3	1	59.00	42.37	0.016466	0.6725	11.0742	42.3700	1.3925
ADSET	00000000-5eed-8004-8002-000000000801	-16	3170	44	33	4	1	59.00	32.58	0.013880	0.7405	10.2776	32.5800	1.8109
ADSET	00000000-5eed-8004-8002-000000000801	-15	3437	34	19	2	0	0.00	37.42	0.009892	1.1006	10.8874	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000801	-14	5668	85	49	6	2	118.00	44.00	0.014996	0.5176	7.7629	22.0000	2.6818
ADSET	00000000-5eed-8004-8002-000000000801	-13	4263	87	51	6	1	59.00	47.25	0.020408	0.5431	11.0837	47.2500	1.2487
ADSET	00000000-5eed-8004-8002-000000000801	-12	4241	53	40	8	3	177.00	46.17	0.012497	0.8711	10.8866	15.3900	3.8337
ADSET	00000000-5eed-8004-8002-000000000801	-11	6137	121	76	10	3	177.00	49.87	0.019716	0.4121	8.1261	16.6233	3.5492
ADSET	00000000-5eed-8004-8002-000000000801	-10	4301	44	28	5	2	118.00	32.08	0.010230	0.7291	7.4587	16.0400	3.6783
ADSET	00000000-5eed-8004-8002-000000000801	-9	3081	60	50	6	3	177.00	35.67	0.019474	0.5945	11.5774	11.8900	4.9622
ADSET	00000000-5eed-8004-8002-000000000801	-8	3763	25	17	2	0	0.00	37.12	0.006644	1.4848	9.8645	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000801	-7	4722	81	47	6	1	59.00	45.42	0.017154	0.5607	9.6188	45.4200	1.2990
ADSET	00000000-5eed-8004-8002-000000000801	-6	3709	45	26	2	0	0.00	37.17	0.012133	0.8260	10.0216	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000801	-5	3174	25	18	1	0	0.00	35.87	0.007876	1.4348	11.3012	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000801	-4	3048	33	26	2	0	0.00	31.96	0.010827	0.9685	10.4856	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000801	-3	4613	49	35	6	2	118.00	51.67	0.010622	1.0545	11.2010	25.8350	2.2837
ADSET	00000000-5eed-8004-8002-000000000801	-2	6855	121	71	8	3	177.00	52.00	0.017651	0.4298	7.5857	17.3333	3.4038
ADSET	00000000-5eed-8004-8002-000000000801	-1	4709	97	81	9	4	236.00	48.12	0.020599	0.4961	10.2187	12.0300	4.9044
ADSET	00000000-5eed-8004-8002-000000000802	-21	3928	73	49	5	2	118.00	47.00	0.018585	0.6438	11.9654	23.5000	2.5106
ADSET	00000000-5eed-8004-8002-000000000802	-20	3402	52	32	3	1	59.00	37.50	0.015285	0.7212	11.0229	37.5000	1.5733
ADSET	00000000-5eed-8004-8002-000000000802	-19	3618	80	56	6	2	118.00	31.50	0.022112	0.3938	8.7065	15.7500	3.7460
ADSET	00000000-5eed-8004-8002-000000000802	-18	3453	65	44	4	1	59.00	35.21	0.018824	0.5417	10.1969	35.2100	1.6757
ADSET	00000000-5eed-8004-8002-000000000802	-17	5442	84	64	9	4	236.00	50.87	0.015436	0.6056	9.3477	12.7175	4.6393
ADSET	00000000-5eed-8004-8002-000000000802	-16	5427	62	52	4	2	118.00	48.21	0.011424	0.7776	8.8834	24.1050	2.4476
ADSET	00000000-5eed-8004-8002-000000000802	-15	4814	71	48	6	2	118.00	41.12	0.014749	0.5792	8.5418	20.5600	2.8696
ADSET	00000000-5eed-8004-8002-000000000802	-14	2952	80	63	8	3	177.00	36.42	0.027100	0.4553	12.3374	12.1400	4.8600
ADSET	00000000-5eed-8004-8002-000000000802	-13	5011	111	79	14	7	413.00	48.87	0.022151	0.4403	9.7525	6.9814	8.4510
ADSET	00000000-5eed-8004-8002-000000000802	-12	5013	54	33	5	2	118.00	47.54	0.010772	0.8804	9.4833	23.7700	2.4821
ADSET	00000000-5eed-8004-8002-000000000802	-11	3079	75	45	6	3	177.00	33.37	0.024359	0.4449	10.8379	11.1233	5.3042
ADSET	00000000-5eed-8004-8002-000000000802	-10	3274	23	18	1	0	0.00	34.71	0.007025	1.5091	10.6017	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000802	-9	3102	27	18	2	1	59.00	34.29	0.008704	1.2700	11.0542	34.2900	1.7206
ADSET	00000000-5eed-8004-8002-000000000802	-8	6242	185	152	21	11	649.00	49.83	0.029638	0.2694	7.9830	4.5300	13.0243
ADSET	00000000-5eed-8004-8002-000000000802	-7	4198	56	33	6	3	177.00	44.37	0.013340	0.7923	10.5693	14.7900	3.9892
ADSET	00000000-5eed-8004-8002-000000000802	-6	3845	110	67	12	4	236.00	37.62	0.028609	0.3420	9.7841	9.4050	6.2733
ADSET	00000000-5eed-8004-8002-000000000802	-5	4747	97	75	10	4	236.00	39.17	0.020434	0.4038	8.2515	9.7925	6.0250
ADSET	00000000-5eed-8004-8002-000000000802	-4	3341	20	11	0	0	0.00	32.58	0.005986	1.6290	9.7516	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000802	-3	4213	41	24	3	1	59.00	33.33	0.009732	0.8129	7.9112	33.3300	1.7702
ADSET	00000000-5eed-8004-8002-000000000802	-2	3691	25	14	1	0	0.00	42.67	0.006773	1.7068	11.5606	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000802	-1	4010	61	50	5	2	118.00	42.46	0.015212	0.6961	10.5885	21.2300	2.7791
ADSET	00000000-5eed-8004-8002-000000000803	-21	2398	52	37	6	3	177.00	31.87	0.021685	0.6129	13.2902	10.6233	5.5538
ADSET	00000000-5eed-8004-8002-000000000803	-20	4044	55	45	5	2	118.00	50.29	0.013600	0.9144	12.4357	25.1450	2.3464
ADSET	00000000-5eed-8004-8002-000000000803	-19	2163	36	27	2	0	0.00	31.87	0.016644	0.8853	14.7342	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000803	-18	3749	84	70	8	3	177.00	44.75	0.022406	0.5327	11.9365	14.9167	3.9553
ADSET	00000000-5eed-8004-8002-000000000803	-17	2421	25	18	3	1	59.00	36.17	0.010326	1.4468	14.9401	36.1700	1.6312
ADSET	00000000-5eed-8004-8002-000000000803	-16	2719	31	20	2	1	59.00	40.62	0.011401	1.3103	14.9393	40.6200	1.4525
ADSET	00000000-5eed-8004-8002-000000000803	-15	3865	62	52	5	2	118.00	50.42	0.016041	0.8132	13.0453	25.2100	2.3403
ADSET	00000000-5eed-8004-8002-000000000803	-14	2829	42	25	4	2	118.00	38.17	0.014846	0.9088	13.4924	19.0850	3.0914
ADSET	00000000-5eed-8004-8002-000000000803	-13	2552	57	42	3	1	59.00	35.71	0.022335	0.6265	13.9929	35.7100	1.6522
ADSET	00000000-5eed-8004-8002-000000000803	-12	3863	37	29	3	1	59.00	47.00	0.009578	1.2703	12.1667	47.0000	1.2553
ADSET	00000000-5eed-8004-8002-000000000803	-11	3287	36	24	3	1	59.00	33.37	0.010952	0.9269	10.1521	33.3700	1.7681
ADSET	00000000-5eed-8004-8002-000000000803	-10	3208	78	65	9	3	177.00	38.25	0.024314	0.4904	11.9233	12.7500	4.6275
ADSET	00000000-5eed-8004-8002-000000000803	-9	2234	66	39	6	1	59.00	35.58	0.029543	0.5391	15.9266	35.5800	1.6582
ADSET	00000000-5eed-8004-8002-000000000803	-8	3643	49	40	7	3	177.00	47.67	0.013450	0.9729	13.0854	15.8900	3.7130
ADSET	00000000-5eed-8004-8002-000000000803	-7	4482	85	64	8	4	236.00	51.50	0.018965	0.6059	11.4904	12.8750	4.5825
ADSET	00000000-5eed-8004-8002-000000000803	-6	3069	42	29	4	1	59.00	48.21	0.013685	1.1479	15.7087	48.2100	1.2238
ADSET	00000000-5eed-8004-8002-000000000803	-5	2902	40	28	2	0	0.00	47.12	0.013784	1.1780	16.2371	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000803	-4	3845	46	35	2	0	0.00	51.83	0.011964	1.1267	13.4798	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000803	-3	3843	94	56	9	3	177.00	40.83	0.024460	0.4344	10.6245	13.6100	4.3350
ADSET	00000000-5eed-8004-8002-000000000803	-2	3754	47	32	4	2	118.00	44.25	0.012520	0.9415	11.7874	22.1250	2.6667
ADSET	00000000-5eed-8004-8002-000000000803	-1	2686	35	25	3	1	59.00	33.92	0.013031	0.9691	12.6284	33.9200	1.7394
AD	00000000-5eed-8004-8003-000000080101	-14	2812	36	22	1	0	0.00	22.90	0.012802	0.6361	8.1437	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-13	1577	16	12	1	0	0.00	16.81	0.010146	1.0506	10.6595	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-12	1954	41	32	2	0	0.00	20.63	0.020983	0.5032	10.5578	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-11	2372	24	16	2	1	59.00	20.38	0.010118	0.8492	8.5919	20.3800	2.8950
AD	00000000-5eed-8004-8003-000000080101	-10	2211	41	26	3	1	59.00	20.90	0.018544	0.5098	9.4527	20.9000	2.8230
AD	00000000-5eed-8004-8003-000000080101	-9	2531	23	13	1	0	0.00	24.25	0.009087	1.0543	9.5812	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-8	2583	50	30	2	1	59.00	22.52	0.019357	0.4504	8.7185	22.5200	2.6199
AD	00000000-5eed-8004-8003-000000080101	-7	2258	40	23	2	0	0.00	19.46	0.017715	0.4865	8.6182	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-6	2715	49	28	5	2	118.00	24.10	0.018048	0.4918	8.8766	12.0500	4.8963
AD	00000000-5eed-8004-8003-000000080101	-5	2726	22	18	2	0	0.00	18.58	0.008070	0.8445	6.8158	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080101	-4	1825	34	20	3	1	59.00	15.65	0.018630	0.4603	8.5753	15.6500	3.7700
AD	00000000-5eed-8004-8003-000000080101	-3	2837	48	39	7	2	118.00	19.02	0.016919	0.3963	6.7043	9.5100	6.2040
AD	00000000-5eed-8004-8003-000000080101	-2	2847	33	18	3	1	59.00	19.92	0.011591	0.6036	6.9968	19.9200	2.9618
AD	00000000-5eed-8004-8003-000000080101	-1	3171	44	24	4	2	118.00	23.17	0.013876	0.5266	7.3068	11.5850	5.0928
AD	00000000-5eed-8004-8003-000000080102	-14	1552	30	21	2	1	59.00	18.73	0.019330	0.6243	12.0683	18.7300	3.1500
AD	00000000-5eed-8004-8003-000000080102	-13	1217	12	8	0	0	0.00	18.04	0.009860	1.5033	14.8233	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-12	1916	18	12	1	0	0.00	24.98	0.009395	1.3878	13.0376	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-11	1657	29	23	1	0	0.00	24.48	0.017502	0.8441	14.7737	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-10	2187	30	18	2	0	0.00	25.63	0.013717	0.8543	11.7193	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-9	1461	25	20	1	0	0.00	21.38	0.017112	0.8552	14.6338	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-8	1602	14	10	0	0	0.00	17.50	0.008739	1.2500	10.9238	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-7	1425	20	13	1	0	0.00	16.96	0.014035	0.8480	11.9018	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-6	1761	27	19	1	0	0.00	25.10	0.015332	0.9296	14.2533	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-5	1310	35	28	3	1	59.00	15.63	0.026718	0.4466	11.9313	15.6300	3.7748
AD	00000000-5eed-8004-8003-000000080102	-4	2028	31	19	2	0	0.00	20.08	0.015286	0.6477	9.9014	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080102	-3	2297	53	43	6	2	118.00	25.56	0.023074	0.4823	11.1276	12.7800	4.6166
AD	00000000-5eed-8004-8003-000000080102	-2	1696	46	31	3	1	59.00	17.50	0.027123	0.3804	10.3184	17.5000	3.3714
AD	00000000-5eed-8004-8003-000000080102	-1	1468	22	12	1	0	0.00	21.83	0.014986	0.9923	14.8706	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-14	2240	47	38	3	1	59.00	23.90	0.020982	0.5085	10.6696	23.9000	2.4686
AD	00000000-5eed-8004-8003-000000080201	-13	1352	20	13	1	0	0.00	15.73	0.014793	0.7865	11.6346	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-12	2275	32	23	1	0	0.00	25.25	0.014066	0.7891	11.0989	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-11	2312	34	24	3	1	59.00	24.13	0.014706	0.7097	10.4369	24.1300	2.4451
AD	00000000-5eed-8004-8003-000000080201	-10	1967	18	12	2	0	0.00	20.88	0.009151	1.1600	10.6151	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-9	1585	22	17	1	0	0.00	15.79	0.013880	0.7177	9.9621	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-8	2286	51	41	4	1	59.00	25.90	0.022310	0.5078	11.3298	25.9000	2.2780
AD	00000000-5eed-8004-8003-000000080201	-7	2298	27	18	1	0	0.00	22.71	0.011749	0.8411	9.8825	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-6	1424	34	27	3	1	59.00	20.19	0.023876	0.5938	14.1784	20.1900	2.9222
AD	00000000-5eed-8004-8003-000000080201	-5	1788	17	12	1	0	0.00	22.96	0.009508	1.3506	12.8412	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-4	1863	39	31	3	1	59.00	21.35	0.020934	0.5474	11.4600	21.3500	2.7635
AD	00000000-5eed-8004-8003-000000080201	-3	1435	11	9	1	0	0.00	17.29	0.007666	1.5718	12.0488	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080201	-2	2515	52	37	7	4	236.00	24.15	0.020676	0.4644	9.6024	6.0375	9.7723
AD	00000000-5eed-8004-8003-000000080201	-1	1364	20	12	1	0	0.00	16.58	0.014663	0.8290	12.1554	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-14	2114	28	16	2	1	59.00	23.92	0.013245	0.8543	11.3150	23.9200	2.4666
AD	00000000-5eed-8004-8003-000000080202	-13	2745	39	32	4	1	59.00	22.65	0.014208	0.5808	8.2514	22.6500	2.6049
AD	00000000-5eed-8004-8003-000000080202	-12	2959	26	15	2	1	59.00	24.02	0.008787	0.9238	8.1176	24.0200	2.4563
AD	00000000-5eed-8004-8003-000000080202	-11	1765	25	20	1	0	0.00	21.27	0.014164	0.8508	12.0510	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-10	2521	63	48	6	2	118.00	20.08	0.024990	0.3187	7.9651	10.0400	5.8765
AD	00000000-5eed-8004-8003-000000080202	-9	2026	21	17	1	0	0.00	20.33	0.010365	0.9681	10.0346	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-8	2636	37	30	5	2	118.00	20.35	0.014036	0.5500	7.7200	10.1750	5.7985
AD	00000000-5eed-8004-8003-000000080202	-7	2262	60	36	3	1	59.00	24.79	0.026525	0.4132	10.9593	24.7900	2.3800
AD	00000000-5eed-8004-8003-000000080202	-6	2638	27	17	1	0	0.00	22.79	0.010235	0.8441	8.6391	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-5	2430	30	17	1	0	0.00	19.23	0.012346	0.6410	7.9136	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-4	1528	24	20	3	1	59.00	16.19	0.015707	0.6746	10.5955	16.1900	3.6442
AD	00000000-5eed-8004-8003-000000080202	-3	2467	15	11	2	1	59.00	19.85	0.006080	1.3233	8.0462	19.8500	2.9723
AD	00000000-5eed-8004-8003-000000080202	-2	1910	17	13	1	0	0.00	22.67	0.008901	1.3335	11.8691	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080202	-1	3023	54	41	4	2	118.00	23.40	0.017863	0.4333	7.7407	11.7000	5.0427
AD	00000000-5eed-8004-8003-000000080301	-14	2004	37	21	3	1	59.00	21.52	0.018463	0.5816	10.7385	21.5200	2.7416
AD	00000000-5eed-8004-8003-000000080301	-13	2330	20	14	2	0	0.00	20.75	0.008584	1.0375	8.9056	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080301	-12	1798	17	9	0	0	0.00	16.25	0.009455	0.9559	9.0378	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080301	-11	3762	85	64	11	6	354.00	25.63	0.022594	0.3015	6.8129	4.2717	13.8119
AD	00000000-5eed-8004-8003-000000080301	-10	2263	22	13	2	1	59.00	22.19	0.009722	1.0086	9.8056	22.1900	2.6589
AD	00000000-5eed-8004-8003-000000080301	-9	3059	35	25	4	1	59.00	25.19	0.011442	0.7197	8.2347	25.1900	2.3422
AD	00000000-5eed-8004-8003-000000080301	-8	3499	30	19	3	0	0.00	22.92	0.008574	0.7640	6.5504	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080301	-7	2592	46	31	5	2	118.00	24.67	0.017747	0.5363	9.5177	12.3350	4.7831
AD	00000000-5eed-8004-8003-000000080301	-6	2122	21	14	1	0	0.00	18.21	0.009896	0.8671	8.5815	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080301	-5	2739	23	13	1	0	0.00	21.38	0.008397	0.9296	7.8058	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080301	-4	2678	56	35	5	2	118.00	25.46	0.020911	0.4546	9.5071	12.7300	4.6347
AD	00000000-5eed-8004-8003-000000080301	-3	2248	43	24	2	1	59.00	15.67	0.019128	0.3644	6.9706	15.6700	3.7652
AD	00000000-5eed-8004-8003-000000080301	-2	2823	50	36	5	1	59.00	23.29	0.017712	0.4658	8.2501	23.2900	2.5333
AD	00000000-5eed-8004-8003-000000080301	-1	2073	59	39	5	1	59.00	16.94	0.028461	0.2871	8.1717	16.9400	3.4829
AD	00000000-5eed-8004-8003-000000080302	-14	2389	25	17	1	0	0.00	25.21	0.010465	1.0084	10.5525	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-13	1092	20	14	1	0	0.00	15.77	0.018315	0.7885	14.4414	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-12	2243	21	14	1	0	0.00	24.60	0.009362	1.1714	10.9675	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-11	1420	14	9	1	0	0.00	22.58	0.009859	1.6129	15.9014	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-10	1360	10	5	0	0	0.00	18.67	0.007353	1.8670	13.7279	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-9	1668	19	16	1	0	0.00	23.13	0.011391	1.2174	13.8669	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-8	1113	19	15	1	0	0.00	18.69	0.017071	0.9837	16.7925	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-7	932	11	7	0	0	0.00	15.98	0.011803	1.4527	17.1459	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-6	1815	30	22	2	0	0.00	20.15	0.016529	0.6717	11.1019	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-5	1150	8	5	0	0	0.00	16.60	0.006957	2.0750	14.4348	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-4	1838	35	23	4	1	59.00	22.94	0.019042	0.6554	12.4810	22.9400	2.5719
AD	00000000-5eed-8004-8003-000000080302	-3	1461	22	15	1	0	0.00	24.06	0.015058	1.0936	16.4682	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-2	1654	20	13	1	0	0.00	24.60	0.012092	1.2300	14.8730	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000080302	-1	1449	24	17	2	1	59.00	19.10	0.016563	0.7958	13.1815	19.1000	3.0890
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-27	14080	349	268	21	11	429.00	124.99	0.024787	0.3581	8.8771	11.3627	3.4323
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-26	20228	277	224	32	11	429.00	177.92	0.013694	0.6423	8.7957	16.1745	2.4112
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-25	12197	150	114	18	10	390.00	154.28	0.012298	1.0285	12.6490	15.4280	2.5279
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-24	14853	398	267	42	14	546.00	123.69	0.026796	0.3108	8.3276	8.8350	4.4143
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-23	10634	265	200	32	17	663.00	133.11	0.024920	0.5023	12.5174	7.8300	4.9808
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-22	19760	295	242	29	17	663.00	170.38	0.014929	0.5776	8.6225	10.0224	3.8913
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-21	11392	185	105	14	7	273.00	123.83	0.016239	0.6694	10.8699	17.6900	2.2046
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-20	15643	357	298	33	13	507.00	127.89	0.022822	0.3582	8.1755	9.8377	3.9643
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-19	21454	493	346	63	24	936.00	171.68	0.022979	0.3482	8.0022	7.1533	5.4520
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-18	12821	318	237	45	26	1014.00	133.11	0.024803	0.4186	10.3822	5.1196	7.6178
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-17	12913	346	290	50	21	819.00	109.77	0.026795	0.3173	8.5007	5.2271	7.4611
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-16	14521	281	196	37	20	780.00	153.41	0.019351	0.5459	10.5647	7.6705	5.0844
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-15	11774	132	107	11	3	117.00	137.32	0.011211	1.0403	11.6630	45.7733	0.8520
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-14	12539	138	78	14	6	234.00	130.94	0.011006	0.9488	10.4426	21.8233	1.7871
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-13	11951	164	115	13	5	195.00	145.58	0.013723	0.8877	12.1814	29.1160	1.3395
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-12	14814	258	186	17	6	234.00	170.67	0.017416	0.6615	11.5209	28.4450	1.3711
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-11	10842	174	125	13	7	273.00	122.82	0.016049	0.7059	11.3282	17.5457	2.2228
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-10	16166	238	173	17	10	390.00	132.82	0.014722	0.5581	8.2160	13.2820	2.9363
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-9	15449	279	205	40	18	702.00	160.08	0.018059	0.5738	10.3618	8.8933	4.3853
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-8	12119	178	121	11	5	195.00	120.64	0.014688	0.6778	9.9546	24.1280	1.6164
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-7	10623	122	83	9	5	195.00	128.33	0.011485	1.0519	12.0804	25.6660	1.5195
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-6	15473	234	161	29	15	585.00	142.39	0.015123	0.6085	9.2025	9.4927	4.1084
CAMPAIGN	00000000-5eed-8004-8001-000000000009	-5	18121	123	101	15	4	156.00	142.25	0.006788	1.1565	7.8500	35.5625	1.0967
ADSET	00000000-5eed-8004-8002-000000000901	-25	4465	75	52	4	1	39.00	47.13	0.016797	0.6284	10.5554	47.1300	0.8275
ADSET	00000000-5eed-8004-8002-000000000901	-24	4558	30	22	1	0	0.00	48.67	0.006582	1.6223	10.6779	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000901	-23	5108	92	63	8	4	156.00	40.79	0.018011	0.4434	7.9855	10.1975	3.8245
ADSET	00000000-5eed-8004-8002-000000000901	-22	5997	96	68	7	3	117.00	47.46	0.016008	0.4944	7.9140	15.8200	2.4652
ADSET	00000000-5eed-8004-8002-000000000901	-21	6112	54	31	3	1	39.00	54.42	0.008835	1.0078	8.9038	54.4200	0.7166
ADSET	00000000-5eed-8004-8002-000000000901	-20	3899	30	23	2	1	39.00	46.88	0.007694	1.5627	12.0236	46.8800	0.8319
ADSET	00000000-5eed-8004-8002-000000000901	-19	4745	78	53	9	3	117.00	36.88	0.016438	0.4728	7.7724	12.2933	3.1725
ADSET	00000000-5eed-8004-8002-000000000901	-18	5039	74	54	10	5	195.00	52.93	0.014685	0.7153	10.5041	10.5860	3.6841
ADSET	00000000-5eed-8004-8002-000000000901	-17	3586	62	36	4	1	39.00	40.89	0.017289	0.6595	11.4027	40.8900	0.9538
ADSET	00000000-5eed-8004-8002-000000000901	-16	4950	33	27	4	2	78.00	47.56	0.006667	1.4412	9.6081	23.7800	1.6400
ADSET	00000000-5eed-8004-8002-000000000901	-15	3535	82	63	11	5	195.00	42.58	0.023197	0.5193	12.0453	8.5160	4.5796
ADSET	00000000-5eed-8004-8002-000000000901	-14	5075	58	38	6	3	117.00	59.89	0.011429	1.0326	11.8010	19.9633	1.9536
ADSET	00000000-5eed-8004-8002-000000000901	-13	6494	99	63	6	2	78.00	53.12	0.015245	0.5366	8.1799	26.5600	1.4684
ADSET	00000000-5eed-8004-8002-000000000901	-12	4870	120	93	9	4	156.00	43.31	0.024641	0.3609	8.8932	10.8275	3.6019
ADSET	00000000-5eed-8004-8002-000000000901	-11	3243	34	26	3	1	39.00	38.04	0.010484	1.1188	11.7299	38.0400	1.0252
ADSET	00000000-5eed-8004-8002-000000000901	-10	5943	48	39	4	1	39.00	50.61	0.008077	1.0544	8.5159	50.6100	0.7706
ADSET	00000000-5eed-8004-8002-000000000901	-9	4994	83	61	6	2	78.00	46.45	0.016620	0.5596	9.3012	23.2250	1.6792
ADSET	00000000-5eed-8004-8002-000000000901	-8	6147	162	112	18	5	195.00	49.59	0.026354	0.3061	8.0673	9.9180	3.9322
ADSET	00000000-5eed-8004-8002-000000000901	-7	3683	76	54	8	2	78.00	42.63	0.020635	0.5609	11.5748	21.3150	1.8297
ADSET	00000000-5eed-8004-8002-000000000901	-6	5901	128	103	18	7	273.00	56.99	0.021691	0.4452	9.6577	8.1414	4.7903
ADSET	00000000-5eed-8004-8002-000000000901	-5	4354	81	59	9	2	78.00	43.65	0.018604	0.5389	10.0253	21.8250	1.7869
ADSET	00000000-5eed-8004-8002-000000000902	-25	3971	38	21	3	1	39.00	38.67	0.009569	1.0176	9.7381	38.6700	1.0085
ADSET	00000000-5eed-8004-8002-000000000902	-24	4923	115	93	9	3	117.00	59.40	0.023360	0.5165	12.0658	19.8000	1.9697
ADSET	00000000-5eed-8004-8002-000000000902	-23	3752	34	28	3	1	39.00	46.84	0.009062	1.3776	12.4840	46.8400	0.8326
ADSET	00000000-5eed-8004-8002-000000000902	-22	3166	21	17	2	0	0.00	37.85	0.006633	1.8024	11.9551	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000902	-21	4397	87	72	12	4	156.00	59.74	0.019786	0.6867	13.5865	14.9350	2.6113
ADSET	00000000-5eed-8004-8002-000000000902	-20	4282	45	33	6	2	78.00	39.39	0.010509	0.8753	9.1990	19.6950	1.9802
ADSET	00000000-5eed-8004-8002-000000000902	-19	4006	46	29	5	1	39.00	49.40	0.011483	1.0739	12.3315	49.4000	0.7895
ADSET	00000000-5eed-8004-8002-000000000902	-18	3722	58	47	8	4	156.00	46.06	0.015583	0.7941	12.3751	11.5150	3.3869
ADSET	00000000-5eed-8004-8002-000000000902	-17	3857	67	48	8	3	117.00	44.71	0.017371	0.6673	11.5919	14.9033	2.6169
ADSET	00000000-5eed-8004-8002-000000000902	-16	4428	50	41	8	3	117.00	52.01	0.011292	1.0402	11.7457	17.3367	2.2496
ADSET	00000000-5eed-8004-8002-000000000902	-15	4657	107	66	6	2	78.00	41.71	0.022976	0.3898	8.9564	20.8550	1.8701
ADSET	00000000-5eed-8004-8002-000000000902	-14	3132	42	26	3	1	39.00	37.07	0.013410	0.8826	11.8359	37.0700	1.0521
ADSET	00000000-5eed-8004-8002-000000000902	-13	5029	105	73	12	6	234.00	41.71	0.020879	0.3972	8.2939	6.9517	5.6102
ADSET	00000000-5eed-8004-8002-000000000902	-12	3746	71	58	7	3	117.00	51.28	0.018954	0.7223	13.6893	17.0933	2.2816
ADSET	00000000-5eed-8004-8002-000000000902	-11	3014	42	28	3	1	39.00	37.07	0.013935	0.8826	12.2993	37.0700	1.0521
ADSET	00000000-5eed-8004-8002-000000000902	-10	5882	93	78	8	4	156.00	60.27	0.015811	0.6481	10.2465	15.0675	2.5884
ADSET	00000000-5eed-8004-8002-000000000902	-9	5341	63	38	6	2	78.00	59.55	0.011796	0.9452	11.1496	29.7750	1.3098
ADSET	00000000-5eed-8004-8002-000000000902	-8	3585	102	86	8	4	156.00	42.78	0.028452	0.4194	11.9331	10.6950	3.6466
ADSET	00000000-5eed-8004-8002-000000000902	-7	3800	45	25	2	1	39.00	41.28	0.011842	0.9173	10.8632	41.2800	0.9448
ADSET	00000000-5eed-8004-8002-000000000902	-6	4129	60	41	7	2	78.00	45.77	0.014531	0.7628	11.0850	22.8850	1.7042
ADSET	00000000-5eed-8004-8002-000000000902	-5	4690	45	32	4	2	78.00	53.02	0.009595	1.1782	11.3049	26.5100	1.4711
ADSET	00000000-5eed-8004-8002-000000000903	-25	2343	44	32	5	2	78.00	39.63	0.018779	0.9007	16.9142	19.8150	1.9682
ADSET	00000000-5eed-8004-8002-000000000903	-24	4081	89	65	10	4	156.00	58.19	0.021808	0.6538	14.2588	14.5475	2.6809
ADSET	00000000-5eed-8004-8002-000000000903	-23	4127	35	21	3	1	39.00	50.56	0.008481	1.4446	12.2510	50.5600	0.7714
ADSET	00000000-5eed-8004-8002-000000000903	-22	4106	85	48	7	3	117.00	49.20	0.020701	0.5788	11.9825	16.4000	2.3780
ADSET	00000000-5eed-8004-8002-000000000903	-21	3207	38	23	2	0	0.00	47.03	0.011849	1.2376	14.6648	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000903	-20	4130	41	22	3	0	0.00	55.87	0.009927	1.3627	13.5278	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000903	-19	4108	90	65	6	2	78.00	55.68	0.021908	0.6187	13.5540	27.8400	1.4009
ADSET	00000000-5eed-8004-8002-000000000903	-18	3677	86	73	14	6	234.00	46.50	0.023389	0.5407	12.6462	7.7500	5.0323
ADSET	00000000-5eed-8004-8002-000000000903	-17	3964	53	30	3	1	39.00	56.41	0.013370	1.0643	14.2306	56.4100	0.6914
ADSET	00000000-5eed-8004-8002-000000000903	-16	2596	35	27	5	1	39.00	42.58	0.013482	1.2166	16.4022	42.5800	0.9159
ADSET	00000000-5eed-8004-8002-000000000903	-15	4902	73	52	9	3	117.00	59.60	0.014892	0.8164	12.1583	19.8667	1.9631
ADSET	00000000-5eed-8004-8002-000000000903	-14	3402	50	34	5	2	78.00	48.09	0.014697	0.9618	14.1358	24.0450	1.6220
ADSET	00000000-5eed-8004-8002-000000000903	-13	3862	77	53	4	1	39.00	54.18	0.019938	0.7036	14.0290	54.1800	0.7198
ADSET	00000000-5eed-8004-8002-000000000903	-12	3911	111	77	14	5	195.00	57.57	0.028381	0.5186	14.7200	11.5140	3.3872
ADSET	00000000-5eed-8004-8002-000000000903	-11	3209	29	20	3	0	0.00	45.19	0.009037	1.5583	14.0823	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000000903	-10	3450	81	56	5	2	78.00	53.12	0.023478	0.6558	15.3971	26.5600	1.4684
ADSET	00000000-5eed-8004-8002-000000000903	-9	2481	39	25	3	1	39.00	39.78	0.015719	1.0200	16.0339	39.7800	0.9804
ADSET	00000000-5eed-8004-8002-000000000903	-8	3871	35	19	2	1	39.00	41.76	0.009042	1.1931	10.7879	41.7600	0.9339
ADSET	00000000-5eed-8004-8002-000000000903	-7	3128	53	35	5	2	78.00	46.64	0.016944	0.8800	14.9105	23.3200	1.6724
ADSET	00000000-5eed-8004-8002-000000000903	-6	5535	124	104	15	5	195.00	59.11	0.022403	0.4767	10.6793	11.8220	3.2989
ADSET	00000000-5eed-8004-8002-000000000903	-5	3945	55	30	3	1	39.00	44.27	0.013942	0.8049	11.2218	44.2700	0.8810
AD	00000000-5eed-8004-8003-000000090101	-18	2759	64	43	4	2	78.00	25.33	0.023197	0.3958	9.1809	12.6650	3.0794
AD	00000000-5eed-8004-8003-000000090101	-17	2412	28	19	2	0	0.00	26.63	0.011609	0.9511	11.0406	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090101	-16	2109	30	19	3	1	39.00	21.15	0.014225	0.7050	10.0284	21.1500	1.8440
AD	00000000-5eed-8004-8003-000000090101	-15	2264	57	41	3	1	39.00	21.22	0.025177	0.3723	9.3728	21.2200	1.8379
AD	00000000-5eed-8004-8003-000000090101	-14	2444	40	31	5	1	39.00	25.81	0.016367	0.6453	10.5606	25.8100	1.5110
AD	00000000-5eed-8004-8003-000000090101	-13	2344	60	43	5	2	78.00	27.79	0.025597	0.4632	11.8558	13.8950	2.8068
AD	00000000-5eed-8004-8003-000000090101	-12	2937	24	20	3	1	39.00	28.03	0.008172	1.1679	9.5438	28.0300	1.3914
AD	00000000-5eed-8004-8003-000000090101	-11	1550	24	19	3	1	39.00	18.83	0.015484	0.7846	12.1484	18.8300	2.0712
AD	00000000-5eed-8004-8003-000000090101	-10	2355	63	45	8	3	117.00	29.89	0.026752	0.4744	12.6921	9.9633	3.9144
AD	00000000-5eed-8004-8003-000000090101	-9	2921	31	18	1	0	0.00	26.68	0.010613	0.8606	9.1339	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090101	-8	2336	47	34	3	1	39.00	21.15	0.020120	0.4500	9.0539	21.1500	1.8440
AD	00000000-5eed-8004-8003-000000090101	-7	2557	75	61	6	3	117.00	23.88	0.029331	0.3184	9.3391	7.9600	4.8995
AD	00000000-5eed-8004-8003-000000090101	-6	1520	23	16	3	1	39.00	21.48	0.015132	0.9339	14.1316	21.4800	1.8156
AD	00000000-5eed-8004-8003-000000090101	-5	3408	24	16	1	0	0.00	30.09	0.007042	1.2538	8.8292	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-18	1698	41	25	4	1	39.00	20.45	0.024146	0.4988	12.0436	20.4500	1.9071
AD	00000000-5eed-8004-8003-000000090102	-17	1461	24	17	2	1	39.00	18.27	0.016427	0.7613	12.5051	18.2700	2.1346
AD	00000000-5eed-8004-8003-000000090102	-16	1776	12	9	0	0	0.00	25.79	0.006757	2.1492	14.5214	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-15	1493	24	18	1	0	0.00	23.32	0.016075	0.9717	15.6196	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-14	1822	33	25	4	2	78.00	21.80	0.018112	0.6606	11.9649	10.9000	3.5780
AD	00000000-5eed-8004-8003-000000090102	-13	2073	28	15	2	1	39.00	29.10	0.013507	1.0393	14.0376	29.1000	1.3402
AD	00000000-5eed-8004-8003-000000090102	-12	1582	43	25	4	1	39.00	18.73	0.027181	0.4356	11.8394	18.7300	2.0822
AD	00000000-5eed-8004-8003-000000090102	-11	1505	36	24	4	2	78.00	18.78	0.023920	0.5217	12.4784	9.3900	4.1534
AD	00000000-5eed-8004-8003-000000090102	-10	1895	34	22	2	0	0.00	23.06	0.017942	0.6782	12.1689	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-9	1577	11	8	0	0	0.00	18.85	0.006975	1.7136	11.9531	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-8	2189	38	21	3	1	39.00	21.41	0.017360	0.5634	9.7807	21.4100	1.8216
AD	00000000-5eed-8004-8003-000000090102	-7	1748	17	9	0	0	0.00	18.97	0.009725	1.1159	10.8524	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090102	-6	2526	34	28	4	1	39.00	28.08	0.013460	0.8259	11.1164	28.0800	1.3889
AD	00000000-5eed-8004-8003-000000090102	-5	1877	25	18	3	1	39.00	25.52	0.013319	1.0208	13.5962	25.5200	1.5282
AD	00000000-5eed-8004-8003-000000090201	-18	2940	38	29	3	1	39.00	22.69	0.012925	0.5971	7.7177	22.6900	1.7188
AD	00000000-5eed-8004-8003-000000090201	-17	3344	42	29	3	0	0.00	28.71	0.012560	0.6836	8.5855	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090201	-16	2617	51	40	4	1	39.00	20.98	0.019488	0.4114	8.0168	20.9800	1.8589
AD	00000000-5eed-8004-8003-000000090201	-15	3403	53	40	5	2	78.00	27.60	0.015574	0.5208	8.1105	13.8000	2.8261
AD	00000000-5eed-8004-8003-000000090201	-14	2134	36	22	2	1	39.00	22.52	0.016870	0.6256	10.5530	22.5200	1.7318
AD	00000000-5eed-8004-8003-000000090201	-13	2582	37	21	3	1	39.00	22.96	0.014330	0.6205	8.8923	22.9600	1.6986
AD	00000000-5eed-8004-8003-000000090201	-12	1694	37	31	4	1	39.00	18.49	0.021842	0.4997	10.9150	18.4900	2.1092
AD	00000000-5eed-8004-8003-000000090201	-11	2848	48	37	5	1	39.00	22.91	0.016854	0.4773	8.0442	22.9100	1.7023
AD	00000000-5eed-8004-8003-000000090201	-10	3479	81	66	10	4	156.00	27.50	0.023283	0.3395	7.9046	6.8750	5.6727
AD	00000000-5eed-8004-8003-000000090201	-9	2623	79	59	9	5	195.00	29.39	0.030118	0.3720	11.2047	5.8780	6.6349
AD	00000000-5eed-8004-8003-000000090201	-8	2180	41	24	1	0	0.00	19.77	0.018807	0.4822	9.0688	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090201	-7	2402	24	14	2	0	0.00	19.77	0.009992	0.8238	8.2306	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090201	-6	2350	37	23	3	1	39.00	20.81	0.015745	0.5624	8.8553	20.8100	1.8741
AD	00000000-5eed-8004-8003-000000090201	-5	2888	35	24	2	0	0.00	26.68	0.012119	0.7623	9.2382	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090202	-18	2245	45	25	3	1	39.00	25.30	0.020045	0.5622	11.2695	25.3000	1.5415
AD	00000000-5eed-8004-8003-000000090202	-17	3413	60	48	4	1	39.00	27.65	0.017580	0.4608	8.1014	27.6500	1.4105
AD	00000000-5eed-8004-8003-000000090202	-16	2482	50	30	5	2	78.00	20.52	0.020145	0.4104	8.2675	10.2600	3.8012
AD	00000000-5eed-8004-8003-000000090202	-15	1942	17	10	1	0	0.00	20.25	0.008754	1.1912	10.4274	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090202	-14	2360	55	46	7	3	117.00	18.71	0.023305	0.3402	7.9280	6.2367	6.2533
AD	00000000-5eed-8004-8003-000000090202	-13	2481	65	38	7	3	117.00	20.20	0.026199	0.3108	8.1419	6.7333	5.7921
AD	00000000-5eed-8004-8003-000000090202	-12	3932	63	37	5	2	78.00	29.00	0.016022	0.4603	7.3754	14.5000	2.6897
AD	00000000-5eed-8004-8003-000000090202	-11	2666	37	22	4	1	39.00	21.39	0.013878	0.5781	8.0233	21.3900	1.8233
AD	00000000-5eed-8004-8003-000000090202	-10	2840	27	18	3	1	39.00	27.60	0.009507	1.0222	9.7183	27.6000	1.4130
AD	00000000-5eed-8004-8003-000000090202	-9	3195	54	41	5	2	78.00	26.41	0.016901	0.4891	8.2660	13.2050	2.9534
AD	00000000-5eed-8004-8003-000000090202	-8	2190	46	38	7	2	78.00	25.25	0.021005	0.5489	11.5297	12.6250	3.0891
AD	00000000-5eed-8004-8003-000000090202	-7	1849	45	32	2	0	0.00	18.63	0.024337	0.4140	10.0757	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090202	-6	2180	42	34	6	1	39.00	23.13	0.019266	0.5507	10.6101	23.1300	1.6861
AD	00000000-5eed-8004-8003-000000090202	-5	2412	38	26	4	1	39.00	21.34	0.015755	0.5616	8.8474	21.3400	1.8276
AD	00000000-5eed-8004-8003-000000090301	-18	2580	47	29	4	2	78.00	29.19	0.018217	0.6211	11.3140	14.5950	2.6721
AD	00000000-5eed-8004-8003-000000090301	-17	2043	36	25	2	0	0.00	21.34	0.017621	0.5928	10.4454	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090301	-16	2346	29	22	3	1	39.00	26.85	0.012361	0.9259	11.4450	26.8500	1.4525
AD	00000000-5eed-8004-8003-000000090301	-15	2566	22	14	1	0	0.00	23.22	0.008574	1.0555	9.0491	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090301	-14	1863	26	20	3	1	39.00	21.29	0.013956	0.8188	11.4278	21.2900	1.8318
AD	00000000-5eed-8004-8003-000000090301	-13	2280	52	38	6	3	117.00	24.31	0.022807	0.4675	10.6623	8.1033	4.8128
AD	00000000-5eed-8004-8003-000000090301	-12	2474	47	38	4	1	39.00	21.29	0.018998	0.4530	8.6055	21.2900	1.8318
AD	00000000-5eed-8004-8003-000000090301	-11	3015	32	24	2	0	0.00	29.27	0.010614	0.9147	9.7081	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090301	-10	3122	46	25	4	1	39.00	27.19	0.014734	0.5911	8.7092	27.1900	1.4344
AD	00000000-5eed-8004-8003-000000090301	-9	2619	67	54	5	1	39.00	28.69	0.025582	0.4282	10.9546	28.6900	1.3594
AD	00000000-5eed-8004-8003-000000090301	-8	3574	55	44	4	1	39.00	25.74	0.015389	0.4680	7.2020	25.7400	1.5152
AD	00000000-5eed-8004-8003-000000090301	-7	2848	47	26	3	1	39.00	24.38	0.016503	0.5187	8.5604	24.3800	1.5997
AD	00000000-5eed-8004-8003-000000090301	-6	2675	22	16	2	1	39.00	23.30	0.008224	1.0591	8.7103	23.3000	1.6738
AD	00000000-5eed-8004-8003-000000090301	-5	2219	38	24	4	1	39.00	21.32	0.017125	0.5611	9.6079	21.3200	1.8293
AD	00000000-5eed-8004-8003-000000090302	-18	2934	59	43	5	2	78.00	28.90	0.020109	0.4898	9.8500	14.4500	2.6990
AD	00000000-5eed-8004-8003-000000090302	-17	2434	43	32	3	0	0.00	22.84	0.017666	0.5312	9.3837	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090302	-16	3527	22	17	2	0	0.00	23.85	0.006238	1.0841	6.7621	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090302	-15	1932	29	22	3	1	39.00	20.74	0.015010	0.7152	10.7350	20.7400	1.8804
AD	00000000-5eed-8004-8003-000000090302	-14	2459	44	28	5	1	39.00	25.52	0.017893	0.5800	10.3782	25.5200	1.5282
AD	00000000-5eed-8004-8003-000000090302	-13	2608	69	42	5	2	78.00	19.96	0.026457	0.2893	7.6534	9.9800	3.9078
AD	00000000-5eed-8004-8003-000000090302	-12	3549	67	49	5	2	78.00	29.46	0.018879	0.4397	8.3009	14.7300	2.6477
AD	00000000-5eed-8004-8003-000000090302	-11	3176	22	15	1	0	0.00	27.41	0.006927	1.2459	8.6304	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090302	-10	2716	25	18	1	0	0.00	24.92	0.009205	0.9968	9.1753	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090302	-9	2584	51	38	5	1	39.00	21.85	0.019737	0.4284	8.4559	21.8500	1.7849
AD	00000000-5eed-8004-8003-000000090302	-8	2684	24	15	1	0	0.00	20.45	0.008942	0.8521	7.6192	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000090302	-7	3292	33	25	3	1	39.00	22.52	0.010024	0.6824	6.8408	22.5200	1.7318
AD	00000000-5eed-8004-8003-000000090302	-6	3010	43	29	4	1	39.00	28.71	0.014286	0.6677	9.5382	28.7100	1.3584
AD	00000000-5eed-8004-8003-000000090302	-5	4107	48	27	3	1	39.00	26.85	0.011687	0.5594	6.5376	26.8500	1.4525
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-15	2330	43	35	3	1	59.00	34.51	0.018455	0.8026	14.8112	34.5100	1.7096
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-14	2478	20	15	1	0	0.00	38.50	0.008071	1.9250	15.5367	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-13	2703	41	30	3	1	59.00	36.44	0.015168	0.8888	13.4813	36.4400	1.6191
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-12	2249	24	19	2	0	0.00	34.55	0.010671	1.4396	15.3624	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-11	2524	54	45	3	1	59.00	29.68	0.021395	0.5496	11.7591	29.6800	1.9879
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-10	1788	29	16	1	0	0.00	26.25	0.016219	0.9052	14.6812	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-9	2275	44	35	2	0	0.00	35.04	0.019341	0.7964	15.4022	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-8	2625	47	29	2	0	0.00	40.81	0.017905	0.8683	15.5467	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-7	2172	21	16	3	1	59.00	32.80	0.009669	1.5619	15.1013	32.8000	1.7988
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-6	3507	39	28	3	1	59.00	35.18	0.011121	0.9021	10.0314	35.1800	1.6771
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-5	2413	45	36	5	1	59.00	38.22	0.018649	0.8493	15.8392	38.2200	1.5437
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-4	2960	48	26	4	2	118.00	33.67	0.016216	0.7015	11.3750	16.8350	3.5046
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-3	2208	49	29	5	2	118.00	30.52	0.022192	0.6229	13.8225	15.2600	3.8663
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-2	1704	47	30	2	0	0.00	27.55	0.027582	0.5862	16.1678	0.0000	0.0000
CAMPAIGN	00000000-5eed-8004-8001-000000000010	-1	1987	16	11	0	0	0.00	32.31	0.008052	2.0194	16.2607	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-15	698	12	9	0	0	0.00	10.34	0.017192	0.8617	14.8138	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-14	1244	10	6	1	0	0.00	12.44	0.008039	1.2440	10.0000	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-13	1021	15	10	1	0	0.00	10.40	0.014691	0.6933	10.1861	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-12	1420	24	14	2	0	0.00	14.39	0.016901	0.5996	10.1338	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-11	865	15	10	1	0	0.00	13.01	0.017341	0.8673	15.0405	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-10	1227	14	8	1	0	0.00	13.39	0.011410	0.9564	10.9128	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-9	1033	17	13	1	0	0.00	13.22	0.016457	0.7776	12.7977	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-8	1133	13	8	0	0	0.00	13.73	0.011474	1.0562	12.1183	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-7	787	10	6	1	0	0.00	9.68	0.012706	0.9680	12.2999	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-6	888	13	11	0	0	0.00	12.58	0.014640	0.9677	14.1667	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-5	1292	13	8	1	0	0.00	14.29	0.010062	1.0992	11.0604	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-4	938	13	10	1	0	0.00	12.32	0.013859	0.9477	13.1343	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-3	1115	15	11	1	0	0.00	12.94	0.013453	0.8627	11.6054	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-2	796	24	14	1	0	0.00	12.31	0.030151	0.5129	15.4648	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001001	-1	1198	34	19	1	0	0.00	13.37	0.028381	0.3932	11.1603	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-15	1043	17	11	1	0	0.00	9.46	0.016299	0.5565	9.0700	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-14	1463	30	21	4	1	59.00	13.77	0.020506	0.4590	9.4122	13.7700	4.2847
ADSET	00000000-5eed-8004-8002-000000001002	-13	1464	17	11	2	0	0.00	12.11	0.011612	0.7124	8.2719	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-12	1681	32	18	2	0	0.00	13.58	0.019036	0.4244	8.0785	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-11	1380	22	17	1	0	0.00	11.57	0.015942	0.5259	8.3841	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-10	1710	15	12	1	0	0.00	12.24	0.008772	0.8160	7.1579	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-9	1189	23	16	1	0	0.00	13.63	0.019344	0.5926	11.4634	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-8	997	17	13	1	0	0.00	9.30	0.017051	0.5471	9.3280	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-7	1119	20	16	3	1	59.00	11.77	0.017873	0.5885	10.5183	11.7700	5.0127
ADSET	00000000-5eed-8004-8002-000000001002	-6	1282	12	9	0	0	0.00	10.94	0.009360	0.9117	8.5335	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-5	1681	14	9	1	0	0.00	13.36	0.008328	0.9543	7.9477	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-4	1492	27	18	3	1	59.00	14.02	0.018097	0.5193	9.3968	14.0200	4.2083
ADSET	00000000-5eed-8004-8002-000000001002	-3	863	19	12	2	0	0.00	9.01	0.022016	0.4742	10.4403	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-2	1192	23	15	2	0	0.00	12.34	0.019295	0.5365	10.3523	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001002	-1	1865	23	17	2	0	0.00	13.14	0.012332	0.5713	7.0456	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-15	1429	20	14	1	0	0.00	13.45	0.013996	0.6725	9.4122	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-14	881	17	14	1	0	0.00	12.44	0.019296	0.7318	14.1203	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-13	1042	22	13	1	0	0.00	14.56	0.021113	0.6618	13.9731	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-12	781	11	7	0	0	0.00	10.38	0.014085	0.9436	13.2907	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-11	1044	24	13	1	0	0.00	9.82	0.022989	0.4092	9.4061	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-10	1016	10	7	0	0	0.00	14.37	0.009843	1.4370	14.1437	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-9	965	8	5	0	0	0.00	12.85	0.008290	1.6063	13.3161	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-8	1049	27	16	2	1	59.00	14.22	0.025739	0.5267	13.5558	14.2200	4.1491
ADSET	00000000-5eed-8004-8002-000000001003	-7	1084	13	9	1	0	0.00	13.52	0.011993	1.0400	12.4723	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-6	1301	22	15	2	0	0.00	13.35	0.016910	0.6068	10.2613	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-5	892	19	13	1	0	0.00	10.28	0.021300	0.5411	11.5247	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-4	961	19	15	1	0	0.00	10.35	0.019771	0.5447	10.7700	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-3	1231	37	30	2	1	59.00	12.62	0.030057	0.3411	10.2518	12.6200	4.6751
ADSET	00000000-5eed-8004-8002-000000001003	-2	1336	15	10	1	0	0.00	14.39	0.011228	0.9593	10.7710	0.0000	0.0000
ADSET	00000000-5eed-8004-8002-000000001003	-1	1532	17	11	1	0	0.00	13.55	0.011097	0.7971	8.8446	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-14	527	5	3	0	0	0.00	5.47	0.009488	1.0940	10.3795	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-13	425	6	3	0	0	0.00	5.52	0.014118	0.9200	12.9882	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-12	541	11	7	0	0	0.00	5.55	0.020333	0.5045	10.2588	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-11	411	4	3	0	0	0.00	5.27	0.009732	1.3175	12.8224	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-10	399	5	3	0	0	0.00	5.10	0.012531	1.0200	12.7820	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-9	381	2	1	0	0	0.00	5.66	0.005249	2.8300	14.8556	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-8	474	6	3	0	0	0.00	4.67	0.012658	0.7783	9.8523	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-7	426	6	4	0	0	0.00	5.29	0.014085	0.8817	12.4178	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-6	478	3	1	0	0	0.00	7.18	0.006276	2.3933	15.0209	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-5	343	4	3	0	0	0.00	4.70	0.011662	1.1750	13.7026	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-4	387	7	4	0	0	0.00	5.69	0.018088	0.8129	14.7028	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-3	456	3	2	0	0	0.00	5.79	0.006579	1.9300	12.6974	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-2	474	8	5	0	0	0.00	4.93	0.016878	0.6163	10.4008	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100101	-1	519	5	3	0	0	0.00	6.70	0.009634	1.3400	12.9094	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-14	693	5	2	0	0	0.00	6.91	0.007215	1.3820	9.9711	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-13	485	10	7	1	0	0.00	5.73	0.020619	0.5730	11.8144	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-12	528	9	6	0	0	0.00	6.84	0.017045	0.7600	12.9545	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-11	550	7	5	0	0	0.00	5.02	0.012727	0.7171	9.1273	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-10	529	4	2	0	0	0.00	4.52	0.007561	1.1300	8.5444	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-9	349	6	4	0	0	0.00	4.64	0.017192	0.7733	13.2951	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-8	534	8	6	0	0	0.00	6.67	0.014981	0.8338	12.4906	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-7	433	10	6	0	0	0.00	5.56	0.023095	0.5560	12.8406	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-6	690	11	7	0	0	0.00	6.87	0.015942	0.6245	9.9565	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-5	405	3	1	0	0	0.00	5.17	0.007407	1.7233	12.7654	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-4	355	2	1	0	0	0.00	4.89	0.005634	2.4450	13.7746	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-3	393	6	3	0	0	0.00	5.43	0.015267	0.9050	13.8168	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-2	501	7	4	0	0	0.00	6.43	0.013972	0.9186	12.8343	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100102	-1	538	14	10	1	0	0.00	5.13	0.026022	0.3664	9.5353	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-14	361	4	2	0	0	0.00	4.53	0.011080	1.1325	12.5485	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-13	566	4	2	0	0	0.00	5.24	0.007067	1.3100	9.2580	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-12	596	15	10	1	0	0.00	5.24	0.025168	0.3493	8.7919	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-11	765	8	6	0	0	0.00	6.71	0.010458	0.8388	8.7712	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-10	648	7	4	0	0	0.00	5.52	0.010802	0.7886	8.5185	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-9	440	3	1	0	0	0.00	5.19	0.006818	1.7300	11.7955	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-8	662	9	5	0	0	0.00	5.69	0.013595	0.6322	8.5952	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-7	704	5	3	0	0	0.00	6.77	0.007102	1.3540	9.6165	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-6	573	7	4	0	0	0.00	4.75	0.012216	0.6786	8.2897	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-5	444	11	9	1	0	0.00	4.78	0.024775	0.4345	10.7658	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-4	591	3	2	0	0	0.00	6.80	0.005076	2.2667	11.5059	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-3	684	5	3	0	0	0.00	6.52	0.007310	1.3040	9.5322	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-2	465	4	2	0	0	0.00	6.10	0.008602	1.5250	13.1183	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100201	-1	521	11	8	1	0	0.00	6.46	0.021113	0.5873	12.3992	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-14	614	11	6	1	0	0.00	6.53	0.017915	0.5936	10.6352	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-13	286	5	2	0	0	0.00	4.65	0.017483	0.9300	16.2587	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-12	442	7	4	0	0	0.00	5.80	0.015837	0.8286	13.1222	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-11	425	9	6	0	0	0.00	5.64	0.021176	0.6267	13.2706	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-10	385	9	5	0	0	0.00	6.18	0.023377	0.6867	16.0519	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-9	551	10	6	0	0	0.00	6.14	0.018149	0.6140	11.1434	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-8	332	8	5	0	0	0.00	4.81	0.024096	0.6013	14.4880	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-7	437	12	9	1	0	0.00	6.87	0.027460	0.5725	15.7208	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-6	450	12	9	1	0	0.00	6.06	0.026667	0.5050	13.4667	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-5	463	6	4	0	0	0.00	5.94	0.012959	0.9900	12.8294	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-4	496	12	8	0	0	0.00	6.48	0.024194	0.5400	13.0645	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-3	447	4	2	0	0	0.00	5.23	0.008949	1.3075	11.7002	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-2	341	3	1	0	0	0.00	4.84	0.008798	1.6133	14.1935	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100202	-1	481	6	4	0	0	0.00	5.59	0.012474	0.9317	11.6216	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-14	414	8	6	1	0	0.00	5.08	0.019324	0.6350	12.2705	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-13	673	12	9	0	0	0.00	7.23	0.017831	0.6025	10.7429	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-12	504	9	6	1	0	0.00	6.72	0.017857	0.7467	13.3333	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-11	536	5	3	0	0	0.00	6.75	0.009328	1.3500	12.5933	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-10	378	6	3	0	0	0.00	4.78	0.015873	0.7967	12.6455	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-9	702	11	7	0	0	0.00	7.27	0.015670	0.6609	10.3561	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-8	432	9	6	1	0	0.00	5.38	0.020833	0.5978	12.4537	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-7	404	4	2	0	0	0.00	4.72	0.009901	1.1800	11.6832	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-6	783	18	12	1	0	0.00	6.92	0.022989	0.3844	8.8378	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-5	522	11	9	0	0	0.00	6.78	0.021073	0.6164	12.9885	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-4	449	11	6	0	0	0.00	4.75	0.024499	0.4318	10.5791	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-3	585	7	4	0	0	0.00	6.61	0.011966	0.9443	11.2991	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-2	475	4	3	0	0	0.00	5.57	0.008421	1.3925	11.7263	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100301	-1	697	15	9	0	0	0.00	6.42	0.021521	0.4280	9.2109	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-14	455	5	3	0	0	0.00	4.96	0.010989	0.9920	10.9011	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-13	624	16	10	1	0	0.00	6.22	0.025641	0.3888	9.9679	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-12	685	9	6	1	0	0.00	6.60	0.013139	0.7333	9.6350	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-11	753	14	11	0	0	0.00	6.55	0.018592	0.4679	8.6985	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-10	662	11	7	0	0	0.00	5.49	0.016616	0.4991	8.2931	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-9	659	5	3	0	0	0.00	5.86	0.007587	1.1720	8.8923	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-8	466	10	7	1	0	0.00	5.34	0.021459	0.5340	11.4592	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-7	816	18	10	0	0	0.00	6.14	0.022059	0.3411	7.5245	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-6	981	18	11	1	0	0.00	7.24	0.018349	0.4022	7.3802	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-5	708	18	12	0	0	0.00	7.13	0.025424	0.3961	10.0706	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-4	751	11	8	1	0	0.00	6.71	0.014647	0.6100	8.9348	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-3	552	8	5	0	0	0.00	6.47	0.014493	0.8088	11.7210	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-2	409	4	2	0	0	0.00	4.75	0.009780	1.1875	11.6137	0.0000	0.0000
AD	00000000-5eed-8004-8003-000000100302	-1	491	10	7	1	0	0.00	5.64	0.020367	0.5640	11.4868	0.0000	0.0000
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "AdStatsDaily" AS t (
        "id", "sellerId", "level", "entityId", "statDate", "impressions", "linkClicks"
        , "contentViews", "checkoutInitiated", "purchases", "purchaseValue", "spend", "ctr"
        , "cpc", "cpm", "costPerPurchase", "roas", "updatedAt"
    )
    SELECT
        (
            '00000000-5eed-8'
            || CASE v."level" WHEN 'CAMPAIGN' THEN '051' WHEN 'ADSET' THEN '052' WHEN 'AD' THEN '053' END
            || '-8' || lpad(to_hex(((a.anchor_day + v."statDate") - '2000-01-01'::date) % 4096), 3, '0')
            || '-' || right(v."entityId"::text, 12)
        )::uuid
        , '00000000-5eed-8001-8002-000000000001'::uuid
        , v."level"
        , v."entityId"
        , a.anchor_day + v."statDate"
        , v."impressions"::integer
        , v."linkClicks"::integer
        , v."contentViews"::integer
        , v."checkoutInitiated"::integer
        , v."purchases"::integer
        , v."purchaseValue"::numeric(12, 2)
        , v."spend"::numeric(12, 2)
        , v."ctr"::numeric(10, 6)
        , v."cpc"::numeric(12, 4)
        , v."cpm"::numeric(12, 4)
        , v."costPerPurchase"::numeric(12, 4)
        , v."roas"::numeric(12, 4)
        , now()
    FROM "seed_AdStatsDaily" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("level", "entityId", "statDate") DO UPDATE
        SET
            "sellerId" = excluded."sellerId"
            , "impressions" = excluded."impressions"
            , "linkClicks" = excluded."linkClicks"
            , "contentViews" = excluded."contentViews"
            , "checkoutInitiated" = excluded."checkoutInitiated"
            , "purchases" = excluded."purchases"
            , "purchaseValue" = excluded."purchaseValue"
            , "spend" = excluded."spend"
            , "ctr" = excluded."ctr"
            , "cpc" = excluded."cpc"
            , "cpm" = excluded."cpm"
            , "costPerPurchase" = excluded."costPerPurchase"
            , "roas" = excluded."roas"
            , "updatedAt" = now()
        WHERE
        (
            t."sellerId", t."impressions", t."linkClicks", t."contentViews", t."checkoutInitiated"
            , t."purchases", t."purchaseValue", t."spend", t."ctr", t."cpc", t."cpm"
            , t."costPerPurchase", t."roas"
        ) IS DISTINCT FROM (
            excluded."sellerId", excluded."impressions", excluded."linkClicks"
            , excluded."contentViews", excluded."checkoutInitiated", excluded."purchases"
            , excluded."purchaseValue", excluded."spend", excluded."ctr", excluded."cpc"
            , excluded."cpm", excluded."costPerPurchase", excluded."roas"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN concat_ws(
                    ' '
                    , t."level"::text
                    , t."entityId"::text
                    , t."statDate"::text
                )
        END AS inserted_id
)

SELECT
    'AdStatsDaily' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_AdStatsDaily") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'AdStatsDaily'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , concat_ws(
                            ' '
                            , (u.restored)."level"::text
                            , (u.restored)."entityId"::text
                            , (u.restored)."statDate"::text
                        ) AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('sellerId', (u.restored)."sellerId" IS DISTINCT FROM o."sellerId")
                                , ('impressions', (u.restored)."impressions" IS DISTINCT FROM o."impressions")
                                , ('linkClicks', (u.restored)."linkClicks" IS DISTINCT FROM o."linkClicks")
                                , ('contentViews', (u.restored)."contentViews" IS DISTINCT FROM o."contentViews")
                                , ('checkoutInitiated', (u.restored)."checkoutInitiated" IS DISTINCT FROM o."checkoutInitiated")
                                , ('purchases', (u.restored)."purchases" IS DISTINCT FROM o."purchases")
                                , ('purchaseValue', (u.restored)."purchaseValue" IS DISTINCT FROM o."purchaseValue")
                                , ('spend', (u.restored)."spend" IS DISTINCT FROM o."spend")
                                , ('ctr', (u.restored)."ctr" IS DISTINCT FROM o."ctr")
                                , ('cpc', (u.restored)."cpc" IS DISTINCT FROM o."cpc")
                                , ('cpm', (u.restored)."cpm" IS DISTINCT FROM o."cpm")
                                , ('costPerPurchase', (u.restored)."costPerPurchase" IS DISTINCT FROM o."costPerPurchase")
                                , ('roas', (u.restored)."roas" IS DISTINCT FROM o."roas")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "AdStatsDaily" AS o
                        ON
                            o."level" = (u.restored)."level"
                            AND o."entityId" = (u.restored)."entityId"
                            AND o."statDate" = (u.restored)."statDate"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- "SellpageStatsDaily", its rows
CREATE TEMPORARY TABLE "seed_SellpageStatsDaily" ON COMMIT DROP AS
SELECT
    t."sellpageId"
    , NULL::integer AS "statDate"
    , t."adSource"
    , NULL::numeric AS "adSpend"
    , NULL::integer AS "linkClicks"
    , NULL::integer AS "contentViews"
    , NULL::integer AS "checkoutInitiated"
    , NULL::integer AS "purchases"
    , NULL::numeric AS "revenue"
    , NULL::numeric AS "cr1"
    , NULL::numeric AS "cr2"
    , NULL::numeric AS "cr3"
FROM "SellpageStatsDaily" AS t
WITH NO DATA;

COPY "seed_SellpageStatsDaily" (
    "sellpageId", "statDate", "adSource", "adSpend", "linkClicks", "contentViews"
    , "checkoutInitiated", "purchases", "revenue", "cr1", "cr2", "cr3"
) FROM STDIN;
00000000-5eed-8002-8001-000000000001	-30	facebook	201.80	268	206	32	17	663.00	0.768657	0.155340	0.531250
00000000-5eed-8002-8001-000000000001	-30	instagram	51.15	93	69	10	3	117.00	0.741935	0.144928	0.300000
00000000-5eed-8002-8001-000000000001	-30	organic	0.00	47	29	3	1	39.00	0.617021	0.103448	0.333333
00000000-5eed-8002-8001-000000000001	-29	facebook	158.01	230	158	21	9	351.00	0.686957	0.132911	0.428571
00000000-5eed-8002-8001-000000000001	-29	instagram	64.02	110	77	8	2	78.00	0.700000	0.103896	0.250000
00000000-5eed-8002-8001-000000000001	-29	organic	0.00	69	51	6	2	78.00	0.739130	0.117647	0.333333
00000000-5eed-8002-8001-000000000001	-28	facebook	178.26	238	201	28	14	546.00	0.844538	0.139303	0.500000
00000000-5eed-8002-8001-000000000001	-28	instagram	120.47	134	92	12	4	156.00	0.686567	0.130435	0.333333
00000000-5eed-8002-8001-000000000001	-28	organic	0.00	64	51	5	1	39.00	0.796875	0.098039	0.200000
00000000-5eed-8002-8001-000000000001	-27	facebook	160.26	268	203	21	11	429.00	0.757463	0.103448	0.523810
00000000-5eed-8002-8001-000000000001	-27	instagram	52.64	123	89	17	5	195.00	0.723577	0.191011	0.294118
00000000-5eed-8002-8001-000000000001	-27	organic	0.00	61	41	5	2	78.00	0.672131	0.121951	0.400000
00000000-5eed-8002-8001-000000000001	-26	facebook	99.51	214	134	17	7	273.00	0.626168	0.126866	0.411765
00000000-5eed-8002-8001-000000000001	-26	instagram	67.09	112	72	11	5	195.00	0.642857	0.152778	0.454545
00000000-5eed-8002-8001-000000000001	-26	organic	0.00	50	31	4	2	78.00	0.620000	0.129032	0.500000
00000000-5eed-8002-8001-000000000001	-25	facebook	160.39	215	140	32	11	429.00	0.651163	0.228571	0.343750
00000000-5eed-8002-8001-000000000001	-25	instagram	120.24	149	102	13	3	117.00	0.684564	0.127451	0.230769
00000000-5eed-8002-8001-000000000001	-25	organic	0.00	48	40	6	1	39.00	0.833333	0.150000	0.166667
00000000-5eed-8002-8001-000000000001	-24	facebook	157.25	185	114	12	5	195.00	0.616216	0.105263	0.416667
00000000-5eed-8002-8001-000000000001	-24	instagram	75.61	104	81	16	7	273.00	0.778846	0.197531	0.437500
00000000-5eed-8002-8001-000000000001	-24	organic	0.00	48	37	6	1	39.00	0.770833	0.162162	0.166667
00000000-5eed-8002-8001-000000000001	-23	facebook	113.65	246	202	35	10	390.00	0.821138	0.173267	0.285714
00000000-5eed-8002-8001-000000000001	-23	instagram	53.68	122	89	10	3	117.00	0.729508	0.112360	0.300000
00000000-5eed-8002-8001-000000000001	-23	organic	0.00	47	39	9	5	195.00	0.829787	0.230769	0.555556
00000000-5eed-8002-8001-000000000001	-22	facebook	180.41	234	165	27	10	390.00	0.705128	0.163636	0.370370
00000000-5eed-8002-8001-000000000001	-22	instagram	72.93	110	75	10	4	156.00	0.681818	0.133333	0.400000
00000000-5eed-8002-8001-000000000001	-22	organic	0.00	46	37	7	2	78.00	0.804348	0.189189	0.285714
00000000-5eed-8002-8001-000000000001	-21	facebook	117.82	172	108	19	7	273.00	0.627907	0.175926	0.368421
00000000-5eed-8002-8001-000000000001	-21	instagram	62.79	94	79	17	5	195.00	0.840426	0.215190	0.294118
00000000-5eed-8002-8001-000000000001	-21	organic	0.00	59	35	3	1	39.00	0.593220	0.085714	0.333333
00000000-5eed-8002-8001-000000000001	-20	facebook	118.03	249	178	22	9	351.00	0.714859	0.123596	0.409091
00000000-5eed-8002-8001-000000000001	-20	instagram	72.56	146	105	17	8	312.00	0.719178	0.161905	0.470588
00000000-5eed-8002-8001-000000000001	-20	organic	0.00	45	35	4	1	39.00	0.777778	0.114286	0.250000
00000000-5eed-8002-8001-000000000001	-19	facebook	84.04	203	171	25	10	390.00	0.842365	0.146199	0.400000
00000000-5eed-8002-8001-000000000001	-19	instagram	107.58	149	97	15	8	312.00	0.651007	0.154639	0.533333
00000000-5eed-8002-8001-000000000001	-19	organic	0.00	74	53	7	3	117.00	0.716216	0.132075	0.428571
00000000-5eed-8002-8001-000000000001	-18	facebook	221.14	272	176	42	24	936.00	0.647059	0.238636	0.571429
00000000-5eed-8002-8001-000000000001	-18	instagram	72.59	111	75	7	3	117.00	0.675676	0.093333	0.428571
00000000-5eed-8002-8001-000000000001	-18	organic	0.00	63	52	6	3	117.00	0.825397	0.115385	0.500000
00000000-5eed-8002-8001-000000000001	-17	facebook	99.86	187	156	16	5	195.00	0.834225	0.102564	0.312500
00000000-5eed-8002-8001-000000000001	-17	instagram	84.15	103	71	10	5	195.00	0.689320	0.140845	0.500000
00000000-5eed-8002-8001-000000000001	-17	organic	0.00	48	33	7	2	78.00	0.687500	0.212121	0.285714
00000000-5eed-8002-8001-000000000001	-16	facebook	124.36	258	212	29	9	351.00	0.821705	0.136792	0.310345
00000000-5eed-8002-8001-000000000001	-16	instagram	75.63	146	123	12	6	234.00	0.842466	0.097561	0.500000
00000000-5eed-8002-8001-000000000001	-16	organic	0.00	46	28	6	2	78.00	0.608696	0.214286	0.333333
00000000-5eed-8002-8001-000000000001	-15	facebook	117.18	201	149	33	11	429.00	0.741294	0.221477	0.333333
00000000-5eed-8002-8001-000000000001	-15	instagram	63.62	112	71	17	8	312.00	0.633929	0.239437	0.470588
00000000-5eed-8002-8001-000000000001	-15	organic	0.00	65	40	6	1	39.00	0.615385	0.150000	0.166667
00000000-5eed-8002-8001-000000000001	-14	facebook	104.25	166	133	32	13	507.00	0.801205	0.240602	0.406250
00000000-5eed-8002-8001-000000000001	-14	instagram	77.91	98	81	18	9	351.00	0.826531	0.222222	0.500000
00000000-5eed-8002-8001-000000000001	-14	organic	0.00	69	55	12	4	156.00	0.797101	0.218182	0.333333
00000000-5eed-8002-8001-000000000001	-13	facebook	204.61	271	209	32	13	507.00	0.771218	0.153110	0.406250
00000000-5eed-8002-8001-000000000001	-13	instagram	75.82	117	70	13	4	156.00	0.598291	0.185714	0.307692
00000000-5eed-8002-8001-000000000001	-13	organic	0.00	50	31	4	2	78.00	0.620000	0.129032	0.500000
00000000-5eed-8002-8001-000000000001	-12	facebook	105.44	174	117	27	9	351.00	0.672414	0.230769	0.333333
00000000-5eed-8002-8001-000000000001	-12	instagram	41.22	92	67	13	7	273.00	0.728261	0.194030	0.538462
00000000-5eed-8002-8001-000000000001	-12	organic	0.00	67	41	7	2	78.00	0.611940	0.170732	0.285714
00000000-5eed-8002-8001-000000000001	-11	facebook	147.63	223	183	25	12	468.00	0.820628	0.136612	0.480000
00000000-5eed-8002-8001-000000000001	-11	instagram	87.72	102	85	17	8	312.00	0.833333	0.200000	0.470588
00000000-5eed-8002-8001-000000000001	-11	organic	0.00	62	38	8	4	156.00	0.612903	0.210526	0.500000
00000000-5eed-8002-8001-000000000001	-10	facebook	88.15	166	127	29	12	468.00	0.765060	0.228346	0.413793
00000000-5eed-8002-8001-000000000001	-10	instagram	58.97	117	85	16	8	312.00	0.726496	0.188235	0.500000
00000000-5eed-8002-8001-000000000001	-10	organic	0.00	68	54	6	3	117.00	0.794118	0.111111	0.500000
00000000-5eed-8002-8001-000000000001	-9	facebook	120.84	212	146	27	14	546.00	0.688679	0.184932	0.518519
00000000-5eed-8002-8001-000000000001	-9	instagram	76.64	106	89	19	6	234.00	0.839623	0.213483	0.315789
00000000-5eed-8002-8001-000000000001	-9	organic	0.00	69	49	11	3	117.00	0.710145	0.224490	0.272727
00000000-5eed-8002-8001-000000000001	-8	facebook	95.47	208	146	17	10	390.00	0.701923	0.116438	0.588235
00000000-5eed-8002-8001-000000000001	-8	instagram	59.89	113	94	10	4	156.00	0.831858	0.106383	0.400000
00000000-5eed-8002-8001-000000000001	-8	organic	0.00	59	37	7	2	78.00	0.627119	0.189189	0.285714
00000000-5eed-8002-8001-000000000001	-7	facebook	146.72	172	136	31	12	468.00	0.790698	0.227941	0.387097
00000000-5eed-8002-8001-000000000001	-7	instagram	59.62	108	77	17	6	234.00	0.712963	0.220779	0.352941
00000000-5eed-8002-8001-000000000001	-7	organic	0.00	60	48	11	6	234.00	0.800000	0.229167	0.545455
00000000-5eed-8002-8001-000000000001	-6	facebook	133.08	206	171	30	12	468.00	0.830097	0.175439	0.400000
00000000-5eed-8002-8001-000000000001	-6	instagram	104.49	148	92	17	7	273.00	0.621622	0.184783	0.411765
00000000-5eed-8002-8001-000000000001	-6	organic	0.00	53	43	7	2	78.00	0.811321	0.162791	0.285714
00000000-5eed-8002-8001-000000000001	-5	facebook	105.59	183	153	33	19	741.00	0.836066	0.215686	0.575758
00000000-5eed-8002-8001-000000000001	-5	instagram	85.13	125	101	11	5	195.00	0.808000	0.108911	0.454545
00000000-5eed-8002-8001-000000000001	-5	organic	0.00	61	39	7	2	78.00	0.639344	0.179487	0.285714
00000000-5eed-8002-8001-000000000001	-4	facebook	190.80	240	199	41	14	546.00	0.829167	0.206030	0.341463
00000000-5eed-8002-8001-000000000001	-4	instagram	84.57	98	65	7	3	117.00	0.663265	0.107692	0.428571
00000000-5eed-8002-8001-000000000001	-4	organic	0.00	63	53	7	2	78.00	0.841270	0.132075	0.285714
00000000-5eed-8002-8001-000000000001	-3	facebook	171.35	269	224	25	11	429.00	0.832714	0.111607	0.440000
00000000-5eed-8002-8001-000000000001	-3	instagram	49.68	108	84	9	4	156.00	0.777778	0.107143	0.444444
00000000-5eed-8002-8001-000000000001	-3	organic	0.00	68	51	9	4	156.00	0.750000	0.176471	0.444444
00000000-5eed-8002-8001-000000000001	-2	facebook	145.41	185	138	14	7	273.00	0.745946	0.101449	0.500000
00000000-5eed-8002-8001-000000000001	-2	instagram	88.74	116	97	16	5	195.00	0.836207	0.164948	0.312500
00000000-5eed-8002-8001-000000000001	-2	organic	0.00	45	28	5	2	78.00	0.622222	0.178571	0.400000
00000000-5eed-8002-8001-000000000001	-1	facebook	201.47	273	226	46	25	975.00	0.827839	0.203540	0.543478
00000000-5eed-8002-8001-000000000001	-1	instagram	72.36	108	82	17	6	234.00	0.759259	0.207317	0.352941
00000000-5eed-8002-8001-000000000001	-1	organic	0.00	47	31	6	2	78.00	0.659574	0.193548	0.333333
00000000-5eed-8002-8001-000000000002	-30	facebook	137.62	183	135	23	7	413.00	0.737705	0.170370	0.304348
00000000-5eed-8002-8001-000000000002	-30	instagram	65.07	90	67	12	4	236.00	0.744444	0.179104	0.333333
00000000-5eed-8002-8001-000000000002	-30	organic	0.00	49	39	7	2	118.00	0.795918	0.179487	0.285714
00000000-5eed-8002-8001-000000000002	-29	facebook	162.92	197	167	35	17	1003.00	0.847716	0.209581	0.485714
00000000-5eed-8002-8001-000000000002	-29	instagram	81.32	116	83	9	2	118.00	0.715517	0.108434	0.222222
00000000-5eed-8002-8001-000000000002	-29	organic	0.00	67	44	8	4	236.00	0.656716	0.181818	0.500000
00000000-5eed-8002-8001-000000000002	-28	facebook	152.88	245	199	47	22	1298.00	0.812245	0.236181	0.468085
00000000-5eed-8002-8001-000000000002	-28	instagram	90.17	129	95	19	9	531.00	0.736434	0.200000	0.473684
00000000-5eed-8002-8001-000000000002	-28	organic	0.00	59	42	6	1	59.00	0.711864	0.142857	0.166667
00000000-5eed-8002-8001-000000000002	-27	facebook	173.65	211	131	20	6	354.00	0.620853	0.152672	0.300000
00000000-5eed-8002-8001-000000000002	-27	instagram	100.88	125	79	14	7	413.00	0.632000	0.177215	0.500000
00000000-5eed-8002-8001-000000000002	-27	organic	0.00	59	46	7	2	118.00	0.779661	0.152174	0.285714
00000000-5eed-8002-8001-000000000002	-26	facebook	102.12	185	138	33	13	767.00	0.745946	0.239130	0.393939
00000000-5eed-8002-8001-000000000002	-26	instagram	52.28	123	73	14	7	413.00	0.593496	0.191781	0.500000
00000000-5eed-8002-8001-000000000002	-26	organic	0.00	50	40	6	2	118.00	0.800000	0.150000	0.333333
00000000-5eed-8002-8001-000000000002	-25	facebook	111.22	167	123	16	6	354.00	0.736527	0.130081	0.375000
00000000-5eed-8002-8001-000000000002	-25	instagram	104.90	135	83	17	5	295.00	0.614815	0.204819	0.294118
00000000-5eed-8002-8001-000000000002	-25	organic	0.00	56	33	7	3	177.00	0.589286	0.212121	0.428571
00000000-5eed-8002-8001-000000000002	-24	facebook	228.64	261	197	29	13	767.00	0.754789	0.147208	0.448276
00000000-5eed-8002-8001-000000000002	-24	instagram	110.25	125	105	15	7	413.00	0.840000	0.142857	0.466667
00000000-5eed-8002-8001-000000000002	-24	organic	0.00	50	32	6	3	177.00	0.640000	0.187500	0.500000
00000000-5eed-8002-8001-000000000002	-23	facebook	207.25	250	176	30	15	885.00	0.704000	0.170455	0.500000
00000000-5eed-8002-8001-000000000002	-23	instagram	70.59	130	106	13	4	236.00	0.815385	0.122642	0.307692
00000000-5eed-8002-8001-000000000002	-23	organic	0.00	71	54	12	5	295.00	0.760563	0.222222	0.416667
00000000-5eed-8002-8001-000000000002	-22	facebook	93.33	183	115	25	12	708.00	0.628415	0.217391	0.480000
00000000-5eed-8002-8001-000000000002	-22	instagram	58.70	129	94	14	5	295.00	0.728682	0.148936	0.357143
00000000-5eed-8002-8001-000000000002	-22	organic	0.00	64	53	7	3	177.00	0.828125	0.132075	0.428571
00000000-5eed-8002-8001-000000000002	-21	facebook	194.14	247	205	30	14	826.00	0.829960	0.146341	0.466667
00000000-5eed-8002-8001-000000000002	-21	instagram	65.95	144	111	23	8	472.00	0.770833	0.207207	0.347826
00000000-5eed-8002-8001-000000000002	-21	organic	0.00	50	41	5	2	118.00	0.820000	0.121951	0.400000
00000000-5eed-8002-8001-000000000002	-20	facebook	102.85	187	152	35	15	885.00	0.812834	0.230263	0.428571
00000000-5eed-8002-8001-000000000002	-20	instagram	88.59	112	69	7	3	177.00	0.616071	0.101449	0.428571
00000000-5eed-8002-8001-000000000002	-20	organic	0.00	61	37	7	2	118.00	0.606557	0.189189	0.285714
00000000-5eed-8002-8001-000000000002	-19	facebook	120.45	229	137	22	12	708.00	0.598253	0.160584	0.545455
00000000-5eed-8002-8001-000000000002	-19	instagram	88.70	112	72	11	3	177.00	0.642857	0.152778	0.272727
00000000-5eed-8002-8001-000000000002	-19	organic	0.00	52	32	5	2	118.00	0.615385	0.156250	0.400000
00000000-5eed-8002-8001-000000000002	-18	facebook	83.49	165	132	13	5	295.00	0.800000	0.098485	0.384615
00000000-5eed-8002-8001-000000000002	-18	instagram	74.64	134	109	22	9	531.00	0.813433	0.201835	0.409091
00000000-5eed-8002-8001-000000000002	-18	organic	0.00	50	31	5	2	118.00	0.620000	0.161290	0.400000
00000000-5eed-8002-8001-000000000002	-17	facebook	98.29	227	180	19	10	590.00	0.792952	0.105556	0.526316
00000000-5eed-8002-8001-000000000002	-17	instagram	54.29	98	80	15	7	413.00	0.816327	0.187500	0.466667
00000000-5eed-8002-8001-000000000002	-17	organic	0.00	53	39	6	2	118.00	0.735849	0.153846	0.333333
00000000-5eed-8002-8001-000000000002	-16	facebook	137.94	172	142	22	10	590.00	0.825581	0.154930	0.454545
00000000-5eed-8002-8001-000000000002	-16	instagram	69.10	99	61	12	4	236.00	0.616162	0.196721	0.333333
00000000-5eed-8002-8001-000000000002	-16	organic	0.00	74	59	10	4	236.00	0.797297	0.169492	0.400000
00000000-5eed-8002-8001-000000000002	-15	facebook	107.74	224	163	24	7	413.00	0.727679	0.147239	0.291667
00000000-5eed-8002-8001-000000000002	-15	instagram	111.38	125	79	15	4	236.00	0.632000	0.189873	0.266667
00000000-5eed-8002-8001-000000000002	-15	organic	0.00	56	42	10	5	295.00	0.750000	0.238095	0.500000
00000000-5eed-8002-8001-000000000002	-14	facebook	109.31	170	113	17	8	472.00	0.664706	0.150442	0.470588
00000000-5eed-8002-8001-000000000002	-14	instagram	104.39	143	112	22	11	649.00	0.783217	0.196429	0.500000
00000000-5eed-8002-8001-000000000002	-14	organic	0.00	51	41	4	1	59.00	0.803922	0.097561	0.250000
00000000-5eed-8002-8001-000000000002	-13	facebook	140.58	257	210	42	23	1357.00	0.817121	0.200000	0.547619
00000000-5eed-8002-8001-000000000002	-13	instagram	82.15	139	94	22	12	708.00	0.676259	0.234043	0.545455
00000000-5eed-8002-8001-000000000002	-13	organic	0.00	62	47	10	4	236.00	0.758065	0.212766	0.400000
00000000-5eed-8002-8001-000000000002	-12	facebook	126.67	265	171	39	13	767.00	0.645283	0.228070	0.333333
00000000-5eed-8002-8001-000000000002	-12	instagram	67.01	102	75	11	5	295.00	0.735294	0.146667	0.454545
00000000-5eed-8002-8001-000000000002	-12	organic	0.00	69	44	9	4	236.00	0.637681	0.204545	0.444444
00000000-5eed-8002-8001-000000000002	-11	facebook	132.59	231	190	19	8	472.00	0.822511	0.100000	0.421053
00000000-5eed-8002-8001-000000000002	-11	instagram	62.06	91	76	16	5	295.00	0.835165	0.210526	0.312500
00000000-5eed-8002-8001-000000000002	-11	organic	0.00	51	39	5	2	118.00	0.764706	0.128205	0.400000
00000000-5eed-8002-8001-000000000002	-10	facebook	150.86	190	124	18	7	413.00	0.652632	0.145161	0.388889
00000000-5eed-8002-8001-000000000002	-10	instagram	61.83	118	87	21	12	708.00	0.737288	0.241379	0.571429
00000000-5eed-8002-8001-000000000002	-10	organic	0.00	70	55	6	1	59.00	0.785714	0.109091	0.166667
00000000-5eed-8002-8001-000000000002	-9	facebook	116.06	208	165	17	5	295.00	0.793269	0.103030	0.294118
00000000-5eed-8002-8001-000000000002	-9	instagram	97.21	116	92	12	5	295.00	0.793103	0.130435	0.416667
00000000-5eed-8002-8001-000000000002	-9	organic	0.00	59	41	7	3	177.00	0.694915	0.170732	0.428571
00000000-5eed-8002-8001-000000000002	-8	facebook	189.31	234	185	20	6	354.00	0.790598	0.108108	0.300000
00000000-5eed-8002-8001-000000000002	-8	instagram	46.61	102	86	12	6	354.00	0.843137	0.139535	0.500000
00000000-5eed-8002-8001-000000000002	-8	organic	0.00	45	36	8	3	177.00	0.800000	0.222222	0.375000
00000000-5eed-8002-8001-000000000002	-7	facebook	213.31	264	206	46	16	944.00	0.780303	0.223301	0.347826
00000000-5eed-8002-8001-000000000002	-7	instagram	61.79	91	75	18	5	295.00	0.824176	0.240000	0.277778
00000000-5eed-8002-8001-000000000002	-7	organic	0.00	68	43	8	4	236.00	0.632353	0.186047	0.500000
00000000-5eed-8002-8001-000000000002	-6	facebook	184.45	262	168	21	10	590.00	0.641221	0.125000	0.476190
00000000-5eed-8002-8001-000000000002	-6	instagram	85.07	97	70	8	3	177.00	0.721649	0.114286	0.375000
00000000-5eed-8002-8001-000000000002	-6	organic	0.00	60	43	4	2	118.00	0.716667	0.093023	0.500000
00000000-5eed-8002-8001-000000000002	-5	facebook	99.84	208	155	34	20	1180.00	0.745192	0.219355	0.588235
00000000-5eed-8002-8001-000000000002	-5	instagram	49.16	102	78	11	4	236.00	0.764706	0.141026	0.363636
00000000-5eed-8002-8001-000000000002	-5	organic	0.00	62	43	8	3	177.00	0.693548	0.186047	0.375000
00000000-5eed-8002-8001-000000000002	-4	facebook	122.55	267	214	50	16	944.00	0.801498	0.233645	0.320000
00000000-5eed-8002-8001-000000000002	-4	instagram	113.30	137	111	20	10	590.00	0.810219	0.180180	0.500000
00000000-5eed-8002-8001-000000000002	-4	organic	0.00	67	48	10	4	236.00	0.716418	0.208333	0.400000
00000000-5eed-8002-8001-000000000002	-3	facebook	139.06	170	125	19	9	531.00	0.735294	0.152000	0.473684
00000000-5eed-8002-8001-000000000002	-3	instagram	108.54	135	106	11	5	295.00	0.785185	0.103774	0.454545
00000000-5eed-8002-8001-000000000002	-3	organic	0.00	72	59	9	5	295.00	0.819444	0.152542	0.555556
00000000-5eed-8002-8001-000000000002	-2	facebook	155.70	203	150	18	10	590.00	0.738916	0.120000	0.555556
00000000-5eed-8002-8001-000000000002	-2	instagram	108.38	125	76	9	4	236.00	0.608000	0.118421	0.444444
00000000-5eed-8002-8001-000000000002	-2	organic	0.00	70	55	7	2	118.00	0.785714	0.127273	0.285714
00000000-5eed-8002-8001-000000000002	-1	facebook	189.76	251	157	31	16	944.00	0.625498	0.197452	0.516129
00000000-5eed-8002-8001-000000000002	-1	instagram	124.66	147	92	13	4	236.00	0.625850	0.141304	0.307692
00000000-5eed-8002-8001-000000000002	-1	organic	0.00	62	51	6	2	118.00	0.822581	0.117647	0.333333
\.

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, upserted AS (
    INSERT INTO "SellpageStatsDaily" AS t (
        "id", "sellerId", "sellpageId", "statDate", "adSource", "adSpend", "linkClicks"
        , "contentViews", "checkoutInitiated", "purchases", "revenue", "cr1", "cr2", "cr3"
        , "updatedAt"
    )
    SELECT
        (
            '00000000-5eed-8'
            || CASE v."adSource" WHEN 'facebook' THEN '061' WHEN 'instagram' THEN '062' WHEN 'organic' THEN '063' END
            || '-8' || lpad(to_hex(((a.anchor_day + v."statDate") - '2000-01-01'::date) % 4096), 3, '0')
            || '-' || right(v."sellpageId"::text, 12)
        )::uuid
        , '00000000-5eed-8001-8002-000000000001'::uuid
        , v."sellpageId"
        , a.anchor_day + v."statDate"
        , v."adSource"
        , v."adSpend"::numeric(12, 2)
        , v."linkClicks"::integer
        , v."contentViews"::integer
        , v."checkoutInitiated"::integer
        , v."purchases"::integer
        , v."revenue"::numeric(12, 2)
        , v."cr1"::numeric(10, 6)
        , v."cr2"::numeric(10, 6)
        , v."cr3"::numeric(10, 6)
        , now()
    FROM "seed_SellpageStatsDaily" AS v
    CROSS JOIN anchor AS a
    ON CONFLICT ("sellpageId", "statDate", "adSource") DO UPDATE
        SET
            "sellerId" = excluded."sellerId"
            , "adSpend" = excluded."adSpend"
            , "linkClicks" = excluded."linkClicks"
            , "contentViews" = excluded."contentViews"
            , "checkoutInitiated" = excluded."checkoutInitiated"
            , "purchases" = excluded."purchases"
            , "revenue" = excluded."revenue"
            , "cr1" = excluded."cr1"
            , "cr2" = excluded."cr2"
            , "cr3" = excluded."cr3"
            , "updatedAt" = now()
        WHERE
        (
            t."sellerId", t."adSpend", t."linkClicks", t."contentViews", t."checkoutInitiated"
            , t."purchases", t."revenue", t."cr1", t."cr2", t."cr3"
        ) IS DISTINCT FROM (
            excluded."sellerId", excluded."adSpend", excluded."linkClicks", excluded."contentViews"
            , excluded."checkoutInitiated", excluded."purchases", excluded."revenue", excluded."cr1"
            , excluded."cr2", excluded."cr3"
        )
    RETURNING
        t.xmax = 0 AS inserted
        , CASE WHEN t.xmax != 0 THEN t END AS restored
        , CASE
            WHEN t.xmax = 0 AND current_setting('gen_seed_sql.dry_run', TRUE) = 'on'
                THEN concat_ws(
                    ' '
                    , t."sellpageId"::text
                    , t."statDate"::text
                    , t."adSource"::text
                )
        END AS inserted_id
)

SELECT
    'SellpageStatsDaily' AS seeded_table
    , count(*) FILTER (WHERE upserted.inserted) AS inserted
    , count(*) FILTER (WHERE NOT upserted.inserted) AS updated
    , (SELECT count(*) FROM "seed_SellpageStatsDaily") - count(*) AS unchanged
    , 0 AS deleted
FROM upserted
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR count(*) FILTER (WHERE upserted.inserted) + count(*) FILTER (WHERE NOT upserted.inserted) + 0 = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'SellpageStatsDaily'
            , 'inserted', count(*) FILTER (WHERE upserted.inserted)
            , 'updated', count(*) FILTER (WHERE NOT upserted.inserted)
            , 'deleted', 0
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', s.plan_action, 'columns', to_jsonb(s.differing))
                        ORDER BY s.sort_order, s.id
                    )
                FROM (
                    SELECT
                        1 AS sort_order
                        , concat_ws(
                            ' '
                            , (u.restored)."sellpageId"::text
                            , (u.restored)."statDate"::text
                            , (u.restored)."adSource"::text
                        ) AS id
                        , 'restore' AS plan_action
                        , (
                            SELECT array_agg(d.column_name)
                            FROM (
                                VALUES
                                ('sellerId', (u.restored)."sellerId" IS DISTINCT FROM o."sellerId")
                                , ('adSpend', (u.restored)."adSpend" IS DISTINCT FROM o."adSpend")
                                , ('linkClicks', (u.restored)."linkClicks" IS DISTINCT FROM o."linkClicks")
                                , ('contentViews', (u.restored)."contentViews" IS DISTINCT FROM o."contentViews")
                                , ('checkoutInitiated', (u.restored)."checkoutInitiated" IS DISTINCT FROM o."checkoutInitiated")
                                , ('purchases', (u.restored)."purchases" IS DISTINCT FROM o."purchases")
                                , ('revenue', (u.restored)."revenue" IS DISTINCT FROM o."revenue")
                                , ('cr1', (u.restored)."cr1" IS DISTINCT FROM o."cr1")
                                , ('cr2', (u.restored)."cr2" IS DISTINCT FROM o."cr2")
                                , ('cr3', (u.restored)."cr3" IS DISTINCT FROM o."cr3")
                            ) AS d (column_name, differs)
                            WHERE d.differs
                        ) AS differing
                    FROM upserted AS u
                    INNER JOIN "SellpageStatsDaily" AS o
                        ON
                            o."sellpageId" = (u.restored)."sellpageId"
                            AND o."statDate" = (u.restored)."statDate"
                            AND o."adSource" = (u.restored)."adSource"
                    WHERE NOT u.inserted

                    UNION ALL

                    SELECT
                        2 AS sort_order
                        , u.inserted_id AS id
                        , 'insert' AS plan_action
                        , NULL AS differing
                    FROM upserted AS u
                    WHERE u.inserted

                    ORDER BY 1, 2
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

-- Stats rows of seeded entities outside their history window (an apply on an earlier
-- day left them), and of entities the database no longer holds. Deleting them keeps
-- the row counts the same on every day.
WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, windows AS (
    -- The history window of every seeded AdStatsDaily entity: its first and last day.
    -- Levels compare as text and days as dates, so enum and timestamp(3) columns (a
    -- Prisma-made schema) work as text and date ones do. A campaign's runs from its
    -- startDate through its endDate (the day before the anchor while it has none); an
    -- adset's is the last 21 days of it at most, an ad's the last 14 (docs/dataset.md).
    SELECT
        'CAMPAIGN' AS entity_level
        , c."id" AS entity_id
        , c."startDate"::date AS first_day
        , coalesce(c."endDate"::date, a.anchor_day - 1) AS last_day
    FROM "Campaign" AS c
    CROSS JOIN anchor AS a
    WHERE starts_with(c."id"::text, '00000000-5eed-')

    UNION ALL

    SELECT
        'ADSET' AS entity_level
        , s."id" AS entity_id
        , greatest(c."startDate"::date, coalesce(c."endDate"::date, a.anchor_day - 1) - 20) AS first_day
        , coalesce(c."endDate"::date, a.anchor_day - 1) AS last_day
    FROM "Adset" AS s
    INNER JOIN "Campaign" AS c ON s."campaignId" = c."id"
    CROSS JOIN anchor AS a
    WHERE starts_with(s."id"::text, '00000000-5eed-')

    UNION ALL

    SELECT
        'AD' AS entity_level
        , d."id" AS entity_id
        , greatest(c."startDate"::date, coalesce(c."endDate"::date, a.anchor_day - 1) - 13) AS first_day
        , coalesce(c."endDate"::date, a.anchor_day - 1) AS last_day
    FROM "Ad" AS d
    INNER JOIN "Adset" AS s ON d."adsetId" = s."id"
    INNER JOIN "Campaign" AS c ON s."campaignId" = c."id"
    CROSS JOIN anchor AS a
    WHERE starts_with(d."id"::text, '00000000-5eed-')
)

, removed AS (
    DELETE FROM "AdStatsDaily" AS d
    WHERE
        starts_with(d."entityId"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM windows AS w
            WHERE
                d."level"::text = w.entity_level
                AND d."entityId" = w.entity_id
                AND d."statDate"::date BETWEEN w.first_day AND w.last_day
        )
    RETURNING concat_ws(' ', d."level"::text, d."entityId"::text, d."statDate"::date::text) AS id
)

SELECT
    'AdStatsDaily' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'AdStatsDaily'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

WITH anchor AS (
    SELECT current_setting('gen_seed.anchor_day')::date AS anchor_day
)

, removed AS (
    DELETE FROM "SellpageStatsDaily" AS p
    USING anchor AS a
    WHERE
        starts_with(p."sellpageId"::text, '00000000-5eed-')
        AND (p."statDate" >= a.anchor_day OR p."statDate" < a.anchor_day - 30)
    RETURNING concat_ws(' ', p."sellpageId"::text, p."statDate"::date::text, p."adSource"::text) AS id
)

SELECT
    'SellpageStatsDaily' AS seeded_table
    , 0 AS inserted
    , 0 AS updated
    , 0 AS unchanged
    , count(*) AS deleted
FROM removed
HAVING
    current_setting('gen_seed_sql.dry_run', TRUE) IS DISTINCT FROM 'on'
    OR 0 + 0 + count(*) = 0
    OR set_config(
        'gen_seed_sql.plan'
        , coalesce(current_setting('gen_seed_sql.plan', TRUE), '')
        || jsonb_build_object(
            'table', 'SellpageStatsDaily'
            , 'inserted', 0
            , 'updated', 0
            , 'deleted', count(*)
            , 'rows', (
                SELECT
                    jsonb_agg(
                        jsonb_build_object('id', s.id, 'action', 'delete')
                        ORDER BY s.id
                    )
                FROM (
                    SELECT r.id FROM removed AS r
                    ORDER BY r.id
                    LIMIT 5
                ) AS s
            )
        )::text
        || E'\n'
        , TRUE
    ) IS NOT NULL;

\if :{?dry_run}
-- A dry run (psql -v dry_run=1 -f seed.staging.sql): everything above ran, and is rolled
-- back here. The gate names each row the plan holds, then fails naming every table an
-- apply would change (psql exits 3), or says the database holds the file's dataset.
DO $dry_run$
DECLARE
    entry jsonb;
    sample jsonb;
    changed text;
BEGIN
    FOR entry IN
        SELECT p.line::jsonb
        FROM regexp_split_to_table(coalesce(current_setting('gen_seed_sql.plan', TRUE), ''), E'\n') AS p (line)
        WHERE p.line != ''
    LOOP
        IF entry ? 'kept' THEN
            RAISE NOTICE 'gen-seed-sql: plan: % keep %: rows the seed did not create still reference it',
                entry ->> 'table', entry ->> 'kept';
            CONTINUE;
        END IF;
        RAISE NOTICE 'gen-seed-sql: plan: % insert %, restore %, delete %',
            entry ->> 'table', entry ->> 'inserted', entry ->> 'updated', entry ->> 'deleted';
        FOR sample IN SELECT jsonb_array_elements(coalesce(entry -> 'rows', '[]'))
        LOOP
            RAISE NOTICE 'gen-seed-sql: plan: % % %', entry ->> 'table', sample ->> 'action',
                (sample ->> 'id') || coalesce(
                    ' ('
                    || (SELECT string_agg(c.name, ', ') FROM jsonb_array_elements_text(sample -> 'columns') AS c (name))
                    || ' differ)', ''
                );
        END LOOP;
        changed := coalesce(changed || ', ', '') || (entry ->> 'table');
    END LOOP;
    IF changed IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS005',
            MESSAGE = 'gen-seed-sql: dry run: an apply would change ' || changed
                || ' (rolled back: nothing was written)';
    END IF;
    RAISE NOTICE 'gen-seed-sql: dry run: the database holds this file''s dataset (rolled back)';
END
$dry_run$;

ROLLBACK;
\else
COMMIT;
\endif
