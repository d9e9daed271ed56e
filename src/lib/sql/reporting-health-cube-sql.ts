import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { dueReportsCte } from "./reporting-health-sql";

/**
 * REPORTING_HEALTH_SQL for every town of county $1 at every month end D from $2 to $3, each counting the
 * periods that end in D's own year (its `since` is 1 January of D's year): the question the ranking asks for
 * its reporting-completeness indicator (town-ranking.ts), answered for every month at once for the figures
 * cube, so the ranking page is answered without DuckDB-WASM. The same rules as REPORTING_HEALTH_SQL, with D
 * a column instead of a parameter. A town's cadence and first report at each D come from its reports ranked
 * once (town_ends: at each period end, the kind of the last report in REPORTING_HEALTH_SQL's order and the
 * earliest start so far) and an ASOF join to each D, not from a window over every report × every D (most of
 * the cube's time at 40 counties); a property test (tests/unit/figures/figures-cube.test.ts) holds its rows
 * equal to REPORTING_HEALTH_SQL's for every county and month.
 */
export const REPORTING_HEALTH_CUBE_SQL = `
WITH params AS (SELECT CAST($1 AS VARCHAR) AS county_id),
ds AS (
  SELECT CAST(last_day(m) AS DATE) AS d, CAST(date_trunc('year', m) AS DATE) AS since
  FROM (SELECT unnest(generate_series(CAST(date_trunc('month', CAST($2 AS DATE)) AS TIMESTAMP),
                                      CAST(CAST($3 AS DATE) AS TIMESTAMP), INTERVAL 1 MONTH)) AS m)
),
scoped_towns AS (
  SELECT t.county_id, t.town_id, t.town_name FROM towns t, params p WHERE t.county_id = p.county_id
),
town_reports AS (
  SELECT f.town_id, r.period_start, r.period_end, r.period_kind, r.source_file, r.source_row
  FROM reports r JOIN factories f ON f.factory_id = r.factory_id
  JOIN scoped_towns t ON t.town_id = f.town_id
),
town_ends AS (
  SELECT town_id, period_end, arg_max_null(period_kind, rn) AS cadence,
    arg_max_null(first_start, rn) AS first_start
  FROM (
    SELECT town_id, period_end, period_kind, row_number() OVER w AS rn,
      min(period_start) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS first_start
    FROM town_reports
    WHERE period_end IS NOT NULL
    WINDOW w AS (PARTITION BY town_id ORDER BY period_end ASC NULLS FIRST, period_start ASC NULLS FIRST,
                 source_file ASC NULLS FIRST, source_row ASC NULLS FIRST)
  )
  GROUP BY town_id, period_end
),
cadence AS (
  SELECT ds.d, e.town_id, e.cadence, e.first_start
  FROM ds CROSS JOIN (SELECT DISTINCT town_id FROM town_ends) t
  ASOF JOIN town_ends e ON e.town_id = t.town_id AND ds.d >= e.period_end
),
months AS (
  SELECT c.d, c.town_id, c.cadence, CAST(unnest(generate_series(
      CAST(date_trunc('month', c.first_start) AS TIMESTAMP), CAST(c.d AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM cadence c
),
${dueReportsCte(true)},
judged AS (
  SELECT u.d, u.town_id, u.period_end,
    EXISTS (SELECT 1 FROM town_reports r WHERE r.town_id = u.town_id AND r.period_end <= u.d
            AND r.period_start <= u.period_end AND r.period_end >= u.period_start) AS reported
  FROM due u JOIN ds ON ds.d = u.d
  WHERE u.period_end <= u.d AND u.period_end >= ds.since
)
SELECT CAST(ds.d AS VARCHAR) AS as_of, t.county_id, t.town_id, t.town_name, c.cadence,
  CAST(count(j.period_end) AS INTEGER) AS periods_due,
  CAST(count(j.period_end) FILTER (WHERE j.reported) AS INTEGER) AS periods_reported,
  CAST(count(j.period_end) FILTER (WHERE NOT j.reported AND ${endsInActiveWindow("j.period_end", "ds.d")}) AS INTEGER) AS periods_late,
  CAST(count(j.period_end) FILTER (WHERE NOT j.reported AND NOT ${endsInActiveWindow("j.period_end", "ds.d")}) AS INTEGER) AS periods_missing,
  CAST(string_agg(CAST(j.period_end AS VARCHAR), ',' ORDER BY j.period_end) FILTER (WHERE NOT j.reported) AS VARCHAR) AS unreported_period_ends
FROM ds CROSS JOIN scoped_towns t
LEFT JOIN cadence c ON c.town_id = t.town_id AND c.d = ds.d
LEFT JOIN judged j ON j.town_id = t.town_id AND j.d = ds.d
GROUP BY ds.d, t.county_id, t.town_id, t.town_name, c.cadence
ORDER BY ds.d, t.town_id
`;

/** Parameters of REPORTING_HEALTH_CUBE_SQL: a county and its first and last month ends. */
export function reportingHealthCubeParams(
  countyId: string,
  from: string,
  to: string,
): QueryParam[] {
  return [countyId, from, to];
}
