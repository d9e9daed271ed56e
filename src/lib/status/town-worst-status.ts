import type { TargetResult } from "../figures/evaluate-target";
import { STATUS_RULES } from "../reference/bundled-reference";
import { HEADLINE_SEVERITY, targetHeadline, type HeadlineStatus } from "./headline-status";

/** A town's status over all its tasks: the worst one, and the task it comes from. */
export interface TownWorstStatus {
  status: HeadlineStatus;
  target: TargetResult;
  /** How many of the town's tasks share that worst status. */
  count: number;
}

/**
 * The worst headline status among a town's tasks (missed, then off track, at risk, on track, met), with
 * the task it comes from; the earliest year first, then the task order given. Null without a task.
 */
export function townWorstStatus(
  targets: readonly TargetResult[],
  townId: string,
): TownWorstStatus | null {
  const own = targets
    .filter((t) => t.scope === "town" && t.town_id === townId)
    .map((target) => ({ target, status: targetHeadline(target, STATUS_RULES).status }));
  if (own.length === 0) return null;
  const worst = own.reduce((a, b) =>
    HEADLINE_SEVERITY[b.status] < HEADLINE_SEVERITY[a.status] ||
    (HEADLINE_SEVERITY[b.status] === HEADLINE_SEVERITY[a.status] &&
      (b.target.year ?? 0) < (a.target.year ?? 0))
      ? b
      : a,
  );
  return {
    ...worst,
    count: own.filter((o) => o.status === worst.status).length,
  };
}
