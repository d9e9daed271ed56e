/**
 * bench/engine: the in-browser engine (the figures table, then DuckDB-WASM, behind the overview's
 * controls) in headless Chromium on 127.0.0.1, on the sample data and on a province site.
 *
 *   npx tsx bench/engine.ts [--loads N] [--changes N] [--skip-sample] [--skip-province]
 *                           [--counties N] [--work DIR] [--seed N] [--keep] [--province-dist DIR]
 *
 * The sample needs the project's built site (`npm run data && npm run build`). The province site is the
 * one bench/site builds (bench/lib/build-site.ts): `--counties` (default 40, ~1M report rows) of its own
 * generated counties (bench/lib/province.ts), built from this checkout; that build takes 12+ minutes at
 * 40 counties, so `--province-dist DIR` measures a kept build's dist instead (`bench/site --keep`, or
 * this bench's `--keep`). Which page and link (bench/lib/engine-pages.ts):
 * - sample: the overview `/` (both counties, with a county control); the link `/?asof=2019-06-30&county=pingli`;
 * - province site: `/` is a table of counties without controls, so the page is a county's own overview,
 *   `/county/<id>/`, which has the same controls (as-of month, town, industry; the county fixed by the
 *   page) over one county's figures table: the county whose table is the largest. The link is that page
 *   with `?asof=2019-06-30`, one county at a month, as the sample's link is. DuckDB-WASM, where it
 *   answers, still loads the whole province's reports.
 *
 * Issue #15's table for each data set, in one run: fresh page loads (`--loads`) timed from the first
 * interaction (a change of the as-of month) until every figure shows the new state; the shared link
 * timed from navigation until its figures are on screen; `--changes` later changes through the real
 * controls (as-of months and towns, alternating), each timed from the change event to the page redrawn;
 * the bytes a page loads before the first interaction (gzip); and a repeat visit (same browser profile,
 * hashed assets and DuckDB's wasm in its cache). Each is measured twice: with the figures table (the
 * site as built) and without it (its request refused, so every figure comes from DuckDB-WASM, as before
 * #15), whose engine stages (engine ready, data loaded, first figures query) are printed beside. Times
 * are wall clock in the browser: print `uptime` beside them. Progress goes to stderr.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../scripts/lib/chromium";
import { runCli, UsageError } from "../scripts/lib/cli-args";
import { isProvinceSite, OVERVIEW_COUNTIES_AT_MOST } from "../src/lib/site/site-shape";
import { benchOptions } from "./lib/bench-options";
import { quantile } from "./lib/numbers";
import { serveStatic } from "../scripts/lib/static-server";
import { withBuiltSite } from "./lib/build-site";
import { type EnginePages, provincePages, SAMPLE_PAGES } from "./lib/engine-pages";
import { ensureProvince, rowsForCounties } from "./lib/province";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const DEFAULT_WORK = join(ROOT, "bench/.work/province");
/** The province of issue #15's table: 40 counties of 25 towns, 50 months, ~1M report rows. */
const DEFAULT_COUNTIES = 40;
const DEFAULT_LOADS = 3;
const DEFAULT_CHANGES = 50;
/** Issue #15's targets, per data set. */
const TARGETS = {
  sample: { firstMs: 1000, linkMs: 1500, p95Ms: 50 },
  province: { firstMs: 2000, linkMs: 2500, p95Ms: 100 },
  gzipBeforeInteraction: 150 * 1024,
} as const;
interface Targets {
  firstMs: number;
  linkMs: number;
  p95Ms: number;
}
const WAIT_MS = 600_000;
const USAGE = [
  "usage: npx tsx bench/engine.ts [--loads N] [--changes N] [--skip-sample] [--skip-province]",
  "                               [--counties N] [--work DIR] [--seed N] [--keep] [--province-dist DIR]",
].join("\n");

