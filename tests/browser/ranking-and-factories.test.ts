import { execFile } from "node:child_process";
import { proseDate } from "../../src/lib/format/format-date";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "../support/read-parquet";
import {
  horizontalOverflow,
  openPage,
  screenshot,
  startSession,
  ARTIFACTS,
  type Session,
} from "./support/browser";

const ROOT = join(import.meta.dirname, "../..");
const DATA = join(ROOT, "public/data");
const AS_OF: string = JSON.parse(readFileSync(join(DATA, "manifest.json"), "utf8")).as_of;
const PHONE = { width: 390, height: 844 };
/** A4 at 96 dpi. */
const A4_WIDTH = 794;

interface CliLine {
  county: string;
  town: string;
  metric: string;
  value: number;
}

/** Each town's assessment rank and score as `npm run figures` computes them (townRanking). */
async function cliRanking(): Promise<Map<string, { rank: number; score: number }>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/figures.ts", "--as-of", AS_OF, "--json", "--data", DATA],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const ranking = new Map<string, { rank: number; score: number }>();
  for (const line of stdout.split("\n").filter((l) => l.startsWith("{"))) {
    const l: CliLine = JSON.parse(line);
    if (l.metric !== "assessment_rank" && l.metric !== "assessment_score") continue;
    const key = `${l.county}|${l.town}`;
    const entry = ranking.get(key) ?? { rank: NaN, score: NaN };
    if (l.metric === "assessment_rank") entry.rank = l.value;
    else entry.score = l.value;
    ranking.set(key, entry);
  }
  return ranking;
}

/** Three factories per county (first by id) and one without a report in the last three months. */
async function sampleFactories(): Promise<{ id: string; county: string; closed: boolean }[]> {
  const rows = await query(`
    WITH last AS (
      SELECT factory_id, max(period_end) AS last_end
      FROM read_parquet('${join(DATA, "reports.parquet")}') GROUP BY factory_id
    ), ranked AS (
      SELECT f.factory_id, f.county_id,
        l.last_end <= last_day(DATE '${AS_OF}' - INTERVAL 3 MONTH) AS closed,
        row_number() OVER (PARTITION BY f.county_id ORDER BY f.factory_id) AS n
      FROM read_parquet('${join(DATA, "factories.parquet")}') f JOIN last l USING (factory_id)
    )
    SELECT factory_id, county_id, closed FROM ranked WHERE n <= 3
    UNION ALL (SELECT factory_id, county_id, closed FROM ranked WHERE closed ORDER BY factory_id LIMIT 1)
  `);
  return rows.map((r) => ({
    id: String(r["factory_id"]),
    county: String(r["county_id"]),
    closed: r["closed"] === true,
  }));
}

let session: Session;
let ranking: Map<string, { rank: number; score: number }>;
let factories: { id: string; county: string; closed: boolean }[];
beforeAll(async () => {
  [session, ranking, factories] = await Promise.all([
    startSession(),
    cliRanking(),
    sampleFactories(),
  ]);
});
afterAll(async () => {
  await session?.close();
});

async function expectClean(path: string, lang: string): Promise<Page> {
  const { page, log, status } = await openPage(session, path);
  expect(status, path).toBe(200);
  expect(await page.getAttribute("html", "lang")).toBe(lang);
  expect(log.consoleErrors, path).toEqual([]);
  expect(log.foreignRequests, path).toEqual([]);
  return page;
}

const LANGS = [
  { lang: "zh-CN", prefix: "", name: "zh" },
  { lang: "en", prefix: "/en", name: "en" },
] as const;

