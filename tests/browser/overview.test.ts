import {
  cliFigures,
  DATA_AS_OF,
  expectFiguresMatch,
  markedFigures,
  type Figure,
} from "./support/figures-cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "../../src/lib/site/inline-scripts";
import { proseDate } from "../../src/lib/format/format-date";
import {
  openPage,
  screenshot,
  startSession,
  type Session,
  horizontalOverflow,
} from "./support/browser";

const AS_OF = DATA_AS_OF;

let session: Session;
let cli: Map<string, Figure>;
beforeAll(async () => {
  [session, cli] = await Promise.all([startSession(), cliFigures(AS_OF)]);
});
afterAll(async () => {
  await session?.close();
});

describe.each([
  { lang: "zh-CN", path: "/", name: "zh" },
  { lang: "en", path: "/en/", name: "en" },
])("overview ($lang)", ({ lang, path, name }) => {
  it("answers 200 without console errors or requests leaving 127.0.0.1", async () => {
    const { page, log, status } = await openPage(session, path);
    expect(status).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    // Scripts only from the site itself, as bundled modules (download buttons, exploration controls),
    // and the site's inline scripts (first paint, starting the controls: each allowed by its hash in the CSP); the page reads completely without them.
    const scripts = await page.$$eval("script", (all) =>
      all.map((s) => ({
        src: s.getAttribute("src"),
        type: s.getAttribute("type"),
        text: s.textContent?.trim() ?? "",
      })),
    );
    const inline = scripts.filter((s) => s.src === null);
    expect(inline.map((s) => s.text)).toEqual(INLINE_SCRIPTS);
    for (const script of scripts.filter((s) => s.src !== null)) {
      expect(script.src).toMatch(/^\/_astro\/.+\.js$/);
      expect(script.type).toBe("module");
    }
    await screenshot(page, `overview-${name}-desktop`);
    await page.close();
  });

  it("shows every headline figure exactly as the figures CLI computes it", async () => {
    const { page } = await openPage(session, path);
    const marked = await markedFigures(page);
    // Four Hanyin and five Pingli county targets, plus towns' jobs and not-reporting counts.
    expect(marked.filter((f) => f.town === "").length).toBeGreaterThanOrEqual(9);
    expectFiguresMatch(marked, cli, AS_OF);
    await page.close();
  });

  it("draws a progress chart with a table per county target, and each county's town map", async () => {
    const { page } = await openPage(session, path);
    const cards = await page.locator(".target-card").count();
    expect(cards).toBe(9);
    // Each chart is drawn wide (desktop, print) and narrow (phone); CSS shows one of them.
    for (const size of ["wide", "narrow"]) {
      expect(await page.locator(`.target-row .chart-${size} svg[role=img]`).count()).toBe(cards);
      expect(await page.locator(`.town-map .chart-${size} svg[role=img]`).count()).toBe(2);
    }
    expect(await page.locator(".target-row .chart-wide svg").first().isVisible()).toBe(true);
    expect(await page.locator(".target-row figure details table").count()).toBe(cards);
    expect(await page.locator(".town-map details table").count()).toBe(2);
    await page.close();
  });

  it("fits a 390-px phone without sideways scrolling", async () => {
    const { page } = await openPage(session, path, { width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator(".target-row .chart-narrow svg").first().isVisible()).toBe(true);
    expect(await page.locator(".target-row .chart-wide svg").first().isVisible()).toBe(false);
    await screenshot(page, `overview-${name}-phone`);
    await page.close();
  });
});

describe("overview wording", () => {
  it("says Hanyin's poor-worker figure is a current headcount, not the document's cumulative count", async () => {
    const { page } = await openPage(session, "/");
    const card = page.locator('[data-target="hanyin-poor-workers"]');
    expect(await card.textContent()).toContain("当期在岗");
    const en = await openPage(session, "/en/");
    expect(await en.page.locator('[data-target="hanyin-poor-workers"]').textContent()).toContain(
      "current headcount",
    );
    await page.close();
    await en.page.close();
  });

  it("says plainly that Pingli missed its factories target, with the projection", async () => {
    const { page } = await openPage(session, "/en/");
    const card = page.locator('[data-target="pingli-factories"]');
    expect(await card.getAttribute("data-status")).toBe("missed");
    const text = (await card.textContent()) ?? "";
    expect(text).toMatch(/Missed: .* at the deadline, 2019-12-31/);
    // The projection is folded under the verdict and says it comes after the deadline (issue 16).
    expect(text).toMatch(/target reached around .* \(after the deadline\)|hard to reach within/);
    expect(await card.getAttribute("data-headline-status")).toBe("missed");
    await page.close();
  });

  it("dates the data in the footer and keeps the synthetic-data notice", async () => {
    const { page } = await openPage(session, "/");
    expect(await page.textContent('[data-testid="data-as-of"]')).toContain(
      `数据截至${proseDate(AS_OF, "zh-CN")}`,
    );
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toContain("示例数据");
    await page.close();
  });
});
