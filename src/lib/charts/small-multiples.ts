import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { Lang } from "../i18n/lang";
import type { FigureMetric } from "../figures/metrics";
import type { PathStatus } from "../figures/path-status";
import type { TrendPoint } from "../figures/project-trend";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CHART_FONT, CHART_PALETTE, statusStyle } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { textAt } from "./legend";
import { formatCount, metricTitle } from "./metric-label";
import { maxTextWidth, textWidth } from "./text-width";
import { formatMonth, formatYear, utcDate } from "./time-axis";
import { townLabel, type NamedTown } from "./town-name";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One town's month-end series for the metric, its task and its status. */
export interface TownSeries extends NamedTown {
  series: readonly TrendPoint[];
  task: number | null;
  status: PathStatus | null;
}

export interface SmallMultiplesData {
  metric: FigureMetric;
  towns: readonly TownSeries[];
}

export interface SmallMultiplesOptions extends ChartOptions {
  /** One value axis for every town (compare sizes), or each its own (compare shapes). Default true. */
  sharedY?: boolean;
  /** Columns of the grid; by default as many cells of MIN_CELL_WIDTH as fit. */
  columns?: number;
}

const MIN_CELL_WIDTH = 150;
const TITLE_ROW = 22;
const HEADER = 20;
const X_LABEL_ROW = 16;
const CELL_GAP = 10;
/** Class of each cell's <svg>, distinct from Plot's default so its page-wide CSS never sizes the cells. */
const CELL_CLASS = "town-cell";

/** The grid's columns and rows for `count` towns at this width. */
export function gridShape(count: number, width: number, columns?: number) {
  const cols = Math.max(1, Math.min(count, columns ?? Math.floor(width / MIN_CELL_WIDTH)));
  return { cols, rows: Math.max(1, Math.ceil(count / cols)) };
}

function niceTop(max: number): number {
  return (
    scaleLinear()
      .domain([0, Math.max(1, max)])
      .nice(3)
      .domain()[1] ?? max
  );
}

/** The top of a town's value axis: shared across towns, or its own. */
function yTop(town: TownSeries, all: readonly TownSeries[], shared: boolean): number {
  const top = (t: TownSeries) => Math.max(t.task ?? 0, ...t.series.map((p) => p.value));
  return niceTop(shared ? Math.max(...all.map(top)) : top(town));
}

/**
 * A grid of small line charts, one per town, for one metric: the town's series in its status colour and
 * dash, its task as a grey dashed rule. Each cell is its own Plot (nested <svg>), so the value axes can
 * be shared or independent.
 */
