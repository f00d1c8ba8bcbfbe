-- gen-seed-sql 0.1.0: staging verify: read-only checks of the seeded data
-- Generated file: do not edit; regenerate it with the command below.
-- Inputs: seed=20260221 orders=100 campaigns=10 scale=1 as-of=apply-day; command: gen-seed-sql build
--
-- Run with: psql -f verify.staging.sql   (read-only; or: gen-seed-sql verify)
-- One row per check: `expected` is what the seed promises, `found` what the database
-- holds; `result` is ok or MISMATCH. Invariant checks count violating rows (expect 0).
-- Any MISMATCH ends the file with an error naming them, so psql exits non-zero (3).
-- Windows are read against the anchor day of the last apply: the day after the
-- newest seeded SellpageStatsDaily row.

\set ON_ERROR_STOP on
\set QUIET on
\set SHOW_CONTEXT never
BEGIN;
SET LOCAL transaction_read_only = on;
-- Instants read in UTC whatever the session's TimeZone (timestamp(3) columns hold UTC).
SET LOCAL TimeZone = 'UTC';

-- Every table, column and type the checks read, and the enum values they compare with.
DO $preflight$
DECLARE
    missing text;
BEGIN
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
        , ('Seller', 'SELECT')
        , ('Sellpage', 'SELECT')
        , ('Order', 'SELECT')
        , ('OrderItem', 'SELECT')
        , ('OrderEvent', 'SELECT')
        , ('Campaign', 'SELECT')
        , ('Adset', 'SELECT')
        , ('Ad', 'SELECT')
        , ('AdStatsDaily', 'SELECT')
        , ('SellpageStatsDaily', 'SELECT')
        , ('AdStatsRaw', 'SELECT')
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
END
$preflight$;

