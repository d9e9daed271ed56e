import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { serveStatic } from "../../scripts/lib/static-server";
import {
  type FactorySearchIndex,
  indexedFactories,
} from "../../src/lib/factories/factory-search-index";
import { quantile } from "./numbers";

/**
 * The factory directory's search box in headless Chromium on 127.0.0.1 (issue #19): on a site of up to
 * three counties /factories/ filters the table it holds (table-filter.ts); on a province it searches an
 * index fetched on the first focus (factory-search.ts), and each county's directory page filters its
 * table. Each keystroke is timed in the page from the input event until the results are laid out.
 */

/** Issue #19's targets for the search box. */
export const SEARCH_TARGETS = { firstMs: 1000, p95Ms: 100 } as const;
/** Names typed, each a keystroke at a time up to this many characters. */
const NAMES = 10;
const PREFIX = 4;

export interface SearchFigures {
  path: string;
  /** Median over fresh loads: from the first keystroke (focus included) to the first results. */
  firstMs: number;
  keystrokes: number[];
}

/** Types `text` into the page's directory search box as one keystroke; the ms until the results are laid out. */
function keystroke(page: Page, text: string): Promise<number> {
  return page.evaluate(async (text) => {
    const search = document.querySelector<HTMLFormElement>("form[data-factory-search]");
    const form = search ?? document.querySelector<HTMLFormElement>("form[data-directory-filters]");
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) throw new Error("no directory search box on this page");
    const started = performance.now();
    if (document.activeElement !== input) input.focus();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    // The table filter redraws in the event; the province search once its index is in and searched. No
    // named inner functions: tsx would wrap them in a helper the page does not have.
    if (search)
      await new Promise<void>((done, fail) => {
        new MutationObserver((_records, observer) => {
          const state = search.dataset["state"];
          if (state !== "ready" && state !== "error") return;
          observer.disconnect();
          if (state === "ready") done();
          else fail(new Error("the search index did not load"));
        }).observe(search, { attributes: true, attributeFilter: ["data-state"] });
      });
    // Lays the results out now: what a reader sees, not only the DOM changed.
    void document.body.offsetHeight;
    return performance.now() - started;
  }, text);
}

/** The index before it was made compact (one array per factory): a build of older sources, to compare. */
interface OldIndex {
  factories: [string, string][];
}

const indexNames = (index: FactorySearchIndex | OldIndex): string[] =>
  "factories" in index
    ? index.factories.map(([, name]) => name)
    : indexedFactories(index).map((f) => f.name);

/** Factory names to type, spread over the site's factories: the search index's, else the directory table's. */
export function namesToType(dist: string, path: string): string[] {
  const index = join(dist, "factories/search-index.json");
  const html = join(dist, path, "index.html");
  // A row's name is its first cell, wherever its link leads.
  const names =
    path === "factories" && existsSync(index)
      ? indexNames(JSON.parse(readFileSync(index, "utf8")) as FactorySearchIndex | OldIndex)
      : Array.from(
          parseHTML(readFileSync(html, "utf8")).document.querySelectorAll(
            '[data-testid="directory-table"] tbody tr > :first-child',
          ),
          (cell) => cell.textContent?.trim() ?? "",
        );
  const step = Math.max(1, Math.floor(names.length / NAMES));
  return names.filter((name, i) => name !== "" && i % step === 0).slice(0, NAMES);
}

/**
 * The first results over `loads` fresh loads (an empty cache each), then every keystroke of typing each
 * name's first characters, the box cleared between names (the clearing not counted).
 */
export async function benchDirectorySearch(
  browser: Browser,
  dist: string,
  paths: readonly string[],
  loads = 3,
): Promise<SearchFigures[]> {
  const server = await serveStatic(dist);
  const figures: SearchFigures[] = [];
  try {
    for (const path of paths) {
      const names = namesToType(dist, path);
      const first: number[] = [];
      const keystrokes: number[] = [];
      for (let load = 0; load < loads; load++) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}/${path}/`, { waitUntil: "load" });
          first.push(await keystroke(page, [...(names[0] ?? "厂")][0] ?? "厂"));
          if (load < loads - 1) continue;
          for (const name of names) {
            await keystroke(page, "");
            const chars = [...name].slice(0, PREFIX);
            for (let n = 1; n <= chars.length; n++)
              keystrokes.push(await keystroke(page, chars.slice(0, n).join("")));
          }
        } finally {
          await context.close();
        }
      }
      figures.push({ path, firstMs: quantile(first, 0.5), keystrokes });
    }
  } finally {
    await server.close();
  }
  return figures;
}
