import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { dueReportsCte } from "./reporting-health-sql";

/**
 * REPORTING_HEALTH_SQL for every town of county $1 at every month end D from $2 to $3, each counting the
 * periods that end in D's own year (its `since` is 1 January of D's year): the question the ranking asks for
 * its reporting-completeness indicator (town-ranking.ts), answered for every month at once for the figures
 * cube, so the ranking page is answered without DuckDB-WASM. The same rules as REPORTING_HEALTH_SQL, with D
 * a column instead of a parameter; a property test (tests/unit/figures/figures-cube.test.ts) holds its rows
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
cadence AS (
  SELECT ds.d, r.town_id, r.period_kind AS cadence,
    min(r.period_start) OVER (PARTITION BY ds.d, r.town_id) AS first_start
  FROM town_reports r JOIN ds ON r.period_end <= ds.d
  QUALIFY row_number() OVER (PARTITION BY ds.d, r.town_id ORDER BY r.period_end DESC, r.period_start DESC, r.source_file DESC, r.source_row DESC) = 1
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
