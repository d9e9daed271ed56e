import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { COUNTIES_SCOPE_CTES, SCOPE_CTES, scopeParams, type FigureScope } from "./scope";

/** The not-reporting list over the given scope CTEs (one county, or several). */
const notReportingSql = (scopeCtes: string) => `
WITH ${scopeCtes},
latest AS (
  SELECT factory_id, max(period_end) AS last_period_end
  FROM scoped_reports WHERE period_end <= CAST($4 AS DATE)
  GROUP BY factory_id
)
SELECT f.factory_id, f.name, f.county_id, f.town_id, f.town_name,
  CAST(l.last_period_end AS VARCHAR) AS last_period_end,
  CAST(date_diff('month', l.last_period_end, CAST($4 AS DATE)) AS INTEGER) AS months_since
FROM latest l JOIN factories f ON f.factory_id = l.factory_id
WHERE NOT ${endsInActiveWindow("l.last_period_end", "CAST($4 AS DATE)")}
ORDER BY f.town_id, l.last_period_end, f.factory_id
`;

/**
 * Factories of the scope ($1–$3) that have a report on or before D ($4) but none ending in the last
 * ACTIVE_MONTHS months: DATA-CONTRACT §5 lists them as *not reporting*, never dropping them silently. The count per town
 * equals FIGURES_SQL's `not_reporting`.
 */
export const NOT_REPORTING_SQL = notReportingSql(SCOPE_CTES);

/**
 * NOT_REPORTING_SQL for several counties in one query: $1 is their ids comma-joined, each row names its
 * county (county_id); $2–$4 as NOT_REPORTING_SQL's.
 */
export const NOT_REPORTING_COUNTIES_SQL = notReportingSql(COUNTIES_SCOPE_CTES);

/** Parameters of NOT_REPORTING_COUNTIES_SQL: the counties, the industries (empty: all) and D. */
export function notReportingCountiesParams(
  countyIds: readonly string[],
  industries: readonly string[],
  asOf: string,
): QueryParam[] {
  return notReportingParams({ countyId: countyIds.join(","), townId: null, industries }, asOf);
}

export function notReportingParams(scope: FigureScope, asOf: string): QueryParam[] {
  return [...scopeParams(scope), asOf];
}
