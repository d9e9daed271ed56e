import { z } from "zod";
import type { QueryRunner } from "../connectors/query-runner";
import type { County } from "../reference/schema";
import { FLAGS, SEVERITIES, type FlagsReference } from "./flags-schema";
import { FLAGS_SQL, flagsParams } from "../sql/flags-sql";

export const flagRowSchema = z.object({
  factory_id: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  period_end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  flag: z.enum(FLAGS),
  severity: z.enum(SEVERITIES),
  value: z.number(),
  baseline: z.number().nullable(),
  score: z.number().nullable(),
  threshold: z.number(),
  explanation_zh: z.string().min(1),
  explanation_en: z.string().min(1),
});
export type FlagRow = z.infer<typeof flagRowSchema>;

/** The flags of every county given, in one query, in FLAGS_SQL's order (county, town, factory, period, flag). */
export async function computeFlags(
  runner: QueryRunner,
  counties: readonly Pick<County, "county_id" | "policy_rules">[],
  reference: FlagsReference,
): Promise<FlagRow[]> {
  if (counties.length === 0) return [];
  const scope = counties.map((c) => ({
    county_id: c.county_id,
    certification: c.policy_rules?.certification ?? null,
  }));
  const result = await runner.query<unknown>(FLAGS_SQL, flagsParams(scope, reference));
  return result.map((row) => flagRowSchema.parse(row));
}
