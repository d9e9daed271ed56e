import { proseDate } from "../format/format-date";
import { langOfHtml } from "../i18n/lang";
import { chartImage } from "../downloads/chart-image";
import { copyText } from "../downloads/copy-text";
import { downloadName } from "../downloads/download-name";
import { downloadTable, installTableCsv } from "../downloads/install-table-csv";
import { saveFile } from "../downloads/save-file";
import { siteAsOf } from "../downloads/site-as-of";
import { svgToPng } from "../downloads/svg-to-png";

/**
 * The browser side of downloads and copy buttons. The page is complete without it: buttons are
 * rendered `hidden` and only shown here, once they work.
 *
 * - `figure[data-chart-id]` (ChartFrame): PNG and SVG of the chart as shown at the moment of the click,
 *   with the title, source, as-of date and notice from the figure's data attributes;
 * - every table in `<main>`: a CSV button after it (install-table-csv.ts);
 * - `button[data-copy-text]`: copies its text and says so in the status element beside it.
 *
 * Safe to call again after a page adds charts or tables: what is set up already is skipped.
 */
export function installDownloads(document: Document): void {
  for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart-id]"))
    setUpChart(document, figure);
  installTableCsv(document);
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]"))
    setUpCopy(document, button);
}

/** How long `<main>` must stay still after a change before the buttons are set up again. */
const SETTLE_MS = 50;

/**
 * Runs installDownloads again whenever `<main>` changes (a page script drew a table, replaced a
 * container's contents, redrew a chart), once the changes settle. Returns a function that stops it.
 */
export function keepDownloadsInstalled(document: Document): () => void {
  const main = document.querySelector("main");
  const view = document.defaultView;
  if (!main || !view) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new view.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => installDownloads(document), SETTLE_MS);
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

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
  buttons.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const format = button?.dataset["download"];
    if (format === "csv") {
      // The chart's data as its table holds it (the table may be folded away in its <details>).
      const table = figure.querySelector("table");
      if (table) downloadTable(document, table);
      return;
    }
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
    // A caption: the as-of date in prose (docs/words-and-numbers.md); the file name keeps the ISO date.
    lines: [
      data["chartSource"] ?? "",
      (data["chartAsOfLine"] ?? "{asOf}").replace(
        "{asOf}",
        proseDate(asOf, langOfHtml(document.documentElement.lang)),
      ),
    ],
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

function setUpCopy(document: Document, button: HTMLButtonElement): void {
  if (!once(button)) return;
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]") ?? null;
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
