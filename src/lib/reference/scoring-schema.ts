import { z } from "zod";

/** What a town's indicator value is scored against (each documented in data/reference/scoring.json). */
export const NORMALIZATIONS = ["task", "share_of_max", "min_max", "share"] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

/** Indicators a town can be scored on, per year: values at the year's end (or at D in the current year). */
export const SCORING_INDICATORS = [
  "new_factories",
  "factories",
  "jobs",
  "poor_workers",
  "relocated_workers",
  "output_12m",
  "wages_12m",
  "reporting_completeness",
] as const;
export type ScoringIndicator = (typeof SCORING_INDICATORS)[number];

export const scoringIndicatorSchema = z.object({
  indicator: z.enum(SCORING_INDICATORS),
  weight: z.number().nonnegative(),
  normalization: z.enum(NORMALIZATIONS),
  /** For `task`: value / task is capped here (1 = meeting the task earns the full score). */
  cap: z.number().positive().optional(),
  label: z.string().min(1),
  label_en: z.string().min(1),
});

export const scoringSchema = z
  .object({
    note: z.string().min(1),
    note_en: z.string().min(1),
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
