import { wrapText } from "../charts/text-width";

const SVG_NS = "http://www.w3.org/2000/svg";

/** System fonts only, Chinese ones named: a downloaded file must read the same on any machine. */
export const CJK_FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** The words that go into a chart's image around the chart itself. */
export interface ChartImageText {
  title: string;
  /** The chart's description (its caption's), the file's <desc>: what a screen reader reads of the image. */
  description: string;
  /** The source line, then the as-of line. */
  lines: readonly string[];
  /** The synthetic-data notice, set apart in colour; null for real data. */
  notice: string | null;
}

/** A chart image: standalone SVG markup and its size in CSS pixels. */
export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

const PADDING = 16;
const TITLE_SIZE = 16;
const LINE_SIZE = 12;
const LINE_HEIGHT = 1.45;
const GAP = 10;
const TEXT_COLOR = "#1b1f24";
const MUTED_COLOR = "#4d5560";
const NOTICE_COLOR = "#8a4b00";

/** A chart's drawn size: its width and height attributes, else its viewBox. */
export function chartSize(svg: Element): { width: number; height: number } {
  const viewBox = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute("width")) || viewBox[2] || 0;
  const height = Number(svg.getAttribute("height")) || viewBox[3] || 0;
  if (!(width > 0 && height > 0))
    throw new Error("chart SVG has no size (width/height or viewBox)");
  return { width, height };
}

/**
 * Wraps a copy of a chart's <svg> into a standalone SVG document: its title and description as <title> and
 * <desc> (the page's chart has none: its caption names it), white background, (for sample data) the
 * synthetic-data notice and the title above, the source and as-of date below, system CJK fonts. The
 * chart on the page is left untouched. Works on the browser's DOM and linkedom's alike.
 */
export function chartImage(chart: Element, text: ChartImageText): ChartImage {
  const document = chart.ownerDocument;
  const size = chartSize(chart);
  const width = Math.ceil(size.width + 2 * PADDING);
  const room = width - 2 * PADDING;
  const element = (name: string, attributes: Record<string, string | number>) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };

  const texts: Element[] = [];
  let y = PADDING;
  const writeLines = (line: string, fontSize: number, style: Record<string, string>) => {
    for (const part of wrapText(line, room, fontSize)) {
      y += fontSize * LINE_HEIGHT;
      const node = element("text", {
        x: PADDING,
        y: round(y - fontSize * 0.3),
        "font-size": fontSize,
        ...style,
      });
      node.textContent = part;
      texts.push(node);
    }
  };
  // The notice leads (#18.6): the top of an image is what a slide, a crop or a reader's first glance keeps,
  // and sample figures must never travel without it. Once at the top it is not repeated below.
  if (text.notice !== null) {
    writeLines(text.notice, LINE_SIZE, { fill: NOTICE_COLOR, "font-weight": "700" });
    y += GAP / 2;
  }
  writeLines(text.title, TITLE_SIZE, { "font-weight": "700", fill: TEXT_COLOR });
  y += GAP;
  const chartTop = y;
  y += size.height + GAP;
  for (const line of text.lines) writeLines(line, LINE_SIZE, { fill: MUTED_COLOR });
  const height = Math.ceil(y + PADDING);

  const root = element("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": CJK_FONT_STACK,
    color: TEXT_COLOR,
  });
  const title = element("title", {});
  title.textContent = text.title;
  const desc = element("desc", {});
  desc.textContent = text.description;
  root.append(title, desc, element("rect", { width, height, fill: "#ffffff" }));
  const nested = chart.cloneNode(true);
  if (!isElement(nested)) throw new Error("cannot copy the chart");
  // On the page the chart is named by its caption, which the file does not hold: its root's title and
  // description name it here.
  for (const name of ["role", "aria-labelledby", "aria-describedby"]) nested.removeAttribute(name);
  nested.setAttribute("x", String(PADDING));
  nested.setAttribute("y", String(round(chartTop)));
  nested.setAttribute("width", String(size.width));
  nested.setAttribute("height", String(size.height));
  if (!nested.hasAttribute("viewBox"))
    nested.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
  root.append(nested, ...texts);
  // The root is written out here: xmlns first (a file whose root lacks it is not an SVG image), the rest
  // in a fixed order, whatever order the DOM keeps attributes in (linkedom reverses them).
  const attributes = Array.from(root.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`);
  const markup = `<svg xmlns="${SVG_NS}"${attributes.sort().join("")}>${root.innerHTML}</svg>`;
  return { markup, width, height };
}

const escapeAttribute = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const isElement = (node: Node): node is Element => node.nodeType === 1;
const round = (n: number) => Math.round(n * 100) / 100;
