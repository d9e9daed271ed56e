/** Decides whether a body row counts as shown; header rows always do. */
export type RowFilter = (row: Element) => boolean;

/**
 * A row is shown unless its markup hides it (`hidden`, `aria-hidden="true"`, an inline `display: none`):
 * enough where no stylesheet applies (tests, linkedom). The browser passes its computed style instead.
 */
export const shownByMarkup: RowFilter = (row) =>
  !row.hasAttribute("hidden") &&
  row.getAttribute("aria-hidden") !== "true" &&
  !/display\s*:\s*none/.test(row.getAttribute("style") ?? "");

/** A cell as the CSV gets it: its `data-value` (the exact number behind a formatted one), else its text. */
export function cellValue(cell: Element): string {
  const exact = cell.getAttribute("data-value");
  if (exact !== null && exact !== "") return exact;
  return (cell.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * What a table shows, as rows of cells: every header row, then the body rows that are shown. A cell
 * spanning several columns is followed by empty cells, so the columns of the CSV line up.
 */
export function tableCells(table: Element, isShown: RowFilter = shownByMarkup): string[][] {
  const rows: string[][] = [];
  for (const row of Array.from(table.querySelectorAll("tr"))) {
    // A table nested in a cell is its own table.
    if (row.closest("table") !== table) continue;
    const inHeader = row.parentElement?.tagName.toLowerCase() === "thead";
    if (!inHeader && !isShown(row)) continue;
    const cells: string[] = [];
    for (const cell of Array.from(row.children)) {
      const tag = cell.tagName.toLowerCase();
      if (tag !== "th" && tag !== "td") continue;
      cells.push(cellValue(cell));
      const span = Number(cell.getAttribute("colspan") ?? "1");
      for (let i = 1; i < span; i += 1) cells.push("");
    }
    rows.push(cells);
  }
  return rows;
}
