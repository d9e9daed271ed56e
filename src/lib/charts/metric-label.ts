import { type Lang, PUNCTUATION } from "../i18n/lang";
import { formatCount as countText } from "../format/format-count";
import { formatMoney } from "../format/format-money";
import { formatNumber } from "../format/format-number";
import { METRIC_UNIT, metricWords } from "../metrics/metric-lists";
import type { FigureMetric, MetricUnit } from "../metrics/registry";

/** The unit words beside a count, per language (Chinese units have no plural). */
const UNIT_WORDS: Record<Lang, Record<MetricUnit, string>> = {
  "zh-CN": { factories: "家", people: "人", yuan: "元" },
  en: { factories: "factories", people: "people", yuan: "yuan" },
};

/** English units for exactly one: "1 factory", "1 person". */
// Chinese writes the measure word straight after the number; English spaces it and has a singular.
const WITH_UNIT: Record<Lang, (number: string, rounded: number, unit: MetricUnit) => string> = {
  "zh-CN": (number, _rounded, unit) => `${number}${UNIT_WORDS["zh-CN"][unit]}`,
  en: (number, rounded, unit) =>
    `${number} ${rounded === 1 ? ENGLISH_SINGULAR[unit] : UNIT_WORDS.en[unit]}`,
};

const ENGLISH_SINGULAR: Record<MetricUnit, string> = {
  factories: "factory",
  people: "person",
  yuan: "yuan",
};

/** The metric's short name from the metric registry: `吸纳就业人数`, `Jobs`. */
export function metricName(metric: FigureMetric, lang: Lang): string {
  return metricWords(metric, lang).label;
}

/** The unit word of a metric: `人`, `people`, `元`. */
export const metricUnitWord = (metric: FigureMetric, lang: Lang): string =>
  UNIT_WORDS[lang][METRIC_UNIT[metric]];

/** A column header or axis title with its unit: `实际（元）` / `Observed (yuan)`. */
export const withUnit = (label: string, unit: string, lang: Lang): string =>
  `${label}${PUNCTUATION[lang].aside(unit)}`;

/** `吸纳就业人数（人）` / `Jobs (people)`: the axis title or column header. */
export const metricTitle = (metric: FigureMetric, lang: Lang): string =>
  withUnit(metricName(metric, lang), metricUnitWord(metric, lang), lang);

/** People, for the headcount columns of charts that are not a metric's (a factory's jobs). */
export const peopleWord = (lang: Lang): string => UNIT_WORDS[lang].people;

/**
 * A value with its unit, as the house rules write it: counts whole with separators (`1,302人`,
 * `1,302 people`, `1 factory`), money in 万元/亿元 or RMB million/billion (`602.1万元`, `RMB 6.0 million`).
 */
export function formatValue(value: number, metric: FigureMetric, lang: Lang): string {
  const unit = METRIC_UNIT[metric];
  if (unit === "yuan") return formatMoney(value, lang);
  const rounded = Math.round(value);
  return WITH_UNIT[lang](countText(rounded, lang), rounded, unit);
}

/** A value alone, rounded to a whole number: axis ticks and labels inside charts where the unit is said once. */
export const formatCount = (value: number, lang: Lang): string =>
  formatNumber(Math.round(value), lang);
