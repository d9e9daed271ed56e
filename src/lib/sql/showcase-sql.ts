import { z } from "zod";
import { endsInActiveWindow } from "./current-reports";
import { addMonths } from "../figures/month-end";
import type { QueryParam } from "../figures/query-runner";

/**
 * One row per factory of county $1 that is active at D = $2 (DATA-CONTRACT §5: its current report, the
 * latest with period_end ≤ D, ends in (last_day(D − ACTIVE_MONTHS months), D]), with that report's headcounts, and
 * the headcount of its current report at D − 12 months = $3 when it was active then too (else NULL).
 * Filtering by the window before taking the latest report gives the same current report, or none when
 * the factory is not active.
 */
export const SHOWCASE_SQL = `
WITH dates AS (
  SELECT 'now' AS which, CAST($2 AS DATE) AS d
  UNION ALL
  SELECT 'year_ago', CAST($3 AS DATE)
),
current_reports AS (
  SELECT dates.which, r.factory_id, r.period_end, r.employees, r.poor_workers
  FROM dates
  JOIN reports r ON r.period_end <= dates.d AND ${endsInActiveWindow("r.period_end", "dates.d")}
  JOIN factories f ON f.factory_id = r.factory_id AND f.county_id = CAST($1 AS VARCHAR)
  QUALIFY row_number() OVER (
    PARTITION BY dates.which, r.factory_id
    ORDER BY r.period_end DESC, r.period_start DESC, r.source_file DESC, r.source_row DESC) = 1
)
SELECT f.factory_id, f.name, f.county_id, f.town_id, f.town_name, f.industry,
  CAST(n.period_end AS VARCHAR) AS period_end,
  CAST(n.employees AS INTEGER) AS jobs,
  CAST(n.poor_workers AS INTEGER) AS poor_workers,
  CAST(y.employees AS INTEGER) AS jobs_year_ago
FROM current_reports n
JOIN factories f ON f.factory_id = n.factory_id
LEFT JOIN current_reports y ON y.which = 'year_ago' AND y.factory_id = n.factory_id
WHERE n.which = 'now'
ORDER BY f.factory_id
`;

/** Months back for "fastest growth": the 12 months to the as-of date, as for output_12m. */
export const GROWTH_MONTHS = 12;

/** The month end 12 months before D: growth is counted over the same 12 months as output_12m. */
export const yearBefore = (asOf: string): string => addMonths(asOf, -GROWTH_MONTHS);

/** Parameters of SHOWCASE_SQL: the county, D and the month end a year before D. */
export function showcaseParams(countyId: string, asOf: string): QueryParam[] {
  return [countyId, asOf, yearBefore(asOf)];
}

export const showcaseRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  industry: z.string(),
  period_end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  jobs: z.number().int(),
  poor_workers: z.number().int(),
  jobs_year_ago: z.number().int().nullable(),
});
export type ShowcaseRow = z.infer<typeof showcaseRowSchema>;
