import { type Lang, inLang } from "../i18n/lang";
import {
  METRIC_REGISTRY,
  type FigureMetric,
  type MetricUnit,
  type MetricWords,
  type RankedMetric,
  type TargetMetric,
} from "./registry";

/** Every figure, in the registry's order (the order of FIGURES_SQL's columns). */
// Object.keys types its result as string[]; the registry's keys are exactly FigureMetric.
export const FIGURE_METRICS = Object.keys(METRIC_REGISTRY) as readonly FigureMetric[];

export const isFigureMetric = (m: string): m is FigureMetric => Object.hasOwn(METRIC_REGISTRY, m);

/** The figures a county target can name (the reference schema's enum). */
export const TARGET_METRICS: readonly TargetMetric[] = FIGURE_METRICS.filter(
  (m): m is TargetMetric => METRIC_REGISTRY[m].target,
);

export const isTargetMetric = (m: string): m is TargetMetric =>
  isFigureMetric(m) && METRIC_REGISTRY[m].target;

/** The figures a town can be scored on (the scoring schema adds reporting completeness). */
export const RANKED_METRICS: readonly RankedMetric[] = FIGURE_METRICS.filter(
  (m): m is RankedMetric => METRIC_REGISTRY[m].ranked,
);

/** Figures where county = Σ towns holds by definition (checked by a property test). */
export const ADDITIVE_METRICS: readonly FigureMetric[] = FIGURE_METRICS.filter(
  (m) => METRIC_REGISTRY[m].additive,
);

/** A record with one entry per figure, made by `f`: the way to build a per-metric table that cannot miss one. */
export function byMetric<T>(f: (metric: FigureMetric) => T): Record<FigureMetric, T> {
  // Object.fromEntries types its keys as string; FIGURE_METRICS holds every key exactly once.
  return Object.fromEntries(FIGURE_METRICS.map((m) => [m, f(m)])) as Record<FigureMetric, T>;
}

/** What each figure counts. */
export const METRIC_UNIT: Record<FigureMetric, MetricUnit> = byMetric(
  (m) => METRIC_REGISTRY[m].unit,
);

/** A figure's words in the page's language. */
export const metricWords = (metric: FigureMetric, lang: Lang): MetricWords =>
  inLang<MetricWords>(METRIC_REGISTRY[metric], lang);
