import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, screenshot, startSession, type Session } from "./support/browser";
import { cliFigures, expectFiguresMatch, markedFigures } from "./support/figures-cli";
import { printedPages } from "./support/printed-pages";

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const PATH = "/brief/2019-06/?county=pingli";

describe("a month's brief for one county", () => {
  it("shows Pingli's strip at June 2019 as the figures CLI gives it, and only Pingli", async () => {
    const [{ page, log }, cli] = await Promise.all([
      openPage(session, PATH),
      cliFigures("2019-06-30", "--county", "pingli"),
    ]);
    expect(log.consoleErrors).toEqual([]);
    await expect.poll(() => page.locator('[data-brief-county="hanyin"]').isHidden()).toBe(true);
    expect(await page.locator('[data-brief-county="pingli"]').isVisible()).toBe(true);
    const strip = await markedFigures(page, '[data-brief-county="pingli"] [data-headline-strip]');
    expect(strip.length).toBeGreaterThanOrEqual(4);
    expectFiguresMatch(strip, cli, "2019-06-30");
    // Every figure on the page is of that month, not the data's latest.
    const asOfs = await page.$$eval("main [data-as-of]", (es) =>
      [...new Set(es.map((e) => e.getAttribute("data-as-of")))].sort(),
    );
    expect(asOfs).toEqual(["2019-06-30"]);
    // The footer (printed on every page) names the month's date too, not the data's latest.
    expect(await page.getAttribute('[data-testid="data-as-of"] time', "datetime")).toBe(
      "2019-06-30",
    );
    expect(await page.locator("#brief-county").inputValue()).toBe("pingli");
    await screenshot(page, "brief-2019-06-pingli-zh-1280");
    expect(await printedPages(page, "brief-2019-06-pingli")).toBe(1);
    await page.close();
  });

  it("counts only the reports received up to that month in its data quality", async () => {
    const files = async (path: string) => {
      const { page } = await openPage(session, path);
      const text = await page
        .locator('[data-brief-county="pingli"] [data-brief-quality]')
        .innerText();
      await page.close();
      return Number(/收到报表 ([\d,]+) 份/.exec(text)?.[1]?.replaceAll(",", ""));
    };
    const [june2019, latest] = await Promise.all([files(PATH), files("/brief/")]);
    expect(june2019).toBeGreaterThan(0);
    expect(june2019).toBeLessThan(latest);
  });

  it("opens another month's page, keeping the county, when a month is chosen", async () => {
    const { page, log } = await openPage(session, PATH);
    await page.locator("#brief-month").selectOption({ label: "2019年3月" });
    await page.waitForURL(/\/brief\/2019-03\/\?county=pingli$/);
    await page.waitForLoadState("load");
    expect(await page.locator('[data-brief-county="hanyin"]').isHidden()).toBe(true);
    expect((await page.locator("#brief-month option:checked").textContent())?.trim()).toBe(
      "2019年3月",
    );
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("hides the controls in print and lists the months as links without scripts", async () => {
    const { page } = await openPage(session, "/en/brief/2019-06/", { width: 390, height: 844 });
    await screenshot(page, "brief-2019-06-en-390");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("form[data-brief-controls]").isHidden()).toBe(true);
    await page.close();
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${session.server.url}/brief/2019-06/?county=pingli`);
    expect(await plain.locator("[data-brief-county]:visible").count()).toBe(2);
    expect(await plain.locator('.brief-month-links a[href="/brief/2019-03/"]').isVisible()).toBe(
      true,
    );
    await context.close();
  });
});
