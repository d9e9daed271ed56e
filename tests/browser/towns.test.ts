import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cliFigures,
  DATA_AS_OF,
  expectFiguresMatch,
  markedFigures,
  ROOT,
} from "./support/figures-cli";
import { describe, expect, it } from "vitest";
import { horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";

const AS_OF = DATA_AS_OF;

interface ReferenceTown {
  town_id: string;
  name: string;
}
const COUNTIES = ["hanyin", "pingli"] as const;
const TOWNS: Record<string, ReferenceTown[]> = Object.fromEntries(
  COUNTIES.map((c) => [
    c,
    JSON.parse(readFileSync(join(ROOT, `data/reference/counties/${c}.json`), "utf8")).towns,
  ]),
);
const ALL_TOWNS = COUNTIES.flatMap((c) => (TOWNS[c] ?? []).map((t) => t.town_id));
/** One town page per county, whose figures are checked against the figures CLI. */
const CHECKED = [
  { county: "pingli", town: "pingli-laoxian" },
  { county: "hanyin", town: "hanyin-chengguan" },
];

const session = useSession();

describe.each([
  { lang: "zh-CN", prefix: "" },
  { lang: "en", prefix: "/en" },
])("town pages ($lang)", ({ lang, prefix }) => {
  it("answer 200 for the index and every town, without console errors or foreign requests", async () => {
    for (const path of [`${prefix}/towns/`, ...ALL_TOWNS.map((id) => `${prefix}/towns/${id}/`)]) {
      const { page, log, status } = await openPage(session, path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect({ path, errors: log.consoleErrors }).toEqual({ path, errors: [] });
      expect({ path, foreign: log.foreignRequests }).toEqual({ path, foreign: [] });
      await page.close();
    }
    // 22 pages one after another: more than one test's usual minute on a busy two-core machine.
  }, 180_000);

  it("links every town of both counties from the index", async () => {
    const { page } = await openPage(session, `${prefix}/towns/`);
    for (const id of ALL_TOWNS)
      expect(await page.locator(`a[href="${prefix}/towns/${id}/"]`).count(), id).toBe(1);
    await page.close();
  });
});

describe("town figures equal the figures CLI", () => {
  it.each(CHECKED)("on $town, in both languages", async ({ county, town }) => {
    const cli = await cliFigures(AS_OF, "--county", county, "--town", town);
    for (const prefix of ["", "/en"]) {
      const { page } = await openPage(session, `${prefix}/towns/${town}/`);
      const marked = await markedFigures(page);
      // Ten headline figures and four reporting periods at least, all for this town.
      expect(marked.length).toBeGreaterThanOrEqual(14);
      expect(new Set(marked.map((f) => `${f.county}|${f.town}`))).toEqual(
        new Set([`${county}|${TOWNS[county]?.find((t) => t.town_id === town)?.name}`]),
      );
      expectFiguresMatch(marked, cli, AS_OF);
      await page.close();
    }
  });

  it("on the towns index", async () => {
    const cli = new Map(
      (await Promise.all(COUNTIES.map((c) => cliFigures(AS_OF, "--county", c)))).flatMap((m) => [
        ...m,
      ]),
    );
    const { page } = await openPage(session, "/towns/");
    const marked = await markedFigures(page);
    expect(marked.length).toBe(ALL_TOWNS.length * 4);
    expectFiguresMatch(marked, cli, AS_OF);
    await page.close();
  });
});

describe("town page content", () => {
  it("shows Pingli's yearly rule for 2017–2019 and Hanyin's tasks labelled provisional", async () => {
    const pingli = await openPage(session, "/towns/pingli-laoxian/");
    const years = await pingli.page.$$eval(".rule-cell", (cells) =>
      cells.map((c) => c.getAttribute("data-year")),
    );
    expect([...new Set(years)]).toEqual(["2017", "2018", "2019"]);
    for (const status of await pingli.page.$$eval(".rule-cell", (cells) =>
      cells.map((c) => c.getAttribute("data-status")),
    ))
      expect(["met", "missed"]).toContain(status);
    await pingli.page.close();

    const hanyin = await openPage(session, "/en/towns/hanyin-chengguan/");
    const text = (await hanyin.page.textContent(".town-page")) ?? "";
    expect(text).toContain("Provisional task");
    expect(text).toContain("split equally");
    expect(await hanyin.page.locator(".tasks-table tbody tr").count()).toBe(4);
    await hanyin.page.close();
  });

  it("lists the town's factories with links to their pages, and links back", async () => {
    const { page } = await openPage(session, "/towns/pingli-laoxian/");
    const rows = page.locator(".factories-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const href = await rows.first().locator("a").getAttribute("href");
    expect(href).toMatch(/^\/factories\/[^/]+\/$/);
    expect(await page.locator('a[href="/#county-pingli"]').count()).toBe(1);
    expect(await page.locator('a[href="/data-quality/#quality-pingli-laoxian"]').count()).toBe(1);
    // Every chart has its table.
    const charts = await page.locator(".town-trends figure").count();
    expect(charts).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".town-trends figure details table").count()).toBe(charts);
    await page.close();
  });

  it("switches language to the same town", async () => {
    const { page } = await openPage(session, "/towns/hanyin-chengguan/");
    await Promise.all([
      page.waitForURL("**/en/towns/hanyin-chengguan/"),
      page.click('[data-testid="lang-switch"]'),
    ]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/towns/hanyin-chengguan/"),
      page.click('[data-testid="lang-switch"]'),
    ]);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.close();
  });
});

