import { strings } from "../../i18n/strings";
import { inLang, type Lang } from "../i18n/lang";
import { METRIC_LABELS, type FigureMetric } from "../figures/metrics";
import { formatNumber } from "../format/format-number";

type Unit = "factories" | "people" | "yuan";

/** What each figure counts (DATA-CONTRACT §5), for the unit beside its numbers. */
const METRIC_UNIT: Record<FigureMetric, Unit> = {
  factories: "factories",
  certified: "factories",
  leading: "factories",
  jobs: "people",
  poor_workers: "people",
  relocated_workers: "people",
  output_12m: "yuan",
  wages_12m: "yuan",
  new_factories: "factories",
  not_reporting: "factories",
  base_province: "factories",
  base_city: "factories",
  base_county: "factories",
};

/** The metric's short name from the site dictionary, or its sentence from METRIC_LABELS. */
export function metricName(metric: FigureMetric, lang: Lang): string {
  const short: Partial<Record<FigureMetric, string>> = strings(lang).metric;
  return short[metric] ?? inLang(METRIC_LABELS[metric], lang);
}

/** `用工人数（人）` / `Jobs (people)`: the axis title. */
export function metricTitle(metric: FigureMetric, lang: Lang): string {
  const unit = strings(lang).unit[METRIC_UNIT[metric]];
  return lang === "zh-CN"
    ? `${metricName(metric, lang)}（${unit}）`
    : `${metricName(metric, lang)} (${unit})`;
}

/** English units for exactly one: "1 factory", "1 person" (Chinese units have no plural). */
const ENGLISH_SINGULAR: Record<Unit, string> = {
  factories: "factory",
  people: "person",
  yuan: "yuan",
};

/** A value with its unit: `1,000人`, `1.2亿元`, `1,000 people`, `1 factory`. */
export function formatValue(value: number, metric: FigureMetric, lang: Lang): string {
  const rounded = Math.round(value);
  const unit =
    lang === "en" && rounded === 1
      ? ENGLISH_SINGULAR[METRIC_UNIT[metric]]
      : strings(lang).unit[METRIC_UNIT[metric]];
  const number = formatNumber(rounded, lang);
  return lang === "zh-CN" ? `${number}${unit}` : `${number} ${unit}`;
}

/** A value alone, rounded to a whole number: axis ticks and labels where the unit is said once. */
export const formatCount = (value: number, lang: Lang): string =>
  formatNumber(Math.round(value), lang);
