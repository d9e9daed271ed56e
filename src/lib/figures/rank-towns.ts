import type { Normalization, Scoring, ScoringIndicator } from "../reference/scoring-schema";

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
  /** The normalization applied (a `task` indicator falls back to share_of_max for a town without a task). */
  normalization: Normalization;
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
  breakdown: ScoreComponent[];
}

const SCORE_DECIMALS = 6;
const round = (n: number) => Number(n.toFixed(SCORE_DECIMALS));

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
): Omit<TownScore, "rank" | "tied_with" | "previous_rank" | "rank_change">[] {
  const totalWeight = scoring.indicators.reduce((s, i) => s + i.weight, 0);
  return towns.map((town) => {
    const breakdown = scoring.indicators.map((spec): ScoreComponent => {
      const value = town.values[spec.indicator] ?? null;
      const task = town.tasks[spec.indicator] ?? null;
      const normalization =
        spec.normalization === "task" && task === null ? "share_of_max" : spec.normalization;
      const all = towns.map((t) => t.values[spec.indicator] ?? 0);
      const normalized =
        value === null ? 0 : normalize(normalization, value, all, task, spec.cap ?? 1);
      return {
        indicator: spec.indicator,
        value,
        task,
        normalization,
        normalized,
        weight: spec.weight,
        points: totalWeight > 0 ? (normalized * spec.weight * 100) / totalWeight : 0,
      };
    });
    return {
      town_id: town.town_id,
      town_name: town.town_name,
      score: round(breakdown.reduce((s, c) => s + c.points, 0)),
      breakdown,
    };
  });
}

function withRanks(
  scored: ReturnType<typeof scoreAll>,
): Omit<TownScore, "previous_rank" | "rank_change">[] {
  return scored
    .map((town) => ({
      ...town,
      rank: 1 + scored.filter((o) => o.score > town.score).length,
      tied_with: scored
        .filter((o) => o.score === town.score && o.town_id !== town.town_id)
        .map((o) => o.town_id),
    }))
    .sort(
      (a, b) => a.rank - b.rank || (a.town_id < b.town_id ? -1 : a.town_id > b.town_id ? 1 : 0),
    );
}

/**
 * The towns' assessment (考核) ranking for a period: each town's score broken down by indicator, its rank
 * (ties share a rank and are listed), and the change of rank against the previous period when given.
 */
export function rankTowns(
  current: readonly TownIndicators[],
  scoring: Scoring,
  previous?: readonly TownIndicators[],
): TownScore[] {
  const before =
    previous && previous.length > 0
      ? new Map(withRanks(scoreAll(previous, scoring)).map((t) => [t.town_id, t.rank]))
      : null;
  return withRanks(scoreAll(current, scoring)).map((town) => {
    const previous_rank = before?.get(town.town_id) ?? null;
    return {
      ...town,
      previous_rank,
      rank_change: previous_rank === null ? null : previous_rank - town.rank,
    };
  });
}
