import { activeUntil } from "./current-reports";

/**
 * A query shaped like the figures engine's (src/lib/sql/figures-sql.ts) on made-up rows: window
 * functions with QUALIFY, date arithmetic over a month range, range joins, FILTERed aggregates, a left
 * join, UNION ALL and a sort. DuckDB-WASM's first query of each shape is slow (the browser compiles the
 * wasm code it needs on first use), so the engine runs this once while the page is still decoding the
 * Parquet, when the worker would otherwise wait; the first real figures query then finds that code ready.
 * It reads no table and its result is thrown away.
 */
export const WARM_UP_SQL = `
WITH r AS (
  SELECT i % 50 AS factory_id, 't' || (i % 7) AS town_id,
    CAST(DATE '2017-01-01' + to_months(CAST(i % 48 AS INTEGER)) AS DATE) AS period_start,
    CAST(last_day(DATE '2017-01-01' + to_months(CAST(i % 48 AS INTEGER))) AS DATE) AS period_end,
    CAST(i % 40 AS INTEGER) AS employees, i * 1.5 AS output_value_yuan, 'f' || (i % 50) AS source_file
  FROM range(2000) AS t(i)
),
month_ends AS (
  SELECT CAST(last_day(CAST(m AS DATE)) AS DATE) AS d
  FROM range(CAST(date_trunc('month', DATE '2017-01-31') AS TIMESTAMP),
             CAST(DATE '2020-12-31' AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
),
current_reports AS (
  SELECT *, lead(period_end) OVER (PARTITION BY factory_id ORDER BY period_end) AS next_end
  FROM r
  QUALIFY row_number() OVER (
    PARTITION BY factory_id, period_end ORDER BY period_start DESC, source_file DESC) = 1
),
spans AS (
  SELECT c.*,
    least(${activeUntil("c.period_end")}, COALESCE(c.next_end - 1, DATE '9999-12-31')) AS until
  FROM current_reports c
),
towns AS (SELECT DISTINCT town_id FROM r)
SELECT m.d, t.town_id, count(*) AS factories,
  count(*) FILTER (WHERE s.employees >= 15) AS certified,
  CAST(COALESCE(SUM(s.employees), 0) AS INTEGER) AS jobs,
  CAST(SUM(s.output_value_yuan) AS DOUBLE) AS output_value
FROM spans s
JOIN month_ends m ON m.d >= s.period_end AND m.d <= s.until
LEFT JOIN towns t ON t.town_id = s.town_id
GROUP BY m.d, t.town_id
UNION ALL
SELECT DATE '2020-12-31', NULL, count(*), 0, 0, 0.0 FROM r
ORDER BY 1, 2`;
