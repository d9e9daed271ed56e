import { activeUntil } from "./current-reports";
import { FIGURE_METRICS } from "../metrics/metric-lists";
import { METRIC_REGISTRY, type FigureMetric } from "../metrics/registry";
import type { QueryParam } from "../figures/query-runner";
import { SCOPE_CTES, SCOPE_TOWNS_CTE, scopeParams, type FigureScope } from "./scope";

/** A column name quoted for SQL (`leading` is a keyword). */
const q = (column: string) => `"${column}"`;

/** The CTE of FIGURES_SQL that computes each figure per town and month end (the others are 0 there). */
const PART_OF: Record<FigureMetric, "active" | "silent" | "flows" | "openings"> = {
  factories: "active",
  certified: "active",
  leading: "active",
  jobs: "active",
  poor_workers: "active",
  relocated_workers: "active",
  output_12m: "flows",
  wages_12m: "flows",
  new_factories: "openings",
  not_reporting: "silent",
  base_province: "active",
  base_city: "active",
  base_county: "active",
};

/**
 * The UNION ALL of the four CTEs, every figure a column in the registry's order, 0 where a CTE does not
 * compute it: the positional lists are written from the registry so they cannot drift from the columns.
 */
function partsSql(): string {
  const parts = ["active", "silent", "flows", "openings"] as const;
  return parts
    .map((part, i) => {
      const columns = FIGURE_METRICS.map((m) =>
        PART_OF[m] === part ? q(m) : i === 0 ? `0 AS ${q(m)}` : "0",
      );
      return `  SELECT d, town_id, ${columns.join(", ")} FROM ${part}`;
    })
    .join("\n  UNION ALL\n");
}

/**
 * Every figure of DATA-CONTRACT §5, for each month end D from $4 to $5 (both month ends; equal for one
 * as-of date), for the scope in $1–$3: one row per D for the scope as a whole (`town_id` NULL) and one
 * per town of the scope, towns without factories included with zeros.
 *
 * - active at D: the factory's latest report with period_end ≤ D (its *current report*) ends in
 *   (last_day(D − ACTIVE_MONTHS months), D] (current-reports.ts);
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
-- A factory's current report at D is its latest with period_end <= D; when a month and a quarter report end on
-- the same day the shorter (later-starting) one is current. So each report is current from its period end
-- until the factory's next period end: computed once per report, never once per report and month end.
current_reports AS (
  SELECT factory_id, town_id, period_end, employees, poor_workers, relocated_workers,
         lead(period_end) OVER (PARTITION BY factory_id ORDER BY period_end) AS next_end
  FROM (
    SELECT * FROM scoped_reports
    QUALIFY row_number() OVER (
      PARTITION BY factory_id, period_end
      ORDER BY period_start DESC, source_file DESC, source_row DESC) = 1
  )
),
-- Active at D: the current report ends in (last_day(D - ACTIVE_MONTHS months), D], i.e. D is a month end from
-- the period end to ACTIVE_MONTHS - 1 month ends after it (and before the next report takes over).
spans AS (
  SELECT c.*,
    least(${activeUntil("c.period_end")}, COALESCE(c.next_end - 1, DATE '9999-12-31')) AS active_until,
    COALESCE(c.next_end - 1, DATE '9999-12-31') AS current_until
  FROM current_reports c
),
active AS (
  SELECT m.d, s.town_id,
    count(*) AS factories,
    count(*) FILTER (WHERE f.certified_on <= m.d) AS certified,
    count(*) FILTER (WHERE f."leading") AS "leading",
    SUM(s.employees) AS jobs,
    SUM(s.poor_workers) AS poor_workers,
    SUM(s.relocated_workers) AS relocated_workers,
    count(*) FILTER (WHERE f.base_level = 'province') AS base_province,
    count(*) FILTER (WHERE f.base_level = 'city') AS base_city,
    count(*) FILTER (WHERE f.base_level = 'county') AS base_county
  FROM spans s
  JOIN month_ends m ON m.d >= s.period_end AND m.d <= s.active_until
  JOIN scoped_factories f ON f.factory_id = s.factory_id
  GROUP BY m.d, s.town_id
),
-- Not reporting at D: a current report, but older than the active window.
silent AS (
  SELECT m.d, s.town_id, count(*) AS not_reporting
  FROM spans s
  JOIN month_ends m ON m.d > ${activeUntil("s.period_end")} AND m.d <= s.current_until
  GROUP BY m.d, s.town_id
),
-- Flows over the 12 months ending at D: reports with period_end <= D and period_start > last_day(D - 12
-- months), i.e. D is a month end from the period end to the end of the 11th month after the period start.
-- Summed per town and period first, so the join is as small as the towns' periods.
town_periods AS (
  SELECT town_id, period_start, period_end,
    SUM(output_value_yuan) AS output_value, SUM(wages_yuan) AS wages
  FROM scoped_reports
  GROUP BY town_id, period_start, period_end
),
flows AS (
  SELECT m.d, p.town_id, SUM(p.output_value) AS output_12m, SUM(p.wages) AS wages_12m
  FROM town_periods p
  JOIN month_ends m ON m.d >= p.period_end AND m.d <= last_day(p.period_start + INTERVAL 11 MONTH)
  GROUP BY m.d, p.town_id
),
-- New factories at D: opened in D's calendar year, on or before D.
openings AS (
  SELECT m.d, f.town_id, count(*) AS new_factories
  FROM scoped_factories f
  JOIN month_ends m ON m.d >= f.opened_on AND m.d <= make_date(year(f.opened_on), 12, 31)
  GROUP BY m.d, f.town_id
),
parts AS (
${partsSql()}
),
totals AS (
  SELECT x.d, p.county_id, x.town_id, GROUPING(x.town_id) = 1 AS whole_scope,
    ${FIGURE_METRICS.map((m) => `SUM(${q(m)}) AS ${q(m)}`).join(",\n    ")}
  FROM parts x, params p
  GROUP BY GROUPING SETS ((x.d, p.county_id), (x.d, p.county_id, x.town_id))
),
grid AS (
  SELECT m.d, t.county_id, t.town_id, t.town_name, false AS whole_scope FROM month_ends m CROSS JOIN scoped_towns t
  UNION ALL
  SELECT m.d, p.county_id, NULL, NULL, true FROM month_ends m CROSS JOIN params p
)
SELECT CAST(g.d AS VARCHAR) AS as_of, g.county_id, g.town_id, g.town_name,
  ${FIGURE_METRICS.map((m) => `CAST(COALESCE(x.${q(m)}, 0) AS ${METRIC_REGISTRY[m].sql}) AS ${q(m)}`).join(",\n  ")}
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
