import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openPage,
  screenshot,
  startSession,
  type Session,
  horizontalOverflow,
} from "./support/browser";

const ROOT = join(import.meta.dirname, "../..");
const DATA = join(ROOT, "public/data");
const AS_OF: string = JSON.parse(readFileSync(join(DATA, "manifest.json"), "utf8")).as_of;

/** One headline figure as the page marks it up, or as `scripts/figures.ts --json` prints it. */
interface Figure {
  county: string;
  town: string;
  metric: string;
  value: number;
  as_of: string;
}
const key = (f: Figure) => `${f.county}|${f.town}|${f.metric}`;

/** The figures CLI's answer at the data's as-of date: the reference every page figure must match. */
async function cliFigures(): Promise<Map<string, Figure>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/figures.ts", "--as-of", AS_OF, "--json", "--data", DATA],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const lines: Figure[] = stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l));
  return new Map(lines.map((f) => [key(f), f]));
}

let session: Session;
let cli: Map<string, Figure>;
beforeAll(async () => {
  [session, cli] = await Promise.all([startSession(), cliFigures()]);
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
    // Scripts only from the site itself, as bundled modules (download buttons, exploration controls);
    // the page reads completely without them.
    const scripts = await page.$$eval("script", (all) =>
      all.map((s) => ({ src: s.getAttribute("src"), type: s.getAttribute("type") })),
    );
    for (const script of scripts) {
      expect(script.src).toMatch(/^\/_astro\/.+\.js$/);
      expect(script.type).toBe("module");
    }
    await screenshot(page, `overview-${name}-desktop`);
    await page.close();
  });

  it("shows every headline figure exactly as the figures CLI computes it", async () => {
    const { page } = await openPage(session, path);
    const marked: Figure[] = await page.$$eval("[data-metric][data-county]", (elements) =>
      elements.map((e) => ({
        county: e.getAttribute("data-county") ?? "",
        town: e.getAttribute("data-town") ?? "missing",
        metric: e.getAttribute("data-metric") ?? "",
        value: Number(e.getAttribute("data-value")),
        as_of: e.getAttribute("data-as-of") ?? "",
      })),
    );
    // Four Hanyin and five Pingli county targets, plus towns' jobs and not-reporting counts.
    expect(marked.filter((f) => f.town === "").length).toBeGreaterThanOrEqual(9);
    for (const figure of marked) {
      const expected = cli.get(key(figure));
      expect(expected, key(figure)).toBeDefined();
      expect({ ...figure, key: key(figure) }).toEqual({
        county: expected?.county,
        town: expected?.town,
        metric: expected?.metric,
        value: expected?.value,
        as_of: AS_OF,
        key: key(figure),
      });
    }
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
    expect(text).toContain("the target is reached in");
    await page.close();
  });

  it("dates the data in the footer and keeps the synthetic-data notice", async () => {
    const { page } = await openPage(session, "/");
    expect(await page.textContent('[data-testid="data-as-of"]')).toContain(`数据截至 ${AS_OF}`);
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toContain("示例数据");
    await page.close();
  });
});
