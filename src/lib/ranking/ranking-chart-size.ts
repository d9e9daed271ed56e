import { type Lang, pickLabel } from "../i18n/lang";
import type { RankingBarsData } from "../charts/ranking-bars";
import { CHART_FONT } from "../charts/chart-style";
import { legendHeight } from "../charts/legend";

/** Height of one town's bar with its gap, in pixels. */
const ROW = 28;
/** Room for the x axis below the bars. */
const AXIS = 24;

/**
 * The ranking-bars chart's height at a width: its legend (which wraps on narrow widths) above one row per
 * town, so every county's chart has bars of the same thickness.
 */
export function rankingBarsHeight(data: RankingBarsData, width: number, lang: Lang): number {
  const legend = data.indicators.map((spec) => ({
    kind: "swatch" as const,
    label: pickLabel(spec, lang),
    fill: "#000",
  }));
  return 4 + legendHeight(legend, width - 8, CHART_FONT.size) + 8 + data.towns.length * ROW + AXIS;
}
