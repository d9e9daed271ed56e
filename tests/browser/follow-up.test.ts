import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { query } from "../support/read-parquet";
import { openPage, screenshot, useSession } from "./support/browser";
import { download } from "./support/downloads";

const ROOT = join(import.meta.dirname, "../..");
const FLAGS = `'${join(ROOT, "public/data/flags.parquet")}'`;
const BOM = "\uFEFF";
const csvRows = (text: string) =>
  Papa.parse<string[]>(text.slice(BOM.length).trimEnd(), { newline: "\r\n" }).data;

const session = useSession();

const count = async (where: string) =>
  Number((await query(`SELECT count(*)::INTEGER AS n FROM ${FLAGS} WHERE ${where}`))[0]?.["n"]);

describe("the follow-up list (督查清单) on the data-quality page", () => {
  it("lists every flag without scripts' help, then filters by severity and town, and its CSV is what is shown", async () => {
    const total = await count("true");
    const info = await count("severity = 'INFO'");
    const [busiest] = await query(
      `SELECT town_id, count(*)::INTEGER AS n FROM ${FLAGS} GROUP BY town_id ORDER BY n DESC, town_id LIMIT 1`,
    );
    const townId = String(busiest?.["town_id"]);
    const { page, log } = await openPage(session, "/data-quality/");
    const table = page.locator('[data-testid="follow-up-table"]');
    expect(total).toBeGreaterThan(0);
    expect(await table.locator("tbody tr").count()).toBe(total);

    await page.selectOption("#follow-up-severity", "INFO");
    expect(await table.locator("tbody tr:visible").count()).toBe(info);
    expect(new URL(page.url()).searchParams.get("fu_severity")).toBe("INFO");
    await page.selectOption("#follow-up-severity", "");
    await page.selectOption("#follow-up-town", townId);
    const shown = await table
      .locator("tbody tr:visible")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-town")));
    expect(shown).toHaveLength(Number(busiest?.["n"]));
    expect(new Set(shown)).toEqual(new Set([townId]));
    expect(await page.textContent('[data-testid="follow-up-count"]')).toContain(
      String(shown.length),
    );

    // Sorted by report, newest first: the CSV follows the order shown and holds only the rows left.
    await page.click('th[data-sort-key="period"] button');
    await page.click('th[data-sort-key="period"] button');
    const periods = await table
      .locator("tbody tr:visible")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-period-end") ?? ""));
    expect(periods).toEqual([...periods].sort().reverse());
    const button = page.locator(
      '.table-scroll:has([data-testid="follow-up-table"]) + [data-csv-bar] button',
    );
    const { text } = await download(page, button);
    const [header, ...body] = csvRows(text);
    expect(header).toEqual(["镇", "工厂", "报告期", "程度", "提示", "说明"]);
    expect(body).toHaveLength(shown.length);
    expect(body.every((row) => (row[5] ?? "").includes("请核实"))).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    await screenshot(page, "follow-up-filtered-zh-1280");
    await page.close();
  });
});

describe("the follow-up list's county filter", () => {
  it("keeps one county's flags, offers only its towns, and survives a reload through the address", async () => {
    const [smallest] = await query(
      `SELECT county_id, count(*)::INTEGER AS n FROM ${FLAGS} GROUP BY county_id ORDER BY n, county_id LIMIT 1`,
    );
    const countyId = String(smallest?.["county_id"]);
    const inCounty = Number(smallest?.["n"]);
    expect(inCounty).toBeLessThan(await count("true"));
    const towns = (
      await query(`SELECT DISTINCT town_id FROM ${FLAGS} WHERE county_id = '${countyId}'`)
    ).map((r) => String(r["town_id"]));
    const { page, log } = await openPage(session, "/en/data-quality/");
    const table = page.locator('[data-testid="follow-up-table"]');
    await page.selectOption("#follow-up-county", countyId);
    const shown = await table
      .locator("tbody tr:visible")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-county")));
    expect(shown).toHaveLength(inCounty);
    expect(new Set(shown)).toEqual(new Set([countyId]));
    expect(new URL(page.url()).searchParams.get("fu_county")).toBe(countyId);
    const offered = await page
      .locator("#follow-up-town option:not([hidden]):not([value=''])")
      .evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    expect(new Set(offered)).toEqual(new Set(towns));

    // A town of the county, then the county set back to all: the town filter stays.
    const town = towns[0] ?? "";
    await page.selectOption("#follow-up-town", town);
    await page.selectOption("#follow-up-county", "");
    expect(await page.inputValue("#follow-up-town")).toBe(town);

    // The address alone restores the county filter.
    await page.goto(`${new URL(page.url()).origin}/en/data-quality/?fu_county=${countyId}`);
    // The list's script reads the address once loaded: wait for it to set the filter.
    await page.waitForFunction(
      () => document.querySelector<HTMLSelectElement>("#follow-up-county")?.value !== "",
    );
    expect(await page.inputValue("#follow-up-county")).toBe(countyId);
    expect(await table.locator("tbody tr:visible").count()).toBe(inCounty);
    expect(await page.textContent('[data-testid="follow-up-count"]')).toContain(String(inCounty));
    expect(log.consoleErrors).toEqual([]);
    await screenshot(page, "follow-up-county-en-390");
    await page.close();
  });
});

describe("a town page", () => {
  it("shows the town's flag count and its list", async () => {
    const [busiest] = await query(
      `SELECT town_id, count(*)::INTEGER AS n FROM ${FLAGS} GROUP BY town_id ORDER BY n DESC, town_id LIMIT 1`,
    );
    const n = Number(busiest?.["n"]);
    for (const path of [
      `/towns/${String(busiest?.["town_id"])}/`,
      `/en/towns/${String(busiest?.["town_id"])}/`,
    ]) {
      const { page, log } = await openPage(session, path);
      const counted = page.locator('[data-testid="town-flag-count"]');
      expect(Number(await counted.getAttribute("data-value"))).toBe(n);
      expect(await counted.textContent()).toContain(String(n));
      expect(
        await page
          .locator('[data-testid="town-follow-up"] [data-testid="follow-up-table"] tbody tr')
          .count(),
      ).toBe(n);
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    }
  });
});
