/**
 * bench/engine: the in-browser engine (DuckDB-WASM behind the overview's controls) in headless Chromium
 * on 127.0.0.1, on the sample data and on a province-sized set.
 *
 *   npx tsx bench/engine.ts [--rows N] [--work DIR] [--seed N] [--loads N] [--changes N] [--skip-province]
 *
 * Needs a built site (`npm run data && npm run build`). For each data set and each of `--loads` fresh
 * page loads: time from the first interaction (a change of the as-of month) to the engine answering SQL,
 * to the data loaded, and to the first figures drawn; then `--changes` filter changes through the real
 * controls (as-of months and towns, alternating), each timed from the change event to the page redrawn.
 * Also the bytes the engine files take (wasm, worker, JS chunks loaded after the first interaction), raw
 * and gzipped. Prints the figures and PASS/FAIL against the targets; progress goes to stderr.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { chromium, type Browser, type Page } from "playwright-core";
import { parseArgs, runCli, UsageError } from "../scripts/lib/cli-args";
import { positiveInt, quantile } from "./lib/numbers";
import { runPipeline } from "../scripts/lib/run-pipeline";
import { serveStatic } from "../scripts/lib/static-server";
import { DEFAULT_SEED, ensureProvince } from "./lib/province";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const DEFAULT_WORK = join(ROOT, "bench/.work/province");
/** The pipeline bench's province: a million rows (40 counties of 25 towns, 50 months). */
const DEFAULT_ROWS = 1_000_000;
const DEFAULT_LOADS = 3;
const DEFAULT_CHANGES = 50;
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The issue's targets. */
const TARGETS = { engineReadyMs: 1500, sampleP95Ms: 50, provinceP95Ms: 250 } as const;
const WAIT_MS = 600_000;
const USAGE =
  "usage: npx tsx bench/engine.ts [--rows N] [--work DIR] [--seed N] [--loads N] [--changes N] [--skip-province]";

const log = (message: string) => process.stderr.write(`${message}\n`);
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${int(n)} ms`;
const kib = (n: number) =>
  `${(n / 1024).toLocaleString("en-US", { maximumFractionDigits: 0 })} KiB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** One fresh page load: the first interaction and what followed it. */
interface Load {
  /** First interaction → the engine's worker started (its code loaded and run). */
  workerMs: number;
  /** First interaction → DuckDB's wasm fetched, compiled and instantiated in the worker. */
  wasmMs: number;
  engineMs: number;
  dataMs: number;
  firstFiguresMs: number;
  /** Engine files fetched after the first interaction: url → [raw bytes, gzip bytes]. */
  files: Map<string, [number, number]>;
}

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

const isEngineFile = (url: string) => /\/_astro\/.*\.(js|wasm)$/.test(url);

const sizes = new Map<string, [number, number]>();
/** A file's size raw and gzipped (level 6, as a static host would send it). */
function fileSizes(path: string): [number, number] {
  const known = sizes.get(path);
  if (known) return known;
  const body = readFileSync(path);
  const result: [number, number] = [body.length, gzipSync(body).length];
  sizes.set(path, result);
  return result;
}

