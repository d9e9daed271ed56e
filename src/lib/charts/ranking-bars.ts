import * as Plot from "@observablehq/plot";
import { LIST_SEPARATOR, type Lang, pickLabel, nameWithChinese } from "../i18n/lang";
import type { TownScore } from "../figures/rank-towns";
import type { ScoringIndicator, ScoringIndicatorSpec } from "../reference/scoring-schema";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CATEGORY_FILLS, CHART_FONT, CHART_PALETTE, textOn } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { legendHeight, legendMark, type LegendItem } from "./legend";
import { maxTextWidth } from "./text-width";

export interface RankingBarsData {
  /** rankTowns(...) output, best first. */
  towns: readonly TownScore[];
  /** scoring.indicators from data/reference/scoring.json: the stack order and the legend's names. */
  indicators: readonly Pick<ScoringIndicatorSpec, "indicator" | "label" | "label_en">[];
  /** English town names by town_id, for English pages. */
  townNamesEn?: Readonly<Record<string, string>>;
}

/** The highest possible score (rank-towns.ts scales points to 100). */
const MAX_SCORE = 100;
const X_TICK_SPACING = 70;
/** Narrower segments carry no number: it would not fit. */
const MIN_LABELLED_SEGMENT = 24;
const TICK_ROOM = 16;

const indicatorName = (spec: RankingBarsData["indicators"][number], lang: Lang) =>
  pickLabel(spec, lang);

/** `2= 城关镇`: the rank, `=` when tied, and the name (Chinese, English beside it on English pages). */
function rankLabel(town: TownScore, data: RankingBarsData, lang: Lang): string {
  const tie = town.tied_with.length > 0 ? "=" : "";
  return `${town.rank}${tie} ${nameWithChinese(town.town_name, data.townNamesEn?.[town.town_id], lang)}`;
}

const fillFor = (data: RankingBarsData) => {
  const fills = new Map(
    data.indicators.map((spec, i) => [
      spec.indicator,
      CATEGORY_FILLS[i % CATEGORY_FILLS.length] ?? CHART_PALETTE.grey,
    ]),
  );
  return (indicator: ScoringIndicator) => fills.get(indicator) ?? CHART_PALETTE.grey;
};

/**
 * The assessment ranking: each town's score (0–100) as a horizontal bar stacked by what each indicator
 * contributes, best rank on top, the score written at the end of the bar.
 */
export function rankingBars(data: RankingBarsData, options: ChartOptions): SVGSVGElement {
  const { width, height, lang } = options;
  const font = CHART_FONT.size;
  const fill = fillFor(data);
  const towns = data.towns.toSorted((a, b) => a.rank - b.rank);
  const names = new Map(towns.map((t) => [t.town_id, rankLabel(t, data, lang)]));
  const order = data.indicators.map((spec) => spec.indicator);
  const segments = towns.flatMap((t) =>
    t.breakdown
      .filter((c) => c.points > 0)
      .map((c) => ({ town_id: t.town_id, indicator: c.indicator, points: c.points })),
  );
  const legend: LegendItem[] = data.indicators.map((spec) => ({
    kind: "swatch",
    label: indicatorName(spec, lang),
    fill: fill(spec.indicator),
  }));
  const marginTop = 4 + legendHeight(legend, width - 8, font) + 8;
  const marginLeft = maxTextWidth([...names.values()], font) + TICK_ROOM;
  const marginRight = maxTextWidth(["100.0"], font) + 12;
  const pxPerPoint = (width - marginLeft - marginRight) / MAX_SCORE;
  const tickCount = Math.max(2, Math.floor((width - marginLeft - marginRight) / X_TICK_SPACING));
  const step = [10, 20, 25, 50].find((s) => MAX_SCORE / s <= tickCount) ?? 50;

  const svg = plotSvg(
    Plot.plot({
      ...documentOption(options),
      width,
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom: 24,
      x: {
        domain: [0, MAX_SCORE],
        ticks: Array.from({ length: MAX_SCORE / step + 1 }, (_, i) => i * step),
        grid: true,
        label: null,
      },
      y: {
        domain: towns.map((t) => t.town_id),
        tickFormat: (id: string) => names.get(id) ?? id,
        tickSize: 0,
        padding: 0.2,
        label: null,
      },
      marks: [
        Plot.barX(
          segments,
          Plot.stackX({
            x: "points",
            y: "town_id",
            fill: (d: (typeof segments)[number]) => fill(d.indicator),
            order: (d: (typeof segments)[number]) => order.indexOf(d.indicator),
            stroke: CHART_PALETTE.background,
            strokeWidth: 1,
          }),
        ),
        Plot.text(
          segments,
          Plot.stackX({
            x: "points",
            y: "town_id",
            order: (d: (typeof segments)[number]) => order.indexOf(d.indicator),
            text: (d: (typeof segments)[number]) =>
              d.points * pxPerPoint >= MIN_LABELLED_SEGMENT ? d.points.toFixed(0) : "",
            fill: (d: (typeof segments)[number]) => textOn(fill(d.indicator)),
            fontSize: CHART_FONT.smallSize,
          }),
        ),
        Plot.ruleX([0]),
        Plot.text(towns, {
          x: "score",
          y: "town_id",
          text: (t: TownScore) => t.score.toFixed(1),
          textAnchor: "start",
          dx: 5,
          fontSize: font,
          fontWeight: "bold",
        }),
        legendMark(legend, { left: 4, top: 4, width: width - 8, fontSize: font }),
      ],
    }),
  );
  svg.setAttribute("font-size", String(font));
  svg.setAttribute("font-family", CHART_FONT.family);
  return svg;
}

/** The ranking as a table: rank, town, score, each indicator's points, ties and the change of rank. */
export function rankingTable(data: RankingBarsData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  const towns = data.towns.toSorted((a, b) => a.rank - b.rank);
  const names = new Map(towns.map((t) => [t.town_id, t.town_name]));
  return {
    columns: [
      { key: "rank", label: s.rank, numeric: true },
      { key: "town", label: s.town, numeric: false },
      { key: "score", label: s.score, numeric: true },
      ...data.indicators.map((spec) => ({
        key: spec.indicator,
        label: indicatorName(spec, lang),
        numeric: true,
      })),
      { key: "rank_change", label: s.rankChange, numeric: true },
    ],
    rows: towns.map((t) => {
      const tied = t.tied_with.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR[lang]);
      return [
        numberCell(t.rank, tied ? s.tiedWith(t.rank, tied) : String(t.rank)),
        textCell(nameWithChinese(t.town_name, data.townNamesEn?.[t.town_id], lang)),
        numberCell(t.score, t.score.toFixed(1)),
        ...data.indicators.map((spec) => {
          const c = t.breakdown.find((b) => b.indicator === spec.indicator);
          return c ? numberCell(c.points, c.points.toFixed(1)) : textCell("");
        }),
        t.rank_change === null
          ? textCell("")
          : numberCell(
              t.rank_change,
              t.rank_change > 0
                ? `▲${t.rank_change}`
                : t.rank_change < 0
                  ? `▼${-t.rank_change}`
                  : "=",
            ),
      ];
    }),
  };
}
