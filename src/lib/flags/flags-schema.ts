import { z } from "zod";
import { ReferenceError } from "../reference/parse-reference";

/** DHIS2's grading of integrity checks: INFO < WARNING < SEVERE. */
export const SEVERITIES = ["INFO", "WARNING", "SEVERE"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every flag the flags SQL can raise (src/lib/sql/flags-sql.ts); outlier_change raises two. */
export const FLAGS = [
  "outlier_employees",
  "outlier_output",
  "stale_figures",
  "sudden_drop",
  "output_without_wages",
  "wages_without_output",
  "wages_per_worker",
  "certified_below_workers",
  "certified_below_months",
] as const;
export type Flag = (typeof FLAGS)[number];

// Where a threshold comes from, in both languages: the methodology page shows its own language's.
const source = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/**
 * The longest window of changes the outlier rule can take (a year of monthly changes): the flags SQL reads
 * the window from this many lags, a fixed set of columns.
 */
export const MAX_WINDOW_CHANGES = 12;

const rule = { severity: z.enum(SEVERITIES), source };
const share = z.number().gt(0).lt(1);
const count = z.number().int().positive();
const gap = z.number().int().nonnegative();

export const flagsReferenceSchema = z.object({
  rules: z.object({
    outlier_change: z.object({
      ...rule,
      z_max: z.number().positive(),
      window_changes: count.max(MAX_WINDOW_CHANGES),
      min_changes: count,
      min_relative_change: z.number().nonnegative(),
      max_gap_months: gap,
      season_min_changes: count,
    }),
    stale_figures: z.object({ ...rule, min_reports: z.number().int().min(2) }),
    sudden_drop: z.object({
      ...rule,
      drop_share: share,
      min_previous_employees: count,
      max_gap_months: gap,
    }),
    output_without_wages: z.object(rule),
    wages_without_output: z.object(rule),
    wages_per_worker: z.object({ ...rule, iqr_k: z.number().positive(), min_reports: count }),
    certified_below_workers: z.object(rule),
    certified_below_months: z.object(rule),
  }),
});

export type FlagsReference = z.infer<typeof flagsReferenceSchema>;

/** Parses data/reference/flags.json; errors name the file and the field. */
export function parseFlagsReference(path: string, text: string): FlagsReference {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReferenceError(`${path}: 不是有效的 JSON / not valid JSON`);
  }
  const result = flagsReferenceSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new ReferenceError(`${path}: ${where}: ${issue?.message ?? "invalid"} / 字段无效`);
  }
  return result.data;
}
