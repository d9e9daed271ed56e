import type { SmallMultiplesData } from "../charts/small-multiples";
import type { FigureRow } from "../figures/decode-rows";
import type { TargetResult } from "../figures/evaluate-target";
import type { FigureMetric } from "../figures/metrics";
import type { PathStatus } from "../figures/path-status";
import type { TrendPoint } from "../figures/project-trend";
import type { County } from "../reference/schema";

/** One year of a per-town yearly rule (Pingli: ≥2 new factories a year): the count, the rule, the verdict. */
export interface YearlyRuleCell {
  year: number;
  target_id: string;
  value: number;
  target: number;
  status: PathStatus;
}

/** A town's row of the yearly-rule table: one cell per year of the rule, oldest first. */
export interface TownYearlyRule {
  town_id: string;
  metric: FigureMetric;
  years: YearlyRuleCell[];
}

/**
 * The per-year town rules of a county's evaluated targets, one row per town in the reference file's order
 * (towns without a rule left out). A year not yet begun at D is absent from the engine's targets.
 */
export function yearlyRuleRows(county: County, targets: readonly TargetResult[]): TownYearlyRule[] {
  return county.towns.flatMap((town) => {
    const own = targets
      .filter((t) => t.scope === "town" && t.town_id === town.town_id && t.year !== null)
      .toSorted((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const first = own[0];
    if (!first) return [];
    return [
      {
        town_id: town.town_id,
        metric: first.metric,
        years: own.map((t) => ({
          year: t.year ?? 0,
          target_id: t.target_id,
          value: t.value,
          target: t.target,
          status: t.path_status,
        })),
      },
    ];
  });
}

/** The years a county's yearly rule covers at D, for the table's columns. */
export function ruleYears(rows: readonly TownYearlyRule[]): number[] {
  return [...new Set(rows.flatMap((r) => r.years.map((y) => y.year)))].toSorted((a, b) => a - b);
}

/** A town's standing task for one figure (Hanyin's allocation), evaluated at D. */
export interface TownTask {
  target_id: string;
  metric: FigureMetric;
  value: number;
  target: number;
  share: number;
  status: PathStatus;
  provisional: boolean;
}

/**
 * A town's standing tasks (not the per-year rules), in the order the county lists its own targets, so the
 * town's table reads like the county's cards.
 */
export function townTasks(
  county: County,
  targets: readonly TargetResult[],
  townId: string,
): TownTask[] {
  const order: readonly string[] = county.targets.map((t) => t.metric);
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  return targets
    .filter((t) => t.scope === "town" && t.town_id === townId && t.year === null)
    .toSorted((a, b) => rank(a.metric) - rank(b.metric))
    .map((t) => ({
      target_id: t.target_id,
      metric: t.metric,
      value: t.value,
      target: t.target,
      share: t.share_of_target,
      status: t.path_status,
      provisional: t.target_status === "provisional",
    }));
}

/** One town's month-end values of a metric, oldest first. */
export function townSeries(
  series: readonly FigureRow[],
  townId: string,
  metric: FigureMetric,
): TrendPoint[] {
  return series
    .filter((r) => r.town_id === townId)
    .map((r) => ({ date: r.as_of, value: r[metric] }))
    .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The task a town has for a metric (its standing task), or null. */
export function taskFor(
  targets: readonly TargetResult[],
  townId: string,
  metric: FigureMetric,
): TargetResult | null {
  return (
    targets.find(
      (t) => t.scope === "town" && t.town_id === townId && t.year === null && t.metric === metric,
    ) ?? null
  );
}

/**
 * Small multiples of every town of the county for one metric: each town's series, its standing task for
 * that metric if it has one, and the status the town is shown with elsewhere (`status(town_id)`).
 */
export function townMultiplesData(
  county: County,
  series: readonly FigureRow[],
  targets: readonly TargetResult[],
  metric: FigureMetric,
  status: (townId: string) => PathStatus | null,
): SmallMultiplesData {
  return {
    metric,
    towns: county.towns.map((town) => ({
      town_id: town.town_id,
      town_name: town.name,
      town_name_en: town.name_en,
      series: townSeries(series, town.town_id, metric),
      task: taskFor(targets, town.town_id, metric)?.target ?? null,
      status: status(town.town_id),
    })),
  };
}
