import type { FactoryChangeRow } from "../sql/factory-changes-sql";

/**
 * What happened to a factory between the base month end and D, in the house terms:
 * - `new`: active at D, no report at all by the base month (its first report);
 * - `stopped` (停报): active at the base month, not at D;
 * - `back` (复报): active at D, not at the base month, but it had reported before (back after a gap);
 * - `continuing`: active at both; `silent`: active at neither.
 * So factories(D) − factories(base) = new + back − stopped.
 */
export type FactoryEvent = "new" | "stopped" | "back" | "continuing" | "silent";

export interface FactoryChange {
  row: FactoryChangeRow;
  event: FactoryEvent;
  /** The factory's jobs counted at D and at the base (0 when it is not active there). */
  jobsNow: number;
  jobsBefore: number;
  /** jobsNow − jobsBefore: its part of the change in the jobs figure. */
  jobsDelta: number;
}

export function factoryEvent(row: FactoryChangeRow): FactoryEvent {
  if (row.active_now && row.active_before) return "continuing";
  if (row.active_before) return "stopped";
  if (!row.active_now) return "silent";
  return row.reported_before ? "back" : "new";
}

export function factoryChange(row: FactoryChangeRow): FactoryChange {
  const jobsNow = row.active_now ? row.jobs_now : 0;
  const jobsBefore = row.active_before ? (row.jobs_before ?? 0) : 0;
  return { row, event: factoryEvent(row), jobsNow, jobsBefore, jobsDelta: jobsNow - jobsBefore };
}

/**
 * The biggest movers in jobs among factories active at both months (new, stopped and returning factories
 * are listed on their own): up to `n` rises, largest first, and `n` falls, largest fall first.
 */
export function jobMovers(
  changes: readonly FactoryChange[],
  n: number,
): { up: FactoryChange[]; down: FactoryChange[] } {
  const continuing = changes.filter((c) => c.event === "continuing" && c.jobsDelta !== 0);
  const byId = (a: FactoryChange, b: FactoryChange) =>
    a.row.factory_id < b.row.factory_id ? -1 : a.row.factory_id > b.row.factory_id ? 1 : 0;
  const up = continuing
    .filter((c) => c.jobsDelta > 0)
    .sort((a, b) => b.jobsDelta - a.jobsDelta || byId(a, b))
    .slice(0, n);
  const down = continuing
    .filter((c) => c.jobsDelta < 0)
    .sort((a, b) => a.jobsDelta - b.jobsDelta || byId(a, b))
    .slice(0, n);
  return { up, down };
}
