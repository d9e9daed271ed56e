import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import { type Lang, pickLabel, pickLabelZhEn } from "../i18n/lang";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CHART_FONT, CHART_PALETTE, statusStyle } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { legendHeight, legendMark, textAt, type LegendItem } from "./legend";
import { formatCount as wholeText } from "../format/format-count";
import { formatCount, formatValue, metricTitle, metricUnitWord, withUnit } from "./metric-label";
import { expectedAt, progressState, projectionAt, type ProgressChartData } from "./progress-state";
import { maxTextWidth, textWidth, wrapText } from "./text-width";
import { formatMonth, monthEndTicks, utcDate } from "./time-axis";

export type { Milestone, ProgressChartData, ProgressTarget } from "./progress-state";

/** How each series is drawn: colour and a dash, so the chart also reads in greyscale. */
const SERIES = {
  observed: { stroke: CHART_PALETTE.blue, strokeWidth: 2.5 },
  path: { stroke: CHART_PALETTE.bluishGreenText, dash: "7,4", strokeWidth: 1.75 },
  projection: { stroke: CHART_PALETTE.vermillionText, dash: "0.5,4.5", strokeWidth: 2.5 },
  target: { stroke: CHART_PALETTE.grey, strokeWidth: 1.25 },
} as const;

const LINE_HEIGHT = 13;
const GAP = 6;
const TICK_ROOM = 14;
const Y_TICK_SPACING = 48;
const MIN_TICK_GAP = 24;
const MAX_MILESTONE_LABEL = 120;
/** More rows than this and the milestone labels would crowd out a small chart's plot. */
const MAX_MILESTONE_ROWS = 3;
const MARGIN_BOTTOM = 28;
/** Bold labels run wider than textWidth's regular-weight estimate. */
const BOLD_WIDTH = 1.12;

const milestoneLabel = (m: { label: string; label_en: string }, lang: Lang) => pickLabel(m, lang);

/**
 * One target's progress: the observed month-end values, the target path through the phasing milestones,
 * the target itself, the trend of the last 12 months carried to the deadline, and where D is.
 */
