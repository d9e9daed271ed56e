import { scaleLinear, scaleUtc } from "d3";
import { attrs, markup, type Html } from "../html/html";
import type { Lang } from "../i18n/lang";
import { CHART_PALETTE } from "./chart-style";
import { legendHeight, legendMarkup, type LegendItem } from "./legend";
import { formatCount } from "./metric-label";
import { chartLabelIds } from "./render-svg";
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

/**
 * The one size a factory's trend is drawn at. It scales with its column by its viewBox: shown at most this
 * wide on a desktop and on paper, and down to ~366 px on a 390 px phone, where the labels, drawn at 12 px,
 * read at 11 px, the size of every other chart's labels.
 */
export const JOBS_TREND_SIZE = { width: 400, height: 240, fontSize: 12 } as const;

const Y_TICK_SPACING = 40;
const POOR_DASH = "5,3";
const DOT_DIAMETER = 5;
/**
 * The least mean distance between reports at which each gets a dot: two dots' width. Closer, the dots
 * touch and only thicken the line (monthly reports over three years and more, ~35 reports at this size,
 * ~9 px apart on a phone), and they were ~17 MB of a 40-county site's factory books; the dashed line
 * still tells poor workers from jobs. A short series keeps its dots, and a single report is its dot.
 */
const DOT_SPACING_MIN = 2 * DOT_DIAMETER;
const TICK = 6;
const TICK_PADDING = 3;
const MARGIN_BOTTOM = 24;

const SERIES_NAMES: Record<Lang, { jobs: string; poor: string }> = {
  "zh-CN": { jobs: "吸纳就业人数", poor: "其中贫困劳动力" },
  en: { jobs: "Jobs", poor: "of which workers from poor households" },
};

/** A coordinate to a tenth of a pixel: invisible, and it keeps ~40,000 pages small. */
const px = (n: number): number => Math.round(n * 10) / 10;
/** A series' point to the whole pixel: the lines and dots are most of a trend's bytes (~20,000 in a book). */
const whole = (n: number): number => Math.round(n) + 0;

/**
 * A factory's jobs at the end of each reported period as a line, with a dot per report while the reports
 * are far enough apart (DOT_SPACING_MIN), its poor workers as a dashed line below: the dash tells the two
 * apart without colour. Built as text, not in a DOM: a province
 * has ~20,000 factories and two pages for each, and drawing them with Plot on linkedom was most of the
 * build's time. It looks as Plot drew it (same scales, ticks, margins and marks) and is labelled as
 * renderSvg labels a chart: role img, named and described by the caption of ChartFrame `id`; its text in
 * the page's font.
 */
