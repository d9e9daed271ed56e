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
 * The factory with the highest figure for each showcase, in the order of SHOWCASE_KINDS, passing over a
 * factory an earlier showcase already shows: the factory with the most jobs is often also the one with
 * the most poor workers, and a press kit naming it twice shows two factories, not three. Ties go to the
 * smaller factory_id so the choice is the same on every build. A showcase is left out when no factory
 * not yet shown has a positive figure.
 */
export function pickShowcases(rows: readonly ShowcaseRow[]): Showcase[] {
  const picks: Showcase[] = [];
  const shown = new Set<string>();
  for (const kind of SHOWCASE_KINDS) {
    let best: Showcase | null = null;
    for (const factory of rows) {
      if (shown.has(factory.factory_id)) continue;
      const value = RANK_BY[kind](factory);
      if (value === null || value <= 0) continue;
      if (
        best === null ||
        value > best.value ||
        (value === best.value && factory.factory_id < best.factory.factory_id)
      )
        best = { kind, factory, value };
    }
    if (best) {
      picks.push(best);
      shown.add(best.factory.factory_id);
    }
  }
  return picks;
}
