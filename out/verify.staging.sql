-- gen-seed-sql 0.1.0: staging verify: read-only checks of the seeded data
-- Generated file: do not edit; regenerate it with the command below.
-- Inputs: seed=20260221 orders=100 campaigns=10 scale=1 as-of=apply-day; command: gen-seed-sql build
--
-- Run with: psql -f verify.staging.sql   (read-only; or: gen-seed-sql verify)
-- One row per check: `expected` is what the seed promises, `found` what the database
-- holds; `result` is ok or MISMATCH. Invariant checks count violating rows (expect 0).
-- Windows are read against the anchor day of the last apply: the day after the
-- newest seeded SellpageStatsDaily row.

\set ON_ERROR_STOP on
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
    -- need: what the file touches; `choices` lists, space-separated, the values it uses.
    WITH need (ord, table_name, column_name, kind, choices) AS (
        VALUES
        (1, 'Product', 'id', 'id', NULL)
        , (2, 'Product', 'sku', 'text', NULL)
        , (3, 'User', 'id', 'id', NULL)
        , (4, 'User', 'email', 'text', NULL)
        , (5, 'User', 'passwordHash', 'text', NULL)
        , (6, 'User', 'name', 'text', NULL)
        , (7, 'User', 'role', 'choice', 'ADMIN SELLER CUSTOMER')
        , (8, 'User', 'createdAt', 'instant', NULL)
        , (9, 'User', 'updatedAt', 'instant', NULL)
        , (10, 'Seller', 'id', 'id', NULL)
        , (11, 'Seller', 'userId', 'id', NULL)
        , (12, 'Seller', 'name', 'text', NULL)
        , (13, 'Seller', 'slug', 'text', NULL)
        , (14, 'Seller', 'createdAt', 'instant', NULL)
        , (15, 'Seller', 'updatedAt', 'instant', NULL)
        , (16, 'Sellpage', 'id', 'id', NULL)
        , (17, 'Sellpage', 'sellerId', 'id', NULL)
        , (18, 'Sellpage', 'productId', 'id', NULL)
        , (19, 'Sellpage', 'slug', 'text', NULL)
        , (20, 'Sellpage', 'title', 'text', NULL)
        , (21, 'Sellpage', 'price', 'decimal', NULL)
        , (22, 'Sellpage', 'status', 'choice', 'PUBLISHED DRAFT')
        , (23, 'Sellpage', 'createdAt', 'instant', NULL)
        , (24, 'Sellpage', 'updatedAt', 'instant', NULL)
        , (25, 'Order', 'id', 'id', NULL)
        , (26, 'Order', 'sellerId', 'id', NULL)
        , (27, 'Order', 'sellpageId', 'id', NULL)
        , (28, 'Order', 'orderNumber', 'text', NULL)
        , (29, 'Order', 'customerEmail', 'text', NULL)
        , (30, 'Order', 'customerName', 'text', NULL)
        , (31, 'Order', 'status', 'choice', 'PENDING CONFIRMED PROCESSING SHIPPED DELIVERED CANCELLED REFUNDED')
        , (32, 'Order', 'paymentMethod', 'choice', 'CARD PAYPAL')
        , (33, 'Order', 'subtotal', 'decimal', NULL)
        , (34, 'Order', 'shippingFee', 'decimal', NULL)
        , (35, 'Order', 'discount', 'decimal', NULL)
        , (36, 'Order', 'total', 'decimal', NULL)
        , (37, 'Order', 'createdAt', 'instant', NULL)
        , (38, 'Order', 'updatedAt', 'instant', NULL)
        , (39, 'OrderItem', 'id', 'id', NULL)
        , (40, 'OrderItem', 'orderId', 'id', NULL)
        , (41, 'OrderItem', 'productId', 'id', NULL)
        , (42, 'OrderItem', 'quantity', 'integer', NULL)
        , (43, 'OrderItem', 'unitPrice', 'decimal', NULL)
        , (44, 'OrderItem', 'lineTotal', 'decimal', NULL)
        , (45, 'OrderItem', 'createdAt', 'instant', NULL)
        , (46, 'OrderItem', 'updatedAt', 'instant', NULL)
        , (47, 'OrderEvent', 'id', 'id', NULL)
        , (48, 'OrderEvent', 'orderId', 'id', NULL)
        , (49, 'OrderEvent', 'status', 'choice', 'PENDING CONFIRMED PROCESSING SHIPPED DELIVERED CANCELLED REFUNDED')
        , (50, 'OrderEvent', 'createdAt', 'instant', NULL)
        , (51, 'Campaign', 'id', 'id', NULL)
        , (52, 'Campaign', 'sellerId', 'id', NULL)
        , (53, 'Campaign', 'sellpageId', 'id', NULL)
        , (54, 'Campaign', 'name', 'text', NULL)
        , (55, 'Campaign', 'status', 'choice', 'ACTIVE PAUSED ARCHIVED')
        , (56, 'Campaign', 'dailyBudget', 'decimal', NULL)
        , (57, 'Campaign', 'startDate', 'day', NULL)
        , (58, 'Campaign', 'endDate', 'day', NULL)
        , (59, 'Campaign', 'createdAt', 'instant', NULL)
        , (60, 'Campaign', 'updatedAt', 'instant', NULL)
        , (61, 'Adset', 'id', 'id', NULL)
        , (62, 'Adset', 'campaignId', 'id', NULL)
        , (63, 'Adset', 'name', 'text', NULL)
        , (64, 'Adset', 'status', 'choice', 'ACTIVE PAUSED ARCHIVED')
        , (65, 'Adset', 'optimizationGoal', 'choice', 'PURCHASE INITIATE_CHECKOUT LANDING_PAGE_VIEW')
        , (66, 'Adset', 'createdAt', 'instant', NULL)
        , (67, 'Adset', 'updatedAt', 'instant', NULL)
        , (68, 'Ad', 'id', 'id', NULL)
        , (69, 'Ad', 'adsetId', 'id', NULL)
        , (70, 'Ad', 'name', 'text', NULL)
        , (71, 'Ad', 'status', 'choice', 'ACTIVE PAUSED ARCHIVED')
        , (72, 'Ad', 'createdAt', 'instant', NULL)
        , (73, 'Ad', 'updatedAt', 'instant', NULL)
        , (74, 'AdStatsDaily', 'id', 'id', NULL)
        , (75, 'AdStatsDaily', 'sellerId', 'id', NULL)
        , (76, 'AdStatsDaily', 'level', 'choice', 'CAMPAIGN ADSET AD')
        , (77, 'AdStatsDaily', 'entityId', 'id', NULL)
        , (78, 'AdStatsDaily', 'statDate', 'day', NULL)
        , (79, 'AdStatsDaily', 'impressions', 'integer', NULL)
        , (80, 'AdStatsDaily', 'linkClicks', 'integer', NULL)
        , (81, 'AdStatsDaily', 'contentViews', 'integer', NULL)
        , (82, 'AdStatsDaily', 'checkoutInitiated', 'integer', NULL)
        , (83, 'AdStatsDaily', 'purchases', 'integer', NULL)
        , (84, 'AdStatsDaily', 'purchaseValue', 'decimal', NULL)
        , (85, 'AdStatsDaily', 'spend', 'decimal', NULL)
        , (86, 'AdStatsDaily', 'ctr', 'decimal', NULL)
        , (87, 'AdStatsDaily', 'cpc', 'decimal', NULL)
        , (88, 'AdStatsDaily', 'cpm', 'decimal', NULL)
        , (89, 'AdStatsDaily', 'costPerPurchase', 'decimal', NULL)
        , (90, 'AdStatsDaily', 'roas', 'decimal', NULL)
        , (91, 'AdStatsDaily', 'updatedAt', 'instant', NULL)
        , (92, 'SellpageStatsDaily', 'id', 'id', NULL)
        , (93, 'SellpageStatsDaily', 'sellerId', 'id', NULL)
        , (94, 'SellpageStatsDaily', 'sellpageId', 'id', NULL)
        , (95, 'SellpageStatsDaily', 'statDate', 'day', NULL)
        , (96, 'SellpageStatsDaily', 'adSource', 'choice', 'facebook instagram organic')
        , (97, 'SellpageStatsDaily', 'adSpend', 'decimal', NULL)
        , (98, 'SellpageStatsDaily', 'linkClicks', 'integer', NULL)
        , (99, 'SellpageStatsDaily', 'contentViews', 'integer', NULL)
        , (100, 'SellpageStatsDaily', 'checkoutInitiated', 'integer', NULL)
        , (101, 'SellpageStatsDaily', 'purchases', 'integer', NULL)
        , (102, 'SellpageStatsDaily', 'revenue', 'decimal', NULL)
        , (103, 'SellpageStatsDaily', 'cr1', 'decimal', NULL)
        , (104, 'SellpageStatsDaily', 'cr2', 'decimal', NULL)
        , (105, 'SellpageStatsDaily', 'cr3', 'decimal', NULL)
        , (106, 'SellpageStatsDaily', 'updatedAt', 'instant', NULL)
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


    , live AS (
        SELECT
            n.ord
            , n.table_name
            , n.column_name
            , string_to_array(n.choices, ' ') AS choices
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
    -- The history window of every seeded AdStatsDaily entity: its first day (the last is
    -- the day before the anchor). Levels compare as text and days as dates, so enum
    -- and timestamp(3) columns (a Prisma-made schema) work as text and date ones do.
    -- A campaign's is its startDate; an adset's at most 21 days, an ad's at
    -- most 14 (docs/dataset.md).
    SELECT
        'CAMPAIGN' AS entity_level
        , c."id" AS entity_id
        , c."startDate"::date AS first_day
    FROM "Campaign" AS c
    WHERE starts_with(c."id"::text, '00000000-5eed-')

    UNION ALL

    SELECT
        'ADSET' AS entity_level
        , s."id" AS entity_id
        , greatest(c."startDate"::date, a.anchor_day - 21) AS first_day
    FROM "Adset" AS s
    INNER JOIN "Campaign" AS c ON s."campaignId" = c."id"
    CROSS JOIN anchor AS a
    WHERE starts_with(s."id"::text, '00000000-5eed-')

    UNION ALL

    SELECT
        'AD' AS entity_level
        , d."id" AS entity_id
        , greatest(c."startDate"::date, a.anchor_day - 14) AS first_day
    FROM "Ad" AS d
    INNER JOIN "Adset" AS s ON d."adsetId" = s."id"
    INNER JOIN "Campaign" AS c ON s."campaignId" = c."id"
    CROSS JOIN anchor AS a
    WHERE starts_with(d."id"::text, '00000000-5eed-')
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
        , 1698 AS expected
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
        'funnel never increases' AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS d
    WHERE
        starts_with(d."entityId"::text, '00000000-5eed-')
        AND NOT (
            d."impressions" >= d."linkClicks"
            AND d."linkClicks" >= d."contentViews"
            AND d."contentViews" >= d."checkoutInitiated"
            AND d."checkoutInitiated" >= d."purchases"
        )

    UNION ALL
    SELECT
        'ctr cpc cpm costPerPurchase roas = formulas' AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS d
    WHERE
        starts_with(d."entityId"::text, '00000000-5eed-')
        AND (
            d."ctr" != coalesce(round(d."linkClicks" / nullif(d."impressions"::numeric, 0), 6), 0)
            OR d."cpc" != coalesce(round(d."spend" / nullif(d."linkClicks", 0), 4), 0)
            OR d."cpm" != coalesce(round(1000 * d."spend" / nullif(d."impressions", 0), 4), 0)
            OR d."costPerPurchase" != coalesce(round(d."spend" / nullif(d."purchases", 0), 4), 0)
            OR d."roas" != coalesce(round(d."purchaseValue" / nullif(d."spend", 0), 4), 0)
        )

    UNION ALL
    SELECT
        'statDate inside the entity''s history window' AS check_name
        , 'AdStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "AdStatsDaily" AS d
    CROSS JOIN anchor AS a
    LEFT JOIN windows AS w ON d."level"::text = w.entity_level AND d."entityId" = w.entity_id
    WHERE
        starts_with(d."entityId"::text, '00000000-5eed-')
        AND (w.entity_id IS NULL OR d."statDate" >= a.anchor_day OR d."statDate" < w.first_day)

    UNION ALL
    SELECT
        'funnel never increases' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS p
    WHERE
        starts_with(p."sellpageId"::text, '00000000-5eed-')
        AND NOT (
            p."linkClicks" >= p."contentViews"
            AND p."contentViews" >= p."checkoutInitiated"
            AND p."checkoutInitiated" >= p."purchases"
        )

    UNION ALL
    SELECT
        'cr1 cr2 cr3 = formulas' AS check_name
        , 'SellpageStatsDaily' AS table_name
        , 0 AS expected
        , count(*) AS found
    FROM "SellpageStatsDaily" AS p
    WHERE
        starts_with(p."sellpageId"::text, '00000000-5eed-')
        AND (
            p."cr1" != coalesce(round(p."contentViews" / nullif(p."linkClicks"::numeric, 0), 6), 0)
            OR p."cr2" != coalesce(round(p."checkoutInitiated" / nullif(p."contentViews"::numeric, 0), 6), 0)
            OR p."cr3" != coalesce(round(p."purchases" / nullif(p."checkoutInitiated"::numeric, 0), 6), 0)
        )

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

SELECT
    check_name
    , table_name
    , expected
    , found
    , CASE WHEN found = expected THEN 'ok' ELSE 'MISMATCH' END AS result
FROM checks;

COMMIT;
