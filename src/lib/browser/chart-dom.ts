import type { ChartTable } from "../charts/chart-table";
import { chartTableInnerHtml, type CellExtras } from "../charts/chart-table-html";
import { plotSvg } from "../charts/chart-options";
import { chartLabelIds, labelSvg } from "../charts/render-svg";
import { drawWhenSeen } from "./draw-scheduler";
import { markPartBusy } from "./view-busy";

/** A chart factory bound to its data: draws at a size in the page's document. */
export type DrawChart = (size: { width: number; height: number }, document: Document) => Element;

/** What each chart box, table or part was last drawn from: a change that leaves one as it was does not redraw it. */
const drawnFrom = new WeakMap<Element, string>();

/** Sets an element's text only when it differs: an unchanged text is no change to the page at all. */
function setText(element: Element | null, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

/**
 * Redraws a build-time chart (ChartFrame.astro: `<figure>` with `.chart-wide` and `.chart-narrow`, each
 * holding an SVG labelled by the figure's caption) with the same factory, at the sizes it was drawn at,
 * each when it is seen (draw-scheduler.ts: at once on the screen, else in idle time or when shown). Its
 * title, description and date follow at once; a size whose words and `data` are those it was last drawn
 * from is left as it is, found out only when that size is drawn (comparing the data costs a few
 * milliseconds a chart, which a change of month spent on every chart of the page, seen or not). `asOf` is
 * the date of the data now drawn: the downloads write it into the image and its file name.
 */
export function redrawChart(
  id: string,
  draw: DrawChart,
  label: { title: string; description: string; asOf: string; data: unknown },
): HTMLElement | null {
  const figure =
    document.getElementById(chartLabelIds(id).labelledBy)?.closest<HTMLElement>("figure") ?? null;
  if (!figure) return null;
  if (figure.dataset["chartAsOf"] !== label.asOf) figure.dataset["chartAsOf"] = label.asOf;
  setText(figure.querySelector("figcaption strong"), label.title);
  setText(figure.querySelector("figcaption .chart-description"), label.description);
  for (const which of ["wide", "narrow"] as const) {
    const box = figure.querySelector(`.chart-svg.chart-${which}`);
    const old = box?.querySelector("svg");
    if (!box || !old) continue;
    const size = {
      width: Number(old.getAttribute("width")),
      height: Number(old.getAttribute("height")),
    };
    drawWhenSeen(box, () => {
      const from = JSON.stringify([label.title, label.description, label.asOf, label.data]);
      if (drawnFrom.get(box) === from) return;
      drawnFrom.set(box, from);
      const svg = labelSvg(plotSvg(draw(size, document)), chartLabelIds(id), { round: false });
      box.replaceChildren(svg);
    });
  }
  return figure;
}

/**
 * Fills an existing chart table (ChartTableView.astro) with the ChartTable `data` makes, drawn by the same
 * function as at build time; made and filled at once when on the screen, else in idle time (see
 * draw-scheduler.ts), left alone when it is what the table already shows.
 */
export function fillChartTable(
  table: HTMLTableElement,
  data: () => ChartTable,
  caption: string,
  extras?: () => CellExtras,
): void {
  setText(table.createCaption(), caption);
  drawWhenSeen(
    table,
    () => {
      const made = chartTableInnerHtml(data(), caption, extras?.()).markup;
      if (drawnFrom.get(table) === made) return;
      drawnFrom.set(table, made);
      table.innerHTML = made;
    },
    { evenHidden: true },
  );
}

/**
 * Fills a part of a page whose figures follow the view (a target card, a table of towns), like a chart:
 * `make` makes its markup and `put` puts it in, at once when the part is on or near the screen, else in
 * idle time, even when not shown (its figures are read by CSV buttons, screen readers and data-* readers);
 * see draw-scheduler.ts. Until then the part is marked busy on its own (`markPartBusy`, no line), so a
 * part further down never reads as the new view while it still shows the last one. A part whose markup is
 * what it already shows is left alone: no parse, no layout.
 */
export function fillWhenSeen(
  part: HTMLElement,
  make: () => string,
  put: (markup: string) => void,
): void {
  markPartBusy(part, "");
  drawWhenSeen(
    part,
    () => {
      const made = make();
      if (drawnFrom.get(part) !== made) {
        drawnFrom.set(part, made);
        put(made);
      }
      markPartBusy(part, null);
    },
    { evenHidden: true },
  );
}
