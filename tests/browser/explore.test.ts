import { gzipSync } from "node:zlib";
import { cliFigures, expectFiguresMatch, markedFigures } from "./support/figures-cli";
import { describe, expect, it } from "vitest";
import { horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";
import { applied, isEngineFile } from "./support/explore";

const session = useSession();

const MONTH = "2019-06-30";
const INDUSTRY = "knitting_garments";
const SHARED = `?asof=${MONTH}&county=pingli&town=pingli-laoxian&industry=${INDUSTRY}`;

/** Budget for everything the overview loads before a person interacts (issue #6). */
const FIRST_LOAD_BUDGET_GZIP = 150 * 1024;

describe("overview controls", () => {
  it("loads under 150 KB (gzip) before interaction: engine, Plot and d3 stay in lazy chunks", async () => {
    const page = await session.browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on("response", (r) => bodies.push(r.body().then((b) => gzipSync(b).length)));
    await page.goto(`${session.server.url}/`, { waitUntil: "networkidle" });
    const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET_GZIP);
    const scripts = await page.$$eval("script[src]", (s) => s.map((e) => e.getAttribute("src")));
    expect(scripts.some((src) => /explore-overview|duckdb|page-lang/.test(src ?? ""))).toBe(false);
    await page.close();
  });

  it("loads no engine file before a person touches the controls, then recomputes the as-of month", async () => {
    const { page, log } = await openPage(session, "/");
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.waitForTimeout(1500);
    expect(requested.filter(isEngineFile)).toEqual([]);
    expect(await page.isVisible("[data-explore-section]")).toBe(true);

    const [cli] = await Promise.all([cliFigures(MONTH), page.selectOption("#explore-asof", MONTH)]);
    await applied(page, `?asof=${MONTH}`);
    expect(requested.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
    expect(requested.filter((u) => /worker[^/]*\.js$/.test(u))).toHaveLength(1);
    expect(new URL(page.url()).search).toBe(`?asof=${MONTH}`);
    const shown = await markedFigures(page);
    expect(shown.filter((f) => f.town === "").length).toBeGreaterThanOrEqual(9);
    expectFiguresMatch(shown, cli, MONTH);
    expect(await page.textContent("[data-explore-status]")).toContain("2019");
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("reproduces a shared link's view on load and on reload, without a click", async () => {
    const [county, town] = await Promise.all([
      cliFigures(MONTH, "--county", "pingli", "--industry", INDUSTRY),
      cliFigures(MONTH, "--county", "pingli", "--town", "老县镇", "--industry", INDUSTRY),
    ]);
    const { page, log } = await openPage(session, `/${SHARED}`);
    for (let load = 0; load < 2; load++) {
      await applied(page, SHARED);
      expect(await page.isHidden('[data-county-section="hanyin"]')).toBe(true);
      expect(await page.inputValue("#explore-asof")).toBe(MONTH);
      expect(await page.inputValue("#explore-town")).toBe("pingli-laoxian");
      expect(await page.isChecked(`#explore-industry-${INDUSTRY}`)).toBe(true);
      const panel = await markedFigures(page, ".town-panel");
      expect(panel.map((f) => f.metric)).toContain("jobs");
      expectFiguresMatch(panel, town, MONTH);
      const rest = (await markedFigures(page)).filter((f) => f.town === "");
      expectFiguresMatch(rest, county, MONTH);
      if (load === 0) await page.reload({ waitUntil: "load" });
    }
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("keeps county and town consistent and resets to the default view", async () => {
    const { page } = await openPage(session, "/en/");
    await page.selectOption("#explore-town", "pingli-laoxian");
    await applied(page, "?county=pingli&town=pingli-laoxian");
    await page.selectOption("#explore-county", "hanyin");
    await applied(page, "?county=hanyin");
    expect(await page.isVisible('[data-county-section="hanyin"]')).toBe(true);
    expect(await page.locator(".town-panel").count()).toBe(0);
    await page.click("[data-explore-reset]");
    await page.waitForLoadState("load");
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("drops URL values the page does not offer instead of querying them", async () => {
    const { page, log } = await openPage(
      session,
      "/?asof=2019-06-15&county=pingli'%3B%20DROP%20TABLE%20reports--&town=nowhere&industry=x,knitting_garments",
    );
    await applied(page, `?industry=${INDUSTRY}`);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe.each([
  { path: "/", name: "zh" },
  { path: "/en/", name: "en" },
])("filtered view ($name)", ({ path, name }) => {
  it.each([
    { device: "desktop", viewport: { width: 1280, height: 900 } },
    { device: "phone", viewport: { width: 390, height: 844 } },
  ])("looks right on a $device", async ({ device, viewport }) => {
    const { page, log } = await openPage(session, `${path}${SHARED}`, viewport);
    await applied(page, SHARED);
    if (device === "phone") expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `explore-${name}-${device}`);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });
});