export function jobsTrendSvg(
  data: JobsTrendData,
  options: { id: string; width: number; height: number; fontSize: number; lang: Lang },
): Html {
  const { width, height, fontSize: font, lang } = options;
  const names = SERIES_NAMES[lang];
  const legend: LegendItem[] = [
    { kind: "line", label: names.jobs, stroke: CHART_PALETTE.blueText, strokeWidth: 2 },
    { kind: "line", label: names.poor, stroke: CHART_PALETTE.vermillionText, dash: POOR_DASH },
  ];
  const marginTop = 4 + legendHeight(legend, width - 8, font) + 10;
  const yMax = Math.max(1, ...data.points.map((p) => p.jobs));
  const yTicks = scaleLinear()
    .domain([0, yMax])
    .nice()
    .ticks(Math.max(2, Math.floor((height - marginTop - MARGIN_BOTTOM) / Y_TICK_SPACING)));
  const yLabels = yTicks.map((v) => formatCount(v, lang));
  const marginLeft = maxTextWidth(yLabels, font) + 10;
  // Room for half of the last month's label, which is centred on the last report.
  const marginRight = maxTextWidth([formatMonth("2020-12-31", lang)], font) / 2 + 4;
  const left = marginLeft;
  const right = width - marginRight;
  const bottom = height - MARGIN_BOTTOM;
  const first = data.points[0]?.period_end;
  const last = data.points.at(-1)?.period_end;
  const xTicks =
    first !== undefined && last !== undefined
      ? monthEndTicks(first, last, right - left, lang, font)
      : [];
  const x = scaleUtc()
    .domain([utcDate(first ?? "2020-12-31"), utcDate(last ?? "2020-12-31")])
    .range([left, right]);
  const y = scaleLinear()
    .domain([0, Math.max(yMax, yTicks.at(-1) ?? yMax)])
    .range([bottom, marginTop]);
  // A series' points to the whole pixel, each after the first as its step from the one before. The
  // x positions are the same for both series and the dots: placed once.
  const xs = data.points.map((p) => whole(x(utcDate(p.period_end))));
  const steps = (value: (p: JobsTrendPoint) => number) => {
    const ys = data.points.map((p) => whole(y(value(p))));
    return xs.map((at, i): readonly [number, number] =>
      i === 0 ? [at, ys[0] ?? 0] : [at - (xs[i - 1] ?? 0), (ys[i] ?? 0) - (ys[i - 1] ?? 0)],
    );
  };
  const pair = ([a, b]: readonly [number, number]) => `${a}${b < 0 ? "" : ","}${b}`;
  // One path per series: a move, then one relative line through the steps (`M25,166l6,5 7-5 …`); the
  // series' paths share their fill and joins through one group (~55 bytes a chart less).
  const line = (value: (p: JobsTrendPoint) => number) => {
    const [start, ...rest] = steps(value);
    return start === undefined
      ? ""
      : `M${pair(start)}${rest.length > 0 ? "l" : ""}${rest.map(pair).join(" ")}`;
  };
  // A dot per report: a zero-length stroke at each point, moved to by relative steps (`M25,60h0m7-5h0 …`).
  const dots = (value: (p: JobsTrendPoint) => number) =>
    steps(value)
      .map((step, i) => `${i === 0 ? "M" : "m"}${pair(step)}h0`)
      .join("");
  const span = (xs.at(-1) ?? 0) - (xs[0] ?? 0);
  const dotted = span === 0 || span / (xs.length - 1) >= DOT_SPACING_MIN;
  const across = (value: number) => `M${px(left)},${px(y(value))}H${px(right)}`;

  const svg = attrs({
    xmlns: "http://www.w3.org/2000/svg",
    role: "img",
    "aria-labelledby": chartLabelIds(options.id).labelledBy,
    "aria-describedby": chartLabelIds(options.id).describedBy,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    fill: "currentColor",
    // No font-family: the chart takes the page's (the same system fonts), and its downloaded image the
    // image's root's (chart-image.ts). Said on each of ~40,000 charts it was ~5 MB of a 40-county site.
    "font-size": font,
    "text-anchor": "middle",
  });
  const stroke = (colour: string, width: number) =>
    attrs({ stroke: colour, "stroke-width": width });
  return markup`<svg${svg}><path data-mark="y-grid" stroke="currentColor" stroke-opacity="0.1" d="${yTicks.map(across).join("")}"/><path data-mark="y-axis tick" stroke="currentColor" d="${yTicks.map((v) => `M${px(left)},${px(y(v))}h${-TICK}`).join("")}"/><g data-mark="y-axis tick label" font-variant="tabular-nums" text-anchor="end">${yTicks.map(
    (v, i) =>
      markup`<text${attrs({ x: px(left - TICK - TICK_PADDING), y: px(y(v)), dy: "0.32em" })}>${yLabels[i]}</text>`,
  )}</g><path data-mark="x-axis tick" stroke="currentColor" d="${xTicks.map((d) => `M${px(x(d))},${bottom}v${TICK}`).join("")}"/><g data-mark="x-axis tick label" font-variant="tabular-nums">${xTicks.map(
    (d) =>
      markup`<text${attrs({ x: px(x(d)), y: bottom + TICK + TICK_PADDING, dy: "0.71em" })}>${formatMonth(d, lang)}</text>`,
  )}</g><path data-mark="rule" stroke="currentColor" d="${across(0)}"/><g fill="none" stroke-linecap="round" stroke-linejoin="round"><path data-mark="line"${stroke(CHART_PALETTE.vermillionText, 1.5)} stroke-dasharray="${POOR_DASH}" d="${line((p) => p.poor_workers)}"/><path data-mark="line"${stroke(CHART_PALETTE.blueText, 2)} d="${line((p) => p.jobs)}"/>${dotted ? markup`<path data-mark="dot"${stroke(CHART_PALETTE.blueText, DOT_DIAMETER)} d="${dots((p) => p.jobs)}"/>` : null}</g>${legendMarkup(
    legend,
    { left: 4, top: 4, width: width - 8, fontSize: font },
  )}</svg>`;
}
