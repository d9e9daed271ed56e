import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openPage, screenshot, useSession, horizontalOverflow } from "./support/browser";

const ROOT = join(import.meta.dirname, "../..");
interface Totals {
  files: number;
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  rejected_by_reason: Record<string, number>;
}
const TOTALS: Totals = JSON.parse(
  readFileSync(join(ROOT, "public/data/manifest.json"), "utf8"),
).totals;
const COLUMNS = ["files", "rows_read", "accepted", "rejected", "skipped"] as const;

const session = useSession();

const PAGES = [
  { lang: "zh-CN", page: "methodology", path: "/methodology/", other: "/en/methodology/" },
  { lang: "en", page: "methodology", path: "/en/methodology/", other: "/methodology/" },
  { lang: "zh-CN", page: "data-quality", path: "/data-quality/", other: "/en/data-quality/" },
  { lang: "en", page: "data-quality", path: "/en/data-quality/", other: "/data-quality/" },
];

describe.each(PAGES)("$path", ({ lang, path, other }) => {
  it("answers 200 without console errors, requests leaving 127.0.0.1, or scripts but the downloads'", async () => {
    const { page, log, status } = await openPage(session, path);
    expect(status).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    // One script file gives every table its CSV button; the data-quality page has one more, the follow-up
    // list's filters (the layout's one-line inline script only marks that scripts run).
    const scripts = await page.$$eval("script[src]", (s) => s.map((e) => e.getAttribute("src")));
    expect(scripts).toHaveLength(path.endsWith("data-quality/") ? 2 : 1);
    expect(scripts).toContainEqual(
      expect.stringMatching(/^\/_astro\/DownloadScript\.astro_[\w.-]+\.js$/),
    );
    expect(await page.getAttribute("html", "data-scripts")).toBe("on");
    expect(await page.getAttribute('.site-nav a[aria-current="page"]', "href")).toBe(path);
    expect(await page.locator('.site-nav a[aria-current="page"]').count()).toBe(1);
    await page.close();
  });

  it("switches language to the same page", async () => {
    const { page } = await openPage(session, path);
    await Promise.all([page.waitForURL(`**${other}`), page.click('[data-testid="lang-switch"]')]);
    expect(new URL(page.url()).pathname).toBe(other);
    expect(await page.locator('.site-nav a[aria-current="page"]').getAttribute("href")).toBe(other);
    await page.close();
  });

  it("fits a 390-px phone without sideways scrolling", async () => {
    const { page } = await openPage(session, path, { width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("methodology page", () => {
  it("cites every target with its document, quote and our phasing reading", async () => {
    const { page } = await openPage(session, "/methodology/");
    expect(await page.locator("[data-method]").count()).toBeGreaterThanOrEqual(8);
    const hanyin = (await page.locator('[data-target="hanyin-jobs"]').textContent()) ?? "";
    expect(hanyin).toContain("汉人社发〔2017〕132号");
    expect(hanyin).toContain("吸纳就业1000人以上");
    expect(await page.textContent('[data-phasing="hanyin"]')).toContain("本站解读");
    expect(await page.textContent('[data-allocation="hanyin"]')).toContain("临时分配");
    expect(await page.textContent('[data-testid="scoring-assumption"]')).toContain("本站假设");
    expect(await page.locator('[data-testid="synthetic-method-notice"]').count()).toBe(1);
    await screenshot(page, "methodology-zh-desktop");
    await page.close();
  });
});

describe("data-quality page", () => {
  it.each(["/data-quality/", "/en/data-quality/"])(
    "%s adds up to manifest.json's totals",
    async (path) => {
      const { page } = await openPage(session, path);
      // Site total row, and the sum of every town, unassigned and unplaced row.
      const rowSums = await page.$$eval(
        '[data-row="town"], [data-row="unassigned"], [data-row="unplaced"]',
        (rows) =>
          rows.map((row) =>
            Object.fromEntries(
              [...row.querySelectorAll("[data-col], [data-reason]")].map((cell) => [
                cell.getAttribute("data-col") ?? `reason:${cell.getAttribute("data-reason")}`,
                Number(cell.getAttribute("data-value") ?? cell.textContent?.replace(/[,\s]/g, "")),
              ]),
            ),
          ),
      );
      const sum = (key: string) => rowSums.reduce((s, row) => s + (row[key] ?? 0), 0);
      for (const column of COLUMNS) expect(sum(column), column).toBe(TOTALS[column]);
      for (const [reason, n] of Object.entries(TOTALS.rejected_by_reason)) {
        expect(sum(`reason:${reason}`), reason).toBe(n);
        expect(
          Number(
            await page.getAttribute(
              `[data-testid="reasons"] [data-reason="${reason}"]`,
              "data-value",
            ),
          ),
        ).toBe(n);
      }
      const total = page.locator('[data-row="site-total"]');
      for (const column of COLUMNS)
        expect(
          Number((await total.locator(`[data-col="${column}"]`).textContent())?.replace(/,/g, "")),
        ).toBe(TOTALS[column]);
      expect(await page.getAttribute('[data-testid="rejects-download"]', "href")).toBe(
        "/data/rejects.csv",
      );
      await page.close();
    },
  );

  it("serves rejects.csv and shows an empty state for a town without files", async () => {
    const { page } = await openPage(session, "/en/data-quality/", { width: 390, height: 844 });
    const csv = await page.request.get(`${session.server.url}/data/rejects.csv`);
    expect(csv.status()).toBe(200);
    const towns = await page.locator('[data-row="town"]').count();
    expect(towns).toBe(21);
    await screenshot(page, "data-quality-en-phone");
    await page.close();
  });
});
