import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { proseDate } from "../../src/lib/format/format-date";
import { openPage, screenshot, useSession } from "./support/browser";
import { applied, ENGINE_TIMEOUT, FORM } from "./support/explore";
import { DATA_AS_OF } from "./support/figures-cli";

/**
 * Issue #15, "while anything is still computing": until the chosen view is drawn, every part that still
 * shows the last one is marked not current (aria-busy, dimmed), a line names the view being computed, and
 * each figure keeps its own date; once drawn, the dates in words (intro, card captions) are the new ones.
 * The engine's wasm is held back by a route until the marks have been checked.
 */

const session = useSession();
const MONTH = "2019-06-30";
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Holds every request for the engine's wasm until `release` is called. */
async function holdEngine(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The figures cube answers first (figure-source.ts), DuckDB-WASM after: hold both.
  await page.route(/(\.wasm|figures_cube\/[^/]+\.parquet)$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The data-as-of of every marked figure on the page, as a set. */
const figureDates = (page: Page) =>
  page
    .$$eval("main [data-metric][data-county]", (all) =>
      all.filter((e) => !e.closest("[hidden]")).map((e) => e.getAttribute("data-as-of")),
    )
    .then((dates) => new Set(dates));

/** Screenshots of the page as it is, at the desktop's and the phone's width. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

const PAGES = [
  {
    page: "overview",
    path: "",
    busy: "[data-county-section]",
    intro: '[data-overview-part="intro"]',
  },
  {
    page: "town",
    path: "towns/pingli-laoxian/",
    busy: '[data-town-part="figures"]',
    intro: '[data-town-part="intro"]',
  },
  {
    page: "ranking",
    path: "ranking/",
    busy: "[data-county-ranking]",
    intro: '[data-ranking-part="intro"]',
  },
] as const;

describe.each(
  PAGES.flatMap((p) => [
    { ...p, lang: "zh", prefix: "/", computing: "正在计算 2019年6月", month: "2019年6月" },
    { ...p, lang: "en", prefix: "/en/", computing: "Computing June 2019", month: "June 2019" },
  ]),
)(
  "$page ($lang) while a new month computes",
  ({ page: kind, path, prefix, busy, intro, lang, computing }) => {
    it("marks the old view busy with its old dates, then shows the new one dated in words", async () => {
      const { page, log } = await openPage(session, `${prefix}${path}`, DESKTOP);
      const release = await holdEngine(page);
      await page.selectOption("#explore-asof", MONTH);

      // While computing: every part still showing the published view is marked, none is read as current.
      await page.waitForSelector(`main ${busy}[aria-busy="true"]`);
      const line = page.locator("[data-explore-computing]");
      await line.waitFor({ state: "visible" });
      expect(await line.textContent()).toContain(computing);
      expect(await figureDates(page)).toEqual(new Set([DATA_AS_OF]));
      const unmarked = await page.$$eval(
        `main ${busy}`,
        (all) => all.filter((e) => e.getAttribute("aria-busy") !== "true").length,
      );
      expect(unmarked).toBe(0);
      await shoot(page, `busy-${kind}-${lang}-computing`);

      release();
      await applied(page, `?asof=${MONTH}`);
      // The figures come from the cube; the overview's not-reporting lists (factory names) follow from
      // DuckDB-WASM and stay busy until then: wait for the last mark to go.
      await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'), null, {
        timeout: 120_000,
      });
      expect(await line.isHidden()).toBe(true);
      // The one live region says the view now shown.
      expect(await page.textContent("[data-explore-status]")).toContain("2019");
      expect(await figureDates(page)).toEqual(new Set([MONTH]));
      // The intro states its date in prose (docs/words-and-numbers.md).
      const prose = (iso: string) => proseDate(iso, lang === "zh" ? "zh-CN" : "en");
      expect(await page.textContent(intro)).toContain(kind === "ranking" ? "2019" : prose(MONTH));
      expect(await page.textContent(intro)).not.toContain(prose(DATA_AS_OF));
      if (kind === "overview") {
        // The headline strip follows the view (issue #15): its date and every figure it marks are the month's,
        // and its ranking lines are drawn (DuckDB-WASM answered the lists above).
        expect(await page.isVisible(".strip-units")).toBe(true);
        expect(await page.textContent("[data-strip-as-of]")).toContain(prose(MONTH));
        const stripDates = await page.$$eval("[data-headline-strip] [data-as-of]", (all) =>
          all.map((e) => e.getAttribute("data-as-of")),
        );
        expect(stripDates.length).toBeGreaterThan(0);
        expect(new Set(stripDates)).toEqual(new Set([MONTH]));
        expect(
          await page.locator("[data-headline-strip] [data-rank-first]").count(),
        ).toBeGreaterThan(0);
        const captions = await page.$$eval(".target-card .as-of", (all) =>
          all.map((e) => e.textContent ?? ""),
        );
        expect(captions.length).toBeGreaterThan(0);
        for (const caption of captions)
          expect(
            [MONTH, prose(MONTH)].some((d) => caption.includes(d)),
            caption,
          ).toBe(true);
        const chartDates = await page.$$eval("figure[data-chart-id]", (all) =>
          all.filter((e) => !e.closest("[hidden]")).map((e) => e.getAttribute("data-chart-as-of")),
        );
        expect(new Set(chartDates)).toEqual(new Set([MONTH]));
      }
      await shoot(page, `busy-${kind}-${lang}-after`);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      await page.close();
    });
  },
);

describe("a shared link", () => {
  it(
    "marks the published figures busy from the first paint until its own view is drawn",
    async () => {
      const page = await session.browser.newPage({ viewport: DESKTOP });
      const release = await holdEngine(page);
      await page.goto(`${session.server.url}/?asof=${MONTH}&county=pingli`, { waitUntil: "load" });
      await page.waitForSelector('[data-county-section="pingli"][aria-busy="true"]');
      expect(await page.locator("[data-explore-computing]").isVisible()).toBe(true);
      expect(await figureDates(page)).toEqual(new Set([DATA_AS_OF]));
      release();
      await applied(page, `?asof=${MONTH}&county=pingli`);
      expect(await page.getAttribute(FORM, "data-state")).toBe("ready");
      // The figures come from the cube; the overview's not-reporting lists (factory names) follow from
      // DuckDB-WASM and stay busy until then: wait for the last mark to go.
      await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'), null, {
        timeout: 120_000,
      });
      expect(await figureDates(page)).toEqual(new Set([MONTH]));
      await page.close();
    },
    ENGINE_TIMEOUT,
  );
});

/** Holds every request for DuckDB-WASM's wasm (never released): what the page shows must not need it. */
async function holdWasm(page: Page): Promise<string[]> {
  const held: string[] = [];
  await page.route(/\.wasm$/, (route) => {
    held.push(route.request().url());
    return new Promise<void>(() => undefined);
  });
  return held;
}

describe.each([
  { lang: "zh", prefix: "/" },
  { lang: "en", prefix: "/en/" },
])("without DuckDB-WASM ($lang)", ({ prefix }) => {
  it("the ranking page answers a new month at once from the figures cube (reporting completeness included)", async () => {
    const { page, log } = await openPage(session, `${prefix}ranking/`, DESKTOP);
    await holdWasm(page);
    await page.selectOption("#explore-asof", MONTH);
    await applied(page, `?asof=${MONTH}`);
    // Nothing is left waiting for the engine: every county's ranking is drawn, none says it waits.
    expect(await page.locator('main [aria-busy="true"]').count()).toBe(0);
    expect(await page.locator("main [data-part-busy-note]").count()).toBe(0);
    const dates = await page.$$eval("[data-county-ranking] [data-as-of]", (all) =>
      all.map((e) => e.getAttribute("data-as-of")),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set([MONTH]));
    expect(await page.locator('[data-indicator="reporting_completeness"]').count()).toBeGreaterThan(
      0,
    );
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("the overview's headline strip ranks the towns for a new month from the figures cube", async () => {
    const { page } = await openPage(session, prefix, DESKTOP);
    await holdWasm(page);
    await page.selectOption("#explore-asof", MONTH);
    // Not applied(): the not-reporting lists further down name factories and wait for DuckDB-WASM.
    await page.waitForSelector(`${FORM}[data-state="ready"][data-applied="?asof=${MONTH}"]`, {
      timeout: ENGINE_TIMEOUT,
    });
    expect(await page.locator("[data-headline-strip] [data-part-busy]").count()).toBe(0);
    expect(await page.locator('[data-headline-strip] [aria-busy="true"]').count()).toBe(0);
    expect(await page.locator("[data-headline-strip] [data-rank-first]").count()).toBeGreaterThan(
      0,
    );
    await page.close();
  });
});

describe("a county's figures cube", () => {
  it("is fetched for the counties a view shows only: a town page reads its own county's file", async () => {
    const { page } = await openPage(session, "/towns/pingli-laoxian/", DESKTOP);
    const cubes: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/data/figures_cube/")) cubes.push(path);
    });
    await page.selectOption("#explore-asof", MONTH);
    await applied(page, `?asof=${MONTH}`);
    expect(cubes).toEqual(["/data/figures_cube/pingli.parquet"]);
    await page.close();
  });

  it("a shared link to one county reads that county's file only", async () => {
    const page = await session.browser.newPage({ viewport: DESKTOP });
    const cubes: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/data/figures_cube/")) cubes.push(path);
    });
    await page.goto(`${session.server.url}/?asof=${MONTH}&county=pingli`);
    await applied(page, `?asof=${MONTH}&county=pingli`);
    expect(cubes).toEqual(["/data/figures_cube/pingli.parquet"]);
    await page.close();
  });
});