const log = (message: string) => process.stderr.write(`${message}\n`);
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${int(n)} ms`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** How long one change took: until the page on screen was redrawn, and until every chart was. */
interface ChangeTime {
  /** From the change event until the controls report the page redrawn (what is on or near the screen). */
  shown: number;
  /** Until the charts further down the page, drawn in idle time, are drawn too (`data-charts-pending="0"`). */
  complete: number;
}

/** Changes the control in the page and resolves with the milliseconds until the page is redrawn. */
function timeChange(page: Page, selector: string, value: string): Promise<ChangeTime> {
  return page.evaluate(
    async ([selector, value]) => {
      const form = document.querySelector<HTMLFormElement>("form[data-explore]");
      const control = document.querySelector<HTMLSelectElement>(selector);
      if (!form || !control) throw new Error(`no ${selector}`);
      const before = Number(form.dataset["applies"] ?? "0");
      const started = performance.now();
      control.value = value;
      control.dispatchEvent(new Event("change", { bubbles: true }));
      // A MutationObserver sees the attribute change at once (a frame callback would add up to 16 ms);
      // no named inner functions, which tsx would wrap in a helper the page does not have.
      await new Promise<void>((done, fail) => {
        new MutationObserver((_records, observer) => {
          if (form.dataset["state"] === "error") {
            observer.disconnect();
            fail(new Error("the page reported an error"));
          } else if (
            Number(form.dataset["applies"] ?? "0") > before &&
            form.dataset["state"] === "ready"
          ) {
            observer.disconnect();
            done();
          }
        }).observe(form, { attributes: true });
      });
      const shown = performance.now() - started;
      const root = document.documentElement;
      if ((root.dataset["chartsPending"] ?? "0") !== "0")
        await new Promise<void>((done) => {
          new MutationObserver((_records, observer) => {
            if ((root.dataset["chartsPending"] ?? "0") !== "0") return;
            observer.disconnect();
            done();
          }).observe(root, { attributes: true, attributeFilter: ["data-charts-pending"] });
        });
      return { shown, complete: performance.now() - started };
    },
    [selector, value] as const,
  );
}

const sizes = new Map<string, [number, number]>();
/** A served file's size raw and gzipped (level 6, as a static host would send it); null if not a file. */
function fileSizes(root: string, urlPath: string): [number, number] | null {
  const path = join(root, decodeURIComponent(urlPath), urlPath.endsWith("/") ? "index.html" : "");
  const known = sizes.get(path);
  if (known) return known;
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const body = readFileSync(path);
  const result: [number, number] = [body.length, gzipSync(body).length];
  sizes.set(path, result);
  return result;
}

/** Which path a load takes: the site as built, or with the figures table refused (DuckDB-WASM only). */
type Path = "table" | "engine";

/** A fresh browser profile (nothing cached) that may refuse the figures table. */
async function freshContext(browser: Browser, path: Path): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("request", (r) => {
    if (!new URL(r.url()).hostname.startsWith("127.0.0.1"))
      throw new Error(`request left 127.0.0.1: ${r.url()}`);
  });
  if (path === "engine")
    await context.route("**/data/figures_cube/*.parquet", (route) => route.abort());
  return context;
}

/** The engine's marks, in ms after `from` (NaN when not reached). */
function engineMarks(page: Page, from: number): Promise<Record<string, number>> {
  return page.evaluate(
    (from) =>
      Object.fromEntries(
        ["engine:worker", "engine:wasm", "engine:instantiated", "engine:data-loaded"].map(
          (name) => [name, (performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) - from],
        ),
      ),
    from,
  );
}

/** Waits until DuckDB-WASM has its data (it loads after the first answer on the table path). */
async function waitForEngine(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName("engine:data-loaded").length > 0,
    null,
    {
      timeout: WAIT_MS,
      polling: 50,
    },
  );
}

/** One page load in `context`: the bytes before any interaction, then the first interaction timed. */
interface Load {
  /** First interaction → every figure on screen shows the new state. */
  firstMs: number;
  /** Everything the page loaded before the first interaction: [raw, gzip] bytes, and whether any was wasm. */
  before: [number, number];
  wasmBefore: boolean;
  /** The engine's stages after the first interaction (on the table path, it starts after the first answer). */
  engineMs: number;
  dataMs: number;
  /** On the engine path: the first figures query and redraw once the data is in. */
  firstFiguresMs: number;
  /** The figures table's bytes [raw, gzip], when it was fetched. */
  table: [number, number] | null;
}

async function oneLoad(
  context: BrowserContext,
  url: string,
  root: string,
  pagePath: string,
): Promise<{ load: Load; page: Page }> {
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${url}${pagePath}`, { waitUntil: "networkidle" });
  const beforeInteraction = [...requested];
  const before = beforeInteraction
    .map((path) => fileSizes(root, path))
    .reduce<[number, number]>((sum, s) => (s ? [sum[0] + s[0], sum[1] + s[1]] : sum), [0, 0]);
  const months = await page.$$eval("#explore-asof option", (o) =>
    o.map((e) => e.getAttribute("value") ?? ""),
  );
  const started = await page.evaluate(() => performance.now());
  const firstMs = (await timeChange(page, "#explore-asof", months[12] ?? months[0] ?? "")).shown;
  await waitForEngine(page);
  const marks = await engineMarks(page, started);
  const dataMs = marks["engine:data-loaded"] ?? Number.NaN;
  // The figures table is one file per county: the files this page fetched.
  const tables = [...new Set(requested.filter((p) => p.startsWith("/data/figures_cube/")))]
    .map((p) => fileSizes(root, p))
    .filter((s): s is [number, number] => s !== null);
  const table =
    tables.length > 0
      ? tables.reduce<[number, number]>((sum, s) => [sum[0] + s[0], sum[1] + s[1]], [0, 0])
      : null;
  return {
    page,
    load: {
      firstMs,
      before,
      wasmBefore: beforeInteraction.some((p) => p.endsWith(".wasm")),
      engineMs: marks["engine:instantiated"] ?? Number.NaN,
      dataMs,
      firstFiguresMs: firstMs - dataMs,
      table,
    },
  };
}

