import type { TargetResult } from "../figures/evaluate-target";
import type { FigureMetric } from "../figures/metrics";
import { addMonths, monthsBetween } from "../figures/month-end";
import type { TrendPoint } from "../figures/project-trend";
import { pathAnchors, targetPath } from "../figures/target-path";

/** A phasing milestone of data/reference/counties/*.json (`phasing.milestones`). */
export interface Milestone {
  date: string;
  share: number;
  label: string;
  label_en: string;
}

/** The fields of a target evaluated by figuresAsOf that the progress chart draws. */
export type ProgressTarget = Pick<
  TargetResult,
  | "target"
  | "deadline"
  | "baseline_date"
  | "baseline"
  | "as_of"
  | "value"
  | "path_status"
  | "projection"
>;

export interface ProgressChartData {
  metric: FigureMetric;
  /** The observed month-end values of the target's scope (figuresAsOf(...).series), oldest first. */
  series: readonly TrendPoint[];
  target: ProgressTarget;
  /** The county's phasing milestones; none for a per-year rule or a county without phasing. */
  milestones: readonly Milestone[];
}

/** A point of the target path, with the milestone it marks, if any. */
export interface PathPoint extends TrendPoint {
  milestone: Milestone | null;
}

/** What the progress chart shows, in data units only: the renderer turns it into pixels. */
export interface ProgressState {
  observed: TrendPoint[];
  path: PathPoint[];
  /** From the value at D to the value the trend reaches by the deadline; empty once it is past. */
  projection: TrendPoint[];
  asOf: TrendPoint;
  /** First and last month end on the time axis. */
  from: string;
  to: string;
  /** Top of the value axis before rounding; the projection is cut where it would pass it. */
  yMax: number;
}

/** How far above the larger of target and observed values the axis may reach for a projection. */
const PROJECTION_HEADROOM = 1.25;

export function progressState(data: ProgressChartData): ProgressState {
  const { target: t } = data;
  const anchors = pathAnchors(t.baseline_date, t.deadline, data.milestones);
  const path = anchors.map((a) => ({
    date: a.date,
    value: targetPath({ baseline: t.baseline, target: t.target, anchors, date: a.date }),
    milestone: data.milestones.find((m) => m.date === a.date) ?? null,
  }));
  const observed = data.series.filter((p) => p.date <= t.as_of);
  const highest = Math.max(t.target, t.value, ...observed.map((p) => p.value));
  const yMax = highest * PROJECTION_HEADROOM;
  const end = t.projection.value_at_deadline;
  const projection =
    end === null || t.as_of >= t.deadline
      ? []
      : [{ date: t.as_of, value: t.value }, cutProjection(t.as_of, t.value, t.deadline, end, yMax)];
  const dates = [...observed.map((p) => p.date), t.baseline_date, t.as_of, t.deadline];
  return {
    observed,
    path,
    projection,
    asOf: { date: t.as_of, value: t.value },
    from: dates.reduce((a, b) => (a < b ? a : b)),
    to: dates.reduce((a, b) => (a > b ? a : b)),
    yMax,
  };
}

/** The projection's end, moved back along the line to where it leaves [0, yMax]. */
function cutProjection(
  asOf: string,
  value: number,
  deadline: string,
  end: number,
  yMax: number,
): TrendPoint {
  const limit = end > yMax ? yMax : end < 0 ? 0 : null;
  if (limit === null) return { date: deadline, value: end };
  const share = (limit - value) / (end - value);
  const months = Math.floor(monthsBetween(asOf, deadline) * share);
  const date = addMonths(asOf, months);
  const at = value + ((end - value) * monthsBetween(asOf, date)) / monthsBetween(asOf, deadline);
  return { date, value: at };
}

/** The value on the projection line at `date` (between D and the deadline), else null. */
export function projectionAt(state: ProgressState, date: string): number | null {
  const [a, b] = state.projection;
  if (!a || !b || date < a.date || date > b.date) return null;
  const span = monthsBetween(a.date, b.date);
  return span === 0
    ? a.value
    : a.value + ((b.value - a.value) * monthsBetween(a.date, date)) / span;
}

/** The value expected on the target path at `date` (the engine's own targetPath). */
export function expectedAt(data: ProgressChartData, date: string): number {
  const t = data.target;
  const anchors = pathAnchors(t.baseline_date, t.deadline, data.milestones);
  return targetPath({ baseline: t.baseline, target: t.target, anchors, date });
}
