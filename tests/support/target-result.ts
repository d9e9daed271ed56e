import type { TargetResult } from "../../src/lib/figures/evaluate-target";

/**
 * A target as figuresAsOf returns it, for tests of what is drawn from targets: a county's jobs target
 * before its deadline (at 5,681 of 6,000 on 2019-06-30, ahead of the path), without pace or projection.
 * A test sets what it is about in `over`.
 */
export function targetResult(over: Partial<TargetResult> = {}): TargetResult {
  return {
    target_id: "jobs",
    metric: "jobs",
    scope: "county",
    town_id: null,
    year: null,
    target_status: "official",
    as_of: "2019-06-30",
    value: 5681,
    target: 6000,
    share_of_target: 0.95,
    deadline: "2019-12-31",
    baseline_date: "2017-11-30",
    baseline: 0,
    expected: 5000,
    path_status: "ahead",
    value_at_deadline: null,
    pace: null,
    projection: {
      slope_per_month: 0,
      points_used: 0,
      value_at_deadline: null,
      reaches_target_on: null,
      by_deadline: null,
    },
    document_number: "",
    clause: "",
    quote: "",
    note: null,
    ...over,
  };
}

/** A town's task (Hanyin's provisional allocation): `targetResult` with the town scope. */
export const townTask = (townId: string, over: Partial<TargetResult> = {}): TargetResult =>
  targetResult({
    target_id: "t",
    scope: "town",
    town_id: townId,
    target_status: "provisional",
    ...over,
  });