export function progressChart(data: ProgressChartData, options: ChartOptions): SVGSVGElement {
  const { width, height, lang } = options;
  const s = chartStrings(lang);
  const font = CHART_FONT.size;
  const state = progressState(data);
  const t = data.target;
  const status = statusStyle(t.path_status);

  // One tick per Y_TICK_SPACING of the chart's height, but never closer than MIN_TICK_GAP on the plot
  // itself: the legend and milestone rows take most of a small chart (the brief's), where the ticks ran
  // together (0, 2,000, 4,000 … on 60 pixels).
  const legendTop = 4;
  const legendH = legendHeight(legendItems(state, s), width - 8, font);
  const plotGuess = height - (legendTop + legendH + 2 + LINE_HEIGHT * 3 + GAP) - MARGIN_BOTTOM;
  const yTickCount = Math.max(
    1,
    Math.min(Math.round(height / Y_TICK_SPACING), Math.floor(plotGuess / MIN_TICK_GAP)),
  );
  const y = scaleLinear().domain([0, state.yMax]).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yTop = y.domain()[1] ?? state.yMax;

  // The first month tick sits on the left edge of the plot, centred: half of it must fit in the margin.
  const marginLeft = Math.max(
    maxTextWidth(
      yTicks.map((v) => formatCount(v, lang)),
      font,
    ) + TICK_ROOM,
    textWidth(formatMonth(state.from, lang), font) / 2 + 2,
  );
  const projectionEnd = state.projection[1];
  const projectionText = projectionEnd ? s.projected(formatCount(projectionEnd.value, lang)) : "";
  const statusText = `${formatCount(t.value, lang)} ${status.glyph} ${pickLabelZhEn(status, lang)}`;
  const asOfText = s.asOf(formatMonth(state.asOf.date, lang));
  // Without a projection D is the axis' last date, so its value and date labels need the right margin.
  const endLabels =
    state.projection.length === 0
      ? Math.max(
          textWidth(statusText, font) * BOLD_WIDTH + 16,
          textWidth(asOfText, CHART_FONT.smallSize) + 8,
        )
      : 0;
  const guessRight = Math.max(textWidth(projectionText, font) + 14, 40, endLabels);
  const innerGuess = width - marginLeft - guessRight;
  const span = utcDate(state.to).getTime() - utcDate(state.from).getTime() || 1;
  const xAt = (date: string) =>
    ((utcDate(date).getTime() - utcDate(state.from).getTime()) / span) * innerGuess;

  const milestones = state.path.filter((p) => p.milestone !== null);
  const spacing = Math.min(
    MAX_MILESTONE_LABEL,
    ...milestones.slice(1).map((m, i) => xAt(m.date) - xAt(milestones[i]?.date ?? m.date) - 8),
  );
  const lines = milestones.map((m) =>
    wrapText(m.milestone ? milestoneLabel(m.milestone, lang) : "", spacing, font),
  );
  // A word wider than the room between two milestones would run into the next label (the brief's
  // "foundations" over "reach scale"); then the diamonds stay unlabelled: the legend says what they are
  // and the chart's table lists each milestone.
  const labelsFit = lines.every(
    (l) => l.length <= MAX_MILESTONE_ROWS && maxTextWidth(l, font) <= spacing,
  );
  const wrapped = milestones.map((m, i) => ({ ...m, lines: labelsFit ? (lines[i] ?? []) : [] }));
  const milestoneRows = Math.max(0, ...wrapped.map((m) => m.lines.length));
  const lastLabel = wrapped.at(-1);
  const lastHalf = lastLabel ? maxTextWidth(lastLabel.lines, font) / 2 : 0;
  const marginRight = Math.max(
    guessRight,
    xAt(lastLabel?.date ?? state.to) >= innerGuess - 1 ? lastHalf + 4 : 0,
  );

  const legend = legendItems(state, s);
  const yTitle = metricTitle(data.metric, lang);
  // The axis title gets a row of its own: beside the milestone labels it clashes on narrow screens.
  const titleTop = legendTop + legendH + 2;
  const labelTop = titleTop + LINE_HEIGHT;
  const marginTop = labelTop + milestoneRows * LINE_HEIGHT + GAP;
  const marginBottom = MARGIN_BOTTOM;

  // The value-and-status label beside D goes on the side of the point away from the target line (below
  // it, it ran into the target's label), unless that side has no room: above, the plot's top; below, the
  // as-of date at the plot's foot.
  const plotHeight = height - marginTop - marginBottom;
  const pointY = plotHeight * (1 - state.asOf.value / (yTop || 1));
  const roomAbove = pointY - 6 - LINE_HEIGHT >= 0;
  const roomBelow = pointY + 6 + LINE_HEIGHT <= plotHeight - CHART_FONT.smallSize - 6;
  const statusAbove =
    state.asOf.value >= t.target ? roomAbove || !roomBelow : !roomBelow && roomAbove;

  const observed = state.observed.map((p) => ({ date: utcDate(p.date), value: p.value }));
  const path = state.path.map((p) => ({ date: utcDate(p.date), value: p.value }));
  const projection = state.projection.map((p) => ({ date: utcDate(p.date), value: p.value }));
  const marks = wrapped.map((m) => ({
    date: utcDate(m.date),
    value: m.value,
    text: m.lines.join("\n"),
  }));
  const asOf = { date: utcDate(state.asOf.date), value: state.asOf.value };
  const halo = { stroke: CHART_PALETTE.background, strokeWidth: 4, paintOrder: "stroke" } as const;

  const svg = plotSvg(
    Plot.plot({
      ...documentOption(options),
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: {
        type: "utc",
        domain: [utcDate(state.from), utcDate(state.to)],
        ticks: monthEndTicks(state.from, state.to, width - marginLeft - marginRight, lang, font),
        tickFormat: (d: Date) => formatMonth(d, lang),
        label: null,
      },
      y: {
        domain: [0, yTop],
        ticks: yTicks,
        tickFormat: (v: number) => formatCount(v, lang),
        grid: true,
        label: null,
      },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX([asOf], { x: "date", stroke: CHART_PALETTE.grey, strokeDasharray: "3,3" }),
        Plot.ruleX(marks, {
          x: "date",
          y1: "value",
          y2: yTop,
          stroke: CHART_PALETTE.lightGrey,
          strokeDasharray: "2,3",
        }),
        Plot.ruleY([t.target], {
          stroke: SERIES.target.stroke,
          strokeWidth: SERIES.target.strokeWidth,
        }),
        Plot.line(path, {
          x: "date",
          y: "value",
          stroke: SERIES.path.stroke,
          strokeWidth: SERIES.path.strokeWidth,
          strokeDasharray: SERIES.path.dash,
        }),
        Plot.line(projection, {
          x: "date",
          y: "value",
          stroke: SERIES.projection.stroke,
          strokeWidth: SERIES.projection.strokeWidth,
          strokeDasharray: SERIES.projection.dash,
          strokeLinecap: "round",
        }),
        Plot.line(observed, {
          x: "date",
          y: "value",
          stroke: SERIES.observed.stroke,
          strokeWidth: SERIES.observed.strokeWidth,
        }),
        Plot.dot(marks, {
          x: "date",
          y: "value",
          symbol: "diamond",
          r: 4.5,
          fill: CHART_PALETTE.background,
          stroke: SERIES.path.stroke,
          strokeWidth: 1.5,
        }),
        Plot.dot([asOf], {
          x: "date",
          y: "value",
          r: 4.5,
          fill: SERIES.observed.stroke,
          stroke: CHART_PALETTE.background,
          strokeWidth: 1.5,
        }),
        Plot.text(marks, {
          x: "date",
          text: "text",
          frameAnchor: "top",
          lineAnchor: "bottom",
          dy: -GAP,
          fontSize: font,
          lineHeight: LINE_HEIGHT / font,
        }),
        Plot.text([t.target], {
          y: (d: number) => d,
          text: () => s.target(formatValue(t.target, data.metric, lang)),
          frameAnchor: "left",
          textAnchor: "start",
          lineAnchor: "bottom",
          dx: 4,
          dy: -4,
          fontSize: font,
          fontWeight: "bold",
          fill: SERIES.target.stroke,
          ...halo,
        }),
        Plot.text([asOf], {
          x: "date",
          y: "value",
          text: () => statusText,
          textAnchor: "start",
          lineAnchor: statusAbove ? "bottom" : "top",
          dx: 8,
          dy: statusAbove ? -6 : 6,
          fontSize: font,
          fontWeight: "bold",
          fill: status.color,
          ...halo,
        }),
        Plot.text([asOf], {
          x: "date",
          text: () => asOfText,
          frameAnchor: "bottom",
          textAnchor: "start",
          dx: 4,
          dy: -4,
          fontSize: CHART_FONT.smallSize,
          fill: CHART_PALETTE.grey,
          ...halo,
        }),
        projectionEnd
          ? Plot.text([projectionEnd], {
              x: () => utcDate(projectionEnd.date),
              y: "value",
              text: () => projectionText,
              textAnchor: "start",
              dx: 8,
              fontSize: font,
              fill: SERIES.projection.stroke,
              ...halo,
            })
          : null,
        legendMark(legend, { left: 4, top: legendTop, width: width - 8, fontSize: font }),
        textAt(`↑ ${yTitle}`, { x: 4, y: titleTop + LINE_HEIGHT / 2, fontSize: font }),
      ],
    }),
  );
  svg.setAttribute("font-size", String(font));
  svg.setAttribute("font-family", CHART_FONT.family);
  return svg;
}

