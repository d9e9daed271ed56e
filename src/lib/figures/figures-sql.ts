import type { QueryParam } from "./query-runner";
import { SCOPE_CTES, SCOPE_TOWNS_CTE, scopeParams, type FigureScope } from "./scope";

/**
 * Every figure of DATA-CONTRACT §5, for each month end D from $4 to $5 (both month ends; equal for one
 * as-of date), for the scope in $1–$3: one row per D for the scope as a whole (`town_id` NULL) and one
 * per town of the scope, towns without factories included with zeros.
 *
 * - active at D: the factory's latest report with period_end ≤ D (its *current report*) ends in
 *   (last_day(D − 3 months), D];
 * - jobs, poor_workers, relocated_workers: sums over current reports of active factories;
 * - output_12m, wages_12m: sums over reports whose whole period lies in the 12 months ending at D,
 *   i.e. period_start > last_day(D − 12 months) and period_end ≤ D;
 * - certified: active with certified_on ≤ D; leading: active with leading;
 * - new_factories: opened_on in the calendar year of D, on or before D (at a year end this is
 *   new_factories(year));
 * - not_reporting: factories with a report on or before D but not active at D (listed by
 *   NOT_REPORTING_SQL, never dropped silently).
 *
 * Only the tables reports, factories and towns are read, results are cast to INTEGER/DOUBLE/VARCHAR so
 * DuckDB-WASM returns plain numbers and strings.
 */
export const FIGURES_SQL = `
WITH ${SCOPE_CTES},
${SCOPE_TOWNS_CTE},
month_ends AS (
  SELECT CAST(last_day(CAST(m AS DATE)) AS DATE) AS d
  FROM range(CAST(date_trunc('month', CAST($4 AS DATE)) AS TIMESTAMP),
             CAST(CAST($5 AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY,
             INTERVAL 1 MONTH) AS t(m)
),
current_reports AS (
  -- A month and a quarter report can end on the same day: the shorter (later-starting) one is current.
  SELECT m.d, r.factory_id, r.period_end, r.employees, r.poor_workers, r.relocated_workers
  FROM month_ends m JOIN scoped_reports r ON r.period_end <= m.d
  QUALIFY row_number() OVER (
    PARTITION BY m.d, r.factory_id
    ORDER BY r.period_end DESC, r.period_start DESC, r.source_file DESC, r.source_row DESC) = 1
),
flows AS (
  SELECT m.d, r.factory_id, SUM(r.output_value_yuan) AS output_value, SUM(r.wages_yuan) AS wages
  FROM month_ends m JOIN scoped_reports r
    ON r.period_end <= m.d AND r.period_start > last_day(m.d - INTERVAL 12 MONTH)
  GROUP BY m.d, r.factory_id
),
facts AS (
  SELECT m.d, f.county_id, f.town_id, f.factory_id, f.opened_on, f.certified_on, f."leading", f.base_level,
         c.period_end IS NOT NULL AS known,
         COALESCE(c.period_end > last_day(m.d - INTERVAL 3 MONTH), false) AS active,
         c.employees, c.poor_workers, c.relocated_workers,
         COALESCE(fl.output_value, 0) AS output_value, COALESCE(fl.wages, 0) AS wages
  FROM month_ends m CROSS JOIN scoped_factories f
  LEFT JOIN current_reports c ON c.d = m.d AND c.factory_id = f.factory_id
  LEFT JOIN flows fl ON fl.d = m.d AND fl.factory_id = f.factory_id
),
totals AS (
  SELECT d, county_id, town_id, GROUPING(town_id) = 1 AS whole_scope,
    count(*) FILTER (WHERE active) AS factories,
    count(*) FILTER (WHERE active AND certified_on <= d) AS certified,
    count(*) FILTER (WHERE active AND "leading") AS "leading",
    COALESCE(SUM(employees) FILTER (WHERE active), 0) AS jobs,
    COALESCE(SUM(poor_workers) FILTER (WHERE active), 0) AS poor_workers,
    COALESCE(SUM(relocated_workers) FILTER (WHERE active), 0) AS relocated_workers,
    COALESCE(SUM(output_value), 0) AS output_12m,
    COALESCE(SUM(wages), 0) AS wages_12m,
    count(*) FILTER (WHERE year(opened_on) = year(d) AND opened_on <= d) AS new_factories,
    count(*) FILTER (WHERE known AND NOT active) AS not_reporting,
    count(*) FILTER (WHERE active AND base_level = 'province') AS base_province,
    count(*) FILTER (WHERE active AND base_level = 'city') AS base_city,
    count(*) FILTER (WHERE active AND base_level = 'county') AS base_county
  FROM facts
  GROUP BY GROUPING SETS ((d, county_id), (d, county_id, town_id))
),
grid AS (
  SELECT m.d, t.county_id, t.town_id, t.town_name, false AS whole_scope FROM month_ends m CROSS JOIN scoped_towns t
  UNION ALL
  SELECT m.d, p.county_id, NULL, NULL, true FROM month_ends m CROSS JOIN params p
)
SELECT CAST(g.d AS VARCHAR) AS as_of, g.county_id, g.town_id, g.town_name,
  CAST(COALESCE(x.factories, 0) AS INTEGER) AS factories,
  CAST(COALESCE(x.certified, 0) AS INTEGER) AS certified,
  CAST(COALESCE(x."leading", 0) AS INTEGER) AS "leading",
  CAST(COALESCE(x.jobs, 0) AS INTEGER) AS jobs,
  CAST(COALESCE(x.poor_workers, 0) AS INTEGER) AS poor_workers,
  CAST(COALESCE(x.relocated_workers, 0) AS INTEGER) AS relocated_workers,
  CAST(COALESCE(x.output_12m, 0) AS DOUBLE) AS output_12m,
  CAST(COALESCE(x.wages_12m, 0) AS DOUBLE) AS wages_12m,
  CAST(COALESCE(x.new_factories, 0) AS INTEGER) AS new_factories,
  CAST(COALESCE(x.not_reporting, 0) AS INTEGER) AS not_reporting,
  CAST(COALESCE(x.base_province, 0) AS INTEGER) AS base_province,
  CAST(COALESCE(x.base_city, 0) AS INTEGER) AS base_city,
  CAST(COALESCE(x.base_county, 0) AS INTEGER) AS base_county
FROM grid g
LEFT JOIN totals x
  ON x.d = g.d AND x.county_id = g.county_id AND x.whole_scope = g.whole_scope
  AND (g.whole_scope OR x.town_id = g.town_id)
ORDER BY g.d, g.whole_scope DESC, g.town_id
`;

/** Parameters of FIGURES_SQL: the scope, then the first and last month end of the series. */
export function figuresParams(scope: FigureScope, from: string, to: string): QueryParam[] {
  return [...scopeParams(scope), from, to];
}
