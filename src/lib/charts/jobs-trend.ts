import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { Lang } from "../i18n/lang";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CHART_FONT, CHART_PALETTE } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { legendHeight, legendMark, type LegendItem } from "./legend";
import { formatCount, peopleWord, withUnit } from "./metric-label";
import { formatMonth, monthEndTicks, utcDate } from "./time-axis";
import { maxTextWidth } from "./text-width";

/** One report of a factory: its period's end and the headcounts at that end. */
export interface JobsTrendPoint {
  period_end: string;
  jobs: number;
  poor_workers: number;
}

export interface JobsTrendData {
  /** Oldest first, one per report. */
  points: readonly JobsTrendPoint[];
}

const Y_TICK_SPACING = 40;
const POOR_DASH = "5,3";

const SERIES_NAMES: Record<Lang, { jobs: string; poor: string }> = {
  "zh-CN": { jobs: "吸纳就业人数", poor: "其中贫困劳动力" },
  en: { jobs: "Jobs", poor: "of which workers from poor households" },
};

/**
 * A factory's jobs at the end of each reported period as a line with dots, its poor workers as a dashed
 * line below: dash and marker tell the two apart without colour.
 */
export function jobsTrend(data: JobsTrendData, options: ChartOptions): SVGSVGElement {
  const { width, height, lang } = options;
  const font = CHART_FONT.size;
  const names = SERIES_NAMES[lang];
  const points = data.points.map((p) => ({ ...p, date: utcDate(p.period_end) }));
  const legend: LegendItem[] = [
    { kind: "line", label: names.jobs, stroke: CHART_PALETTE.blueText, strokeWidth: 2 },
    { kind: "line", label: names.poor, stroke: CHART_PALETTE.vermillionText, dash: POOR_DASH },
  ];
  const marginTop = 4 + legendHeight(legend, width - 8, font) + 10;
  const yMax = Math.max(1, ...data.points.map((p) => p.jobs));
  const yTicks = scaleLinear()
    .domain([0, yMax])
    .nice()
    .ticks(Math.max(2, Math.floor((height - marginTop - 24) / Y_TICK_SPACING)));
  const marginLeft =
    maxTextWidth(
      yTicks.map((v) => formatCount(v, lang)),
      font,
    ) + 10;
  // Room for half of the last month's label, which is centred on the last report.
  const marginRight = maxTextWidth([formatMonth("2020-12-31", lang)], font) / 2 + 4;
  const first = data.points[0]?.period_end;
  const last = data.points.at(-1)?.period_end;
  const xTicks =
    first !== undefined && last !== undefined
      ? monthEndTicks(first, last, width - marginLeft - marginRight, lang, font)
      : [];

  const svg = plotSvg(
    Plot.plot({
      ...documentOption(options),
      width,
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom: 24,
      x: { type: "utc", ticks: xTicks, tickFormat: (d: Date) => formatMonth(d, lang), label: null },
      y: {
        domain: [0, Math.max(yMax, yTicks.at(-1) ?? yMax)],
        ticks: yTicks,
        tickFormat: (v: number) => formatCount(v, lang),
        grid: true,
        label: null,
      },
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(points, {
          x: "date",
          y: "poor_workers",
          stroke: CHART_PALETTE.vermillionText,
          strokeDasharray: POOR_DASH,
          strokeWidth: 1.5,
        }),
        Plot.lineY(points, {
          x: "date",
          y: "jobs",
          stroke: CHART_PALETTE.blueText,
          strokeWidth: 2,
        }),
        Plot.dot(points, { x: "date", y: "jobs", fill: CHART_PALETTE.blueText, r: 2.5 }),
        legendMark(legend, { left: 4, top: 4, width: width - 8, fontSize: font }),
      ],
    }),
  );
  svg.setAttribute("font-size", String(font));
  svg.setAttribute("font-family", CHART_FONT.family);
  return svg;
}

/** The chart as a table, one row per report: period end, jobs, poor workers. */
export function jobsTrendTable(data: JobsTrendData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  const names = SERIES_NAMES[lang];
  return {
    columns: [
      { key: "period_end", label: s.date, numeric: false },
      { key: "jobs", label: withUnit(names.jobs, peopleWord(lang), lang), numeric: true },
      { key: "poor_workers", label: withUnit(names.poor, peopleWord(lang), lang), numeric: true },
    ],
    rows: data.points.map((p) => [
      textCell(p.period_end),
      numberCell(p.jobs, formatCount(p.jobs, lang)),
      numberCell(p.poor_workers, formatCount(p.poor_workers, lang)),
    ]),
  };
}
