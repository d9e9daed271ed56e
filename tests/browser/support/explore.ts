import type { Page } from "playwright-core";

/** Milliseconds the engine may take to start on a busy two-core machine. */
export const ENGINE_TIMEOUT = 60_000;
/** The exploration controls' form (ExploreControls.astro). */
export const FORM = "form[data-explore]";

/**
 * Waits until the controls have applied this query string and are idle again, and every chart and table
 * further down the page, drawn in idle time, is drawn too, and so is every factory list.
 */
export async function applied(page: Page, query: string): Promise<void> {
  await page.waitForSelector(`${FORM}[data-state="ready"][data-applied="${query}"]`, {
    timeout: ENGINE_TIMEOUT,
  });
  await page.waitForSelector('html[data-charts-pending="0"]', { timeout: ENGINE_TIMEOUT });
  // Factory lists follow from DuckDB-WASM after the figures (view-busy.ts markPartBusy).
  await page.waitForFunction(() => !document.querySelector("main [data-part-busy]"), null, {
    timeout: ENGINE_TIMEOUT,
  });
}

/** The DuckDB-WASM engine's own files: its wasm and its worker. */
export const isEngineFile = (url: string): boolean => /\.wasm$|worker[^/]*\.js$/.test(url);
