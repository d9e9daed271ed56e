import { describe, expect, it } from "vitest";
import { proseDate } from "../../src/lib/format/format-date";
import { cliFigures, expectFiguresMatch, markedFigures } from "./support/figures-cli";
import { horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";
import { download } from "./support/downloads";
import { applied, FORM, isEngineFile } from "./support/explore";

const session = useSession();

const MONTH = "2019-06-30";
const INDUSTRY = "knitting_garments";
const TOWN = "/towns/pingli-laoxian/";
const TOWN_SHARED = `?asof=${MONTH}&industry=${INDUSTRY}`;
const RANKING_SHARED = `?asof=${MONTH}&county=pingli&town=pingli-laoxian&industry=${INDUSTRY}`;

describe("town page controls", () => {
  it("load no engine before a person touches them, then recompute the town for the month chosen", async () => {
    const { page, log } = await openPage(session, TOWN);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.waitForTimeout(1000);
    expect(requested.filter(isEngineFile)).toEqual([]);
    expect(await page.isVisible("[data-explore-section]")).toBe(true);
    // A town page has no county control: the town decides the county.
    expect(await page.locator("#explore-county").count()).toBe(0);
    expect(await page.inputValue("#explore-town")).toBe("pingli-laoxian");

    const [cli] = await Promise.all([
      cliFigures(MONTH, "--county", "pingli", "--town", "老县镇"),
      page.selectOption("#explore-asof", MONTH),
    ]);
    await applied(page, `?asof=${MONTH}`);
    expect(new URL(page.url()).search).toBe(`?asof=${MONTH}`);
    const shown = await markedFigures(page);
    const metrics = new Set(shown.map((f) => f.metric));
    for (const m of ["factories", "jobs", "output_12m", "periods_due", "rows_rejected"])
      expect(metrics, m).toContain(m);
    expectFiguresMatch(shown, cli, MONTH);
    // Every chart now carries the month it shows, for its downloads.
    const chartDates = await page.$$eval("figure[data-chart-id]", (f) =>
      f.map((e) => e.getAttribute("data-chart-as-of")),
    );
    expect(new Set(chartDates)).toEqual(new Set([MONTH]));
    expect(await page.textContent('[data-town-part="figures-heading"]')).toContain(
      proseDate(MONTH, "zh-CN"),
    );
    // A table's CSV is named after the month it now shows.
    const { name } = await download(
      page,
      page
        .locator(
          ".factories-table ~ [data-csv-bar] button, .table-scroll:has(.factories-table) + [data-csv-bar] button",
        )
        .first(),
    );
    expect(name).toMatch(new RegExp(`-${MONTH}\\.csv$`));
    // The rejects by reason count every file: hidden, with a note, for another month.
    expect(await page.isHidden("[data-published-only]")).toBe(true);
    expect(await page.isVisible("[data-published-note]")).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("reproduce a shared link with industries on load and on reload", async () => {
    const cli = await cliFigures(
      MONTH,
      "--county",
      "pingli",
      "--town",
      "老县镇",
      "--industry",
      INDUSTRY,
    );
    const { page, log } = await openPage(session, `${TOWN}${TOWN_SHARED}`);
    for (let load = 0; load < 2; load++) {
      await applied(page, TOWN_SHARED);
      expect(await page.isChecked(`#explore-industry-${INDUSTRY}`)).toBe(true);
      expectFiguresMatch(await markedFigures(page), cli, MONTH);
      // The factory list keeps only the industry's factories, with their reports at the month.
      const industries = await page.$$eval(".factories-table tbody td:nth-of-type(1)", (cells) =>
        cells.map((c) => c.textContent?.trim()),
      );
      expect(industries.length).toBeGreaterThan(0);
      expect(new Set(industries)).toEqual(new Set(["针织服装"]));
      if (load === 0) await page.reload({ waitUntil: "load" });
    }
    // A link written by hand, naming the industry in Chinese, shows the same view under its codes.
    await page.goto(
      `${session.server.url}${TOWN}?asof=${MONTH}&industry=${encodeURIComponent("针织服装")}`,
    );
    await applied(page, TOWN_SHARED);
    expectFiguresMatch(await markedFigures(page), cli, MONTH);
    expect(new URL(page.url()).search).toBe(TOWN_SHARED);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("open another town's page with the same choices when another town is chosen", async () => {
    const { page } = await openPage(session, `/en${TOWN}${TOWN_SHARED}`);
    await applied(page, TOWN_SHARED);
    await Promise.all([
      page.waitForURL(/\/en\/towns\/pingli-xinglong\//),
      page.selectOption("#explore-town", "pingli-xinglong"),
    ]);
    await applied(page, TOWN_SHARED);
    expect(new URL(page.url()).search).toBe(TOWN_SHARED);
    const cli = await cliFigures(
      MONTH,
      "--county",
      "pingli",
      "--town",
      "兴隆镇",
      "--industry",
      INDUSTRY,
    );
    expectFiguresMatch(await markedFigures(page), cli, MONTH);
    await page.close();
  });
});

describe("ranking page controls", () => {
  it("rank the towns again for the month chosen, as the figures CLI does", async () => {
    const { page, log } = await openPage(session, "/ranking/");
    const [cli] = await Promise.all([cliFigures(MONTH), page.selectOption("#explore-asof", MONTH)]);
    await applied(page, `?asof=${MONTH}`);
    const shown = await markedFigures(page);
    expect(shown.filter((f) => f.metric === "assessment_rank").length).toBe(21);
    expectFiguresMatch(shown, cli, MONTH);
    expect(await page.textContent('[data-county-ranking="pingli"] h2')).toContain("2019");
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("show one county, ranked within the industries, with the chosen town marked", async () => {
    const cli = await cliFigures(MONTH, "--county", "pingli", "--industry", INDUSTRY);
    const { page, log } = await openPage(session, `/en/ranking/${RANKING_SHARED}`);
    await applied(page, RANKING_SHARED);
    expect(await page.isHidden('[data-county-ranking="hanyin"]')).toBe(true);
    expect(
      await page.isVisible('[data-county-ranking="pingli"] [data-ranking-industry-note]'),
    ).toBe(true);
    expectFiguresMatch(await markedFigures(page), cli, MONTH);
    const chosen = page.locator("tr.chosen-town");
    expect(await chosen.count()).toBe(1);
    expect(await chosen.getAttribute("data-town-id")).toBe("pingli-laoxian");
    expect(await chosen.locator(".chosen-mark").textContent()).toContain("chosen town");
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("a filtered ranking on paper", () => {
  it("says which view it is and leaves the controls out", async () => {
    const query = `?asof=${MONTH}&county=pingli`;
    const { page } = await openPage(session, `/ranking/${query}`);
    await applied(page, query);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(FORM).isVisible()).toBe(false);
    expect(await page.locator("[data-explore-status]").isVisible()).toBe(true);
    expect(await page.textContent("[data-explore-status]")).toContain("2019");
    expect(await page.textContent('[data-ranking-part="print-header"]')).toContain(
      proseDate(MONTH, "zh-CN"),
    );
    await page.close();
  });
});

describe.each([
  { prefix: "", name: "zh" },
  { prefix: "/en", name: "en" },
])("filtered town and ranking views ($name)", ({ prefix, name }) => {
  it.each([
    { device: "desktop", viewport: { width: 1280, height: 900 } },
    { device: "phone", viewport: { width: 390, height: 844 } },
  ])("look right on a $device", async ({ device, viewport }) => {
    for (const [kind, path, query] of [
      ["town", TOWN, TOWN_SHARED],
      ["ranking", "/ranking/", RANKING_SHARED],
    ] as const) {
      const { page, log } = await openPage(session, `${prefix}${path}${query}`, viewport);
      await applied(page, query);
      if (device === "phone") expect(await horizontalOverflow(page), kind).toBeLessThanOrEqual(0);
      await screenshot(page, `explore-${kind}-${name}-${device}`);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      await page.close();
    }
  });
});
