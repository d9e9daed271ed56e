import { plotSvg } from "./chart-options";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Decimals kept in coordinates: a hundredth of a pixel is invisible and keeps snapshots stable. */
const DECIMALS = 2;
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;
/** Attributes that hold text or names, never coordinates. */
const NOT_GEOMETRY = /^(aria-|data-|class$|id$|role$|font-family$)/;

export interface SvgLabel {
  /**
   * The ids of the elements that name the chart, on the page beside it: ChartFrame's caption gives its
   * title `${id}-title` (chartLabelIds). The SVG holds no <title> or <desc> of its own: the caption says
   * them once for every reader, and a downloaded image gets them from the caption (chart-image.ts).
   */
  labelledBy: string;
  /** The ids of the elements that describe it (ChartFrame's caption: its description `${id}-desc`). */
  describedBy?: string | undefined;
}

/** The ids ChartFrame gives its caption's title and description, which label the chart's SVGs. */
export const chartLabelIds = (id: string): { labelledBy: string; describedBy: string } => ({
  labelledBy: `${id}-title`,
  describedBy: `${id}-desc`,
});

/**
 * Makes a chart's <svg> stand on its own: the SVG namespace (Plot leaves it out, and a downloaded file
 * without it is not an image), role img named and described by the words on the page beside it, and
 * coordinates rounded (unless `round: false`). Works on linkedom's DOM and the browser's alike; returns
 * the same element.
 */
export function labelSvg(
  svg: SVGSVGElement,
  label: SvgLabel,
  options: { round?: boolean } = {},
): SVGSVGElement {
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", label.labelledBy);
  if (label.describedBy === undefined) svg.removeAttribute("aria-describedby");
  else svg.setAttribute("aria-describedby", label.describedBy);
  svg.removeAttribute("aria-label");
  svg.removeAttribute("aria-description");
  // Plot names each mark group (aria-label="rule", "line"…). Inside role="img" those names are never read
  // and ARIA forbids them on unnamed groups (the chart's title, description and table say it all), so the
  // name moves to data-mark, where tests and scripts can still find a mark.
  for (const element of Array.from(svg.querySelectorAll("[aria-label]"))) {
    element.setAttribute("data-mark", element.getAttribute("aria-label") ?? "");
    element.removeAttribute("aria-label");
  }
  for (const old of Array.from(svg.children))
    if (old.tagName.toLowerCase() === "title" || old.tagName.toLowerCase() === "desc") old.remove();
  // Rounding keeps the pages and snapshots small and stable; a chart redrawn in the page is never stored.
  if (options.round ?? true) roundCoordinates(svg);
  return svg;
}

/** Rounds every long decimal in the geometry attributes of the element and its descendants. */
export function roundCoordinates(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))])
    for (const attribute of Array.from(element.attributes)) {
      if (NOT_GEOMETRY.test(attribute.name)) continue;
      const rounded = attribute.value.replace(LONG_DECIMAL, (n) =>
        String(Number(Number(n).toFixed(DECIMALS))),
      );
      if (rounded !== attribute.value) element.setAttribute(attribute.name, rounded);
    }
}

/**
 * Draws a chart in `document` and returns its standalone SVG markup (the <svg> itself, or the one inside
 * a Plot <figure>): for build-time pages (with the
 * linkedom document from node-document.ts) and for "download SVG" in the browser.
 */
export function renderSvg(
  draw: (document: Document) => Element,
  options: SvgLabel & { document: Document },
): string {
  return labelSvg(plotSvg(draw(options.document)), options).outerHTML;
}
