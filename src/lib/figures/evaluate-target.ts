import type { Phasing } from "../reference/schema";
import type { FigureRow, TargetRow } from "./decode-rows";
import { isFigureMetric } from "../metrics/metric-lists";
import type { FigureMetric } from "./metrics";
import { addMonths, monthEndOnOrBefore, monthsBetween } from "./month-end";
import { paceStatus, type PaceResult } from "./pace-status";
import { pathStatus, type PathStatus } from "./path-status";
import { projectTrend, TREND_MONTHS, type Projection } from "./project-trend";
import { pathAnchors, targetPath } from "./target-path";

/** One target evaluated at D: value, target, the path, the statuses and the projection, with every input. */
export interface TargetResult {
  target_id: string;
  metric: FigureMetric;
  scope: "county" | "town";
  town_id: string | null;
  /** For per-year town rules, the year; else null. */
  year: number | null;
  /** `provisional` for a stand-in task (Hanyin's town allocation), `official` when a document states it. */
  target_status: "official" | "provisional";
  as_of: string;
  value: number;
  target: number;
  share_of_target: number;
  deadline: string;
  /** Where the path starts: the month end on or before the document's date (per-year rules: the year's start). */
  baseline_date: string;
  baseline: number;
  /** The value expected on the path at D. */
  expected: number;
  path_status: PathStatus;
  /** The figure at the deadline once D is on or after it, else null. */
  value_at_deadline: number | null;
  /** Null for per-year rules: a count that restarts every January has no 12-month growth. */
  pace: PaceResult | null;
  projection: Projection;
  document_number: string;
  clause: string;
  quote: string;
  note: string | null;
}

/** Looks up a metric's value for one scope row (town or whole scope) at a month end, 0 when absent. */
export type SeriesLookup = (metric: FigureMetric, date: string) => number;

export function seriesLookup(rows: readonly FigureRow[], townId: string | null): SeriesLookup {
  const byDate = new Map(rows.filter((r) => r.town_id === townId).map((r) => [r.as_of, r]));
  return (metric, date) => byDate.get(date)?.[metric] ?? 0;
}

/** The first month end the series must start at for this target to be evaluated at D. */
export function seriesStartFor(target: TargetRow, asOf: string, documentDate: string): string {
  const baseline =
    target.year !== null ? `${target.year - 1}-12-31` : monthEndOnOrBefore(documentDate);
  const yearAgo = addMonths(asOf, -TREND_MONTHS);
  return baseline < yearAgo ? baseline : yearAgo;
}

/**
 * Evaluates a target (a row of targets.parquet) at D from the month-end series of its scope. Stock
 * targets follow the document's phasing from its date; per-year town rules run straight from 1 January.
 */
export function evaluateTarget(
  target: TargetRow,
  asOf: string,
  at: SeriesLookup,
  context: { documentDate: string; phasing: Phasing | null },
): TargetResult | null {
  if (!isFigureMetric(target.metric)) return null;
  const metric = target.metric;
  const perYear = target.year !== null;
  const baseline_date =
    target.year !== null ? `${target.year - 1}-12-31` : monthEndOnOrBefore(context.documentDate);
  const deadline = target.deadline;
  const evaluatedAt = asOf < deadline ? asOf : deadline;
  const value = at(metric, asOf);
  const baseline = perYear ? 0 : at(metric, baseline_date);
  const anchors = pathAnchors(
    baseline_date,
    deadline,
    perYear ? [] : (context.phasing?.milestones ?? []),
  );
  const expected = targetPath({ baseline, target: target.value, anchors, date: asOf });
  // A per-year count is read at the end of its own year, not at a later D.
  const shown = perYear ? at(metric, evaluatedAt) : value;
  const value_at_deadline = asOf >= deadline ? at(metric, deadline) : null;
  const path_status = pathStatus({
    value: shown,
    expected,
    target: target.value,
    asOf,
    deadline,
    valueAtDeadline: value_at_deadline ?? shown,
  });
  let projection: Projection;
  let pace: PaceResult | null = null;
  if (perYear) {
    // The year-to-date rate (a straight line from 0 on 1 January) carried to 31 December.
    projection = projectTrend({
      points: [
        { date: baseline_date, value: 0 },
        { date: evaluatedAt, value: shown },
      ],
      asOf: evaluatedAt,
      deadline,
      target: target.value,
    });
    // The count restarts on 1 January: past the year's end the target is not reached at this pace.
    if (projection.by_deadline === false)
      projection = { ...projection, reaches_target_on: null, by_deadline: null };
  } else {
    const points = Array.from({ length: TREND_MONTHS + 1 }, (_, i) =>
      addMonths(asOf, i - TREND_MONTHS),
    ).map((date) => ({
      date,
      value: at(metric, date),
    }));
    projection = projectTrend({ points, asOf, deadline, target: target.value });
    pace = paceStatus({
      value,
      valueYearAgo: at(metric, addMonths(asOf, -12)),
      target: target.value,
      asOf,
      deadline,
    });
  }
  return {
    target_id: target.target_id,
    metric,
    scope: target.scope,
    town_id: target.town_id,
    year: target.year,
    target_status: target.status,
    as_of: asOf,
    value: shown,
    target: target.value,
    share_of_target: target.value > 0 ? shown / target.value : 0,
    deadline,
    baseline_date,
    baseline,
    expected,
    path_status,
    value_at_deadline,
    pace,
    projection,
    document_number: target.document_number,
    clause: target.clause,
    quote: target.quote,
    note: target.note,
  };
}

/** Months from D to the deadline (negative once it is past): for display beside a status. */
export const monthsToDeadline = (asOf: string, deadline: string) => monthsBetween(asOf, deadline);
