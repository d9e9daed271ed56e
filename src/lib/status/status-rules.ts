import { z } from "zod";
import { PACE_STATUSES } from "../figures/pace-status";

/** The thresholds of the headline status, kept as reference data (data/reference/status.json), not code. */
export const statusRulesSchema = z
  .object({
    note: z.string().min(1),
    note_en: z.string().min(1),
    /** At most this many percentage points of the target behind the planned path: on track (green). */
    green_max_points_behind: z.number().nonnegative(),
    /** Up to this many points behind: at risk (yellow); beyond: off track (red). */
    yellow_max_points_behind: z.number().nonnegative(),
    /** Paces that lower the status one step (green → yellow, yellow → red). */
    downgrade_paces: z.array(z.enum(PACE_STATUSES)),
    /** A projected date further away than this many years is shown as "hard to reach", not as a date. */
    projection_horizon_years: z.number().positive(),
  })
  .refine(
    (r) => r.yellow_max_points_behind >= r.green_max_points_behind,
    "yellow_max_points_behind must be at least green_max_points_behind",
  );

export type StatusRules = z.infer<typeof statusRulesSchema>;

/** Parses status.json's content, naming the file and field it rejects (Chinese and English). */
export function parseStatusRules(json: unknown, path = "data/reference/status.json"): StatusRules {
  const parsed = statusRulesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(根 / root)";
  throw new Error(
    `${path} 字段 ${field} 无效：${issue?.message ?? ""} / ${path}: field ${field} is invalid: ${issue?.message ?? ""}`,
  );
}

/**
 * Bundled at build time from the reference folder (REFERENCE_DIR, see reference-dir.mjs), as the other
 * reference files are. Vite replaces the `import.meta.glob` call with the file's text; the command-line
 * tools run this module under plain Node (tsx), where there is no glob: they take the project's own
 * data/reference/status.json whatever REFERENCE_DIR says (only `npm run figures` uses the thresholds there,
 * and it describes the sample).
 */
async function bundledRulesText(): Promise<string | undefined> {
  try {
    const globbed = import.meta.glob<string>("@reference/status.json", {
      eager: true,
      query: "?raw",
      import: "default",
    });
    return Object.values(globbed)[0];
  } catch {
    // A path Vite does not follow: a site built on another reference folder has no data/reference.
    const projectRules = "../../../data/reference/status.json";
    const read = (await import(/* @vite-ignore */ projectRules)) as { default: unknown };
    return JSON.stringify(read.default);
  }
}

/** The site's status rules, validated once when the module loads (at build time and in the browser). */
export const STATUS_RULES: StatusRules = await (async () => {
  let json: unknown;
  try {
    json = JSON.parse((await bundledRulesText()) ?? "");
  } catch {
    throw new Error(
      "status.json 不存在或不是有效的 JSON / status.json is missing or is not valid JSON",
    );
  }
  return parseStatusRules(json);
})();
