import { gridToCsv } from "../csv/to-csv";
import { chartImage } from "./chart-image";
import { copyText } from "./copy-text";
import { downloadName } from "./download-name";
import { saveFile } from "./save-file";
import { svgToPng } from "./svg-to-png";
import { tableCells, type RowFilter } from "./table-cells";

/**
 * The browser side of downloads and copy buttons. The page is complete without it: buttons are
 * rendered `hidden` and only shown here, once they work.
 *
 * - `figure[data-chart-id]` (ChartFrame): PNG and SVG of the chart as shown at the moment of the click,
 *   with the title, source, as-of date and notice from the figure's data attributes;
 * - `table[data-csv-table]`: a CSV button after the table, for the rows shown at the moment of the click;
 * - `button[data-copy-text]`: copies its text and says so in the status element beside it.
 *
 * Safe to call again after a page adds charts or tables: what is set up already is skipped.
 */
export function installDownloads(document: Document): void {
  for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart-id]"))
    setUpChart(document, figure);
  for (const table of document.querySelectorAll<HTMLTableElement>("table[data-csv-table]"))
    setUpTable(document, table);
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]"))
    setUpCopy(document, button);
}

/** The site's as-of date, from the footer, for files whose table names none. */
const siteAsOf = (document: Document) =>
  document.querySelector("[data-testid=data-as-of] time")?.getAttribute("datetime") ?? "";

function once(element: HTMLElement): boolean {
  if (element.dataset["downloadsReady"] === "true") return false;
  element.dataset["downloadsReady"] = "true";
  return true;
}

/** The chart's <svg> the reader sees now (wide or narrow), read at click time: charts may be redrawn. */
function visibleSvg(figure: HTMLElement): SVGSVGElement | null {
  const all = Array.from(figure.querySelectorAll<SVGSVGElement>(".chart-svg svg"));
  return all.find((svg) => svg.getClientRects().length > 0) ?? all[0] ?? null;
}

function setUpChart(document: Document, figure: HTMLElement): void {
  if (!once(figure)) return;
  const buttons = figure.querySelector<HTMLElement>("[data-chart-downloads]");
  if (!buttons) return;
  buttons.hidden = false;
  buttons.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const format = button?.dataset["download"];
    if (format !== "svg" && format !== "png") return;
    void downloadChart(document, figure, format).catch((error: unknown) =>
      reportFailure(buttons, error),
    );
  });
}

async function downloadChart(
  document: Document,
  figure: HTMLElement,
  format: "svg" | "png",
): Promise<void> {
  const svg = visibleSvg(figure);
  if (!svg) throw new Error("no chart to download");
  const data = figure.dataset;
  const asOf = data["chartAsOf"] ?? siteAsOf(document);
  const image = chartImage(svg, {
    title: data["chartTitle"] ?? "",
    lines: [data["chartSource"] ?? "", (data["chartAsOfLine"] ?? "{asOf}").replace("{asOf}", asOf)],
    notice: data["chartNotice"] ?? null,
  });
  const name = downloadName(data["chartId"] ?? "chart", asOf, format);
  const blob =
    format === "svg"
      ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${image.markup}\n`], {
          type: "image/svg+xml;charset=utf-8",
        })
      : await svgToPng(document, image.markup, image);
  saveFile(document, blob, name);
}

/** Rows hidden by a filter (a class, the `hidden` attribute) are not shown, so not exported. */
const shownOnPage: RowFilter = (row) =>
  !(row instanceof HTMLElement && row.hidden) &&
  row.ownerDocument.defaultView?.getComputedStyle(row).display !== "none";

function setUpTable(document: Document, table: HTMLTableElement): void {
  if (!once(table)) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "download-button";
  const label = table.dataset["csvLabel"] ?? "CSV";
  button.textContent = label;
  const ariaLabel = table.dataset["csvAriaLabel"];
  if (ariaLabel) button.setAttribute("aria-label", ariaLabel);
  const bar = document.createElement("div");
  bar.className = "download-buttons";
  bar.append(button);
  (table.closest(".table-scroll") ?? table).after(bar);
  button.addEventListener("click", () => {
    const figure = table.closest<HTMLElement>("figure[data-chart-id]");
    const name = table.dataset["csvName"] ?? figure?.dataset["chartId"] ?? (table.id || "table");
    const asOf = table.dataset["csvAsOf"] ?? figure?.dataset["chartAsOf"] ?? siteAsOf(document);
    const csv = gridToCsv(tableCells(table, shownOnPage));
    saveFile(
      document,
      new Blob([csv], { type: "text/csv;charset=utf-8" }),
      downloadName(name, asOf, "csv"),
    );
  });
}

function setUpCopy(document: Document, button: HTMLButtonElement): void {
  if (!once(button)) return;
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]") ?? null;
  button.hidden = false;
  let clear: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener("click", () => {
    void copyText(button.dataset["copyText"] ?? "", {
      document,
      clipboard: document.defaultView?.navigator.clipboard,
    }).then((copied) => {
      if (!status) return;
      status.textContent = (copied ? status.dataset["copied"] : status.dataset["failed"]) ?? "";
      clearTimeout(clear);
      clear = setTimeout(() => (status.textContent = ""), 6000);
    });
  });
}

/** A download that failed says so beside its buttons (and in the console, for whoever debugs it). */
function reportFailure(buttons: HTMLElement, error: unknown): void {
  const status = buttons.querySelector<HTMLElement>("[data-download-status]");
  if (status) status.textContent = status.dataset["failed"] ?? "";
  console.error(error);
}