export function smallMultiples(
  data: SmallMultiplesData,
  options: SmallMultiplesOptions,
): SVGSVGElement {
  const { width, height, lang } = options;
  const document = options.document ?? globalThis.document;
  const font = CHART_FONT.smallSize;
  const shared = options.sharedY ?? true;
  const { cols, rows } = gridShape(data.towns.length, width, options.columns);
  const cellWidth = (width - CELL_GAP * (cols - 1)) / cols;
  const cellHeight = (height - HEADER - CELL_GAP * (rows - 1)) / rows;
  const dates = data.towns.flatMap((t) => t.series.map((p) => p.date)).toSorted();
  const from = dates[0] ?? "2000-01-31";
  const to = dates.at(-1) ?? from;
  const tops = data.towns.map((t) => yTop(t, data.towns, shared));
  const marginLeft =
    maxTextWidth(
      tops.map((v) => formatCount(v, lang)),
      font,
    ) + 8;

  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.setAttribute("font-size", String(font));
  root.setAttribute("font-family", CHART_FONT.family);
  root.setAttribute("style", "display:block;height:auto;max-width:100%");
  const title = document.createElementNS(SVG_NS, "text");
  title.setAttribute("x", "0");
  title.setAttribute("y", String(HEADER / 2));
  title.setAttribute("dy", "0.35em");
  title.setAttribute("font-size", String(CHART_FONT.size));
  title.textContent = `${metricTitle(data.metric, lang)}${shared ? "" : chartStrings(lang).ownScales}`;
  root.append(title);
  // The key explains the dashed rule; without a task in any cell there is no rule to explain.
  if (data.towns.some((t) => t.task !== null))
    root.append(taskKey(document, width, chartStrings(lang).task));

  const xLabels = cellMonthLabels(from, to, cellWidth - marginLeft - 6, lang, font);

  data.towns.forEach((town, i) => {
    const style = statusStyle(town.status);
    const top = tops[i] ?? 1;
    const label = `${townLabel(town, lang)} ${style.glyph}`;
    // The latest value shares the title row with the town's name: shown only where both fit.
    const last = town.series.at(-1);
    const lastText = last ? formatCount(last.value, lang) : null;
    const showLast =
      lastText !== null &&
      textWidth(label, CHART_FONT.size) + textWidth(lastText, font) + LABEL_GAP <= cellWidth - 6;
    const cell = plotSvg(
      Plot.plot({
        ...documentOption(options),
        className: CELL_CLASS,
        width: cellWidth,
        height: cellHeight,
        marginTop: TITLE_ROW,
        marginLeft,
        marginRight: 6,
        marginBottom: X_LABEL_ROW,
        x: {
          type: "utc",
          domain: [utcDate(from), utcDate(to)],
          axis: null,
        },
        y: {
          domain: [0, top],
          ticks: [0, top],
          tickFormat: (v: number) => formatCount(v, lang),
          tickSize: 3,
          label: null,
        },
        marks: [
          Plot.frame({ stroke: CHART_PALETTE.lightGrey }),
          town.task === null
            ? null
            : Plot.ruleY([town.task], { stroke: CHART_PALETTE.grey, strokeDasharray: "3,2" }),
          Plot.line(
            town.series.map((p) => ({ date: utcDate(p.date), value: p.value })),
            {
              x: "date",
              y: "value",
              stroke: style.color,
              strokeWidth: 1.75,
              ...(style.dash ? { strokeDasharray: style.dash } : {}),
            },
          ),
          // First and last month, anchored inside the cell (centred axis labels would spill out of it).
          xLabels.first === null
            ? null
            : textAt(xLabels.first, {
                x: marginLeft,
                y: cellHeight - X_LABEL_ROW / 2,
                fontSize: font,
                fill: CHART_PALETTE.grey,
              }),
          textAt(xLabels.last, {
            x: cellWidth - 6,
            y: cellHeight - X_LABEL_ROW / 2,
            fontSize: font,
            anchor: "end",
            fill: CHART_PALETTE.grey,
          }),
          textAt(label, { x: 0, y: TITLE_ROW / 2 - 2, fontSize: CHART_FONT.size }),
          showLast && last
            ? textAt(formatCount(last.value, lang), {
                x: cellWidth - 6,
                y: TITLE_ROW / 2 - 2,
                fontSize: font,
                anchor: "end",
                fill: style.color,
              })
            : null,
        ],
      }),
    );
    // Plot's <style> sizes an <svg> as a block: wrong for a nested cell, and the root carries it instead.
    cell.querySelector("style")?.remove();
    cell.setAttribute("x", String((i % cols) * (cellWidth + CELL_GAP)));
    cell.setAttribute("y", String(HEADER + Math.floor(i / cols) * (cellHeight + CELL_GAP)));
    cell.setAttribute("aria-label", townLabel(town, lang));
    root.append(cell);
  });
  return root;
}

/** Room between two labels of one row, in pixels. */
const LABEL_GAP = 12;

/**
 * The first and last month under a cell, as they fit its plot width: both months (2016年12月 … 2020年12月),
 * else both years (2016年 … 2020年; Pingli's cells ran the months together), else the last month alone.
 */
export function cellMonthLabels(
  from: string,
  to: string,
  plotWidth: number,
  lang: Lang,
  fontSize: number,
): { first: string | null; last: string } {
  const fits = (a: string, b: string) =>
    textWidth(a, fontSize) + textWidth(b, fontSize) + LABEL_GAP <= plotWidth;
  const months = [formatMonth(from, lang), formatMonth(to, lang)] as const;
  if (fits(...months)) return { first: months[0], last: months[1] };
  const years = [formatYear(from, lang), formatYear(to, lang)] as const;
  if (fits(...years)) return { first: years[0], last: years[1] };
  return { first: null, last: months[1] };
}

/** `- - 任务` at the header's right end: the key to the dashed task rule in every cell. */
function taskKey(document: Document, width: number, label: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, "g");
  const textX = width - textWidth(label, CHART_FONT.smallSize);
  const line = document.createElementNS(SVG_NS, "line");
  for (const [k, v] of Object.entries({
    x1: textX - 26,
    x2: textX - 6,
    y1: HEADER / 2,
    y2: HEADER / 2,
    stroke: CHART_PALETTE.grey,
    "stroke-dasharray": "3,2",
  }))
    line.setAttribute(k, String(v));
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("x", String(textX));
  text.setAttribute("y", String(HEADER / 2));
  text.setAttribute("dy", "0.35em");
  text.textContent = label;
  g.append(line, text);
  return g;
}

/** The small multiples as a table: one row per month end, one column per town. */
export function smallMultiplesTable(data: SmallMultiplesData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  const dates = [...new Set(data.towns.flatMap((t) => t.series.map((p) => p.date)))].toSorted();
  const values = data.towns.map((t) => new Map(t.series.map((p) => [p.date, p.value])));
  return {
    columns: [
      { key: "date", label: s.date, numeric: false },
      ...data.towns.map((t) => ({ key: t.town_id, label: townLabel(t, lang), numeric: true })),
    ],
    rows: dates.map((date) => [
      textCell(formatMonth(date, lang)),
      ...values.map((byDate) => {
        const value = byDate.get(date);
        return value === undefined ? textCell("") : numberCell(value, formatCount(value, lang));
      }),
    ]),
  };
}
