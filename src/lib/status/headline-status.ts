import type { TargetResult } from "../figures/evaluate-target";
import { addMonths } from "../figures/month-end";
import type { PaceStatus } from "../figures/pace-status";
import type { StatusRules } from "./status-rules";

/**
 * The one verdict a target gets. Before the deadline: on track / at risk / off track (green, yellow, red);
 * on and after it: met / missed by the value on the deadline.
 */
export const HEADLINE_STATUSES = ["on_track", "at_risk", "off_track", "met", "missed"] as const;
export type HeadlineStatus = (typeof HEADLINE_STATUSES)[number];

/** Worst first: how the towns index picks a town's status over all its tasks. */
export const HEADLINE_SEVERITY: Record<HeadlineStatus, number> = {
  missed: 0,
  off_track: 1,
  at_risk: 2,
  on_track: 3,
  met: 4,
};

export interface HeadlineInput {
  value: number;
  target: number;
  /** The value expected on the target path at D. */
  expected: number;
  asOf: string;
  deadline: string;
  /** The value on the deadline once D is on or after it. */
  valueAtDeadline: number | null;
  /** Null for per-year tasks (no 12-month growth). */
  pace: PaceStatus | null;
}

export interface HeadlineResult {
  status: HeadlineStatus;
  /** Percentage points of the target the value is behind the path (0 when on or above it). */
  points_behind: number;
  /** Whether the pace lowered the status one step. */
  downgraded: boolean;
}

const STEP_DOWN: Partial<Record<HeadlineStatus, HeadlineStatus>> = {
  on_track: "at_risk",
  at_risk: "off_track",
};

/**
 * One rule: after the deadline, met or missed by the value on the deadline. Before it, the points behind
 * the planned path ((expected − value) ÷ target × 100) give green, yellow or red by the thresholds in
 * status.json (Yinchuan's 红黄绿灯: yellow 10–30 points behind); a pace in `downgrade_paces` lowers it one
 * step. A target already reached before its deadline is on track whatever the pace. The site passes
 * STATUS_RULES (bundled-reference.ts), `npm run figures` the rules it read (read-reference.ts).
 */
export function headlineStatus(input: HeadlineInput, rules: StatusRules): HeadlineResult {
  if (input.asOf >= input.deadline) {
    const atDeadline = input.valueAtDeadline ?? input.value;
    return {
      status: atDeadline >= input.target ? "met" : "missed",
      points_behind: 0,
      downgraded: false,
    };
  }
  const gap = input.target > 0 ? ((input.expected - input.value) / input.target) * 100 : 0;
  // Rounded so that 10.0000001 (float noise) is 10, inside the band it is shown in.
  const points_behind = Math.max(0, Number(gap.toFixed(6)));
  if (input.value >= input.target) return { status: "on_track", points_behind, downgraded: false };
  const band: HeadlineStatus =
    points_behind <= rules.green_max_points_behind
      ? "on_track"
      : points_behind <= rules.yellow_max_points_behind
        ? "at_risk"
        : "off_track";
  const lower = input.pace !== null && rules.downgrade_paces.includes(input.pace);
  const status = lower ? (STEP_DOWN[band] ?? band) : band;
  return { status, points_behind, downgraded: status !== band };
}

/** The headline status of an evaluated target. */
export const targetHeadline = (t: TargetResult, rules: StatusRules) =>
  headlineStatus(
    {
      value: t.value,
      target: t.target,
      expected: t.expected,
      asOf: t.as_of,
      deadline: t.deadline,
      valueAtDeadline: t.value_at_deadline,
      pace: t.pace?.status ?? null,
    },
    rules,
  );

/** How the trend projection is put into words: reached, a month, beyond the horizon, or not at this pace. */
export type ProjectionPhrase =
  | { kind: "reached" }
  | { kind: "month"; on: string }
  | { kind: "beyond_horizon"; years: number }
  | { kind: "not_at_this_pace" };

/**
 * A projected date more than `projection_horizon_years` after D is not shown as a date ("2046年5月" reads
 * as a promise): it says the target is hard to reach within that many years at the current trend.
 */
export function projectionPhrase(
  reachesOn: string | null,
  asOf: string,
  alreadyReached: boolean,
  rules: StatusRules,
): ProjectionPhrase {
  if (alreadyReached) return { kind: "reached" };
  if (reachesOn === null) return { kind: "not_at_this_pace" };
  const horizon = addMonths(asOf, Math.round(rules.projection_horizon_years * 12));
  if (reachesOn > horizon) return { kind: "beyond_horizon", years: rules.projection_horizon_years };
  return { kind: "month", on: reachesOn };
}
