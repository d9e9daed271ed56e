import { csvNumber } from "../../src/lib/csv/csv-number";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import type { BrowserContext, Page } from "playwright-core";
import { cliFigures, DATA_AS_OF, figureKey, type Figure } from "./support/figures-cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proseDate } from "../../src/lib/format/format-date";
import {
  ARTIFACTS,
  horizontalOverflow,
  openPage,
  screenshot,
  startSession,
  type Session,
} from "./support/browser";
import { download } from "./support/downloads";

const AS_OF = DATA_AS_OF;
const BOM = "\uFEFF";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What ChartFrame says of the first chart on the page: its id, the title and description of its caption,
 * and its source and as-of date (the figure's own, else the page's chart template's).
 */
async function firstChart(page: Page) {
  const figure = page.locator("figure[data-chart-id]").first();
  const template = page.locator("template[data-chart-page]").first();
  const attribute = async (name: string) =>
    (await figure.getAttribute(name)) ?? (await template.getAttribute(name)) ?? "";
  return {
    id: (await figure.getAttribute("data-chart-id")) ?? "",
    title: ((await figure.locator("figcaption strong").textContent()) ?? "").trim(),
    description: (
      (await figure.locator("figcaption .chart-description").textContent()) ?? ""
    ).trim(),
    source: await attribute("data-chart-source"),
    asOf: await attribute("data-chart-as-of"),
  };
}

let session: Session;
let cli: Map<string, Figure>;
let clipboardContext: BrowserContext;
beforeAll(async () => {
  [session, cli] = await Promise.all([startSession(), cliFigures(AS_OF)]);
  clipboardContext = await session.browser.newContext({
    permissions: ["clipboard-read", "clipboard-write"],
  });
});
afterAll(async () => {
  await clipboardContext?.close();
  await session?.close();
});

describe.each([
  { lang: "zh-CN", path: "/press/", name: "zh", heading: "新闻发布" },
  { lang: "en", path: "/en/press/", name: "en", heading: "Press kit" },
] as const)("press kit ($lang)", ({ lang, path, name, heading }) => {
  it("answers 200 without console errors or requests leaving 127.0.0.1", async () => {
    const { page, log, status } = await openPage(session, path);
    expect(status).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.textContent("h1")).toBe(heading);
    // With JavaScript on, every chart offers both downloads and every headline its copy button.
    expect(await page.locator("[data-chart-downloads]:visible").count()).toBe(9);
    expect(await page.locator(".copy-button:visible").count()).toBe(9);
    expect(await page.locator(".showcase").count()).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('[data-testid="press-synthetic-notice"]')).toBeTruthy();
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await screenshot(page, `press-${name}-desktop`);
    await page.close();
  });

  it("fits a 390-px phone, with touch-sized buttons", async () => {
    const { page, log } = await openPage(session, path, { width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const box = await page.locator(".copy-button").first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const download = await page.locator(".download-button:visible").first().boundingBox();
    expect(download?.height).toBeGreaterThanOrEqual(44);
    expect(log.consoleErrors).toEqual([]);
    await screenshot(page, `press-${name}-phone`);
    await page.close();
  });

  it("gives every headline figure exactly as the figures CLI computes it", async () => {
    const { page } = await openPage(session, path);
    const marked: Figure[] = await page.$$eval("[data-metric]", (elements) =>
      elements.map((e) => ({
        county: e.getAttribute("data-county") ?? "",
        town: e.getAttribute("data-town") ?? "missing",
        metric: e.getAttribute("data-metric") ?? "",
        value: Number(e.getAttribute("data-value")),
        as_of: e.getAttribute("data-as-of") ?? "",
      })),
    );
    // Four Hanyin and five Pingli county targets.
    expect(marked.length).toBe(9);
    for (const figure of marked) {
      const expected = cli.get(figureKey(figure));
      expect(expected, figureKey(figure)).toBeDefined();
      expect({ ...figure, key: figureKey(figure) }).toEqual({
        county: expected?.county,
        town: "",
        metric: expected?.metric,
        value: expected?.value,
        as_of: AS_OF,
        key: figureKey(figure),
      });
    }
    await page.close();
  });

  it("links each showcase factory to its page and says how growth is measured", async () => {
    const { page } = await openPage(session, path);
    const hrefs = await page.$$eval(".showcase a", (links) =>
      links.map((a) => a.getAttribute("href") ?? ""),
    );
    const prefix = lang === "en" ? "/en/factories/" : "/factories/";
    for (const href of hrefs) expect(href.startsWith(prefix) && href.endsWith("/")).toBe(true);
    const kinds = await page.$$eval(".showcase", (cards) =>
      cards.map((c) => c.getAttribute("data-showcase")),
    );
    expect(new Set(kinds)).toEqual(new Set(["jobs", "poor_workers", "growth"]));
    // Three distinct factories per county (#18.2): the jobs leader is never shown twice.
    for (const county of await page.locator("ul.showcases").all()) {
      const factories = await county
        .locator(".showcase")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-factory")));
      expect(new Set(factories).size).toBe(factories.length);
    }
    // Dates in prose (docs/words-and-numbers.md §2): 2020年12月31日 / 31 December 2020.
    expect(await page.textContent('[data-testid="growth-definition"]')).toContain(
      proseDate(AS_OF, lang),
    );
    await page.close();
  });
});

describe("chart downloads", () => {
  it.each(["/", "/press/", "/en/press/"])(
    "on %s, the SVG is a standalone image with title, description, source and as-of date inside",
    async (path) => {
      const { page, log } = await openPage(session, path);
      const chart = await firstChart(page);
      // The buttons, cloned from the page's one template, name the chart they save.
      const button = page.locator("figure[data-chart-id] >> nth=0 >> [data-download=svg]");
      const label = (await button.getAttribute("aria-label")) ?? "";
      expect(label.endsWith(chart.title) && label.length > chart.title.length).toBe(true);
      const { name, bytes } = await download(page, button);
      expect(name).toBe(`${chart.id}-${chart.asOf}.svg`);
      expect(chart.asOf).toBe(AS_OF);
      const text = bytes.toString("utf8");
      expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
      // It parses as an SVG document (not just text that looks like one).
      const parsed = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const root = doc.documentElement;
        // The words drawn around the chart: the outer <text> elements, long lines wrapped.
        const drawn = Array.from(root.children)
          .filter((e) => e.localName === "text")
          .map((e) => e.textContent ?? "");
        // What a screen reader or a search reads of the file: its root's <title> and <desc>.
        const own = (name: string) =>
          Array.from(root.children).find((e) => e.localName === name)?.textContent ?? null;
        return {
          root: doc.querySelector("parsererror") ? "parsererror" : root.localName,
          drawn: drawn.join(""),
          title: own("title"),
          desc: own("desc"),
          // The page's chart holds no copy of its caption's words: the file has one title and one desc.
          titles: root.querySelectorAll("title").length,
          descs: root.querySelectorAll("desc").length,
        };
      }, text);
      expect(parsed.root).toBe("svg");
      expect(chart.title.length).toBeGreaterThan(0);
      expect(chart.description.length).toBeGreaterThan(0);
      expect(parsed.title).toBe(chart.title);
      expect(parsed.desc).toBe(chart.description);
      expect([parsed.titles, parsed.descs]).toEqual([1, 1]);
      const bare = (s: string) => s.replace(/\s+/g, "");
      // The as-of line is a caption: its date in prose (docs/words-and-numbers.md).
      const proseAsOf = proseDate(AS_OF, path.startsWith("/en/") ? "en" : "zh-CN");
      for (const part of [chart.title, chart.source, proseAsOf])
        expect(bare(parsed.drawn)).toContain(bare(part));
      expect(parsed.drawn).toMatch(/示例数据|sample data/);
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it("makes a PNG at twice the size, not blank, and saves one to test-results/", async () => {
    const { page, log } = await openPage(session, "/press/");
    const chart = await firstChart(page);
    const { name, bytes } = await download(
      page,
      "figure[data-chart-id] >> nth=0 >> [data-download=png]",
    );
    expect(name).toBe(`${chart.id}-${chart.asOf}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR is the first chunk: width and height as big-endian integers at bytes 16 and 20.
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(600);
    expect(height).toBeGreaterThanOrEqual(300);
    const inked = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d");
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 384) dark += 1;
      return dark / (pixels.length / 4);
    }, bytes.toString("base64"));
    // Text, axes and lines: a visible share of dark pixels, far from a blank or black image.
    expect(inked).toBeGreaterThan(0.01);
    expect(inked).toBeLessThan(0.5);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "press-chart-download.png"), bytes);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("makes a PNG of the phone-sized chart on a phone", async () => {
    const { page } = await openPage(session, "/", { width: 390, height: 844 });
    const { bytes } = await download(page, "figure[data-chart-id] >> nth=0 >> [data-download=png]");
    expect(bytes.readUInt32BE(16)).toBe(2 * (360 + 32));
    await page.close();
  });
});

describe("table CSV downloads", () => {
  it.each(["/press/", "/en/"])(
    "on %s, the CSV starts with a BOM and holds exactly the table's cells",
    async (path) => {
      const { page, log } = await openPage(session, path);
      // The chart's own CSV button, beside PNG and SVG, saves its table while the table is folded away.
      const beside = await download(page, "figure[data-chart-id] >> nth=0 >> [data-download=csv]");
      const details = page.locator("figure[data-chart-id] details").first();
      await details.locator("summary").click();
      const shown = await details
        .locator("table")
        .evaluate((table) =>
          Array.from(table.querySelectorAll("tr")).map((row) =>
            Array.from(row.querySelectorAll("th, td")).map(
              (cell) =>
                cell.getAttribute("data-value") ??
                (cell.textContent ?? "").replace(/\s+/g, " ").trim(),
            ),
          ),
        );
      const { name, bytes } = await download(page, "figure details >> nth=0 >> .download-button");
      expect(name).toMatch(new RegExp(`-${AS_OF}\\.csv$`));
      const text = bytes.toString("utf8");
      expect(text.startsWith(BOM)).toBe(true);
      const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: "\r\n" }).data;
      // Each cell's data-value rounded as the house rules want CSV numbers (a projection wrote 6.406557377049181).
      expect(rows).toEqual(shown.map((row) => row.map(csvNumber)));
      expect(rows.flat().every((cell) => !/\.\d{5,}$/.test(cell))).toBe(true);
      // The header names the unit of the chart's numbers.
      expect(rows[0]?.slice(1, 3).every((h) => /（.+）$| \(.+\)$/.test(h))).toBe(true);
      expect(shown.length).toBeGreaterThan(2);
      expect(beside.name).toBe(name);
      expect(beside.text).toBe(text);
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it("leaves out rows a filter has hidden", async () => {
    const { page } = await openPage(session, "/press/");
    const details = page.locator("figure[data-chart-id] details").first();
    await details.locator("summary").click();
    await details
      .locator("tbody tr")
      .first()
      .evaluate((row) => row.setAttribute("hidden", ""));
    const bodyRows = await details.locator("tbody tr:not([hidden])").count();
    const { bytes } = await download(page, "figure details >> nth=0 >> .download-button");
    const rows = Papa.parse<string[]>(bytes.toString("utf8").slice(1).trimEnd()).data;
    expect(rows.length).toBe(1 + bodyRows);
    await page.close();
  });
});

describe("copy buttons", () => {
  it.each([
    { path: "/press/", copied: "已复制" },
    { path: "/en/press/", copied: "Copied" },
  ])(
    "on $path, copy puts the sentence and its source on the clipboard",
    async ({ path, copied }) => {
      const page = await clipboardContext.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(session.server.url + path);
      const item = page.locator(".press-headline").first();
      const sentence = ((await item.locator(".sentence").textContent()) ?? "").trim();
      const source = (await item.locator(".source").textContent()) ?? "";
      await item.locator(".copy-button").click();
      await expect.poll(() => item.locator("[data-copy-status]").textContent()).toBe(copied);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      const [line1, line2] = clipboard.split("\n");
      expect(line1).toBe(sentence);
      expect(source).toContain(line2 ?? "missing");
      expect(line2).toMatch(/^(来源|Source)/);
      expect(await item.locator("[data-copy-status]").getAttribute("aria-live")).toBe("polite");
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("reads completely without JavaScript: sentences and sources shown, buttons hidden", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/press/`);
    expect(await page.locator(".press-headline .sentence").count()).toBe(9);
    expect(await page.locator(".copy-button:visible").count()).toBe(0);
    expect(await page.locator(".download-button:visible").count()).toBe(0);
    expect(await page.locator(".chart-wide svg:visible").count()).toBe(9);
    await context.close();
  });
});
