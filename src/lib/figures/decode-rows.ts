import { z } from "zod";
import { byMetric } from "../metrics/metric-lists";
import { METRIC_REGISTRY } from "../metrics/registry";
import type { QueryParam, QueryRunner } from "./query-runner";

const count = z.number().int();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A row of FIGURES_SQL: one scope (town, or the whole scope when town_id is null) at one month end. */
export const figureRowSchema = z.object({
  as_of: date,
  county_id: z.string(),
  town_id: z.string().nullable(),
  town_name: z.string().nullable(),
  // Every figure of the metric registry: INTEGER columns are whole numbers, DOUBLE ones any number.
  ...byMetric((m) => (METRIC_REGISTRY[m].sql === "INTEGER" ? count : z.number())),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

export const notReportingRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  last_period_end: date,
  months_since: count,
});
export type NotReportingRow = z.infer<typeof notReportingRowSchema>;

export const reportingHealthRowSchema = z.object({
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  cadence: z.enum(["month", "quarter"]).nullable(),
  periods_due: count,
  periods_reported: count,
  periods_late: count,
  periods_missing: count,
  unreported_period_ends: z.string().nullable(),
});
export type ReportingHealthRow = z.infer<typeof reportingHealthRowSchema>;

export const ruleInputRowSchema = z.object({
  factory_id: z.string(),
  name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  opened_on: date.nullable(),
  certified_on: date.nullable(),
  is_leading: z.boolean(),
  base_level: z.enum(["none", "county", "city", "province"]),
  current_period_end: date,
  active: z.boolean(),
  employees: count,
  poor_workers: count,
  min_employees_in_year: count.nullable(),
  reports_in_year: count,
  months_reported_in_year: count,
  stated_months_in_year: count.nullable(),
  poor_with_contract: count.nullable(),
  reports_with_contracts: count,
});
export type RuleInputRow = z.infer<typeof ruleInputRowSchema>;

export const targetRowSchema = z.object({
  target_id: z.string(),
  county_id: z.string(),
  scope: z.enum(["county", "town"]),
  town_id: z.string().nullable(),
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
  year: count.nullable(),
  deadline: date,
  status: z.enum(["official", "provisional"]),
  document_id: z.string(),
  document_number: z.string(),
  clause: z.string(),
  quote: z.string(),
  note: z.string().nullable(),
});
export type TargetRow = z.infer<typeof targetRowSchema>;

/** Thrown when a query returns rows of an unexpected shape (e.g. a BigInt where a number was promised). */
export class QueryShapeError extends Error {
  override name = "QueryShapeError";
}

/** Rows already validated, by the array a caching runner handed out and the schema they were checked with. */
const validated = new WeakMap<readonly unknown[], WeakMap<z.ZodType, unknown[]>>();

/**
 * Runs a query and validates every row, so no untyped value gets past this point. A runner that caches its
 * results (the browser's) hands out the same array again: its rows are then validated once, not per call.
 */
export async function queryRows<T>(
  runner: QueryRunner,
  schema: z.ZodType<T>,
  sql: string,
  params: readonly QueryParam[],
): Promise<T[]> {
  const rows = await runner.query<unknown>(sql, params);
  const known = validated.get(rows)?.get(schema);
  if (known) return known as T[]; // checked against this very schema when first seen
  const parsed = z.array(schema).safeParse(rows);
  if (parsed.success) {
    const bySchema = validated.get(rows) ?? new WeakMap<z.ZodType, unknown[]>();
    bySchema.set(schema, parsed.data);
    validated.set(rows, bySchema);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  throw new QueryShapeError(
    `query returned an unexpected row: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`,
  );
}
