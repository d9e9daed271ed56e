import type { QueryParam } from "../figures/query-runner";
import { currentReportsCte, endsInActiveWindow } from "./current-reports";
import { SCOPE_CTES, scopeParams, type FigureScope } from "./scope";

/**
 * Per factory of the scope ($1–$3) known at D ($4), what the policy rules need from the reports of the
 * calendar year of D up to D: the fewest workers in any report (were ≥15 held through the period?), the
 * months with production (months covered by a report with workers; a stated 本年生产月数 wins when larger),
 * the current report's headcounts and whether it is active, and the most poor workers on a ≥1-year
 * contract seen in any report so far (min(poor_workers, contracts_1y): an upper bound, the reports do not
 * say which workers hold the contracts).
 */
export const RULE_INPUTS_SQL = `
WITH ${SCOPE_CTES},
known AS (
  SELECT r.*
  FROM scoped_reports r WHERE r.period_end <= CAST($4 AS DATE)
),
${currentReportsCte("known", "CAST($4 AS DATE)")},
year_reports AS (
  SELECT * FROM known WHERE year(period_end) = year(CAST($4 AS DATE))
),
year_months AS (
  SELECT DISTINCT factory_id, CAST(unnest(generate_series(
      CAST(greatest(period_start, make_date(year(CAST($4 AS DATE)), 1, 1)) AS TIMESTAMP),
      CAST(period_end AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM year_reports WHERE employees > 0
),
year_summary AS (
  SELECT y.factory_id, min(y.employees) AS min_employees, count(*) AS reports_in_year, max(y.months_operating) AS stated_months
  FROM year_reports y GROUP BY y.factory_id
),
contracts AS (
  SELECT factory_id,
  -- least() skips NULLs in DuckDB: a report without a contracts column must not count its poor workers.
  max(CASE WHEN contracts_1y IS NULL THEN NULL ELSE least(poor_workers, contracts_1y) END) AS poor_with_contract,
         count(contracts_1y) AS reports_with_contracts
  FROM known GROUP BY factory_id
)
SELECT f.factory_id, f.name, f.county_id, f.town_id, f.town_name,
  CAST(f.opened_on AS VARCHAR) AS opened_on, CAST(f.certified_on AS VARCHAR) AS certified_on,
  f."leading" AS is_leading, f.base_level,
  CAST(c.period_end AS VARCHAR) AS current_period_end,
  ${endsInActiveWindow("c.period_end", "CAST($4 AS DATE)")} AS active,
  CAST(c.employees AS INTEGER) AS employees, CAST(c.poor_workers AS INTEGER) AS poor_workers,
  CAST(ys.min_employees AS INTEGER) AS min_employees_in_year,
  CAST(COALESCE(ys.reports_in_year, 0) AS INTEGER) AS reports_in_year,
  CAST((SELECT count(*) FROM year_months m WHERE m.factory_id = f.factory_id) AS INTEGER) AS months_reported_in_year,
  CAST(ys.stated_months AS INTEGER) AS stated_months_in_year,
  CAST(k.poor_with_contract AS INTEGER) AS poor_with_contract,
  CAST(COALESCE(k.reports_with_contracts, 0) AS INTEGER) AS reports_with_contracts
FROM current_reports c
JOIN factories f ON f.factory_id = c.factory_id
LEFT JOIN year_summary ys ON ys.factory_id = f.factory_id
LEFT JOIN contracts k ON k.factory_id = f.factory_id
ORDER BY f.town_id, f.factory_id
`;

export function ruleInputsParams(scope: FigureScope, asOf: string): QueryParam[] {
  return [...scopeParams(scope), asOf];
}