WITH anchor AS (
    SELECT max(s."statDate")::date + 1 AS anchor_day
    FROM "SellpageStatsDaily" AS s
    WHERE starts_with(s."sellpageId"::text, '00000000-5eed-')
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

-- The Ad ids this file describes.
, described_ad AS (
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

-- The Adset ids this file describes.
, described_adset AS (
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

-- The Campaign ids this file describes.
, described_campaign AS (
    SELECT '00000000-5eed-8004-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 10)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 15) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

-- The OrderEvent ids this file describes.
, described_order_event AS (
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

-- The OrderItem ids this file describes.
, described_order_item AS (
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

-- The Order ids this file describes.
, described_order AS (
    SELECT '00000000-5eed-8003-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 100)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 99) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

-- The Sellpage ids this file describes.
, described_sellpage AS (
    SELECT '00000000-5eed-8002-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 3)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 3) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

-- The Seller ids this file describes.
, described_seller AS (
    SELECT '00000000-5eed-8001-8002-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 1)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

-- The User ids this file describes.
, described_user AS (
    SELECT '00000000-5eed-8001-8001-' || lpad((dr.first_index + k.n)::text, 12, '0') AS id
    FROM (
        VALUES
        (1, 1)
    ) AS dr (first_index, last_index)
    INNER JOIN generate_series(0, 0) AS k (n) ON k.n <= dr.last_index - dr.first_index
)

, checks AS (
    SELECT
        'seeded rows' AS check_name
        , 'User' AS table_name
        , 1 AS expected
        , count(*) AS found
    FROM "User"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Seller' AS table_name
        , 1 AS expected
        , count(*) AS found
    FROM "Seller"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Sellpage' AS table_name
        , 3 AS expected
        , count(*) AS found
    FROM "Sellpage"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Order' AS table_name
        , 100 AS expected
        , count(*) AS found
    FROM "Order"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'OrderItem' AS table_name
        , 126 AS expected
        , count(*) AS found
    FROM "OrderItem"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'OrderEvent' AS table_name
        , 330 AS expected
        , count(*) AS found
    FROM "OrderEvent"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Campaign' AS table_name
        , 10 AS expected
        , count(*) AS found
    FROM "Campaign"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Adset' AS table_name
        , 30 AS expected
        , count(*) AS found
    FROM "Adset"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'Ad' AS table_name
        , 60 AS expected
        , count(*) AS found
    FROM "Ad"
    WHERE starts_with("id"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'AdStatsDaily' AS table_name
        , 1691 AS expected
        , count(*) AS found
    FROM "AdStatsDaily"
    WHERE starts_with("entityId"::text, '00000000-5eed-')
    UNION ALL
    SELECT
        'seeded rows' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 180 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily"
    WHERE starts_with("sellpageId"::text, '00000000-5eed-')

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_sellpage AS d
            WHERE d.id = t."sellpageId"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'AdStatsRaw' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsRaw" AS t
    WHERE
        starts_with(t."adId"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_ad AS d
            WHERE d.id = t."adId"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Ad' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Ad" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_ad AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Adset' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Adset" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_adset AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Campaign' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Campaign" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_campaign AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'OrderEvent' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "OrderEvent" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_order_event AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'OrderItem' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "OrderItem" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_order_item AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Order' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Order" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_order AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Sellpage' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Sellpage" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_sellpage AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'Seller' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Seller" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_seller AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'seeded rows the file does not describe' AS check_name
        , 'User' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "User" AS t
    WHERE
        starts_with(t."id"::text, '00000000-5eed-')
        AND NOT EXISTS (
            SELECT 1 FROM described_user AS d
            WHERE d.id = t."id"::text
        )

    UNION ALL
    SELECT
        'lineTotal = quantity x unitPrice' AS check_name
        , 'OrderItem' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "OrderItem" AS i
    WHERE
        starts_with(i."id"::text, '00000000-5eed-')
        AND i."lineTotal" != i."quantity" * i."unitPrice"

    UNION ALL
    SELECT
        'subtotal = sum of lineTotal' AS check_name
        , 'Order' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Order" AS o
    WHERE
        starts_with(o."id"::text, '00000000-5eed-')
        AND o."subtotal" != (
            SELECT coalesce(sum(i."lineTotal"), 0) FROM "OrderItem" AS i
            WHERE i."orderId" = o."id"
        )

    UNION ALL
    SELECT
        'total = subtotal + shippingFee - discount' AS check_name
        , 'Order' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Order" AS o
    WHERE
        starts_with(o."id"::text, '00000000-5eed-')
        AND o."total" != o."subtotal" + o."shippingFee" - o."discount"

    UNION ALL
    SELECT
        'status = last event, first event PENDING at createdAt' AS check_name
        , 'Order' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Order" AS o
    WHERE
        starts_with(o."id"::text, '00000000-5eed-')
        AND (
            o."status"::text IS DISTINCT FROM (
                SELECT e."status"::text FROM "OrderEvent" AS e
                WHERE e."orderId" = o."id"
                ORDER BY e."createdAt" DESC LIMIT 1
            )
            OR NOT EXISTS (
                SELECT 1
                FROM (
                    SELECT
                        e."createdAt"
                        , e."status"
                    FROM "OrderEvent" AS e
                    WHERE e."orderId" = o."id"
                    ORDER BY e."createdAt" ASC LIMIT 1
                ) AS first_event
                WHERE first_event."createdAt" = o."createdAt" AND first_event."status" = 'PENDING'
            )
        )

    UNION ALL
    SELECT
        'createdAt in the 30 days before the anchor' AS check_name
        , 'Order' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Order" AS o
    CROSS JOIN anchor AS a
    WHERE
        starts_with(o."id"::text, '00000000-5eed-')
        AND NOT (
            o."createdAt" >= (a.anchor_day - 30) AT TIME ZONE 'UTC'
            AND o."createdAt" < a.anchor_day AT TIME ZONE 'UTC'
        )

    UNION ALL
    SELECT
        'ACTIVE campaign: no endDate, stats through the day before the anchor' AS check_name
        , 'Campaign' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Campaign" AS c
    CROSS JOIN anchor AS a
    CROSS JOIN
        LATERAL (
            SELECT max(d."statDate")::date AS last_day FROM "AdStatsDaily" AS d
            WHERE d."level"::text = 'CAMPAIGN' AND d."entityId" = c."id"
        ) AS l
    WHERE
        starts_with(c."id"::text, '00000000-5eed-')
        AND c."status"::text = 'ACTIVE'
        AND (
            c."endDate" IS NOT NULL
            OR l.last_day IS NULL
            OR l.last_day NOT BETWEEN a.anchor_day - 1 AND a.anchor_day - 1
            OR l.last_day != coalesce(c."endDate"::date, a.anchor_day - 1)
        )

    UNION ALL
    SELECT
        'PAUSED campaign: endDate = last stats day, 1 to 3 days before the anchor' AS check_name
        , 'Campaign' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Campaign" AS c
    CROSS JOIN anchor AS a
    CROSS JOIN
        LATERAL (
            SELECT max(d."statDate")::date AS last_day FROM "AdStatsDaily" AS d
            WHERE d."level"::text = 'CAMPAIGN' AND d."entityId" = c."id"
        ) AS l
    WHERE
        starts_with(c."id"::text, '00000000-5eed-')
        AND c."status"::text = 'PAUSED'
        AND (
            c."endDate" IS NULL
            OR l.last_day IS NULL
            OR l.last_day NOT BETWEEN a.anchor_day - 3 AND a.anchor_day - 1
            OR l.last_day != coalesce(c."endDate"::date, a.anchor_day - 1)
        )

    UNION ALL
    SELECT
        'ARCHIVED campaign: endDate = last stats day, 4 to 8 days before the anchor' AS check_name
        , 'Campaign' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Campaign" AS c
    CROSS JOIN anchor AS a
    CROSS JOIN
        LATERAL (
            SELECT max(d."statDate")::date AS last_day FROM "AdStatsDaily" AS d
            WHERE d."level"::text = 'CAMPAIGN' AND d."entityId" = c."id"
        ) AS l
    WHERE
        starts_with(c."id"::text, '00000000-5eed-')
        AND c."status"::text = 'ARCHIVED'
        AND (
            c."endDate" IS NULL
            OR l.last_day IS NULL
            OR l.last_day NOT BETWEEN a.anchor_day - 8 AND a.anchor_day - 4
            OR l.last_day != coalesce(c."endDate"::date, a.anchor_day - 1)
        )

    UNION ALL
    SELECT
        'archived campaign: adsets archived' AS check_name
        , 'Adset' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Adset" AS s
    INNER JOIN "Campaign" AS c ON s."campaignId" = c."id"
    WHERE
        starts_with(s."id"::text, '00000000-5eed-')
        AND c."status" = 'ARCHIVED'
        AND s."status" != 'ARCHIVED'

    UNION ALL
    SELECT
        'third adset never active' AS check_name
        , 'Adset' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Adset" AS s
    WHERE
        starts_with(s."id"::text, '00000000-5eed-')
        AND s."id"::text LIKE '%03'
        AND s."status" = 'ACTIVE'

    UNION ALL
    SELECT
        'ad status = adset status' AS check_name
        , 'Ad' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "Ad" AS d
    INNER JOIN "Adset" AS s ON d."adsetId" = s."id"
    WHERE
        starts_with(d."id"::text, '00000000-5eed-')
        AND d."status"::text != s."status"::text

    UNION ALL
    SELECT
        'funnel never increases' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND NOT (
            t."impressions" >= t."linkClicks"
            AND t."linkClicks" >= t."contentViews"
            AND t."contentViews" >= t."checkoutInitiated"
            AND t."checkoutInitiated" >= t."purchases"
        )

    UNION ALL
    SELECT
        'ctr = formula' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."ctr"::text
                || ', the formula gives '
                || coalesce(round(t."linkClicks" / nullif(t."impressions"::numeric, 0), 6), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND (
            t."ctr" != coalesce(round(t."linkClicks" / nullif(t."impressions"::numeric, 0), 6), 0)
        )

    UNION ALL
    SELECT
        'cpc = formula' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."cpc"::text
                || ', the formula gives '
                || coalesce(round(t."spend" / nullif(t."linkClicks"::numeric, 0), 4), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND (
            t."cpc" != coalesce(round(t."spend" / nullif(t."linkClicks"::numeric, 0), 4), 0)
        )

    UNION ALL
    SELECT
        'cpm = formula' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."cpm"::text
                || ', the formula gives '
                || coalesce(round(1000 * t."spend" / nullif(t."impressions"::numeric, 0), 4), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND (
            t."cpm" != coalesce(round(1000 * t."spend" / nullif(t."impressions"::numeric, 0), 4), 0)
        )

    UNION ALL
    SELECT
        'costPerPurchase = formula' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."costPerPurchase"::text
                || ', the formula gives '
                || coalesce(round(t."spend" / nullif(t."purchases"::numeric, 0), 4), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND (
            t."costPerPurchase" != coalesce(round(t."spend" / nullif(t."purchases"::numeric, 0), 4), 0)
        )

    UNION ALL
    SELECT
        'roas = formula' || coalesce(
            ' (first: ' || min(
                t."level"::text
                || ' ' || t."entityId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."roas"::text
                || ', the formula gives '
                || coalesce(round(t."purchaseValue" / nullif(t."spend"::numeric, 0), 4), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS t
    WHERE
        starts_with(t."entityId"::text, '00000000-5eed-')
        AND (
            t."roas" != coalesce(round(t."purchaseValue" / nullif(t."spend"::numeric, 0), 4), 0)
        )

    UNION ALL
    SELECT
        'funnel never increases' || coalesce(
            ' (first: ' || min(
                t."adSource"::text
                || ' ' || t."sellpageId"::text
                || ' ' || t."statDate"::date::text
            ) || ')'
            , ''
        ) AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND NOT (
            t."linkClicks" >= t."contentViews"
            AND t."contentViews" >= t."checkoutInitiated"
            AND t."checkoutInitiated" >= t."purchases"
        )

    UNION ALL
    SELECT
        'cr1 = formula' || coalesce(
            ' (first: ' || min(
                t."adSource"::text
                || ' ' || t."sellpageId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."cr1"::text
                || ', the formula gives '
                || coalesce(round(t."contentViews" / nullif(t."linkClicks"::numeric, 0), 6), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND (
            t."cr1" != coalesce(round(t."contentViews" / nullif(t."linkClicks"::numeric, 0), 6), 0)
        )

    UNION ALL
    SELECT
        'cr2 = formula' || coalesce(
            ' (first: ' || min(
                t."adSource"::text
                || ' ' || t."sellpageId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."cr2"::text
                || ', the formula gives '
                || coalesce(round(t."checkoutInitiated" / nullif(t."contentViews"::numeric, 0), 6), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND (
            t."cr2" != coalesce(round(t."checkoutInitiated" / nullif(t."contentViews"::numeric, 0), 6), 0)
        )

    UNION ALL
    SELECT
        'cr3 = formula' || coalesce(
            ' (first: ' || min(
                t."adSource"::text
                || ' ' || t."sellpageId"::text
                || ' ' || t."statDate"::date::text
                || ': ' || t."cr3"::text
                || ', the formula gives '
                || coalesce(round(t."purchases" / nullif(t."checkoutInitiated"::numeric, 0), 6), 0)::text
            ) || ')'
            , ''
        ) AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS t
    WHERE
        starts_with(t."sellpageId"::text, '00000000-5eed-')
        AND (
            t."cr3" != coalesce(round(t."purchases" / nullif(t."checkoutInitiated"::numeric, 0), 6), 0)
        )

    UNION ALL
    SELECT
        'statDate inside the entity''s history window' AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS d
    LEFT JOIN windows AS w ON d."level"::text = w.entity_level AND d."entityId" = w.entity_id
    WHERE
        starts_with(d."entityId"::text, '00000000-5eed-')
        AND (w.entity_id IS NULL OR d."statDate"::date > w.last_day OR d."statDate"::date < w.first_day)

    UNION ALL
    SELECT
        'organic adSpend = 0' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS p
    WHERE
        starts_with(p."sellpageId"::text, '00000000-5eed-')
        AND p."adSource" = 'organic'
        AND p."adSpend" != 0

    UNION ALL
    SELECT
        'statDate in the 30 days before the anchor' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS p
    CROSS JOIN anchor AS a
    WHERE
        starts_with(p."sellpageId"::text, '00000000-5eed-')
        AND NOT (p."statDate" >= a.anchor_day - 30 AND p."statDate" < a.anchor_day)
)

-- Every failed check, kept for the deploy gate below (transaction-local).
, failed AS (
    SELECT
        set_config(
            'gen_seed.verify_failed'
            , coalesce(
                string_agg(
                    format('%s: %s (expected %s, found %s)', table_name, check_name, expected, found), '; '
                ) FILTER (WHERE found != expected)
                , ''
            )
            , TRUE
        ) AS failed_checks
    FROM checks
)

SELECT
    c.check_name
    , c.table_name
    , c.expected
    , c.found
    , CASE WHEN c.found = c.expected THEN 'ok' ELSE 'MISMATCH' END AS result
FROM checks AS c
CROSS JOIN failed;

-- The deploy gate: after every check is printed, end with an error (psql exits non-zero,
-- ON_ERROR_STOP) when any of them failed, naming them.
DO $gate$
BEGIN
    IF current_setting('gen_seed.verify_failed') != '' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'GS004',
            MESSAGE = 'gen-seed-sql: verify failed: ' || current_setting('gen_seed.verify_failed');
    END IF;
END
$gate$;

COMMIT;
