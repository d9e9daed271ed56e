import { describe, expect, it } from "vitest";
import { addMonths } from "../../src/lib/figures/month-end";
import { horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";
import { applied } from "./support/explore";
import {
  cliFigures,
  DATA_AS_OF,
  expectFiguresMatch,
  markedFigures,
  type Figure,
} from "./support/figures-cli";

const session = useSession();

/** A test that starts the engine: its load and first query on a busy two-core machine, then the CLI runs. */
const ENGINE_TEST_TIMEOUT = 150_000;

/** An earlier month, chosen through the controls. */
const MONTH = "2019-06-30";

/**
 * Every figure the page marks up, grouped by its as-of date: the month shown, the month before and the
 * same month a year earlier, each checked against `npm run figures -- --as-of <date>`.
 */
async function expectEveryMonthMatches(shown: readonly Figure[], asOf: string): Promise<void> {
  const months = [asOf, addMonths(asOf, -1), addMonths(asOf, -12)];
  expect([...new Set(shown.map((f) => f.as_of))].sort()).toEqual([...months].sort());
  for (const month of months) {
    const cli = await cliFigures(month);
    const at = shown.filter((f) => f.as_of === month);
    // Both counties, each with its towns: ten figures per place.
    expect(at.filter((f) => f.town === "").length).toBe(20);
    expectFiguresMatch(at, cli, month);
  }
}

/** Each change cell equals the difference of the two values on its row (data-value, unformatted). */
function changesAddUp(page: import("playwright-core").Page) {
  return page.$$eval("tr[data-change-metric]", (rows) =>
    rows.flatMap((row) => {
      const cells = Array.from(row.querySelectorAll("td"), (c) => c.getAttribute("data-value"));
      const [now, previous, month, , yearAgo, year] = cells.map((v) =>
        v === null || v === "" ? null : Number(v),
      );
      const wrong: string[] = [];
      const differs = (a: unknown, b: unknown, d: unknown) =>
        typeof a === "number" &&
        typeof b === "number" &&
        !(typeof d === "number" && Math.abs(a - b - d) < 1e-6);
      if (typeof now !== "number") wrong.push("no value");
      if (differs(now, previous, month)) wrong.push(`month ${now} - ${previous} != ${month}`);
      if (differs(now, yearAgo, year)) wrong.push(`year ${now} - ${yearAgo} != ${year}`);
      return wrong;
    }),
  );
}

describe("changes page", () => {
  it("shows every figure at the latest month, the month before and a year earlier as the figures CLI does", async () => {
    const { page, log, status } = await openPage(session, "/changes/");
    expect(status).toBe(200);
    await expectEveryMonthMatches(await markedFigures(page), DATA_AS_OF);
    expect(await changesAddUp(page)).toEqual([]);
    // Every ratio is a number or "—": never Infinity or NaN.
    expect(await page.textContent("main")).not.toMatch(/Infinity|NaN/);
    expect(await page.locator("[data-change-sentence]").count()).toBeGreaterThan(4);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await screenshot(page, "changes-zh-desktop");
    await page.close();
  });

  it(
    "recomputes an earlier month chosen through the controls, equal to the figures CLI at that month",
    async () => {
      const { page, log } = await openPage(session, "/changes/");
      await page.selectOption("#explore-asof", MONTH);
      await applied(page, `?asof=${MONTH}`);
      expect(new URL(page.url()).search).toBe(`?asof=${MONTH}`);
      await expectEveryMonthMatches(await markedFigures(page), MONTH);
      expect(await changesAddUp(page)).toEqual([]);
      expect(await page.textContent('[data-county-changes="pingli"] h2')).toContain("2019年6月");
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    },
    ENGINE_TEST_TIMEOUT,
  );

  it(
    "shows one town alone when a town is chosen",
    async () => {
      const { page } = await openPage(session, "/changes/?county=pingli&town=pingli-laoxian");
      await applied(page, "?county=pingli&town=pingli-laoxian");
      expect(await page.isHidden('[data-county-changes="hanyin"]')).toBe(true);
      const shown = await markedFigures(page);
      expect(new Set(shown.map((f) => f.town))).toEqual(new Set(["老县镇"]));
      const cli = await cliFigures(DATA_AS_OF, "--county", "pingli", "--town", "老县镇");
      expectFiguresMatch(
        shown.filter((f) => f.as_of === DATA_AS_OF),
        cli,
        DATA_AS_OF,
      );
      await page.close();
    },
    ENGINE_TEST_TIMEOUT,
  );

  it(
    "recomputes with industries chosen, equal to the figures CLI with the same industries",
    async () => {
      const query = "?county=pingli&industry=knitting_garments";
      const { page, log } = await openPage(session, `/changes/${query}`);
      await applied(page, query);
      const shown = await markedFigures(page);
      const [now, before] = await Promise.all([
        cliFigures(DATA_AS_OF, "--county", "pingli", "--industry", "knitting_garments"),
        cliFigures(
          addMonths(DATA_AS_OF, -1),
          "--county",
          "pingli",
          "--industry",
          "knitting_garments",
        ),
      ]);
      expect(shown.every((f) => f.county === "pingli")).toBe(true);
      expectFiguresMatch(
        shown.filter((f) => f.as_of === DATA_AS_OF),
        now,
        DATA_AS_OF,
      );
      expectFiguresMatch(
        shown.filter((f) => f.as_of === addMonths(DATA_AS_OF, -1)),
        before,
        addMonths(DATA_AS_OF, -1),
      );
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    },
    ENGINE_TEST_TIMEOUT,
  );

  it.each([
    { path: "/changes/", name: "zh" },
    { path: "/en/changes/", name: "en" },
  ])("fits a 390-px phone ($name)", async ({ path, name }) => {
    const { page } = await openPage(session, path, { width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `changes-${name}-phone`);
    await page.close();
  });

  it("reads in English with the house terms", async () => {
    const { page, log } = await openPage(session, "/en/changes/");
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("As of the end of");
    expect(text).toMatch(/stopped reporting/);
    expect(text).not.toMatch(/in production|Infinity|NaN/);
    expect(log.consoleErrors).toEqual([]);
    await screenshot(page, "changes-en-desktop");
    await page.close();
  });
});

describe("brief", () => {
  it("shows the headline deltas on the month and on the year", async () => {
    const { page } = await openPage(session, "/brief/");
    const header = (await page.textContent("[data-brief-change] thead")) ?? "";
    expect(header).toContain("比上月");
    expect(header).toContain("同比");
    expect(await page.locator("[data-brief-year-change]").count()).toBeGreaterThan(0);
    await page.close();
  });
});
