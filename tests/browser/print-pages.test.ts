import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, startSession, type Session } from "./support/browser";
import { printedPages } from "./support/printed-pages";

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe.each([
  { path: "/brief/", name: "zh" },
  { path: "/en/brief/", name: "en" },
])("the brief ($name)", ({ path, name }) => {
  it("prints exactly one A4 page per county", async () => {
    const { page, log } = await openPage(session, path);
    expect(log.consoleErrors).toEqual([]);
    const counties = await page.locator("[data-brief-county]").count();
    expect(counties).toBe(2);
    expect(await printedPages(page, `brief-${name}`)).toBe(counties);
    await page.close();
  });

  it("holds each county's strip, charts, laggards, ranking ends, changes and data quality", async () => {
    const { page } = await openPage(session, path);
    for (const county of ["hanyin", "pingli"]) {
      const section = page.locator(`[data-brief-county="${county}"]`);
      expect(await section.locator("[data-strip-target]").count()).toBeGreaterThanOrEqual(4);
      expect(await section.locator(".brief-chart svg").count()).toBe(
        await section.locator("[data-strip-target]").count(),
      );
      expect(await section.locator("[data-brief-ranking] tbody tr").count()).toBe(6);
      expect(await section.locator("[data-brief-change] tbody tr").count()).toBeGreaterThan(0);
      expect(await section.locator("[data-brief-quality]").count()).toBe(1);
    }
    await page.close();
  });
});

describe.each([
  { path: "/ranking/", name: "zh" },
  { path: "/en/ranking/", name: "en" },
])("the ranking printed ($name)", ({ path, name }) => {
  it("puts each county's table on one A4 page of its own", async () => {
    const { page } = await openPage(session, path);
    const counties = await page.locator("[data-county-ranking]").count();
    expect(counties).toBe(2);
    // The whole page prints to its counties' pages plus the method and sources after them.
    const all = await printedPages(page, `ranking-${name}`);
    expect(all).toBeGreaterThan(counties);
    // Without what follows the last county, exactly one page per county is left: none spills over.
    await page.addStyleTag({
      content:
        "@media print { .ranking-method, .ranking-method ~ *, .site-footer { display: none !important; } }",
    });
    expect(await printedPages(page, `ranking-${name}-counties`)).toBe(counties);
    await page.close();
  });
});
