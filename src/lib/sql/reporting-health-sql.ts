import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { SCOPE_TOWNS_CTE } from "./scope";

/**
 * The CTE `due`: the periods each town must report, from the CTE `months` (each month of the town's
 * span, with its cadence): a monthly reporter every month; a quarterly reporter each quarter, due at the
 * quarter's last month. `byAsOf`: `months` has a month end `d` per row (the cube's every D at once), kept.
 */
export const dueReportsCte = (byAsOf = false) => `due AS (
  SELECT ${byAsOf ? "d, " : ""}town_id, cadence,
    CASE WHEN cadence = 'quarter' THEN CAST(date_trunc('quarter', month_start) AS DATE) ELSE month_start END AS period_start,
    last_day(month_start) AS period_end
  FROM months
  WHERE cadence <> 'quarter' OR month(month_start) % 3 = 0
)`;

/**
 * Reporting health per town of county $1 (town $2, or all when NULL) at D ($3), counting periods that end
 * on or after $4 (a first day, e.g. 1 January of a year, or the program's first day).
 *
 * Reports carry no submission date, so the engine judges periods, not arrivals:
 * - cadence: the kind (month/quarter) of the town's latest report on or before D (the last by period end,
 *   period start, source file and row: none of them is ever NULL, DATA-CONTRACT §4);
 * - periods due: every period of that cadence from the one holding the town's first report to the last one
 *   ending on or before D;
 * - reported: a due period that some report of the town overlaps (a quarter report covers its months);
 * - late: a due period without a report that ends in the last ACTIVE_MONTHS months (it can still arrive
 *   and count: DATA-CONTRACT §5's active window);
 * - missing: a due period without a report that ended before that window.
 * The industry filter does not apply: reporting is a town's duty for all its factories.
 */
export const REPORTING_HEALTH_SQL = `
WITH params AS (
  SELECT CAST($1 AS VARCHAR) AS county_id, CAST($2 AS VARCHAR) AS town_id,
         CAST($3 AS DATE) AS d, CAST($4 AS DATE) AS since
),
${SCOPE_TOWNS_CTE},
town_reports AS (
  SELECT f.town_id, r.period_start, r.period_end, r.period_kind, r.source_file, r.source_row
  FROM reports r JOIN factories f ON f.factory_id = r.factory_id
  JOIN scoped_towns t ON t.town_id = f.town_id, params p
  WHERE r.period_end <= p.d
),
cadence AS (
  SELECT town_id,
    arg_max(period_kind, (period_end, period_start, source_file, source_row)) AS cadence,
    min(period_start) AS first_start
  FROM town_reports
  GROUP BY town_id
),
months AS (
  SELECT c.town_id, c.cadence, CAST(unnest(generate_series(
      CAST(date_trunc('month', c.first_start) AS TIMESTAMP), CAST(p.d AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM cadence c, params p
),
${dueReportsCte()},
judged AS (
  SELECT d.town_id, d.cadence, d.period_end,
    EXISTS (SELECT 1 FROM town_reports r WHERE r.town_id = d.town_id
            AND r.period_start <= d.period_end AND r.period_end >= d.period_start) AS reported
  FROM due d, params p
  WHERE d.period_end <= p.d AND d.period_end >= p.since
)
SELECT t.county_id, t.town_id, t.town_name, c.cadence,
  CAST(count(j.period_end) AS INTEGER) AS periods_due,
  CAST(count(j.period_end) FILTER (WHERE j.reported) AS INTEGER) AS periods_reported,
  CAST(count(j.period_end) FILTER (WHERE NOT j.reported AND ${endsInActiveWindow("j.period_end", "p.d")}) AS INTEGER) AS periods_late,
  CAST(count(j.period_end) FILTER (WHERE NOT j.reported AND NOT ${endsInActiveWindow("j.period_end", "p.d")}) AS INTEGER) AS periods_missing,
  CAST(string_agg(CAST(j.period_end AS VARCHAR), ',' ORDER BY j.period_end) FILTER (WHERE NOT j.reported) AS VARCHAR) AS unreported_period_ends
FROM scoped_towns t CROSS JOIN params p
LEFT JOIN cadence c ON c.town_id = t.town_id
LEFT JOIN judged j ON j.town_id = t.town_id
GROUP BY t.county_id, t.town_id, t.town_name, c.cadence, p.d
ORDER BY t.town_id
`;

/** Parameters of REPORTING_HEALTH_SQL: county, town or null, D, and the first day counted. */
export function reportingHealthParams(
  countyId: string,
  townId: string | null,
  asOf: string,
  since: string,
): QueryParam[] {
  return [countyId, townId, asOf, since];
}
