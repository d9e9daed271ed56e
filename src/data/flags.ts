import { z } from "zod";
import { FLAGS, SEVERITIES } from "../lib/flags/flags-schema";
import { queryRows } from "../lib/figures/decode-rows";
import { groupBy } from "../lib/collections/group-by";
import { buildRunner } from "./build-runner";

/**
 * Build-time data for the follow-up flags (督查): flags.parquet as `npm run data` wrote it, with each
 * factory's name and each town's names for the lists. Nothing here runs in the browser.
 */

const followUpRowSchema = z.object({
  factory_id: z.string(),
  factory_name: z.string(),
  county_id: z.string(),
  town_id: z.string(),
  town_name: z.string(),
  town_name_en: z.string(),
  period_start: z.string(),
  period_end: z.string(),
  flag: z.enum(FLAGS),
  severity: z.enum(SEVERITIES),
  explanation_zh: z.string(),
  explanation_en: z.string(),
});
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

// The report's start comes from reports.parquet (a quarter and a month can end on the same day: the
// earliest start is the longer report, as flags compare report to report in that order).
const FOLLOW_UP_SQL = `
SELECT f.factory_id, fa.name AS factory_name, f.county_id, f.town_id, t.town_name, t.town_name_en,
  CAST((SELECT min(r.period_start) FROM reports r
        WHERE r.factory_id = f.factory_id AND r.period_end = f.period_end) AS VARCHAR) AS period_start,
  CAST(f.period_end AS VARCHAR) AS period_end, f.flag, f.severity, f.explanation_zh, f.explanation_en
FROM flags f JOIN factories fa USING (factory_id)
JOIN towns t ON t.county_id = f.county_id AND t.town_id = f.town_id
ORDER BY f.county_id, t.town_name, fa.name, f.period_end, f.flag`;

let loaded: Promise<FollowUpRow[]> | null = null;

/** Every flag, county by county, town, factory, report. */
export function followUpRows(): Promise<FollowUpRow[]> {
  loaded ??= buildRunner().then((runner) =>
    queryRows(runner, followUpRowSchema, FOLLOW_UP_SQL, []),
  );
  return loaded;
}

let grouped: Promise<Map<string, FollowUpRow[]>> | null = null;

/**
 * One factory's flags, in followUpRows' order. Grouped once per build: each of the province's ~40,000
 * factory pages scanning every flag made the factory pages quadratic in factories.
 */
export async function factoryFollowUpRows(factoryId: string): Promise<readonly FollowUpRow[]> {
  grouped ??= followUpRows().then((rows) => groupBy(rows, (row) => row.factory_id));
  return (await grouped).get(factoryId) ?? [];
}
