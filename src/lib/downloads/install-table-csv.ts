import { gridToCsv } from "../csv/to-csv";
import { downloadName } from "./download-name";
import { saveFile } from "./save-file";
import { chartAsOf } from "./chart-page";
import { siteAsOf } from "./site-as-of";
import { tableCells, type RowFilter } from "./table-cells";
import { tableCsvButtonText, tableCsvName } from "./table-csv-text";

/** Marks the bar holding a table's CSV button, which sits right after the table (or its scroll box). */
const BAR = "data-csv-bar";

/** Rows hidden by a filter (a class, the `hidden` attribute) are not shown, so not exported. */
const shownOnPage: RowFilter = (row) =>
  !(row instanceof HTMLElement && row.hidden) &&
  row.ownerDocument.defaultView?.getComputedStyle(row).display !== "none";

/** What the bar goes after: the table's `.table-scroll` box when it has one, else the table. */
const anchorOf = (table: HTMLTableElement): Element =>
  table.parentElement?.classList.contains("table-scroll") ? table.parentElement : table;

/** The table a bar belongs to, looked up when needed: a page script may have replaced it since. */
function tableBefore(bar: Element): HTMLTableElement | null {
  const anchor = bar.previousElementSibling;
  if (anchor instanceof HTMLTableElement) return anchor;
  if (!anchor?.classList.contains("table-scroll")) return null;
  const inside = Array.from(anchor.children).find((c) => c instanceof HTMLTableElement);
  return inside instanceof HTMLTableElement ? inside : null;
}

const wantsCsv = (table: HTMLTableElement) => table.closest("[data-no-csv]") === null;

/**
 * Gives every table in `<main>` (except those inside `[data-no-csv]`, which have a download of their
 * own) one CSV button after it, for the rows shown at the moment of the click. Safe to run again after
 * a page script adds, redraws or replaces tables: a table whose bar is in place keeps it (its words
 * brought up to date with its caption), and a bar whose table has gone goes too.
 */
export function installTableCsv(document: Document): void {
  const main = document.querySelector("main");
  if (!main) return;
  for (const bar of Array.from(main.querySelectorAll(`[${BAR}]`))) {
    const table = tableBefore(bar);
    if (!table || !wantsCsv(table)) bar.remove();
  }
  for (const table of Array.from(main.querySelectorAll("table"))) {
    if (!wantsCsv(table)) continue;
    const anchor = anchorOf(table);
    const next = anchor.nextElementSibling;
    const bar = next?.hasAttribute(BAR) ? next : addBar(document, anchor);
    const button = bar.querySelector("button");
    if (button) label(button, table, main);
  }
}

function addBar(document: Document, anchor: Element): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "download-buttons";
  bar.setAttribute(BAR, "");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "download-button";
  bar.append(button);
  anchor.after(bar);
  button.addEventListener("click", () => {
    const table = tableBefore(bar);
    if (table) downloadTable(document, table);
  });
  return bar;
}

/** Writes only what changed: the page's DOM is watched, and a write that changes nothing is still one. */
function label(button: HTMLButtonElement, table: HTMLTableElement, main: Element): void {
  const { label, ariaLabel } = tableCsvButtonText(table, main);
  if (button.textContent !== label) button.textContent = label;
  if (ariaLabel === null) button.removeAttribute("aria-label");
  else if (button.getAttribute("aria-label") !== ariaLabel)
    button.setAttribute("aria-label", ariaLabel);
}

/** Saves a table's rows shown on the page as CSV (UTF-8 with BOM), named by its chart or caption and date. */
export function downloadTable(document: Document, table: HTMLTableElement): void {
  const figure = table.closest<HTMLElement>("figure[data-chart-id]");
  const asOf = table.dataset["csvAsOf"] ?? (figure ? chartAsOf(figure) : siteAsOf(document));
  const csv = gridToCsv(tableCells(table, shownOnPage));
  saveFile(
    document,
    new Blob([csv], { type: "text/csv;charset=utf-8" }),
    downloadName(tableCsvName(table), asOf, "csv"),
  );
}
