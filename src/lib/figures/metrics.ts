import { byMetric } from "../metrics/metric-lists";
import { METRIC_REGISTRY, type FigureMetric } from "../metrics/registry";

// The figures' facts live in the metric registry (src/lib/metrics/registry.ts); these names stay for the
// engine's modules that import them from here.
export { ADDITIVE_METRICS, FIGURE_METRICS } from "../metrics/metric-lists";
export type { FigureMetric } from "../metrics/registry";

/** One line per metric, zh and en, for tables and the methodology page. */
export const METRIC_LABELS: Record<FigureMetric, { zh: string; en: string }> = byMetric((m) => ({
  zh: METRIC_REGISTRY[m].zh.long,
  en: METRIC_REGISTRY[m].en.long,
}));
