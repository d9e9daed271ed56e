import type {
  Normalization,
  NoTaskRule,
  Scoring,
  ScoringIndicator,
} from "../reference/scoring-schema";

/** One town's indicator values for one period (year), with its tasks where the indicator is scored on them. */
export interface TownIndicators {
  town_id: string;
  town_name: string;
  /** Null when the figure has no value (e.g. reporting completeness with no period due): scored 0. */
  values: Partial<Record<ScoringIndicator, number | null>>;
  /** The town's task per indicator for the period, where it has one. */
  tasks: Partial<Record<ScoringIndicator, number>>;
}

export interface ScoreComponent {
  indicator: ScoringIndicator;
  value: number | null;
  task: number | null;
  /**
   * The normalization applied: a `task` indicator for a town without a task that year follows the
   * no_task rule (share_of_max; `full` for full points; `excluded` when left out and the rest scaled up).
   */
  normalization: Normalization | "full" | "excluded";
  /** The value on a 0–1 scale. */
  normalized: number;
  weight: number;
  /** normalized × weight ÷ Σ weights × 100: this indicator's part of the score. */
  points: number;
}

export interface TownScore {
  town_id: string;
  town_name: string;
  /** 0–100. */
  score: number;
  /** Standard competition ranking (1, 2, 2, 4): tied towns share a rank, the next rank is skipped. */
  rank: number;
  /** Other towns with the same score (rounded to 6 decimals), shown openly rather than broken arbitrarily. */
  tied_with: string[];
  /** Rank in the previous period, when there is one. */
  previous_rank: number | null;
  /** previous_rank − rank: positive when the town moved up. */
  rank_change: number | null;
  /** Why the rank changed, in one line's worth of data; null when it did not change or has no previous. */
  change_reason: ChangeReason | null;
  breakdown: ScoreComponent[];
}

/**
 * The indicator whose points moved most in the rank's direction against the previous period (null when
 * none did: the town's score moved the other way or not at all, and other towns moved past it).
 */
export interface ChangeReason {
  indicator: ScoringIndicator | null;
  points_delta: number | null;
  score_delta: number;
}

const SCORE_DECIMALS = 6;
const round = (n: number) => Number(n.toFixed(SCORE_DECIMALS));
/** Scores are shown at this many decimals unless scoring.json says otherwise; ranks follow what is shown. */
export const DEFAULT_SHOWN_DECIMALS = 1;
export const shownDecimals = (scoring: Scoring) => scoring.score_decimals ?? DEFAULT_SHOWN_DECIMALS;

function normalize(
  kind: Normalization,
  value: number,
  all: readonly number[],
  task: number | null,
  cap: number,
): number {
  const max = Math.max(0, ...all);
  const min = Math.min(...all);
  switch (kind) {
    case "task":
      return task !== null && task > 0 ? Math.min(value / task, cap) / cap : value > 0 ? 1 : 0;
    case "share_of_max":
      return max > 0 ? value / max : 0;
    case "min_max":
      return max > min ? (value - min) / (max - min) : 1;
    case "share":
      return Math.min(1, Math.max(0, value));
  }
}

/** Scores every town on the weighted indicators of `scoring` (data/reference/scoring.json), without ranks. */
function scoreAll(
  towns: readonly TownIndicators[],
  scoring: Scoring,
): Omit<TownScore, "rank" | "tied_with" | "previous_rank" | "rank_change" | "change_reason">[] {
  const noTask: NoTaskRule = scoring.no_task ?? "share_of_max";
  return towns.map((town) => {
    const parts = scoring.indicators.map((spec) => {
      const value = town.values[spec.indicator] ?? null;
      const task = town.tasks[spec.indicator] ?? null;
      const withoutTask = spec.normalization === "task" && task === null;
      const normalization: ScoreComponent["normalization"] = withoutTask
        ? noTask === "exclude"
          ? "excluded"
          : noTask
        : spec.normalization;
      const all = towns.map((t) => t.values[spec.indicator] ?? 0);
      const normalized =
        normalization === "excluded"
          ? 0
          : normalization === "full"
            ? 1
            : value === null
              ? 0
              : normalize(normalization, value, all, task, spec.cap ?? 1);
      return { spec, value, task, normalization, normalized };
    });
    // An excluded indicator's weight leaves the total, so the town's other points scale up to 100.
    const totalWeight = parts.reduce(
      (sum, p) => sum + (p.normalization === "excluded" ? 0 : p.spec.weight),
      0,
    );
    const breakdown = parts.map(
      ({ spec, value, task, normalization, normalized }): ScoreComponent => ({
        indicator: spec.indicator,
        value,
        task,
        normalization,
        normalized,
        weight: spec.weight,
        points: totalWeight > 0 ? (normalized * spec.weight * 100) / totalWeight : 0,
      }),
    );
    return {
      town_id: town.town_id,
      town_name: town.town_name,
      score: round(breakdown.reduce((s, c) => s + c.points, 0)),
      breakdown,
    };
  });
}

/** Ranks by the score at the precision shown: 47.84 and 47.76 both read 47.8, so they share a rank. */
function withRanks(
  scored: ReturnType<typeof scoreAll>,
  decimals: number,
): Omit<TownScore, "previous_rank" | "rank_change" | "change_reason">[] {
  const shown = (n: number) => Number(n.toFixed(decimals));
  return scored
    .map((town) => ({
      ...town,
      rank: 1 + scored.filter((o) => shown(o.score) > shown(town.score)).length,
      tied_with: scored
        .filter((o) => shown(o.score) === shown(town.score) && o.town_id !== town.town_id)
        .map((o) => o.town_id),
    }))
    .sort(
      (a, b) => a.rank - b.rank || (a.town_id < b.town_id ? -1 : a.town_id > b.town_id ? 1 : 0),
    );
}

function changeReason(
  now: ScoreComponent[],
  before: ScoreComponent[],
  scoreDelta: number,
  rankChange: number,
): ChangeReason | null {
  if (rankChange === 0) return null;
  const direction = Math.sign(rankChange);
  const deltas = now.map((c) => ({
    indicator: c.indicator,
    delta: c.points - (before.find((b) => b.indicator === c.indicator)?.points ?? 0),
  }));
  const inDirection = deltas
    .filter((d) => Math.sign(Number(d.delta.toFixed(6))) === direction)
    .toSorted((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const top = inDirection[0];
  return {
    indicator: top?.indicator ?? null,
    points_delta: top ? round(top.delta) : null,
    score_delta: round(scoreDelta),
  };
}

/**
 * The towns' assessment (考核) ranking for a period: each town's score broken down by indicator, its rank
 * (towns equal at the precision shown share a rank and are listed), and the change of rank against the
 * previous period when given, with the indicator that moved it most.
 */
export function rankTowns(
  current: readonly TownIndicators[],
  scoring: Scoring,
  previous?: readonly TownIndicators[],
): TownScore[] {
  const decimals = shownDecimals(scoring);
  const before =
    previous && previous.length > 0
      ? new Map(withRanks(scoreAll(previous, scoring), decimals).map((t) => [t.town_id, t]))
      : null;
  return withRanks(scoreAll(current, scoring), decimals).map((town) => {
    const prior = before?.get(town.town_id) ?? null;
    const previous_rank = prior?.rank ?? null;
    const rank_change = previous_rank === null ? null : previous_rank - town.rank;
    return {
      ...town,
      previous_rank,
      rank_change,
      change_reason:
        prior === null || rank_change === null
          ? null
          : changeReason(town.breakdown, prior.breakdown, town.score - prior.score, rank_change),
    };
  });
}
