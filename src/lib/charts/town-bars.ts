import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import { type Lang, pickLabelZhEn } from "../i18n/lang";
import type { FigureMetric } from "../figures/metrics";
import type { PathStatus } from "../figures/path-status";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CHART_FONT, CHART_PALETTE, statusStyle } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { legendHeight, legendMark, textAt, type LegendItem } from "./legend";
import { formatCount as wholeText } from "../format/format-count";
import { formatShare } from "../format/format-share";
import { formatCount, metricTitle, metricUnitWord, withUnit } from "./metric-label";
import { maxTextWidth } from "./text-width";
import { townLabel, type NamedTown } from "./town-name";

/** One town's value for the metric at D, its task, and its status against the task's path. */
export interface TownBar extends NamedTown {
  value: number;
  /** The town's task (or yearly rule) for this metric; null when it has none. */
  task: number | null;
  /** From figuresAsOf's town target result; null without a task. */
  status: PathStatus | null;
}

export interface TownBarsData {
  metric: FigureMetric;
  towns: readonly TownBar[];
}

const X_TICK_SPACING = 80;
const TICK_ROOM = 16;
const LABEL_GAP = 6;

/** Towns by share of their task, highest first; towns without a task after them, by value. */
export function sortTownBars(towns: readonly TownBar[]): TownBar[] {
  const share = (t: TownBar) => (t.task !== null && t.task > 0 ? t.value / t.task : -1);
  return towns.toSorted(
    (a, b) =>
      share(b) - share(a) ||
      b.value - a.value ||
      (a.town_id < b.town_id ? -1 : a.town_id > b.town_id ? 1 : 0),
  );
}

const statusName = (status: PathStatus | null, lang: Lang) => {
  const style = statusStyle(status);
  return pickLabelZhEn(style, lang);
};

/** `532 / 600 ◆ 有风险`: value, task and status in words, so the bar reads without its colour. */
function barLabel(town: TownBar, lang: Lang): string {
  const value = formatCount(town.value, lang);
  const task = town.task === null ? "" : ` / ${formatCount(town.task, lang)}`;
  return `${value}${task} ${statusStyle(town.status).glyph} ${statusName(town.status, lang)}`;
}

/**
 * Each town's value for one metric as a horizontal bar, its task as a black tick, coloured and labelled
 * with its status; sorted by share of the task.
 */
export function townBars(data: TownBarsData, options: ChartOptions): SVGSVGElement {
  const { width, height, lang } = options;
  const s = chartStrings(lang);
  const font = CHART_FONT.size;
  const towns = sortTownBars(data.towns);
  const names = new Map(towns.map((t) => [t.town_id, townLabel(t, lang)]));
  const labels = towns.map((t) => ({
    ...t,
    label: barLabel(t, lang),
    end: Math.max(t.value, t.task ?? 0),
  }));

  const present = [...new Set(towns.map((t) => t.status))];
  const legend: LegendItem[] = [
    ...present.map((status) => ({
      kind: "swatch" as const,
      label: `${statusStyle(status).glyph} ${statusName(status, lang)}`,
      fill: statusStyle(status).color,
    })),
    ...(towns.some((t) => t.task !== null)
      ? [{ kind: "tick" as const, label: s.task, stroke: CHART_PALETTE.black }]
      : []),
  ];
  const legendH = legendHeight(legend, width - 8, font);
  const title = metricTitle(data.metric, lang);
  const marginTop = 4 + legendH + 16 + 8;
  const marginLeft = maxTextWidth([...names.values()], font) + TICK_ROOM;
  const marginRight =
    maxTextWidth(
      labels.map((l) => l.label),
      font,
    ) +
    LABEL_GAP +
    4;
  const xMax = Math.max(1, ...labels.map((l) => l.end));
  const tickCount = Math.max(2, Math.round((width - marginLeft - marginRight) / X_TICK_SPACING));
  const xTicks = scaleLinear().domain([0, xMax]).ticks(tickCount);

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
        domain: [0, xMax],
        ticks: xTicks,
        tickFormat: (v: number) => formatCount(v, lang),
        grid: true,
        label: null,
      },
      y: {
        domain: towns.map((t) => t.town_id),
        tickFormat: (id: string) => names.get(id) ?? id,
        tickSize: 0,
        padding: 0.25,
        label: null,
      },
      marks: [
        Plot.barX(towns, {
          x: "value",
          y: "town_id",
          fill: (t: TownBar) => statusStyle(t.status).color,
        }),
        Plot.tickX(
          towns.filter((t) => t.task !== null),
          { x: "task", y: "town_id", stroke: CHART_PALETTE.background, strokeWidth: 5 },
        ),
        Plot.tickX(
          towns.filter((t) => t.task !== null),
          { x: "task", y: "town_id", stroke: CHART_PALETTE.black, strokeWidth: 2 },
        ),
        Plot.ruleX([0]),
        Plot.text(labels, {
          x: "end",
          y: "town_id",
          text: "label",
          textAnchor: "start",
          dx: LABEL_GAP,
          fontSize: font,
          fill: (t: TownBar) => statusStyle(t.status).color,
        }),
        legendMark(legend, { left: 4, top: 4, width: width - 8, fontSize: font }),
        textAt(title, { x: 4, y: 4 + legendH + 10, fontSize: font }),
      ],
    }),
  );
  svg.setAttribute("font-size", String(font));
  svg.setAttribute("font-family", CHART_FONT.family);
  return svg;
}

/** The bars as a table, in the same order: town, value, task, share of task, status. */
export function townBarsTable(data: TownBarsData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  return {
    columns: [
      { key: "town", label: s.town, numeric: false },
      { key: "value", label: metricTitle(data.metric, lang), numeric: true },
      {
        key: "task",
        label: withUnit(s.task, metricUnitWord(data.metric, lang), lang),
        numeric: true,
      },
      { key: "share", label: s.share, numeric: true },
      { key: "status", label: s.status, numeric: false },
    ],
    rows: sortTownBars(data.towns).map((t) => {
      const share = t.task !== null && t.task > 0 ? t.value / t.task : null;
      return [
        textCell(townLabel(t, lang)),
        numberCell(t.value, wholeText(t.value, lang)),
        t.task === null ? textCell(s.noTask) : numberCell(t.task, wholeText(t.task, lang)),
        share === null ? textCell("") : numberCell(share, formatShare(share, lang)),
        textCell(`${statusStyle(t.status).glyph} ${statusName(t.status, lang)}`),
      ];
    }),
  };
}