/** A shared link with state: from navigation until its figures are on screen (`explore:applied`). */
async function sharedLink(context: BrowserContext, url: string, link: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}${link}`);
    await page.waitForFunction(
      () => performance.getEntriesByName("explore:applied").length > 0,
      null,
      {
        timeout: WAIT_MS,
        polling: 20,
      },
    );
    return await page.evaluate(
      () => performance.getEntriesByName("explore:applied")[0]?.startTime ?? Number.NaN,
    );
  } finally {
    await page.close();
  }
}

/** `changes` filter changes, alternating as-of months and towns, each timed. */
async function filterChanges(page: Page, changes: number): Promise<ChangeTime[]> {
  const months = await page.$$eval("#explore-asof option", (o) =>
    o.map((e) => e.getAttribute("value") ?? ""),
  );
  const towns = await page.$$eval("#explore-town option", (o) =>
    o.map((e) => e.getAttribute("value") ?? ""),
  );
  const times: (ChangeTime & { what: string })[] = [];
  await page.evaluate(() => performance.clearMeasures());
  for (let i = 0; i < changes; i++) {
    // A fixed walk through the choices (no randomness): every 7th month, every 3rd town.
    const [control, value] =
      i % 2 === 0
        ? ["#explore-asof", months[(i * 7) % months.length] ?? ""]
        : ["#explore-town", towns[(i * 3) % towns.length] ?? ""];
    times.push({ ...(await timeChange(page, control, value)), what: value });
  }
  const slowest = times.toSorted((a, b) => b.shown - a.shown).slice(0, 5);
  log(`  slowest: ${slowest.map((t) => `${t.what} ${ms(t.shown)}`).join(", ")}`);
  const split = await page.evaluate(() =>
    ["explore:figures", "explore:draw"].map((name) =>
      performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0),
    ),
  );
  log(
    `  of which figures ${ms((split[0] ?? 0) / changes)} and redrawing ${ms((split[1] ?? 0) / changes)} per change (mean)`,
  );
  return times;
}

/** One path's measures on one data set. */
interface PathResult {
  loads: Load[];
  links: number[];
  changes: ChangeTime[];
  /** A repeat visit in the same profile: first interaction → figures, and the engine's stages. */
  repeat: Load | null;
}

async function benchPath(
  browser: Browser,
  url: string,
  root: string,
  name: string,
  pages: EnginePages,
  path: Path,
  loads: number,
  changes: number,
): Promise<PathResult> {
  const results: Load[] = [];
  const links: number[] = [];
  let times: ChangeTime[] = [];
  let repeat: Load | null = null;
  for (let i = 1; i <= loads; i++) {
    log(
      `${name}, ${path === "table" ? "figures table" : "DuckDB-WASM only"}: load ${i}/${loads} …`,
    );
    const context = await freshContext(browser, path);
    try {
      const { load, page } = await oneLoad(context, url, root, pages.page);
      results.push(load);
      log(
        `  first interaction → figures ${ms(load.firstMs)}; engine ${ms(load.engineMs)}, data ${ms(load.dataMs)}`,
      );
      if (i === loads) {
        // The later changes run on the last load's page, the engine already in (it loads after the first answer).
        log(`  ${changes} later changes …`);
        times = await filterChanges(page, changes);
        // A repeat visit: the same profile, its cache warm (hashed assets, DuckDB's compiled wasm).
        await page.close();
        repeat = (await oneLoad(context, url, root, pages.page)).load;
        log(
          `  repeat visit: first interaction → figures ${ms(repeat.firstMs)}, engine ${ms(repeat.engineMs)}`,
        );
      }
    } finally {
      await context.close();
    }
    const linkContext = await freshContext(browser, path);
    try {
      links.push(await sharedLink(linkContext, url, pages.link));
    } finally {
      await linkContext.close();
    }
  }
  return { loads: results, links, changes: times, repeat };
}

interface SetResult {
  name: string;
  pages: EnginePages;
  table: PathResult;
  engine: PathResult;
  /** Median of `compileStreaming` of the same wasm alone, in fresh pages (see wasmFloor). */
  wasmFloorMs: number;
  /** The machine's 1-minute load average when this set's measures began and ended (times are wall clock). */
  load: [number, number];
}

/**
 * The floor under "engine ready" on this machine, measured in the same run: in a fresh page of the same
 * server, the time the browser alone takes to fetch and compile DuckDB's wasm (`compileStreaming`), with no
 * code of ours before or after it. The engine cannot be ready sooner than this plus its start-up.
 */
async function wasmFloor(browser: Browser, url: string, wasmPath: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/404.html`);
    return await page.evaluate(async (path) => {
      const started = performance.now();
      await WebAssembly.compileStreaming(fetch(path));
      return performance.now() - started;
    }, wasmPath);
  } finally {
    await page.close();
  }
}