/** The chart's key: observed, target path, and the projection and milestones where the chart has them. */
function legendItems(
  state: ReturnType<typeof progressState>,
  s: ReturnType<typeof chartStrings>,
): LegendItem[] {
  const milestones = state.path.filter((p) => p.milestone !== null);
  return [
    { kind: "line", label: s.observed, stroke: SERIES.observed.stroke, strokeWidth: 2.5 },
    { kind: "line", label: s.targetPath, stroke: SERIES.path.stroke, dash: SERIES.path.dash },
    ...(state.projection.length > 0
      ? [
          {
            kind: "line" as const,
            label: s.projection,
            stroke: SERIES.projection.stroke,
            dash: SERIES.projection.dash,
            strokeWidth: 2.5,
          },
        ]
      : []),
    ...(milestones.length > 0
      ? [
          {
            kind: "marker" as const,
            label: s.milestone,
            stroke: SERIES.path.stroke,
            fill: CHART_PALETTE.background,
            shape: "diamond" as const,
          },
        ]
      : []),
  ];
}

/**
 * The progress chart as a table: each month end drawn (observed values, path milestones, the deadline)
 * with the observed value, the value expected on the path and the projection.
 */
export function progressTable(data: ProgressChartData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  const state = progressState(data);
  const dates = [
    ...new Set([...state.observed.map((p) => p.date), ...state.path.map((p) => p.date)]),
  ].toSorted();
  const observed = new Map(state.observed.map((p) => [p.date, p.value]));
  const path = new Map(state.path.map((p) => [p.date, p]));
  const t = data.target;
  const unit = metricUnitWord(data.metric, lang);
  return {
    columns: [
      { key: "date", label: s.date, numeric: false },
      // Headers name the unit, so the numbers (and the CSV made from them) say what they count.
      { key: "observed", label: withUnit(s.observed, unit, lang), numeric: true },
      { key: "path", label: withUnit(s.targetPath, unit, lang), numeric: true },
      { key: "projection", label: withUnit(s.projection, unit, lang), numeric: true },
      { key: "milestone", label: s.milestone, numeric: false },
    ],
    rows: dates.map((date) => {
      const value = observed.get(date);
      const point = path.get(date);
      const expected = date >= t.baseline_date ? expectedAt(data, date) : null;
      const projected = date > t.as_of ? projectionAt(state, date) : null;
      return [
        textCell(formatMonth(date, lang)),
        value === undefined ? textCell("") : numberCell(value, wholeText(value, lang)),
        expected === null ? textCell("") : numberCell(expected, wholeText(expected, lang)),
        projected === null ? textCell("") : numberCell(projected, wholeText(projected, lang)),
        textCell(
          point?.milestone
            ? milestoneLabel(point.milestone, lang)
            : date === t.deadline
              ? s.target(formatValue(t.target, data.metric, lang))
              : "",
        ),
      ];
    }),
  };
}