describe.each(LANGS)("ranking ($lang)", ({ lang, prefix, name }) => {
  const path = `${prefix}/ranking/`;

  it("answers 200, clean, with every town's rank and score as townRanking computes them", async () => {
    const page = await expectClean(path, lang);
    const cells = await page.$$eval("[data-metric^='assessment_'][data-county]", (elements) =>
      elements.map((e) => ({
        metric: e.getAttribute("data-metric") ?? "",
        key: `${e.getAttribute("data-county")}|${e.getAttribute("data-town")}`,
        value: Number(e.getAttribute("data-value")),
        asOf: e.getAttribute("data-as-of"),
      })),
    );
    expect(cells.length).toBe(2 * ranking.size);
    for (const cell of cells) {
      const expected = ranking.get(cell.key);
      expect(expected, cell.key).toBeDefined();
      expect(cell.value, `${cell.key} ${cell.metric}`).toBe(
        cell.metric === "assessment_rank" ? expected?.rank : expected?.score,
      );
      expect(cell.asOf).toBe(AS_OF);
    }
    // Ranks ascend down each table; the chart and the assumption note are there.
    for (const table of await page.locator('[data-testid="ranking-table"]').all()) {
      const ranks = (await table.locator("[data-metric='assessment_rank']").all()).length;
      const values = await table
        .locator("[data-metric='assessment_rank']")
        .evaluateAll((es) => es.map((e) => Number(e.getAttribute("data-value"))));
      expect(values).toEqual(values.toSorted((a, b) => a - b));
      expect(ranks).toBeGreaterThan(0);
    }
    expect(await page.locator(".ranking-chart svg").count()).toBe(4);
    expect(await page.textContent('[data-testid="ranking-assumption"]')).toMatch(
      lang === "en" ? /not official/ : /并非官方/,
    );
    expect(await page.locator("a[href*='/towns/']").count()).toBeGreaterThan(0);
    await screenshot(page, `ranking-${name}-desktop`);
    await page.close();
  });

  it("fits a 390-px phone without sideways scrolling", async () => {
    const { page } = await openPage(session, path, PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `ranking-${name}-phone`);
    await page.close();
  });
});

