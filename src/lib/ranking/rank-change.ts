/** Which way a town moved since the previous year's ranking; `none` when it was not ranked then. */
export type RankMove = "up" | "down" | "same" | "none";

export interface RankChange {
  move: RankMove;
  /** Places moved (always ≥ 0); null when there is no previous rank. */
  places: number | null;
  /** What is printed: `↑2`, `↓1`, `–`, or empty without a previous rank. */
  glyph: string;
}

/** `rank_change` of rank-towns.ts (previous rank − rank, positive when the town moved up) for display. */
export function rankChange(change: number | null): RankChange {
  if (change === null) return { move: "none", places: null, glyph: "" };
  if (change > 0) return { move: "up", places: change, glyph: `↑${change}` };
  if (change < 0) return { move: "down", places: -change, glyph: `↓${-change}` };
  return { move: "same", places: 0, glyph: "–" };
}
