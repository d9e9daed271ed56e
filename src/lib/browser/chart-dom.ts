import type { ChartTable } from "../charts/chart-table";
import { plotSvg } from "../charts/chart-options";
import { labelSvg } from "../charts/render-svg";

/** A chart factory bound to its data: draws at a size in the page's document. */
export type DrawChart = (size: { width: number; height: number }, document: Document) => Element;

/**
 * Redraws a build-time chart (ChartFrame.astro: `<figure>` with `.chart-wide` and `.chart-narrow`, each
 * holding an SVG with id `<id>-wide` / `<id>-narrow`) with the same factory, at the sizes it was drawn at.
 * `asOf` is the date of the data now drawn: the downloads write it into the image and its file name.
 */
export function redrawChart(
  id: string,
  draw: DrawChart,
  label: { title: string; description: string; asOf: string },
): HTMLElement | null {
  const figure = document.getElementById(`${id}-caption`)?.closest<HTMLElement>("figure") ?? null;
  if (!figure) return null;
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
    const svg = labelSvg(plotSvg(draw(size, document)), {
      id: `${id}-${which}`,
      title: label.title,
      description: label.description,
    });
    box.replaceChildren(svg);
  }
  return figure;
}

/** Attributes a table cell carries besides its text (the §5 data-* of a headline figure). */
export type CellAttributes = (row: number, column: number) => Record<string, string> | null;

/**
 * Fills an existing chart table (ChartTableView.astro's markup: caption, th scope="col", first cell of a
 * row th scope="row", numeric cells td.num) with a new ChartTable.
 */
export function fillChartTable(
  table: HTMLTableElement,
  data: ChartTable,
  caption: string,
  attributes: CellAttributes = () => null,
): void {
  table.createCaption().textContent = caption;
  const head = table.tHead ?? table.createTHead();
  const headRow = document.createElement("tr");
  for (const column of data.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.numeric) th.className = "num";
    th.textContent = column.label;
    headRow.appendChild(th);
  }
  head.replaceChildren(headRow);
  const body = table.tBodies[0] ?? table.createTBody();
  const rows = data.rows.map((cells, r) => {
    const tr = document.createElement("tr");
    cells.forEach((cell, i) => {
      const element = document.createElement(i === 0 ? "th" : "td");
      if (element instanceof HTMLTableCellElement && i === 0) element.scope = "row";
      if (i > 0 && data.columns[i]?.numeric) element.className = "num";
      element.textContent = cell.text;
      for (const [name, value] of Object.entries(attributes(r, i) ?? {}))
        element.setAttribute(name, value);
      tr.appendChild(element);
    });
    return tr;
  });
  body.replaceChildren(...rows);
}
