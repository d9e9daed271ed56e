import type { RenderFunction } from "@observablehq/plot";
import { attrs, Html, markup } from "../html/html";
import { CHART_PALETTE } from "./chart-style";
import { textWidth } from "./text-width";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Width of an item's sample (line, swatch or marker) and the gaps around it, in pixels. */
const SAMPLE = 22;
const SAMPLE_GAP = 5;
const ITEM_GAP = 14;
/** Height of one legend row. */
export const LEGEND_ROW = 18;

/** A legend entry: a sample drawn like the mark it explains, and its label. */
export type LegendItem =
  | { kind: "line"; label: string; stroke: string; dash?: string; strokeWidth?: number }
  | { kind: "swatch"; label: string; fill: string }
  | { kind: "marker"; label: string; stroke: string; fill: string; shape: "diamond" | "circle" }
  | { kind: "tick"; label: string; stroke: string };

interface Placed {
  item: LegendItem;
  x: number;
  row: number;
}

/** Lays the items out left to right, starting a new row when the next would pass `width`. */
export function layoutLegend(
  items: readonly LegendItem[],
  width: number,
  fontSize: number,
): { placed: Placed[]; rows: number } {
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SAMPLE + SAMPLE_GAP + textWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w + ITEM_GAP;
  }
  return { placed, rows: items.length === 0 ? 0 : row + 1 };
}

/** Height the legend needs at this width. */
export const legendHeight = (items: readonly LegendItem[], width: number, fontSize: number) =>
  layoutLegend(items, width, fontSize).rows * LEGEND_ROW;

/** An item's sample as an SVG element's name and attributes: one shape for the DOM and for markup. */
function sampleShape(
  item: LegendItem,
  x: number,
  y: number,
): { tag: "line" | "rect" | "path"; attrs: Record<string, string | number> } {
  switch (item.kind) {
    case "line":
      return {
        tag: "line",
        attrs: {
          x1: x,
          x2: x + SAMPLE,
          y1: y,
          y2: y,
          stroke: item.stroke,
          "stroke-width": item.strokeWidth ?? 2,
          "stroke-linecap": "round",
          ...(item.dash ? { "stroke-dasharray": item.dash } : {}),
        },
      };
    case "swatch":
      return {
        tag: "rect",
        attrs: { x: x + 4, y: y - 6, width: SAMPLE - 8, height: 12, fill: item.fill },
      };
    case "tick":
      return {
        tag: "line",
        attrs: {
          x1: x + SAMPLE / 2,
          x2: x + SAMPLE / 2,
          y1: y - 7,
          y2: y + 7,
          stroke: item.stroke,
          "stroke-width": 2,
        },
      };
    case "marker": {
      const c = x + SAMPLE / 2;
      const d =
        item.shape === "diamond"
          ? `M${c},${y - 5}L${c + 5},${y}L${c},${y + 5}L${c - 5},${y}Z`
          : `M${c + 4.5},${y}A4.5,4.5 0 1,1 ${c - 4.5},${y}A4.5,4.5 0 1,1 ${c + 4.5},${y}Z`;
      return {
        tag: "path",
        attrs: { d, stroke: item.stroke, fill: item.fill, "stroke-width": 1.5 },
      };
    }
  }
}

function sample(document: Document, item: LegendItem, x: number, y: number): Element {
  const { tag, attrs } = sampleShape(item, x, y);
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * The legend as SVG markup, laid out and drawn as `legendMark` draws it, for charts built as text
 * (jobs-trend.ts) rather than in a DOM.
 */
export function legendMarkup(
  items: readonly LegendItem[],
  at: { left: number; top: number; width: number; fontSize: number },
): Html {
  const parts = layoutLegend(items, at.width, at.fontSize).placed.map(({ item, x, row }) => {
    const y = at.top + row * LEGEND_ROW + LEGEND_ROW / 2;
    const { tag, attrs: shape } = sampleShape(item, at.left + x, y);
    return markup`<${new Html(tag)}${attrs(shape)}/><text${attrs({
      x: at.left + x + SAMPLE + SAMPLE_GAP,
      y,
      dy: "0.35em",
      fill: CHART_PALETTE.black,
    })}>${item.label}</text>`;
  });
  return markup`<g data-mark="legend" font-size="${at.fontSize}" text-anchor="start">${parts}</g>`;
}

/**
 * A Plot render function drawing the legend inside the SVG (not as Plot's separate HTML legend), so a
 * downloaded SVG keeps it. Drawn from (`left`, `top`) in pixels, `width` wide.
 */
export function legendMark(
  items: readonly LegendItem[],
  at: { left: number; top: number; width: number; fontSize: number },
): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const document = context.document;
    const g = document.createElementNS(SVG_NS, "g");
    g.setAttribute("aria-label", "legend");
    g.setAttribute("font-size", String(at.fontSize));
    g.setAttribute("text-anchor", "start");
    for (const { item, x, row } of layoutLegend(items, at.width, at.fontSize).placed) {
      const y = at.top + row * LEGEND_ROW + LEGEND_ROW / 2;
      g.append(sample(document, item, at.left + x, y));
      const text = document.createElementNS(SVG_NS, "text");
      text.setAttribute("x", String(at.left + x + SAMPLE + SAMPLE_GAP));
      text.setAttribute("y", String(y));
      text.setAttribute("dy", "0.35em");
      text.setAttribute("fill", CHART_PALETTE.black);
      text.textContent = item.label;
      g.append(text);
    }
    return g;
  };
}

/** A Plot render function for one line of text at a pixel position (notes, axis titles). */
export function textAt(
  text: string,
  at: { x: number; y: number; fontSize: number; anchor?: "start" | "end"; fill?: string },
): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const el = context.document.createElementNS(SVG_NS, "text");
    el.setAttribute("x", String(at.x));
    el.setAttribute("y", String(at.y));
    el.setAttribute("dy", "0.35em");
    el.setAttribute("font-size", String(at.fontSize));
    el.setAttribute("text-anchor", at.anchor ?? "start");
    el.setAttribute("fill", at.fill ?? CHART_PALETTE.black);
    el.textContent = text;
    return el;
  };
}
