import { csvNumber } from "../csv/csv-number";

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

const isElement = (node: Node): node is Element => node.nodeType === 1;
const TEXT_NODE = 3;

/**
 * The item a link points to in a page's list of source files (`[data-source-files]`, a factory book's:
 * history-rows.ts), where a report row names its file by number.
 */
function sourceFileItem(element: Element): Element | null {
  const href = element.tagName.toLowerCase() === "a" ? element.getAttribute("href") : null;
  if (!href?.startsWith("#")) return null;
  const target = element.ownerDocument.getElementById(decodeURIComponent(href.slice(1)));
  return target?.parentElement?.hasAttribute("data-source-files") ? target : null;
}

/**
 * Text a reader gets from a node: decoration marked `aria-hidden` (a status glyph, a sort arrow) left out,
 * a source file's number read as the file's path it stands for.
 */
const readableText = (node: Node): string => {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? "";
  if (!isElement(node)) return Array.from(node.childNodes, readableText).join("");
  if (node.getAttribute("aria-hidden") === "true") return "";
  const file = sourceFileItem(node);
  return file
    ? (file.textContent ?? "").trim()
    : Array.from(node.childNodes, readableText).join("");
};

/** A whole number as formatCount writes it: thousands grouped by commas (1,302; -12). */
const GROUPED_WHOLE = /^-?\d{1,3}(,\d{3})*$/;

/**
 * A cell as the CSV gets it: its `data-value` (the number behind a formatted one, in the unit its header
 * names, rounded to 4 decimals at most), else its text. In a table marked `data-text-numbers` (a
 * factory's report rows: ~200,000 rows on a province site, so no `data-value` where the text says it
 * all) a whole number's text is read back as its number, its separators dropped. A link to an item of
 * the page's list of source files reads as that file's path (a factory book's report rows).
 */
export function cellValue(cell: Element): string {
  const exact = cell.getAttribute("data-value");
  if (exact !== null && exact !== "") return csvNumber(exact);
  const text = readableText(cell).replace(/\s+/g, " ").trim();
  return exact === null && GROUPED_WHOLE.test(text) && cell.closest("[data-text-numbers]")
    ? text.replace(/,/g, "")
    : text;
}

// The HTML table model's limits on spans (a bigger colspan or rowspan counts as this).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** A span attribute as a whole number from 1 to `max`; 0 and nonsense count as 1. */
function span(cell: Element, name: "colspan" | "rowspan", max: number): number {
  const value = Math.trunc(Number(cell.getAttribute(name) ?? "1"));
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

/** The table's own rows (not those of a table nested in a cell), split into row groups. */
function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  let parent: Element | null = null;
  for (const row of Array.from(table.querySelectorAll("tr"))) {
    if (row.closest("table") !== table) continue;
    if (row.parentElement !== parent || groups.length === 0) groups.push([]);
    parent = row.parentElement;
    groups.at(-1)?.push(row);
  }
  return groups;
}

/**
 * A row group's cells placed on a grid as the browser lays them out: a cell spanning columns or rows
 * (never beyond its group, as in HTML) fills the positions it covers with "", so every column lines up.
 */
function placeCells(rows: readonly Element[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const line = grid[r] ?? [];
    let column = 0;
    for (const cell of Array.from(row.children)) {
      const tag = cell.tagName.toLowerCase();
      if (tag !== "th" && tag !== "td") continue;
      while (line[column] !== undefined) column += 1;
      const across = span(cell, "colspan", MAX_COLSPAN);
      const down = Math.min(span(cell, "rowspan", MAX_ROWSPAN), rows.length - r);
      for (let dr = 0; dr < down; dr += 1)
        for (let dc = 0; dc < across; dc += 1) {
          const target = grid[r + dr];
          if (target) target[column + dc] = dr === 0 && dc === 0 ? cellValue(cell) : "";
        }
      column += across;
    }
  });
  return grid.map((line) => Array.from(line, (cell) => cell ?? ""));
}

/**
 * What a table shows, as rows of cells: every header row, then the body rows that are shown. Cells are
 * placed as on the page, positions covered by a `colspan` or `rowspan` left empty, and every row is as
 * wide as the widest, so the columns of the CSV line up. A row left out (hidden by a filter) takes its
 * cells with it, including the start of a cell spanning down into shown rows.
 */
export function tableCells(table: Element, isShown: RowFilter = shownByMarkup): string[][] {
  const rows: string[][] = [];
  for (const group of rowGroups(table)) {
    const placed = placeCells(group);
    group.forEach((row, r) => {
      const inHeader = row.parentElement?.tagName.toLowerCase() === "thead";
      const cells = placed[r];
      if (cells && (inHeader || isShown(row))) rows.push(cells);
    });
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}