describe.each([
  { name: "zh", prefix: "" },
  { name: "en", prefix: "/en" },
])("screens ($name)", ({ name, prefix }) => {
  it("fit a 390-px phone without sideways scrolling, and are saved as screenshots", async () => {
    for (const [path, shot] of [
      [`${prefix}/towns/pingli-laoxian/`, `town-${name}`],
      [`${prefix}/towns/`, `towns-index-${name}`],
    ] as const) {
      const desktop = await openPage(session, path);
      await screenshot(desktop.page, `${shot}-desktop`);
      await desktop.page.close();
      const phone = await openPage(session, path, { width: 390, height: 844 });
      expect(await horizontalOverflow(phone.page), path).toBeLessThanOrEqual(0);
      await screenshot(phone.page, `${shot}-phone`);
      await phone.page.close();
    }
  });
});

describe("the overview's town-level sections", () => {
  it("shows small multiples with a table, the not-reporting list, the rule, the tasks and pace inputs", async () => {
    const { page } = await openPage(session, "/en/");
    for (const county of COUNTIES) {
      const section = page.locator(`[data-county-section="${county}"]`);
      expect(await section.locator(".town-multiples details table").count(), county).toBe(1);
      // The count stays, and the list beside it has as many rows.
      const count = Number(
        await section.locator('[data-metric="not_reporting"]').getAttribute("data-value"),
      );
      expect(await section.locator(".not-reporting-table tbody tr").count(), county).toBe(count);
      // Every town name in the town map's table links to its page.
      for (const id of (TOWNS[county] ?? []).map((t) => t.town_id))
        expect(
          await section.locator(`.town-map table a[href="/en/towns/${id}/"]`).count(),
          id,
        ).toBe(1);
    }
    const pingli = page.locator('[data-county-section="pingli"]');
    expect(await pingli.locator(".rule-table tbody tr").count()).toBe(TOWNS["pingli"]?.length);
    expect(await pingli.locator(".rule-cell").count()).toBe((TOWNS["pingli"]?.length ?? 0) * 3);
    const hanyin = page.locator('[data-county-section="hanyin"]');
    expect(await hanyin.locator(".tasks-table tbody tr").count()).toBe(TOWNS["hanyin"]?.length);
    expect(await hanyin.locator(".town-tasks").textContent()).toContain("Provisional task");
    // Each card with a pace shows R and its inputs, folded.
    const paces = page.locator(".target-card details.pace-inputs");
    expect(await paces.count()).toBe(9);
    expect(await paces.first().textContent()).toContain("R = observed ÷ required");
    await page.close();
  });
});
