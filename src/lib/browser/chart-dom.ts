import type { ChartTable } from "../charts/chart-table";
import { chartTableInnerHtml, type CellExtras } from "../charts/chart-table-html";
import { plotSvg } from "../charts/chart-options";
import { labelSvg } from "../charts/render-svg";
import { drawWhenSeen } from "./draw-scheduler";

/** A chart factory bound to its data: draws at a size in the page's document. */
export type DrawChart = (size: { width: number; height: number }, document: Document) => Element;

/** What each chart or table was last drawn from: a change that leaves one as it was does not redraw it. */
const drawnFrom = new WeakMap<Element, string>();

/**
 * Redraws a build-time chart (ChartFrame.astro: `<figure>` with `.chart-wide` and `.chart-narrow`, each
 * holding an SVG with id `<id>-wide` / `<id>-narrow`) with the same factory, at the sizes it was drawn at,
 * each when it is seen (draw-scheduler.ts: at once on the screen, else in idle time or when shown). A chart whose
 * words and `data` are those it was last drawn from is left as it is. `asOf` is the date of the data now
 * drawn: the downloads write it into the image and its file name.
 */
export function redrawChart(
  id: string,
  draw: DrawChart,
  label: { title: string; description: string; asOf: string; data: unknown },
): HTMLElement | null {
  const figure = document.getElementById(`${id}-caption`)?.closest<HTMLElement>("figure") ?? null;
  if (!figure) return null;
  const from = JSON.stringify([label.title, label.description, label.asOf, label.data]);
  if (drawnFrom.get(figure) === from) return figure;
  drawnFrom.set(figure, from);
  figure.dataset["chartAsOf"] = label.asOf;
  figure.dataset["chartTitle"] = label.title;
  const title = figure.querySelector("figcaption strong");
  const description = figure.querySelector("figcaption .chart-description");
  if (title) title.textContent = label.title;
  if (description) description.textContent = label.description;
  for (const which of ["wide", "narrow"] as const) {
    const box = figure.querySelector(`.chart-svg.chart-${which}`);
    const old = box?.querySelector("svg");
    if (!box || !old) continue;
    const size = {
      width: Number(old.getAttribute("width")),
      height: Number(old.getAttribute("height")),
    };
    drawWhenSeen(box, () => {
      const svg = labelSvg(
        plotSvg(draw(size, document)),
        { id: `${id}-${which}`, title: label.title, description: label.description },
        { round: false },
      );
      box.replaceChildren(svg);
    });
  }
  return figure;
}

/**
 * Fills an existing chart table (ChartTableView.astro) with a new ChartTable, drawn by the same function as
 * at build time; filled at once when on the screen, else in idle time (see draw-scheduler.ts).
 */
export function fillChartTable(
  table: HTMLTableElement,
  data: ChartTable,
  caption: string,
  extras?: CellExtras,
): void {
  const from = JSON.stringify([data, caption]);
  if (drawnFrom.get(table) === from) return;
  drawnFrom.set(table, from);
  table.createCaption().textContent = caption;
  drawWhenSeen(table, () => (table.innerHTML = chartTableInnerHtml(data, caption, extras).markup), {
    evenHidden: true,
  });
}