describe("ranking print view", () => {
  it("prints on A4 with a header line, no navigation, and table rows unsplit", async () => {
    const { page } = await openPage(session, "/ranking/", { width: A4_WIDTH, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-header").isVisible()).toBe(true);
    expect(await page.textContent(".print-header")).toContain(proseDate(AS_OF, "zh-CN"));
    expect(await page.locator(".site-nav").isVisible()).toBe(false);
    expect(await page.locator("[data-explore-section]").isVisible()).toBe(false);
    expect(await page.locator(".chart-narrow svg").first().isVisible()).toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Every ranking table fits the printable width (A4 minus the margins): nothing cut off at the side.
    const widths = await page
      .locator('[data-testid="ranking-table"]')
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
    for (const right of widths) expect(right).toBeLessThanOrEqual(A4_WIDTH);
    await screenshot(page, "ranking-print");
    const pdf = await page.pdf({ format: "A4", path: join(ARTIFACTS, "ranking-print.pdf") });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await page.close();
  });
});

describe.each(LANGS)("factory directory ($lang)", ({ lang, prefix, name }) => {
  const path = `${prefix}/factories/`;

  it("lists every factory, filters in the browser and keeps the filter in the URL", async () => {
    const page = await expectClean(path, lang);
    const total = Number(await page.getAttribute('[data-testid="directory-table"]', "data-total"));
    const [{ n }] = (await query(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet('${join(DATA, "factories.parquet")}')`,
    )) as [{ n: number }];
    expect(total).toBe(n);
    const visible = () => page.locator('[data-testid="directory-table"] tbody tr:visible').count();
    expect(await visible()).toBe(total);
    await page.selectOption("#directory-county", "pingli");
    await page.fill("#directory-q", lang === "en" ? "knitting" : "针织");
    const filtered = await visible();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(
      await page
        .locator('[data-testid="directory-table"] tbody tr:visible')
        .evaluateAll((rows) => rows.every((r) => r.getAttribute("data-county") === "pingli")),
    ).toBe(true);
    expect(await page.textContent('[data-testid="directory-count"]')).toContain(String(filtered));
    const url = new URL(page.url());
    expect(url.searchParams.get("county")).toBe("pingli");
    // The same URL, opened afresh, shows the same rows.
    const again = await openPage(session, `${url.pathname}${url.search}`);
    expect(
      await again.page.locator('[data-testid="directory-table"] tbody tr:visible').count(),
    ).toBe(filtered);
    expect(await again.page.inputValue("#directory-county")).toBe("pingli");
    await again.page.close();
    // Nothing matches: the empty state shows.
    await page.fill("#directory-q", "zzzz-no-such-factory");
    expect(await visible()).toBe(0);
    expect(await page.locator('[data-testid="directory-empty"]').isVisible()).toBe(true);
    await page.close();
  });

  it("sorts by latest jobs from a keyboard-operable header button", async () => {
    const { page } = await openPage(session, path);
    const header = page.locator('th[data-sort-key="jobs"]');
    await header.locator("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const jobs = await page
      .locator('[data-testid="directory-table"] tbody td[data-col="jobs"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-value") ?? ""));
    const numbers = jobs.filter((j) => j !== "").map(Number);
    expect(numbers).toEqual(numbers.toSorted((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get("sort")).toBe("jobs");
    await screenshot(page, `factories-${name}-desktop`);
    await page.close();
  });

  it("shows the whole table without JavaScript", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${path}?county=hanyin`);
    const rows = await page.locator('[data-testid="directory-table"] tbody tr:visible').count();
    expect(rows).toBe(
      Number(await page.getAttribute('[data-testid="directory-table"]', "data-total")),
    );
    expect(await page.locator("[data-directory-filters]").isVisible()).toBe(false);
    await context.close();
  });

  it("fits a 390-px phone without sideways scrolling", async () => {
    const { page } = await openPage(session, path, PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `factories-${name}-phone`);
    await page.close();
  });
});

describe("factory pages", () => {
  it("samples three factories per county and a closed one", () => {
    for (const county of ["hanyin", "pingli"])
      expect(factories.filter((f) => f.county === county).length).toBeGreaterThanOrEqual(3);
    expect(factories.some((f) => f.closed)).toBe(true);
  });

  it.each(LANGS)("answer 200 clean in $lang, with history traced to file and row", async (l) => {
    for (const factory of factories) {
      const path = `${l.prefix}/factories/${factory.id}/`;
      const page = await expectClean(path, l.lang);
      expect(await page.getAttribute("h1", "data-factory-id")).toBe(factory.id);
      const history = page.locator('[data-testid="factory-history"] tbody tr');
      expect(await history.count()).toBeGreaterThan(0);
      // The source column: the raw file's path and its row (`hanyin/城关镇/2017-07.csv: 7`).
      const source = (await history.first().locator("td").nth(5).textContent()) ?? "";
      const [, file, row] = /^(.+): (\d+)$/.exec(source) ?? [];
      expect(file).toMatch(/^(hanyin|pingli)\//);
      expect(Number(row)).toBeGreaterThan(0);
      // One chart, drawn at one size that scales to a phone.
      expect(await page.locator(".factory-trend svg").count()).toBe(1);
      expect(await page.getAttribute("[data-status]", "data-status")).toBe(
        factory.closed ? "closed" : "open",
      );
      // Hanyin's documents give certification conditions and subsidies; Pingli's do not.
      const conditions = await page
        .locator('[data-testid="certification"] tr[data-status]')
        .count();
      expect(conditions).toBe(factory.county === "hanyin" ? 4 : 0);
      if (factory.county === "hanyin")
        expect(await page.textContent('[data-testid="subsidies"]')).toMatch(
          l.lang === "en" ? /estimate/ : /估算/,
        );
      const text = (await page.textContent("body")) ?? "";
      expect(text).not.toMatch(/\b\d{17}[\dXx]\b/);
      expect(text).not.toMatch(/\b1[3-9]\d{9}\b/);
      await page.close();
    }
  });

  it("keeps you on the same factory when switching language", async () => {
    const factory = factories[0];
    if (!factory) throw new Error("no factory sampled");
    const { page } = await openPage(session, `/factories/${factory.id}/`);
    const other = `/en/factories/${factory.id}/`;
    await Promise.all([page.waitForURL(`**${other}`), page.click('[data-testid="lang-switch"]')]);
    expect(new URL(page.url()).pathname).toBe(other);
    expect(await page.getAttribute("h1", "data-factory-id")).toBe(factory.id);
    await page.close();
  });

  it.each(LANGS)("look right on desktop and phone ($lang)", async ({ prefix, name }) => {
    const closed = factories.find((f) => f.closed && f.county === "hanyin") ?? factories[0];
    if (!closed) throw new Error("no factory sampled");
    const desktop = await openPage(session, `${prefix}/factories/${closed.id}/`);
    await screenshot(desktop.page, `factory-${name}-desktop`);
    await desktop.page.close();
    const phone = await openPage(session, `${prefix}/factories/${closed.id}/`, PHONE);
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await screenshot(phone.page, `factory-${name}-phone`);
    await phone.page.close();
  });
});
