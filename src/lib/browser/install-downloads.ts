import { proseDate } from "../format/format-date";
import { langOfHtml } from "../i18n/lang";
import { chartImage } from "../downloads/chart-image";
import { chartAsOf, chartPageText, chartTemplate, TITLE_SLOT } from "../downloads/chart-page";
import { copyText } from "../downloads/copy-text";
import { downloadName } from "../downloads/download-name";
import { downloadTable, installTableCsv } from "../downloads/install-table-csv";
import { saveFile } from "../downloads/save-file";
import { svgToPng } from "../downloads/svg-to-png";

/**
 * The browser side of downloads and copy buttons. The page is complete without it: buttons are
 * rendered `hidden` and only shown here, once they work.
 *
 * - `figure[data-chart-id]` (ChartFrame): its buttons, cloned from the page's chart template
 *   (chart-page.ts), each labelled with the chart's title; PNG and SVG of the chart as shown at the moment
 *   of the click, with the title and description from its caption, and the source, as-of date and notice
 *   from the figure or the page; CSV of its table where it holds one;
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

/** The chart's title and description: its caption's (ChartFrame.astro), which redrawChart keeps current. */
function chartWords(figure: HTMLElement): { title: string; description: string } {
  const caption = figure.querySelector("figcaption");
  const text = (selector: string) => caption?.querySelector(selector)?.textContent?.trim() ?? "";
  return { title: text("strong"), description: text(".chart-description") };
}

/** The figure's buttons, cloned from the page's template once, after the chart itself. */
function chartButtons(figure: HTMLElement): HTMLElement | null {
  const present = figure.querySelector<HTMLElement>("[data-chart-downloads]");
  if (present) return present;
  const buttons = chartTemplate(figure)?.content.firstElementChild?.cloneNode(true);
  if (!(buttons instanceof HTMLElement)) return null;
  // The CSV button saves the chart's table: none without one.
  if (!figure.querySelector("table")) buttons.querySelector("[data-download=csv]")?.remove();
  const charts = figure.querySelectorAll(".chart-svg");
  const last = charts[charts.length - 1];
  if (last) last.after(buttons);
  else figure.append(buttons);
  return buttons;
}

/** Each button's label names the chart, whose title a page may change (redrawChart). */
function labelButtons(figure: HTMLElement, buttons: HTMLElement): void {
  const template = chartTemplate(figure)?.content;
  const { title } = chartWords(figure);
  for (const button of buttons.querySelectorAll<HTMLButtonElement>("button[data-download]")) {
    const format = button.dataset["download"] ?? "";
    const pattern = template
      ?.querySelector(`[data-download="${format}"]`)
      ?.getAttribute("aria-label");
    if (!pattern) continue;
    const label = pattern.replace(TITLE_SLOT, () => title);
    if (button.getAttribute("aria-label") !== label) button.setAttribute("aria-label", label);
  }
}

function setUpChart(document: Document, figure: HTMLElement): void {
  const buttons = chartButtons(figure);
  if (!buttons) return;
  labelButtons(figure, buttons);
  if (!once(figure)) return;
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
  const asOf = chartAsOf(figure);
  const page = chartPageText(figure);
  const lang = figure.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
  const image = chartImage(svg, {
    ...chartWords(figure),
    // A caption: the as-of date in prose (docs/words-and-numbers.md); the file name keeps the ISO date.
    lines: [page.source, page.asOfLine.replace("{asOf}", proseDate(asOf, langOfHtml(lang)))],
    notice: page.notice,
  });
  const name = downloadName(figure.dataset["chartId"] ?? "chart", asOf, format);
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
