/**
 * bench/pages: what a page costs a reader before they touch it, in headless Debian chromium on 127.0.0.1.
 *
 *   npx tsx bench/pages.ts [--pages /,/en/] [--runs N] [--dist DIR]
 *
 * For each page, `--runs` cold loads (a fresh browser context each: no cache): every response the page
 * loaded up to the load event plus a quiet moment, its bytes as sent and gzipped (level 6, what a static
 * host's gzip gives), and the largest contentful paint. Runs again with the CPU slowed 4× (Chromium's
 * throttling, a rough stand-in for a cheap phone) for information. Prints figures and PASS/FAIL against the
 * site issue's budget: the overview at most 150 KB gzip with everything it loads before interaction, and
 * its LCP under 1 s. Progress to stderr, figures to stdout.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../scripts/lib/chromium";
import { parseArgs, runCli, UsageError } from "../scripts/lib/cli-args";
import { positiveInt, quantile } from "./lib/numbers";
import { serveStatic } from "../scripts/lib/static-server";

const ROOT = new URL("..", import.meta.url).pathname;
/** The overview's budget (issue 5): everything before interaction, gzip. */
const MAX_OVERVIEW_GZIP_KB = 150;
const MAX_LCP_MS = 1000;
const CPU_SLOWDOWN = 4;
/** After the load event, wait this long for late requests (lazy images, idle scripts) to show up. */
const SETTLE_MS = 500;
const OVERVIEW_PAGES = new Set(["/", "/en/"]);

interface Load {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  lcpMs: number;
  /** Cumulative layout shift up to the load event plus SETTLE_MS (shifts after a person's input excluded). */
  cls: number;
  /** Request paths by kind, for the first run's report. */
  byType: Map<string, number>;
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The page's LCP so far, from the buffered PerformanceObserver entries. */
function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          done(entries.at(-1)?.startTime ?? Number.NaN);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        // No LCP entry at all (an empty page): report NaN rather than hang.
        setTimeout(() => done(Number.NaN), 2000);
      }),
  );
}

/** Sums the page's layout shifts from its first byte on (read back by `cumulativeLayoutShift`). */
function recordLayoutShifts(): void {
  const store = window as unknown as { __layoutShift: number };
  store.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) store.__layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
}

function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
}

async function loadOnce(browser: Browser, url: string, cpuSlowdown: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(recordLayoutShifts);
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  }
  const bodies: Promise<{ type: string; raw: number; gzip: number }>[] = [];
  page.on("response", (response) => {
    bodies.push(
      response.body().then(
        (body) => ({
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
        }),
        () => ({ type: response.request().resourceType(), raw: 0, gzip: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(SETTLE_MS);
  const lcpMs = await largestContentfulPaint(page);
  const cls = await cumulativeLayoutShift(page);
  const sizes = await Promise.all(bodies);
  await context.close();
  const byType = new Map<string, number>();
  for (const s of sizes) byType.set(s.type, (byType.get(s.type) ?? 0) + s.gzip);
  return {
    requests: sizes.length,
    rawBytes: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzipBytes: sizes.reduce((sum, s) => sum + s.gzip, 0),
    lcpMs,
    cls,
    byType,
  };
}

export async function benchPages(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs(argv, { values: ["pages", "runs", "dist"] });
  const dist = resolve(values.get("dist") ?? join(ROOT, "dist"));
  const runs = positiveInt(values.get("runs"), 10, "runs");
  const pages = (values.get("pages") ?? "/,/en/").split(",").filter(Boolean);
  if (!existsSync(join(dist, "index.html")))
    throw new UsageError(`${dist} has no built site: run npm run data && npm run build first`);

  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const lines: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const path of pages) {
      for (const slowdown of [1, CPU_SLOWDOWN]) {
        const loads: Load[] = [];
        for (let i = 0; i < runs; i++) {
          log(`${path} cpu ${slowdown}×: load ${i + 1}/${runs}`);
          loads.push(await loadOnce(browser, server.url + path, slowdown));
        }
        const first = loads[0];
        if (!first) continue;
        const lcps = loads.map((l) => l.lcpMs);
        const lcpMedian = quantile(lcps, 0.5);
        const lcpP95 = quantile(lcps, 0.95);
        const types = [...first.byType].map(([type, bytes]) => `${type} ${kb(bytes)}`).join(", ");
        lines.push(
          `${path.padEnd(14)} cpu ${slowdown}×  ${String(first.requests).padStart(3)} requests  ` +
            `${kb(first.rawBytes).padStart(7)} KB sent  ${kb(first.gzipBytes).padStart(6)} KB gzip  ` +
            `LCP median ${lcpMedian.toFixed(0).padStart(4)} ms  p95 ${lcpP95.toFixed(0).padStart(4)} ms  ` +
            `CLS max ${Math.max(...loads.map((l) => l.cls)).toFixed(3)}  (${types})`,
        );
        if (!OVERVIEW_PAGES.has(path) || slowdown !== 1) continue;
        const gzipKb = first.gzipBytes / 1024;
        verdicts.push(
          `${`overview ${path} gzip before interaction`.padEnd(44)} ${kb(first.gzipBytes).padStart(6)} KB  ≤ ${MAX_OVERVIEW_GZIP_KB} KB   ${gzipKb <= MAX_OVERVIEW_GZIP_KB ? "PASS" : "FAIL"}`,
          `${`overview ${path} LCP p95 (${runs} cold loads)`.padEnd(44)} ${lcpP95.toFixed(0).padStart(6)} ms  < ${MAX_LCP_MS} ms  ${lcpP95 < MAX_LCP_MS ? "PASS" : "FAIL"}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(
    [
      `pages: ${runs} cold loads each, 390×844 viewport, headless chromium, ${server.url.replace(/:\d+$/, "")}`,
      ...lines,
      "",
      ...verdicts,
      "",
    ].join("\n"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await runCli(() => benchPages(process.argv.slice(2)), []);
