import { DOMParser } from "linkedom";
import { nodeDocument } from "../../../src/lib/charts/node-document";
import { chartLabelIds, renderSvg } from "../../../src/lib/charts/render-svg";

/** Draws a chart in a fresh linkedom document and returns its SVG markup, labelled as ChartFrame `id`'s. */
export function render(draw: (document: Document) => SVGSVGElement, id: string): string {
  return renderSvg(draw, { ...chartLabelIds(id), document: nodeDocument() });
}

/**
 * One element per line, so a visual change is a readable diff. Only breaks between elements that hold
 * no text of their own (never inside <text>, where whitespace would show).
 */
export function formatSvg(svg: string): string {
  return `${svg.replace(/><(?=(g|\/g|path|line|circle|rect|text|svg|\/svg|style|title|desc)[\s>])/g, ">\n<")}\n`;
}

/** The markup parsed as XML (as a downloaded .svg file is), for assertions on what it says. */
export function parseSvg(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.querySelector("svg");
  if (!root) throw new Error("no <svg> in the markup");
  return root as unknown as SVGSVGElement;
}

/** Every <text>'s content, tspans joined by a space. */
export const texts = (root: Element): string[] =>
  Array.from(root.querySelectorAll("text")).map((t) => {
    const spans = Array.from(t.querySelectorAll("tspan"));
    return spans.length > 0 ? spans.map((s) => s.textContent).join(" ") : (t.textContent ?? "");
  });