async function oneLoad(
  browser: Browser,
  url: string,
  root: string,
): Promise<{ load: Load; page: Page }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("request", (r) => {
    if (!new URL(r.url()).hostname.startsWith("127.0.0.1"))
      throw new Error(`request left 127.0.0.1: ${r.url()}`);
  });
  await page.goto(`${url}/`, { waitUntil: "load" });
  // Chromium drops a 30 MB body from its inspector cache, so sizes come from the served files.
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (isEngineFile(r.url())) fetched.push(new URL(r.url()).pathname);
  });
  const months = await page.$$eval("#explore-asof option", (o) =>
    o.map((e) => e.getAttribute("value") ?? ""),
  );
  const first = months[12] ?? months[0] ?? "";
  const started = await page.evaluate(() => performance.now());
  const firstChange = (await timeChange(page, "#explore-asof", first)).shown;
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ["engine:worker", "engine:wasm", "engine:instantiated", "engine:data-loaded"].map((name) => [
        name,
        performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ]),
    ),
  );
  const engineAt = marks["engine:instantiated"] ?? Number.NaN;
  const dataAt = marks["engine:data-loaded"] ?? Number.NaN;
  return {
    page,
    load: {
      workerMs: (marks["engine:worker"] ?? Number.NaN) - started,
      wasmMs: (marks["engine:wasm"] ?? Number.NaN) - started,
      engineMs: engineAt - started,
      dataMs: dataAt - started,
      firstFiguresMs: firstChange - (dataAt - started),
      files: new Map(fetched.map((path) => [path, fileSizes(join(root, path))])),
    },
  };
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
    `  of which figuresAsOf ${ms((split[0] ?? 0) / changes)} and redrawing ${ms((split[1] ?? 0) / changes)} per change (mean)`,
  );
  return times;
}

