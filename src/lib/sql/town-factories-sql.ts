import { z } from "zod";
import type { QueryParam } from "../figures/query-runner";
import { currentReportsCte, endsInActiveWindow } from "./current-reports";
import { SCOPE_CTES, scopeParams, type FigureScope } from "./scope";

/**
 * Every factory of the scope ($1–$3) with a report on or before D ($4): what it is, when it opened, its
 * current report (the latest one ending on or before D) and whether that report makes it active at D
 * (DATA-CONTRACT §5: a report ending in the last ACTIVE_MONTHS months). A factory that stopped reporting stays
 * in the list with its last report, never dropped.
 */
export const TOWN_FACTORIES_SQL = `
WITH ${SCOPE_CTES},
${currentReportsCte("scoped_reports", "CAST($4 AS DATE)")}
SELECT f.factory_id, f.name, f.county_id, f.town_id, f.industry,
  CAST(f.opened_on AS VARCHAR) AS opened_on, CAST(f.certified_on AS VARCHAR) AS certified_on,
  f."leading" AS is_leading,
  CAST(c.period_end AS VARCHAR) AS last_period_end,
  ${endsInActiveWindow("c.period_end", "CAST($4 AS DATE)")} AS active,
  CAST(c.employees AS INTEGER) AS employees, CAST(c.poor_workers AS INTEGER) AS poor_workers
FROM current_reports c JOIN factories f ON f.factory_id = c.factory_id
ORDER BY f.town_id, f.opened_on NULLS LAST, f.factory_id
`;

export function townFactoriesParams(scope: FigureScope, asOf: string): QueryParam[] {
  return [...scopeParams(scope), asOf];
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A row of TOWN_FACTORIES_SQL: one factory and its current report at D. */
export const townFactoryRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  industry: z.string(),
  opened_on: date.nullable(),
  certified_on: date.nullable(),
  is_leading: z.boolean(),
  last_period_end: date,
  active: z.boolean(),
  employees: z.number().int(),
  poor_workers: z.number().int(),
});
export type TownFactoryRow = z.infer<typeof townFactoryRowSchema>;
