import { z } from "zod";
import { PACE_STATUSES } from "../figures/pace-status";

/**
 * The thresholds of the headline status, kept as reference data (status.json in the reference folder), not
 * code. Read by scripts/lib/read-reference.ts under Node and bundled for the site (bundled-reference.ts).
 */
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