interface SetResult {
  name: string;
  loads: Load[];
  changes: ChangeTime[];
  /** Median of `compileStreaming` of the same wasm alone, in fresh pages (see wasmFloor). */
  wasmFloorMs: number;
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
  loads: number,
  changes: number,
): Promise<SetResult> {
  const server = await serveStatic(root);
  try {
    const results: Load[] = [];
    let last: Page | null = null;
    for (let i = 1; i <= loads; i++) {
      log(`${name}: page load ${i}/${loads} …`);
      await last?.close();
      const { load, page } = await oneLoad(browser, server.url, root);
      results.push(load);
      last = page;
      log(
        `  engine ${ms(load.engineMs)}, data ${ms(load.dataMs)}, first figures ${ms(load.firstFiguresMs)}`,
      );
    }
    log(`${name}: ${changes} filter changes …`);
    const times = last ? await filterChanges(last, changes) : [];
    await last?.close();
    const wasmPath = [...(results[0]?.files.keys() ?? [])].find((f) => f.endsWith(".wasm"));
    const floors: number[] = [];
    if (wasmPath)
      for (let i = 0; i < loads; i++) floors.push(await wasmFloor(browser, server.url, wasmPath));
    return { name, loads: results, changes: times, wasmFloorMs: quantile(floors, 0.5) };
  } finally {
    await server.close();
  }
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A copy of the built site whose reports and factories are the province's, every synthetic county
 * folded into hanyin or pingli (alternately) so the overview's two counties carry the whole province;
 * towns and targets stay the sample's, so the targets still evaluate.
 */
async function provinceSite(rows: number, seed: number, workDir: string): Promise<string> {
  const p = ensureProvince({ workDir, rows, seed, log });
  const out = join(p.dir, "out");
  if (!existsSync(join(out, "reports.parquet"))) {
    log(`pipeline on ${int(p.files)} files …`);
    await runPipeline({
      inDir: p.rawDir,
      outDir: out,
      referenceDir: p.refDir,
      onWarning: () => {},
    });
  }
  const site = mkdtempSync(join(tmpdir(), "bench-engine-site-"));
  cpSync(DIST, site, { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const fold = `CASE WHEN hash(county_id) % 2 = 0 THEN 'hanyin' ELSE 'pingli' END`;
    for (const table of ["reports", "factories"]) {
      const target = join(site, "data", `${table}.parquet`);
      rmSync(target);
      await connection.run(
        `COPY (SELECT * REPLACE (${fold} AS county_id) FROM read_parquet(${quote(join(out, `${table}.parquet`))}))
         TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
    const reader = await connection.runAndReadAll(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet(${quote(join(site, "data", "reports.parquet"))})`,
    );
    log(
      `province site: ${int(Number(reader.getRowObjectsJS()[0]?.["n"] ?? 0))} report rows in ${site}`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return site;
}

function report(result: SetResult, p95Target: number): string {
  const median = (f: (l: Load) => number) => quantile(result.loads.map(f), 0.5);
  const files = result.loads[0]?.files ?? new Map<string, [number, number]>();
  const sum = (filter: (url: string) => boolean, i: 0 | 1) =>
    [...files].filter(([url]) => filter(url)).reduce((s, [, v]) => s + v[i], 0);
  const wasm = (u: string) => u.endsWith(".wasm");
  const worker = (u: string) => /worker[^/]*\.js$/.test(u);
  const chunk = (u: string) => !wasm(u) && !worker(u);
  const engineReady = median((l) => l.engineMs);
  const shown = result.changes.map((c) => c.shown);
  const complete = result.changes.map((c) => c.complete);
  const p50 = quantile(shown, 0.5);
  const p95 = quantile(shown, 0.95);
  const lines = [
    `${result.name}: median of ${result.loads.length} page loads, ${result.changes.length} filter changes`,
    `  first interaction → engine ready (answers SQL)   ${ms(engineReady)}`,
    `    … worker started ${ms(median((l) => l.workerMs))}, wasm instantiated ${ms(median((l) => l.wasmMs))}; floor: the browser alone fetches and compiles the wasm in ${ms(result.wasmFloorMs)}`,
    `  first interaction → data loaded (4 tables)       ${ms(median((l) => l.dataMs))}`,
    `  first figures query and redraw                   ${ms(median((l) => l.firstFiguresMs))}`,
    `  filter change median / p95 / max                 ${ms(p50)} / ${ms(p95)} / ${ms(Math.max(...shown))}`,
    `    … and every chart below the screen drawn too    ${ms(quantile(complete, 0.5))} / ${ms(quantile(complete, 0.95))} / ${ms(Math.max(...complete))}`,
    `  engine files: wasm ${kib(sum(wasm, 0))} (gzip ${kib(sum(wasm, 1))}), worker ${kib(sum(worker, 0))} (gzip ${kib(sum(worker, 1))}), JS chunks ${kib(sum(chunk, 0))} (gzip ${kib(sum(chunk, 1))})`,
    `  engine ready < ${ms(TARGETS.engineReadyMs)}: ${verdict(engineReady < TARGETS.engineReadyMs)}`,
    `  filter p95 < ${ms(p95Target)}: ${verdict(p95 < p95Target)}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** Runs the benchmark with command-line arguments (without the node and script names). */
export async function benchEngine(argv: readonly string[]): Promise<void> {
  const { values, flags } = parseArgs(argv, {
    values: ["rows", "work", "seed", "loads", "changes"],
    flags: ["skip-province", "help"],
  });
  if (flags.has("help")) {
    log(USAGE);
    return;
  }
  if (!existsSync(join(DIST, "index.html")))
    throw new UsageError("dist/ is not built: run npm run data && npm run build first");
  const rows = positiveInt(values.get("rows"), DEFAULT_ROWS, "rows");
  const seed = positiveInt(values.get("seed"), DEFAULT_SEED, "seed");
  const loads = positiveInt(values.get("loads"), DEFAULT_LOADS, "loads");
  const changes = positiveInt(values.get("changes"), DEFAULT_CHANGES, "changes");
  const workDir = resolve(values.get("work") ?? DEFAULT_WORK);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: FLAGS,
    timeout: WAIT_MS,
  });
  let site: string | null = null;
  try {
    const sample = await benchSite(browser, DIST, "sample data", loads, changes);
    process.stdout.write(
      `bench/engine · headless Chromium on 127.0.0.1\n\n${report(sample, TARGETS.sampleP95Ms)}`,
    );
    if (!flags.has("skip-province")) {
      site = await provinceSite(rows, seed, workDir);
      const province = await benchSite(
        browser,
        site,
        `province set (~${int(rows)} rows)`,
        loads,
        changes,
      );
      process.stdout.write(`\n${report(province, TARGETS.provinceP95Ms)}`);
    }
  } finally {
    await browser.close();
    if (site) rmSync(site, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await runCli(() => benchEngine(process.argv.slice(2)), []);
