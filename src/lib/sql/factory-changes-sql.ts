import { z } from "zod";
import type { QueryParam } from "../figures/query-runner";
import { endsInActiveWindow } from "./current-reports";
import { SCOPE_CTES, scopeParams, type FigureScope } from "./scope";

/**
 * Every factory of the scope ($1–$3) with a report on or before D ($4), with its current report at D and
 * at the base month end B ($5, before D), and whether each makes it active (DATA-CONTRACT §5: the current
 * report is the latest ending on or before the date, active when it ends in the last three months; when a
 * month and a quarter end on the same day the month is current, as in FIGURES_SQL). `reported_before`
 * says whether the factory had any report by B, which tells a first report from a return after a gap.
 */
export const FACTORY_CHANGES_SQL = `
WITH ${SCOPE_CTES},
at_d AS (
  SELECT factory_id, period_end, employees
  FROM scoped_reports WHERE period_end <= CAST($4 AS DATE)
  QUALIFY row_number() OVER (PARTITION BY factory_id ORDER BY period_end DESC, period_start DESC, source_file DESC, source_row DESC) = 1
),
at_b AS (
  SELECT factory_id, period_end, employees
  FROM scoped_reports WHERE period_end <= CAST($5 AS DATE)
  QUALIFY row_number() OVER (PARTITION BY factory_id ORDER BY period_end DESC, period_start DESC, source_file DESC, source_row DESC) = 1
)
SELECT f.factory_id, f.name, f.town_id, f.town_name,
  CAST(d.period_end AS VARCHAR) AS last_period_end,
  ${endsInActiveWindow("d.period_end", "CAST($4 AS DATE)")} AS active_now,
  b.factory_id IS NOT NULL AS reported_before,
  COALESCE(${endsInActiveWindow("b.period_end", "CAST($5 AS DATE)")}, false) AS active_before,
  CAST(d.employees AS INTEGER) AS jobs_now,
  CAST(b.employees AS INTEGER) AS jobs_before
FROM at_d d
JOIN factories f ON f.factory_id = d.factory_id
LEFT JOIN at_b b ON b.factory_id = d.factory_id
ORDER BY f.town_id, f.factory_id
`;

/** Parameters of FACTORY_CHANGES_SQL: the scope, D and the base month end. */
export function factoryChangesParams(scope: FigureScope, asOf: string, base: string): QueryParam[] {
  return [...scopeParams(scope), asOf, base];
}

/** The first report's period end in the scope's county: a base month before it has no data. */
export const FIRST_REPORT_SQL = `
SELECT CAST(min(r.period_end) AS VARCHAR) AS first_end
FROM reports r JOIN factories f ON f.factory_id = r.factory_id
WHERE f.county_id = CAST($1 AS VARCHAR)
`;
export const firstReportSchema = z.object({ first_end: z.string().nullable() });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A row of FACTORY_CHANGES_SQL: one factory at D and at the base month end. */
export const factoryChangeRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  last_period_end: date,
  active_now: z.boolean(),
  reported_before: z.boolean(),
  active_before: z.boolean(),
  jobs_now: z.number().int(),
  jobs_before: z.number().int().nullable(),
});
export type FactoryChangeRow = z.infer<typeof factoryChangeRowSchema>;
