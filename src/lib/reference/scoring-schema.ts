import { z } from "zod";
import { RANKED_METRICS } from "../metrics/metric-lists";
import type { RankedMetric } from "../metrics/registry";

/** What a town's indicator value is scored against (each documented in data/reference/scoring.json). */
export const NORMALIZATIONS = ["task", "share_of_max", "min_max", "share"] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

/** Indicators a town can be scored on, per year: values at the year's end (or at D in the current year). */
// The figures marked `ranked` in the metric registry, and the share of reports received on time.
export const SCORING_INDICATORS = [...RANKED_METRICS, "reporting_completeness"] as const;
export type ScoringIndicator = RankedMetric | "reporting_completeness";

export const scoringIndicatorSchema = z.object({
  indicator: z.enum(SCORING_INDICATORS),
  weight: z.number().nonnegative(),
  normalization: z.enum(NORMALIZATIONS),
  /** For `task`: value / task is capped here (1 = meeting the task earns the full score). */
  cap: z.number().positive().optional(),
  label: z.string().min(1),
  label_en: z.string().min(1),
});

/**
 * What a `task` indicator does for a town without a task that year: score it against the best town
 * (`share_of_max`), give it the indicator's full points (`full`), or leave the indicator out and scale the
 * town's other points up to 100 (`exclude`).
 */
export const NO_TASK_RULES = ["share_of_max", "full", "exclude"] as const;
export type NoTaskRule = (typeof NO_TASK_RULES)[number];

const textPair = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const scoringSchema = z
  .object({
    note: z.string().min(1),
    note_en: z.string().min(1),
    /** Scores are shown, and ranked, at this many decimals: towns equal at that precision share a rank. */
    score_decimals: z.number().int().min(0).max(3).optional(),
    /** The rule for a `task` indicator in a year the town has no task (default share_of_max). */
    no_task: z.enum(NO_TASK_RULES).optional(),
    /** The method in plain words, one paragraph per entry, shown on the ranking page. */
    explanation: z.array(textPair).optional(),
    normalizations: z.partialRecord(
      z.enum(NORMALIZATIONS),
      z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    ),
    indicators: z.array(scoringIndicatorSchema).min(1),
  })
  .refine(
    (s) => s.indicators.some((i) => i.weight > 0),
    "at least one indicator needs a positive weight",
  );

export type ScoringIndicatorSpec = z.infer<typeof scoringIndicatorSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
