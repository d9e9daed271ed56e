import { z } from "zod";
import { currentReportsCte, endsInActiveWindow } from "./current-reports";
import type { QueryParam } from "../figures/query-runner";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int();

/**
 * Every factory with its current report at D ($1): the latest with period_end ≤ D, and whether it is
 * active (DATA-CONTRACT §5: a report ending in the ACTIVE_MONTHS months up to D). Factories without any report by D
 * come back with null figures.
 */
export const FACTORY_LIST_SQL = `
WITH ${currentReportsCte("reports", "CAST($1 AS DATE)")}
SELECT f.factory_id, f.name, f.county_id, f.town_id, f.town_name, f.community, f.industry,
  CAST(f.opened_on AS VARCHAR) AS opened_on, CAST(f.certified_on AS VARCHAR) AS certified_on,
  f."leading" AS is_leading, f.base_level,
  CAST(c.period_end AS VARCHAR) AS last_period_end,
  CAST(c.employees AS INTEGER) AS employees, CAST(c.poor_workers AS INTEGER) AS poor_workers,
  COALESCE(${endsInActiveWindow("c.period_end", "CAST($1 AS DATE)")}, false) AS active
FROM factories f LEFT JOIN current_reports c ON c.factory_id = f.factory_id
ORDER BY f.county_id, f.town_id, f.name, f.factory_id
`;

export const factoryListParams = (asOf: string): QueryParam[] => [asOf];

export const factoryListRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  community: z.string().nullable(),
  industry: z.string(),
  opened_on: date.nullable(),
  certified_on: date.nullable(),
  is_leading: z.boolean(),
  base_level: z.enum(["none", "county", "city", "province"]),
  last_period_end: date.nullable(),
  employees: count.nullable(),
  poor_workers: count.nullable(),
  active: z.boolean(),
});
export type FactoryListRow = z.infer<typeof factoryListRowSchema>;

/**
 * Every report up to D ($1) of the factories of county $2, oldest first per factory, with the file and row it
 * came from. One county at a time: a province's million rows at once held the build's memory twice over.
 */
export const FACTORY_REPORTS_SQL = `
SELECT factory_id,
  CAST(period_start AS VARCHAR) AS period_start, CAST(period_end AS VARCHAR) AS period_end,
  CAST(employees AS INTEGER) AS employees, CAST(poor_workers AS INTEGER) AS poor_workers,
  CAST(relocated_workers AS INTEGER) AS relocated_workers,
  CAST(output_value_yuan AS DOUBLE) AS output_value_yuan, CAST(wages_yuan AS DOUBLE) AS wages_yuan,
  source_file, CAST(source_row AS INTEGER) AS source_row
FROM reports
WHERE period_end <= CAST($1 AS DATE)
  AND factory_id IN (SELECT factory_id FROM factories WHERE county_id = CAST($2 AS VARCHAR))
ORDER BY factory_id, period_end, period_start, source_file, source_row
`;

export const factoryReportsParams = (asOf: string, countyId: string): QueryParam[] => [
  asOf,
  countyId,
];

export const factoryReportRowSchema = z.object({
  factory_id: z.string(),
  period_start: date,
  period_end: date,
  employees: count,
  poor_workers: count,
  relocated_workers: count,
  output_value_yuan: z.number(),
  wages_yuan: z.number(),
  source_file: z.string(),
  source_row: count,
});
export type FactoryReportRow = z.infer<typeof factoryReportRowSchema>;
