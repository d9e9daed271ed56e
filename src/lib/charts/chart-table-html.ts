import { bodyRows } from "../html/body-rows";
import { attrs, markup, type Html } from "../html/html";
import type { ChartTable } from "./chart-table";

/** What a cell carries besides its text: attributes (a headline figure's data-*) and a link. */
export interface CellExtra {
  attrs?: Readonly<Record<string, string | number>>;
  href?: string;
}
export type CellExtras = (row: number, column: number) => CellExtra | null;

/**
 * The inside of a chart's table (caption, header, rows): the first cell of a row is its header, numeric
 * columns are right-aligned, and every cell with a number behind it keeps the exact number in `data-value`
 * for the CSV. Drawn by ChartTableView.astro at build time and put into the same table in the browser.
 * The rows without their optional end tags (body-rows.ts): a town page has four such tables.
 */
export function chartTableInnerHtml(
  table: ChartTable,
  caption: string,
  extras: CellExtras = () => null,
): Html {
  const head = table.columns.map(
    (c) => markup`<th scope="col"${attrs({ class: c.numeric ? "num" : null })}>${c.label}</th>`,
  );
  const rows = table.rows.map((row, r) => {
    const cells = row.map((cell, i) => {
      const extra = extras(r, i);
      const text = extra?.href
        ? markup`<a${attrs({ href: extra.href })}>${cell.text}</a>`
        : cell.text;
      const own = attrs({
        class: i > 0 && table.columns[i]?.numeric ? "num" : null,
        "data-value": cell.value ?? null,
        ...extra?.attrs,
      });
      return i === 0 ? markup`<th scope="row"${own}>${text}</th>` : markup`<td${own}>${text}</td>`;
    });
    return markup`<tr>${cells}</tr>`;
  });
  return markup`<caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${bodyRows(rows)}</tbody>`;
}

/** A chart's table in its scroll box (which takes keyboard focus, so it can be scrolled sideways). */
export function chartTableHtml(table: ChartTable, caption: string, extras?: CellExtras): Html {
  return markup`<div class="table-scroll" tabindex="0"><table class="chart-table">${chartTableInnerHtml(table, caption, extras)}</table></div>`;
}
