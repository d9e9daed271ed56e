import type { Lang } from "../i18n/lang";

/** What every chart factory takes besides its data: the size it is drawn at and the language. */
export interface ChartOptions {
  /** Width of the whole SVG in CSS pixels. */
  width: number;
  /** Height of the whole SVG in CSS pixels. */
  height: number;
  lang: Lang;
  /** The document to create elements in: a linkedom document at build time, window.document in the browser. */
  document?: Document;
}

/** Plot's `document` option, only when one is given (Plot falls back to window.document). */
export const documentOption = (options: ChartOptions): { document?: Document } =>
  options.document ? { document: options.document } : {};

/** True for an <svg> element, whatever DOM implementation created it. */
export function isSvgElement(element: Element): element is SVGSVGElement {
  return element.tagName.toLowerCase() === "svg";
}

/** The <svg> a Plot returned; the factories never ask Plot for a legend or caption, which would wrap it. */
export function plotSvg(element: Element): SVGSVGElement {
  if (isSvgElement(element)) return element;
  const inner = element.querySelector("svg");
  if (inner && isSvgElement(inner)) return inner;
  throw new Error(`expected an <svg> from Plot, got <${element.tagName.toLowerCase()}>`);
}
