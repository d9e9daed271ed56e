/** Statuses against the target path; `met` / `missed` once the deadline is reached. */
export const PATH_STATUSES = ["ahead", "at_risk", "behind", "met", "missed"] as const;
export type PathStatus = (typeof PATH_STATUSES)[number];

/** A value at or above this share of the path's expected value is `at_risk`, below it `behind`. */
export const AT_RISK_SHARE = 0.85;

export interface PathStatusInput {
  value: number;
  /** The expected value on the target path at the as-of date. */
  expected: number;
  target: number;
  asOf: string;
  deadline: string;
  /** The figure at the deadline, used once the as-of date is on or after it. */
  valueAtDeadline: number;
}

/**
 * `ahead` at or above the path, `at_risk` at or above 85% of it, `behind` below; on or after the
 * deadline, `met` or `missed` by the value at the deadline.
 */
export function pathStatus(input: PathStatusInput): PathStatus {
  if (input.asOf >= input.deadline) return input.valueAtDeadline >= input.target ? "met" : "missed";
  if (input.value >= input.expected) return "ahead";
  if (input.value >= AT_RISK_SHARE * input.expected) return "at_risk";
  return "behind";
}
