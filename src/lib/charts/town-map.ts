import * as Plot from "@observablehq/plot";
import { geoMercator } from "d3";
import { pickLabelZhEn, type Lang, SHOWS_CHINESE_NAME } from "../i18n/lang";
import type { PathStatus } from "../figures/path-status";
import { documentOption, plotSvg, type ChartOptions } from "./chart-options";
import { chartStrings } from "./chart-strings";
import { CHART_FONT, CHART_PALETTE, statusStyle } from "./chart-style";
import { numberCell, textCell, type ChartTable } from "./chart-table";
import { LEGEND_ROW, legendHeight, legendMark, textAt, type LegendItem } from "./legend";
import { formatCount, peopleWord, withUnit } from "./metric-label";
import { placeLabels, type Box } from "./place-labels";
import { maxTextWidth } from "./text-width";
import { townLabel, type NamedTown } from "./town-name";

const SVG_NS = "http://www.w3.org/2000/svg";

/** A town at its approximate seat (data/reference: ±0.1°), with its jobs and status at D. */
export interface MapTown extends NamedTown {
  lat: number;
  lon: number;
  jobs: number;
  status: PathStatus | null;
}

export interface TownMapData {
  towns: readonly MapTown[];
}

/** Padding around the fitted points, in degrees, so one town (or towns in a line) still fits. */
const FIT_PAD_DEGREES = 0.01;
const MAX_RADIUS = 24;
const MIN_RADIUS = 2.5;
const LINE_HEIGHT = 13;
const EDGE = 6;

/** Circle radius for `jobs`: area proportional to the count (a square-root scale). */
export const radiusFor = (jobs: number, maxJobs: number, maxRadius: number): number =>
  maxJobs > 0
    ? Math.max(MIN_RADIUS, Math.sqrt(Math.max(0, jobs) / maxJobs) * maxRadius)
    : MIN_RADIUS;