async function benchSite(
  browser: Browser,
  root: string,
  name: string,
  pages: EnginePages,
  loads: number,
  changes: number,
): Promise<SetResult> {
  const server = await serveStatic(root);
  const loadBefore = loadavg()[0] ?? Number.NaN;
  try {
    const run = (path: Path) =>
      benchPath(browser, server.url, root, name, pages, path, loads, changes);
    const table = await run("table");
    const engine = await run("engine");
    const wasm = readdirSync(join(root, "_astro")).find((f) => f.endsWith(".wasm"));
    const floors: number[] = [];
    if (wasm)
      for (let i = 0; i < loads; i++)
        floors.push(await wasmFloor(browser, server.url, `/_astro/${wasm}`));
    return {
      name,
      pages,
      table,
      engine,
      wasmFloorMs: quantile(floors, 0.5),
      load: [loadBefore, loadavg()[0] ?? Number.NaN],
    };
  } finally {
    await server.close();
  }
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A built province site's dist: the page and link measured, and its counties and report rows for the heading. */
async function provinceDist(dist: string): Promise<{ pages: EnginePages; name: string }> {
  const cubes = join(dist, "data", "figures_cube");
  if (!existsSync(join(dist, "county")) || !existsSync(cubes))
    throw new UsageError(
      `${dist}: no county/ or data/figures_cube/ (a province site's dist, more than three counties?)`,
    );
  const pages = provincePages(
    readdirSync(cubes)
      .filter((f) => f.endsWith(".parquet"))
      .map((f) => ({ county: f.replace(/\.parquet$/, ""), bytes: statSync(join(cubes, f)).size })),
  );
  if (!existsSync(join(dist, pages.page, "index.html")))
    throw new UsageError(`${dist}: no ${pages.page}index.html`);
  const counties = readdirSync(join(dist, "county"), { withFileTypes: true }).filter((e) =>
    e.isDirectory(),
  ).length;
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  let rows = Number.NaN;
  try {
    const reader = await connection.runAndReadAll(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet(${quote(join(dist, "data", "reports.parquet"))})`,
    );
    rows = Number(reader.getRowObjectsJS()[0]?.["n"] ?? Number.NaN);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return {
    pages,
    name: `province site of ${counties} counties (${int(rows)} report rows)`,
  };
}

const kb = (n: number) =>
  `${(n / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;

/** Issue #15's table for one data set: the figures table's path beside DuckDB-WASM's alone. */
function report(result: SetResult, targets: Targets): string {
  const median = (values: number[]) => quantile(values, 0.5);
  const col = (text: string, width: number) => text.padStart(width);
  const row = (label: string, now: string, before: string, target: string) =>
    `  ${label.padEnd(52)}${col(now, 16)}${col(before, 18)}  ${target}`;
  const t = result.table;
  const e = result.engine;
  const first = median(t.loads.map((l) => l.firstMs));
  const link = median(t.links);
  const p95 = quantile(
    t.changes.map((c) => c.shown),
    0.95,
  );
  const before = Math.max(...t.loads.map((l) => l.before[1]));
  const wasmBefore = t.loads.some((l) => l.wasmBefore);
  const tableBytes = t.loads[0]?.table;
  const lines = [
    `${result.name}: median of ${t.loads.length} fresh loads per path, ${t.changes.length} later changes`,
    `  page ${result.pages.page}, shared link ${result.pages.link}; load average (1 min) ${result.load.map((n) => n.toFixed(1)).join(" at the start, ")} at the end`,
    row("", "figures table", "DuckDB-WASM only", "target"),
    row(
      "first interaction → every figure shows the new state",
      ms(first),
      ms(median(e.loads.map((l) => l.firstMs))),
      `≤ ${ms(targets.firstMs)}: ${verdict(first <= targets.firstMs)}`,
    ),
    row(
      "shared link → its figures (from navigation)",
      ms(link),
      ms(median(e.links)),
      `≤ ${ms(targets.linkMs)}: ${verdict(link <= targets.linkMs)}`,
    ),
    row(
      "later changes p95 (median)",
      `${ms(p95)} (${ms(median(t.changes.map((c) => c.shown)))})`,
      `${ms(
        quantile(
          e.changes.map((c) => c.shown),
          0.95,
        ),
      )}`,
      `≤ ${ms(targets.p95Ms)}: ${verdict(p95 <= targets.p95Ms)}`,
    ),
    row(
      "bytes before the first interaction (gzip)",
      kb(before),
      kb(Math.max(...e.loads.map((l) => l.before[1]))),
      `≤ ${kb(TARGETS.gzipBeforeInteraction)}, no wasm: ${verdict(before <= TARGETS.gzipBeforeInteraction && !wasmBefore)}`,
    ),
    row(
      "repeat visit: first interaction → figures",
      ms(t.repeat?.firstMs ?? Number.NaN),
      ms(e.repeat?.firstMs ?? Number.NaN),
      "",
    ),
    row(
      "repeat visit: engine ready (wasm cached)",
      ms(t.repeat?.engineMs ?? Number.NaN),
      ms(e.repeat?.engineMs ?? Number.NaN),
      "",
    ),
    `  old figures (DuckDB-WASM only), after the first interaction: engine ready ${ms(median(e.loads.map((l) => l.engineMs)))}, data loaded ${ms(median(e.loads.map((l) => l.dataMs)))}, first figures query and redraw ${ms(median(e.loads.map((l) => l.firstFiguresMs)))} after that; floor: the browser alone fetches and compiles the wasm in ${ms(result.wasmFloorMs)}`,
    `  with the figures table, DuckDB-WASM starts after the first answer: ready ${ms(median(t.loads.map((l) => l.engineMs)))}, data loaded ${ms(median(t.loads.map((l) => l.dataMs)))} after the first interaction`,
    `  figures table: ${tableBytes ? `${kb(tableBytes[0])} (gzip ${kb(tableBytes[1])})` : "not fetched"}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** Runs the benchmark with command-line arguments (without the node and script names). */
export async function benchEngine(argv: readonly string[]): Promise<void> {
  const options = benchOptions(argv, {
    values: ["counties", "loads", "changes", "province-dist"],
    flags: ["skip-sample", "skip-province", "keep"],
    usage: USAGE,
    defaultWork: DEFAULT_WORK,
  });
  if (!options) return;
  const skipSample = options.flag("skip-sample");
  const skipProvince = options.flag("skip-province");
  if (!skipSample && !existsSync(join(DIST, "index.html")))
    throw new UsageError(
      "dist/ is not built: run npm run data && npm run build first (or --skip-sample)",
    );
  const counties = options.count("counties", DEFAULT_COUNTIES);
  if (!isProvinceSite(counties))
    throw new UsageError(
      `--counties ${counties}: a province site has more than ${OVERVIEW_COUNTIES_AT_MOST} counties (src/lib/site/site-shape.ts)`,
    );
  const loads = options.count("loads", DEFAULT_LOADS);
  const changes = options.count("changes", DEFAULT_CHANGES);
  const provinceDistDir = options.value("province-dist");
  const { seed, workDir } = options;

  const browser = await launchChromium({ timeout: WAIT_MS });
  try {
    process.stdout.write("bench/engine · headless Chromium on 127.0.0.1\n");
    if (!skipSample) {
      const sample = await benchSite(browser, DIST, "sample data", SAMPLE_PAGES, loads, changes);
      process.stdout.write(`\n${report(sample, TARGETS.sample)}`);
    }
    if (skipProvince) return;
    const measureProvince = async (dist: string) => {
      const { pages, name } = await provinceDist(dist);
      const province = await benchSite(browser, dist, name, pages, loads, changes);
      process.stdout.write(`\n${report(province, TARGETS.province)}`);
    };
    if (provinceDistDir !== undefined) await measureProvince(resolve(provinceDistDir));
    else {
      const p = ensureProvince({ workDir, rows: rowsForCounties(counties), seed, log });
      await withBuiltSite(
        {
          label: `${counties} counties`,
          rawDir: p.rawDir,
          refDir: p.refDir,
          keep: options.flag("keep"),
          log,
        },
        ({ dist }) => measureProvince(dist),
      );
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await runCli(() => benchEngine(process.argv.slice(2)), []);
