/**
 * The figures the engine computes for a scope at a month end D (DATA-CONTRACT §5), plus counts the
 * site needs beside them. Every one of them is a count or a sum over factories, so a county's value is
 * the sum of its towns' values.
 */
export const FIGURE_METRICS = [
  "factories",
  "certified",
  "leading",
  "jobs",
  "poor_workers",
  "relocated_workers",
  "output_12m",
  "wages_12m",
  "new_factories",
  "not_reporting",
  "base_province",
  "base_city",
  "base_county",
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/** Metrics where county = Σ towns holds by definition (checked by a property test). */
export const ADDITIVE_METRICS: readonly FigureMetric[] = FIGURE_METRICS;

/** One sentence per metric, zh and en, for tables and the methodology page. */
export const METRIC_LABELS: Record<FigureMetric, { zh: string; en: string }> = {
  factories: { zh: "在报社区工厂数", en: "Active factories (reported in the last 3 months)" },
  certified: { zh: "已认定社区工厂数", en: "Active factories certified on or before D" },
  leading: { zh: "龙头企业数", en: "Active leading enterprises" },
  jobs: { zh: "用工人数", en: "Jobs (headcount in the current reports)" },
  poor_workers: { zh: "贫困劳动力人数", en: "Poor workers employed (current headcount)" },
  relocated_workers: { zh: "搬迁群众人数", en: "Relocated workers employed (current headcount)" },
  output_12m: { zh: "近12个月产值（元）", en: "Output over the 12 months ending at D (yuan)" },
  wages_12m: { zh: "近12个月工资总额（元）", en: "Wages over the 12 months ending at D (yuan)" },
  new_factories: { zh: "本年新投产工厂数", en: "Factories opened this calendar year, up to D" },
  not_reporting: {
    zh: "未在报工厂数",
    en: "Known factories without a report in the last 3 months",
  },
  base_province: { zh: "省级就业扶贫基地数", en: "Active province-level employment bases" },
  base_city: { zh: "市级就业扶贫基地数", en: "Active city-level employment bases" },
  base_county: { zh: "县级就业扶贫基地数", en: "Active county-level employment bases" },
};