/** A round count at or below `max` for the size legend: 1, 2 or 5 times a power of ten. */
function legendValue(max: number): number {
  if (max <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((m) => m * power).find((v) => v <= max) ?? power;
}

const statusName = (status: PathStatus | null, lang: Lang) =>
  pickLabelZhEn(statusStyle(status), lang);

/**
 * A schematic map of a county's towns: each at its approximate seat (Mercator fitted to the points, no
 * basemap), a circle sized by jobs and coloured by status, named beside it, with a note that the
 * positions are approximate.
 */
export function townMap(data: TownMapData, options: ChartOptions): SVGSVGElement {
  const { width, height, lang } = options;
  const s = chartStrings(lang);
  const font = CHART_FONT.size;
  const small = CHART_FONT.smallSize;
  const maxJobs = Math.max(0, ...data.towns.map((t) => t.jobs));
  const maxRadius = Math.min(MAX_RADIUS, Math.min(width, height) / 12);

  const present = [...new Set(data.towns.map((t) => t.status))];
  const legend: LegendItem[] = present.map((status) => ({
    kind: "marker",
    shape: "circle",
    label: `${statusStyle(status).glyph} ${statusName(status, lang)}`,
    stroke: CHART_PALETTE.background,
    fill: statusStyle(status).color,
  }));
  const top = 4 + legendHeight(legend, width - 8, font) + EDGE;
  const sample = legendValue(maxJobs);
  const sampleRadius = radiusFor(sample, maxJobs, maxRadius);
  const bottom = Math.max(2 * sampleRadius, LEGEND_ROW) + 2 * LEGEND_ROW + EDGE;

  // Short lines (Chinese name, English name, value) keep label boxes narrow where towns are close.
  const lines = data.towns.map((t) => [
    t.town_name,
    ...(SHOWS_CHINESE_NAME[lang] && t.town_name_en ? [t.town_name_en] : []),
    `${formatCount(t.jobs, lang)} ${statusStyle(t.status).glyph}`,
  ]);
  const labelWidth = maxTextWidth(lines.flat(), font);
  const lons = data.towns.map((t) => t.lon);
  const lats = data.towns.map((t) => t.lat);
  const projection = geoMercator().fitExtent(
    [
      [EDGE + maxRadius + labelWidth / 2, top + maxRadius + LINE_HEIGHT],
      [width - EDGE - maxRadius - labelWidth / 2, height - bottom - maxRadius - LINE_HEIGHT],
    ],
    {
      type: "MultiPoint",
      coordinates: [
        ...data.towns.map((t) => [t.lon, t.lat]),
        [Math.min(...lons) - FIT_PAD_DEGREES, Math.min(...lats) - FIT_PAD_DEGREES],
        [Math.max(...lons) + FIT_PAD_DEGREES, Math.max(...lats) + FIT_PAD_DEGREES],
      ],
    },
  );
  const points = data.towns.map((t, i) => {
    const [px, py] = projection([t.lon, t.lat]) ?? [width / 2, height / 2];
    const label = lines[i] ?? [];
    return {
      town: t,
      px,
      py,
      r: radiusFor(t.jobs, maxJobs, maxRadius),
      label,
      fill: statusStyle(t.status).color,
    };
  });
  // Big circles first, so the most visible towns get the best label positions.
  const order = points
    .map((_, i) => i)
    .toSorted((a, b) => (points[b]?.r ?? 0) - (points[a]?.r ?? 0) || a - b);
  const ordered = order.flatMap((i) => points[i] ?? []);
  const bounds: Box = { x: EDGE, y: top, width: width - 2 * EDGE, height: height - bottom - top };
  const boxes = placeLabels(
    ordered.map((p) => ({
      cx: p.px,
      cy: p.py,
      r: p.r,
      width: maxTextWidth(p.label, font),
      height: p.label.length * LINE_HEIGHT,
    })),
    bounds,
  );
  const labels = ordered.map((p, i) => {
    const box = boxes[i] ?? { x: p.px, y: p.py, width: 0, height: 0 };
    return { x: box.x + box.width / 2, y: box.y, text: p.label.join("\n"), fill: p.fill };
  });
  const halo = { stroke: CHART_PALETTE.background, strokeWidth: 3, paintOrder: "stroke" } as const;
  const legendY = height - EDGE - LEGEND_ROW * 1.5 - 2 * sampleRadius;

  const svg = plotSvg(
    Plot.plot({
      ...documentOption(options),
      width,
      height,
      margin: 0,
      x: { type: "identity", axis: null },
      y: { type: "identity", axis: null },
      r: { type: "identity" },
      marks: [
        Plot.dot(ordered, {
          x: "px",
          y: "py",
          r: "r",
          fill: "fill",
          fillOpacity: 0.85,
          stroke: CHART_PALETTE.background,
          strokeWidth: 1.5,
          title: (p: (typeof ordered)[number]) =>
            `${townLabel(p.town, lang)}: ${p.label.at(-1) ?? ""}`,
        }),
        Plot.text(labels, {
          x: "x",
          y: "y",
          text: "text",
          fill: "fill",
          lineAnchor: "top",
          lineHeight: LINE_HEIGHT / font,
          fontSize: font,
          ...halo,
        }),
        legendMark(legend, { left: 4, top: 4, width: width - 8, fontSize: font }),
        sizeLegend({
          x: EDGE + sampleRadius,
          y: legendY,
          radii: [sampleRadius, radiusFor(sample / 4, maxJobs, maxRadius)],
          values: [sample, sample / 4].map((v) => formatCount(v, lang)),
          fontSize: small,
        }),
        textAt(s.sizeLegend, {
          x: EDGE,
          y: height - EDGE - LEGEND_ROW * 1.5,
          fontSize: small,
          fill: CHART_PALETTE.grey,
        }),
        textAt(s.approximate, {
          x: EDGE,
          y: height - EDGE - LEGEND_ROW / 2,
          fontSize: small,
          fill: CHART_PALETTE.grey,
        }),
      ],
    }),
  );
  svg.setAttribute("font-size", String(font));
  svg.setAttribute("font-family", CHART_FONT.family);
  return svg;
}

/** Nested circles for two job counts, bottom-aligned, each with its value. */
function sizeLegend(at: {
  x: number;
  y: number;
  radii: number[];
  values: string[];
  fontSize: number;
}): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const g = context.document.createElementNS(SVG_NS, "g");
    g.setAttribute("aria-hidden", "true");
    const big = at.radii[0] ?? 0;
    const base = at.y + big;
    const labelX = at.x + big + 10;
    at.radii.forEach((r, i) => {
      const leader = context.document.createElementNS(SVG_NS, "line");
      leader.setAttribute("x1", String(at.x));
      leader.setAttribute("x2", String(labelX - 3));
      leader.setAttribute("y1", String(base - 2 * r));
      leader.setAttribute("y2", String(base - 2 * r));
      leader.setAttribute("stroke", CHART_PALETTE.lightGrey);
      g.append(leader);
      const circle = context.document.createElementNS(SVG_NS, "circle");
      circle.setAttribute("cx", String(at.x));
      circle.setAttribute("cy", String(base - r));
      circle.setAttribute("r", String(r));
      circle.setAttribute("fill", "none");
      circle.setAttribute("stroke", CHART_PALETTE.grey);
      g.append(circle);
      const text = context.document.createElementNS(SVG_NS, "text");
      text.setAttribute("x", String(labelX));
      text.setAttribute("y", String(base - 2 * r));
      text.setAttribute("dy", "0.35em");
      text.setAttribute("font-size", String(at.fontSize));
      text.setAttribute("fill", CHART_PALETTE.grey);
      text.textContent = at.values[i] ?? "";
      g.append(text);
    });
    return g;
  };
}

/** The towns in the order the map's table lists them: most jobs first. */
export const townMapRows = (data: TownMapData): MapTown[] =>
  data.towns.toSorted((a, b) => b.jobs - a.jobs || (a.town_id < b.town_id ? -1 : 1));

/** The map as a table: town, jobs, status, and the approximate coordinates drawn. */
export function townMapTable(data: TownMapData, lang: Lang): ChartTable {
  const s = chartStrings(lang);
  return {
    columns: [
      { key: "town", label: s.town, numeric: false },
      { key: "jobs", label: withUnit(s.jobs, peopleWord(lang), lang), numeric: true },
      { key: "status", label: s.status, numeric: false },
      { key: "lat", label: s.lat, numeric: true },
      { key: "lon", label: s.lon, numeric: true },
    ],
    rows: townMapRows(data).map((t) => [
      textCell(townLabel(t, lang)),
      numberCell(t.jobs, formatCount(t.jobs, lang)),
      textCell(`${statusStyle(t.status).glyph} ${statusName(t.status, lang)}`),
      numberCell(t.lat, t.lat.toFixed(2)),
      numberCell(t.lon, t.lon.toFixed(2)),
    ]),
  };
}
