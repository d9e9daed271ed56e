import type { ShowcaseRow } from "../sql/showcase-sql";

/** The three showcases of the press kit. */
export const SHOWCASE_KINDS = ["jobs", "poor_workers", "growth"] as const;
export type ShowcaseKind = (typeof SHOWCASE_KINDS)[number];

/** A factory shown for one reason, with the figure it is shown for. */
export interface Showcase {
  kind: ShowcaseKind;
  factory: ShowcaseRow;
  /** Jobs, poor workers, or jobs added over 12 months. */
  value: number;
}

/** What each showcase ranks by; null leaves a factory out (growth needs a report a year before). */
const RANK_BY: Record<ShowcaseKind, (row: ShowcaseRow) => number | null> = {
  jobs: (row) => row.jobs,
  poor_workers: (row) => row.poor_workers,
  growth: (row) => (row.jobs_year_ago === null ? null : row.jobs - row.jobs_year_ago),
};

/**
 * The factory with the highest figure for each showcase, ties going to the smaller factory_id so the
 * choice is the same on every build. A showcase is left out when no factory has a positive figure.
 */
export function pickShowcases(rows: readonly ShowcaseRow[]): Showcase[] {
  const picks: Showcase[] = [];
  for (const kind of SHOWCASE_KINDS) {
    let best: Showcase | null = null;
    for (const factory of rows) {
      const value = RANK_BY[kind](factory);
      if (value === null || value <= 0) continue;
      if (
        best === null ||
        value > best.value ||
        (value === best.value && factory.factory_id < best.factory.factory_id)
      )
        best = { kind, factory, value };
    }
    if (best) picks.push(best);
  }
  return picks;
}
