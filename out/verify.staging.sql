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
