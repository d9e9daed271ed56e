/**
 * Every figure the engine computes (DATA-CONTRACT §5), with everything the site knows about it, in one
 * place: its unit, whether a county equals the sum of its towns, whether a policy target can name it,
 * whether towns are scored on it, how the engine's SQL types it, and its words in each language. The
 * enums, maps and SQL column lists elsewhere are derived from this table (see metrics.ts beside it), so a
 * new figure is one entry here plus its SQL, and the compiler names every place that must say more.
 */

/** What a figure counts: the unit beside its numbers. */
export type MetricUnit = "factories" | "people" | "yuan";

/** A figure's words in one language. */
export interface MetricWords {
  /** On cards, axes and table headers: `吸纳就业人数`, `Jobs`. */
  label: string;
  /** The label with its scope spelled out, for the data dictionary and the methodology: one line. */
  long: string;
}

export interface MetricFacts {
  unit: MetricUnit;
  /** County = Σ towns by definition (a count or a sum over factories; checked by a property test). */
  additive: boolean;
  /** A county target (data/reference/<county>.json) may name it. */
  target: boolean;
  /** A town may be scored on it in the ranking (data/reference/scoring.json). */
  ranked: boolean;
  /** How FIGURES_SQL types the column, so DuckDB-WASM hands back plain numbers. */
  sql: "INTEGER" | "DOUBLE";
  zh: MetricWords;
  en: MetricWords;
}

// Order is the order of FIGURES_SQL's columns and of every list derived from this table.
export const METRIC_REGISTRY = {
  factories: {
    unit: "factories",
    additive: true,
    target: true,
    ranked: true,
    sql: "INTEGER",
    zh: { label: "社区工厂数", long: "在报社区工厂数（近3个月内有报表）" },
    en: {
      label: "Community factories",
      long: "Reporting factories (a report in the last 3 months)",
    },
  },
  certified: {
    unit: "factories",
    additive: true,
    target: true,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "已认定工厂数", long: "在报且已认定的社区工厂数" },
    en: {
      label: "Certified factories",
      long: "Reporting factories certified on or before the date",
    },
  },
  leading: {
    unit: "factories",
    additive: true,
    target: true,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "龙头企业数", long: "在报的龙头企业数" },
    en: { label: "Leading enterprises", long: "Reporting leading enterprises" },
  },
  jobs: {
    unit: "people",
    additive: true,
    target: true,
    ranked: true,
    sql: "INTEGER",
    zh: { label: "吸纳就业人数", long: "吸纳就业人数（在报工厂最近一期报表）" },
    en: { label: "Jobs", long: "Jobs (headcount in the reporting factories' current reports)" },
  },
  poor_workers: {
    unit: "people",
    additive: true,
    target: true,
    ranked: true,
    sql: "INTEGER",
    zh: { label: "贫困劳动力就业人数", long: "贫困劳动力就业人数（在报工厂最近一期报表）" },
    en: {
      label: "Workers from poor households",
      long: "Workers from poor households (headcount in the current reports)",
    },
  },
  relocated_workers: {
    unit: "people",
    additive: true,
    target: true,
    ranked: true,
    sql: "INTEGER",
    zh: { label: "易地搬迁劳动力就业人数", long: "易地搬迁劳动力就业人数（在报工厂最近一期报表）" },
    en: {
      label: "Relocated workers",
      long: "Relocated workers (headcount in the current reports)",
    },
  },
  output_12m: {
    unit: "yuan",
    additive: true,
    target: true,
    ranked: true,
    sql: "DOUBLE",
    zh: { label: "近12个月产值", long: "截至当月末的近12个月产值" },
    en: { label: "Output, last 12 months", long: "Output over the 12 months ending at the date" },
  },
  wages_12m: {
    unit: "yuan",
    additive: true,
    target: true,
    ranked: true,
    sql: "DOUBLE",
    zh: { label: "近12个月工资总额", long: "截至当月末的近12个月工资总额" },
    en: {
      label: "Wages paid, last 12 months",
      long: "Wages paid over the 12 months ending at the date",
    },
  },
  new_factories: {
    unit: "factories",
    additive: true,
    target: false,
    ranked: true,
    sql: "INTEGER",
    zh: { label: "本年新投产工厂数", long: "本年1月1日至当日新投产的工厂数" },
    en: {
      label: "Factories opened this year",
      long: "Factories opened from 1 January of the year up to the date",
    },
  },
  not_reporting: {
    unit: "factories",
    additive: true,
    target: false,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "停报工厂数", long: "停报工厂数（报送过报表，但近3个月内没有）" },
    en: {
      label: "Factories that stopped reporting",
      long: "Known factories without a report in the last 3 months",
    },
  },
  base_province: {
    unit: "factories",
    additive: true,
    target: false,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "省级就业扶贫基地数", long: "在报的省级就业扶贫基地数" },
    en: {
      label: "Province-level employment bases",
      long: "Reporting province-level employment bases",
    },
  },
  base_city: {
    unit: "factories",
    additive: true,
    target: false,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "市级就业扶贫基地数", long: "在报的市级就业扶贫基地数" },
    en: { label: "City-level employment bases", long: "Reporting city-level employment bases" },
  },
  base_county: {
    unit: "factories",
    additive: true,
    target: false,
    ranked: false,
    sql: "INTEGER",
    zh: { label: "县级就业扶贫基地数", long: "在报的县级就业扶贫基地数" },
    en: { label: "County-level employment bases", long: "Reporting county-level employment bases" },
  },
} as const satisfies Record<string, MetricFacts>;

type Registry = typeof METRIC_REGISTRY;

/** Every figure of the engine. */
export type FigureMetric = keyof Registry;

/** The figures a county target can name. */
export type TargetMetric = {
  [K in FigureMetric]: Registry[K]["target"] extends true ? K : never;
}[FigureMetric];

/** The figures a town can be scored on. */
export type RankedMetric = {
  [K in FigureMetric]: Registry[K]["ranked"] extends true ? K : never;
}[FigureMetric];
