import { monthsBetween } from "./month-end";

/** Open SDG's progress categories (after Statistics Canada), plus `insufficient_data` when R has no value. */
export const PACE_STATUSES = [
  "achieved",
  "on_track",
  "acceleration_needed",
  "limited_progress",
  "deterioration",
  "insufficient_data",
] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

/** R ≥ on_track is on track; R ≥ acceleration_needed needs acceleration; R ≥ 0 is limited progress. */
export const PACE_THRESHOLDS = { on_track: 0.95, acceleration_needed: 0.6 } as const;

export interface PaceInput {
  /** The figure at the as-of date D. */
  value: number;
  /** The figure at D − 12 months. */
  valueYearAgo: number;
  target: number;
  asOf: string;
  deadline: string;
}

/** The inputs and intermediate results, published beside the status so anyone can redo the calculation. */
export interface PaceResult {
  status: PaceStatus;
  value: number;
  value_year_ago: number;
  target: number;
  /** (value / value_year_ago) − 1: the observed compound growth over the last 12 months, per year. */
  observed_growth: number | null;
  /** Years from D to the deadline (months / 12); 0 or less once the deadline is reached. */
  years_left: number;
  /** (target / value)^(1 / years_left) − 1; null when it cannot be reached in the time left (infinite). */
  required_growth: number | null;
  /** observed_growth / required_growth (0 when the required growth is infinite). */
  ratio: number | null;
  /** Why the status is `insufficient_data`, else null. */
  reason: string | null;
}

function classify(ratio: number): PaceStatus {
  if (ratio >= PACE_THRESHOLDS.on_track) return "on_track";
  if (ratio >= PACE_THRESHOLDS.acceleration_needed) return "acceleration_needed";
  if (ratio >= 0) return "limited_progress";
  return "deterioration";
}

/**
 * R = observed growth over the last 12 months ÷ growth needed from D to reach the target by the deadline.
 * `achieved` once the value reaches the target. Growth from zero has no compound rate: `insufficient_data`.
 */
export function paceStatus(input: PaceInput): PaceResult {
  const years_left = monthsBetween(input.asOf, input.deadline) / 12;
  const base = {
    value: input.value,
    value_year_ago: input.valueYearAgo,
    target: input.target,
    years_left,
  };
  let observed_growth: number | null;
  if (input.valueYearAgo > 0) observed_growth = input.value / input.valueYearAgo - 1;
  else observed_growth = input.value === 0 ? 0 : null;
  if (input.value >= input.target)
    return {
      ...base,
      status: "achieved",
      observed_growth,
      required_growth: 0,
      ratio: null,
      reason: null,
    };
  if (observed_growth === null)
    return {
      ...base,
      status: "insufficient_data",
      observed_growth,
      required_growth: null,
      ratio: null,
      reason: "zero 12 months ago: growth from zero has no compound rate",
    };
  const reachable = years_left > 0 && input.value > 0;
  const required_growth = reachable ? (input.target / input.value) ** (1 / years_left) - 1 : null;
  // No time left, or nothing to grow from: the required rate is infinite, so R is 0 (or negative growth stays negative).
  const ratio =
    required_growth === null
      ? observed_growth < 0
        ? -Infinity
        : 0
      : observed_growth / required_growth;
  return {
    ...base,
    status: classify(ratio),
    observed_growth,
    required_growth,
    ratio: Number.isFinite(ratio) ? ratio : null,
    reason: null,
  };
}
