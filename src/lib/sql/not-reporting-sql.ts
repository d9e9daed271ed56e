import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { SCOPE_CTES, scopeParams, type FigureScope } from "./scope";

/**
 * Factories of the scope ($1–$3) that have a report on or before D ($4) but none ending in the last
 * ACTIVE_MONTHS months: DATA-CONTRACT §5 lists them as *not reporting*, never dropping them silently. The count per town
 * equals FIGURES_SQL's `not_reporting`.
 */
export const NOT_REPORTING_SQL = `
WITH ${SCOPE_CTES},
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

export function notReportingParams(scope: FigureScope, asOf: string): QueryParam[] {
  return [...scopeParams(scope), asOf];
}
