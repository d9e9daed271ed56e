import { z } from "zod";
import { METRIC_UNIT, TARGET_METRICS } from "../metrics/metric-lists";
import type { TargetMetric } from "../metrics/registry";

/** The headline figures of DATA-CONTRACT §5 that a county target can name (from the metric registry). */
export const METRICS = TARGET_METRICS;
export type Metric = TargetMetric;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "not a real calendar date",
  );

/** A sentence quoted from a policy document, so every number can be traced to its source. */
const citation = {
  document_id: z.string().min(1),
  clause: z.string().min(1),
  quote: z.string().min(1),
};

export const documentSchema = z.object({
  document_id: z.string().regex(/^[a-z0-9-]+$/),
  number: z.string().min(1),
  issuer: z.string().min(1),
  issuer_en: z.string().min(1),
  title: z.string().min(1),
  title_en: z.string().min(1),
  issued_on: isoDate,
  /** Path of the document's text, relative to data/reference. */
  text_file: z.string().min(1),
});

export const townSchema = z.object({
  town_id: z.string().regex(/^[a-z0-9]+-[a-z0-9]+$/, "expected <county_id>-<slug>"),
  name: z.string().min(2),
  name_en: z.string().min(1),
  short_names: z.array(z.string().min(1)),
  /** Approximate town-seat coordinates (±0.1°), for a schematic map only. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const targetSchema = z.object({
  target_id: z.string().regex(/^[a-z0-9-]+$/),
  metric: z.enum(METRICS),
  value: z.number().positive(),
  /** Must be the metric's own unit (checked with the county), so a target can never count the wrong thing. */
  unit: z.enum(["factories", "people", "yuan"]),
  deadline: isoDate,
  ...citation,
  note: z.string().optional(),
  note_en: z.string().optional(),
});

export const milestoneSchema = z.object({
  date: isoDate,
  /** Share of the gap from the baseline to the target closed by this date (our reading). */
  share: z.number().gt(0).max(1),
  label: z.string().min(1),
  label_en: z.string().min(1),
});

export const phasingSchema = z.object({
  ...citation,
  reading: z.string().min(1),
  reading_en: z.string().min(1),
  milestones: z.array(milestoneSchema).min(1),
});

export const townRuleSchema = z.object({
  rule_id: z.string().regex(/^[a-z0-9-]+$/),
  metric: z.literal("new_factories"),
  per: z.literal("town_year"),
  value: z.number().int().positive(),
  years: z.array(z.number().int().min(2000).max(2100)).min(1),
  ...citation,
});

/** A town's tasks: a value for any of the metrics a county target can name. */
export const townTaskSchema = z.partialRecord(z.enum(METRICS), z.number().nonnegative());

export const townAllocationSchema = z.object({
  /** `provisional` until the county's own responsibility table replaces it. */
  status: z.enum(["provisional", "official"]),
  method: z.string().min(1),
  method_en: z.string().min(1),
  document_id: z.string().min(1),
  quote: z.string().min(1),
  tasks: z.record(z.string(), townTaskSchema),
});

const subsidySchema = z.object({
  subsidy_id: z.string().min(1),
  per: z.string().min(1),
  amount_yuan: z.number().positive().optional(),
  amounts_yuan: z.record(z.enum(["province", "city", "county"]), z.number().positive()).optional(),
  share: z.number().positive().max(1).optional(),
  min_poor_share: z.number().positive().max(1).optional(),
  years: z.number().positive().optional(),
  ...citation,
});

export const policyRulesSchema = z.object({
  certification: z.object({
    ...citation,
    min_workers: z.number().int().positive(),
    min_months_per_year: z.number().int().positive().max(12),
    min_households: z.number().int().positive(),
    max_area_km2: z.number().positive(),
    unverifiable_quote: z.string().min(1),
  }),
  subsidies: z.array(subsidySchema),
});

export const countySchema = z
  .object({
    county_id: z.string().regex(/^[a-z0-9]+$/, "expected lower-case letters and digits"),
    name: z.string().min(2),
    name_en: z.string().min(1),
    short_names: z.array(z.string().min(1)),
    division_code: z.string().regex(/^\d{6}$/),
    city: z.string().min(1),
    coordinates_note: z.string().min(1),
    documents: z.array(documentSchema).min(1),
    program_start: isoDate,
    deadline: isoDate,
    towns: z.array(townSchema).min(1),
    targets: z.array(targetSchema).min(1),
    phasing: phasingSchema.nullable(),
    town_rules: z.array(townRuleSchema),
    town_allocation: townAllocationSchema.nullable(),
    policy_rules: policyRulesSchema.nullable(),
    /** The clause that puts community factories into the towns' assessment (the ranking page cites it). */
    assessment: z.object(citation).optional(),
  })
  .superRefine((county, ctx) => {
    const docs = new Set(county.documents.map((d) => d.document_id));
    const towns = new Set(county.towns.map((t) => t.town_id));
    const cite = (id: string, path: (string | number)[]) => {
      if (!docs.has(id))
        ctx.addIssue({ code: "custom", path, message: `unknown document_id "${id}"` });
    };
    county.targets.forEach((t, i) => cite(t.document_id, ["targets", i, "document_id"]));
    county.targets.forEach((t, i) => {
      if (t.unit !== METRIC_UNIT[t.metric])
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "unit"],
          message: `"${t.metric}" is counted in ${METRIC_UNIT[t.metric]}, not ${t.unit}`,
        });
    });
    county.town_rules.forEach((r, i) => cite(r.document_id, ["town_rules", i, "document_id"]));
    if (county.phasing) cite(county.phasing.document_id, ["phasing", "document_id"]);
    if (county.assessment) cite(county.assessment.document_id, ["assessment", "document_id"]);
    county.towns.forEach((t, i) => {
      if (!t.town_id.startsWith(`${county.county_id}-`))
        ctx.addIssue({
          code: "custom",
          path: ["towns", i, "town_id"],
          message: `must start with "${county.county_id}-"`,
        });
    });
    for (const id of Object.keys(county.town_allocation?.tasks ?? {})) {
      if (!towns.has(id))
        ctx.addIssue({
          code: "custom",
          path: ["town_allocation", "tasks", id],
          message: `unknown town_id "${id}"`,
        });
    }
  });

export const industriesSchema = z.object({
  note: z.string(),
  industries: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z_]+$/),
        name: z.string().min(1),
        name_en: z.string().min(1),
        keywords: z.array(z.string().min(1)),
      }),
    )
    .min(1)
    .refine(
      (list) => list.some((i) => i.code === "other"),
      'the list must contain the fallback code "other"',
    ),
});

export type PolicyDocument = z.infer<typeof documentSchema>;
export type Town = z.infer<typeof townSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Phasing = z.infer<typeof phasingSchema>;
export type TownRule = z.infer<typeof townRuleSchema>;
export type TownAllocation = z.infer<typeof townAllocationSchema>;
export type PolicyRules = z.infer<typeof policyRulesSchema>;
export type County = z.infer<typeof countySchema>;
export type Industry = z.infer<typeof industriesSchema>["industries"][number];
