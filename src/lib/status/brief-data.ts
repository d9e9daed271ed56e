import { changeOf } from "../changes/change-of";
import type { FigureRow } from "../figures/decode-rows";
import type { TargetResult } from "../figures/evaluate-target";
import type { FigureMetric } from "../figures/metrics";
import { addMonths } from "../figures/month-end";
import type { TownScore } from "../figures/rank-towns";

/** A county figure now, a month before and a year before (the brief's headline deltas). */
export interface MonthDelta {
  metric: FigureMetric;
  value: number;
  previous: number | null;
  delta: number | null;
  /** The same month end a year earlier, its change and relative change (null without data or base 0). */
  yearAgo: number | null;
  yearDelta: number | null;
  yearRelative: number | null;
}

/**
 * Each county target's figure at D against the month end before and the same month end a year earlier,
 * from the county's month-end series (FIGURES_SQL), by the changes page's rule (changeOf).
 */
export function monthDeltas(
  series: readonly FigureRow[],
  targets: readonly TargetResult[],
  asOf: string,
): MonthDelta[] {
  const at = (date: string) => series.find((r) => r.town_id === null && r.as_of === date);
  const now = at(asOf);
  const before = at(addMonths(asOf, -1));
  const yearBefore = at(addMonths(asOf, -12));
  const metrics = [...new Set(targets.filter((t) => t.scope === "county").map((t) => t.metric))];
  return metrics.map((metric) => {
    const value = now?.[metric] ?? 0;
    const previous = before ? before[metric] : null;
    const year = changeOf(value, yearBefore ? yearBefore[metric] : null);
    return {
      metric,
      value,
      previous,
      delta: previous === null ? null : value - previous,
      yearAgo: year.base,
      yearDelta: year.delta,
      yearRelative: year.relative,
    };
  });
}

/** The ranking's top and bottom `n` (fewer at the bottom when the county has fewer than 2n towns). */
export function rankingTopBottom(
  towns: readonly TownScore[],
  n: number,
): { top: TownScore[]; bottom: TownScore[] } {
  const top = towns.slice(0, n);
  const bottom = towns.slice(Math.max(n, towns.length - n));
  return { top, bottom };
}

/** What is still missing to meet a task: target − value (at the deadline once it is past), never below 0. */
export function taskGap(t: TargetResult): number {
  const value =
    t.value_at_deadline !== null && t.as_of >= t.deadline ? t.value_at_deadline : t.value;
  return Math.max(0, t.target - value);
}
