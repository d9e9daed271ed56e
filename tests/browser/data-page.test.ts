import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { ARTIFACTS, openPage, screenshot, useSession } from "./support/browser";
import { ENGINE_TIMEOUT } from "./support/explore";

const session = useSession();

const CONSOLE = "[data-sql-console]";

async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill("#sql-input", sql);
  await page.click("[data-run]");
  await page.waitForSelector(`${CONSOLE}:is([data-state="ready"], [data-state="error"])`, {
    timeout: ENGINE_TIMEOUT,
  });
}

/** The result table as text: header, then each row's cells. */
function shownTable(page: Page): Promise<string[][]> {
  return page.$$eval(".result-table tr", (rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent ?? "")),
  );
}

describe.each([
  { lang: "zh-CN", path: "/data/", name: "zh" },
  { lang: "en", path: "/en/data/", name: "en" },
])("data page ($lang)", ({ path, name }) => {
  it("lists each table with Parquet and CSV links and a dictionary of every column", async () => {
    const { page, log, status } = await openPage(session, path);
    expect(status).toBe(200);
    for (const table of ["reports", "factories", "towns", "targets"]) {
      expect(await page.locator(`a[href="/data/${table}.parquet"]`).count()).toBe(1);
      expect(await page.locator(`a[href="/data/${table}.csv"]`).count()).toBe(1);
      expect(await page.locator(`#dictionary-${table} tbody tr`).count()).toBeGreaterThan(2);
    }
    const meanings = await page.$$eval(".dictionary tbody td:last-child", (cells) =>
      cells.map((c) => c.textContent?.trim() ?? ""),
    );
    expect(meanings.filter((m) => m === "")).toEqual([]);
    expect(await page.locator('a[href="/data/manifest.json"]').count()).toBe(1);
    expect(await page.locator('a[href="/data/rejects.csv"]').count()).toBe(1);
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("runs SQL: rows for a good query, DuckDB's error for a bad one, then works again", async () => {
    const { page, log } = await openPage(session, path);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });

    await runSql(page, "SELECT county_id, count(*) AS n FROM factories GROUP BY 1 ORDER BY 1");
    expect(await page.getAttribute(CONSOLE, "data-state")).toBe("ready");
    const table = await shownTable(page);
    expect(table[0]).toEqual(["county_id", "n"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["hanyin", "pingli"]);
    expect(await page.textContent("[data-status]")).toMatch(/2/);

    await runSql(page, "SELEC nonsense FROM nowhere");
    expect(await page.getAttribute(CONSOLE, "data-state")).toBe("error");
    const error = (await page.textContent("[data-error]")) ?? "";
    expect(error).toMatch(/syntax error/i);
    expect(error).not.toMatch(/\bat .*\.js/);
    expect(await page.locator(".result-table").count()).toBe(0);

    await runSql(page, "SELECT * FROM no_such_table");
    expect(await page.textContent("[data-error]")).toMatch(/no_such_table/);

    // Ctrl+Enter runs too, and the console still answers after the errors.
    await page.fill(
      "#sql-input",
      "SELECT town_name FROM towns WHERE county_id = 'pingli' ORDER BY 1",
    );
    await page.press("#sql-input", "Control+Enter");
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });
    expect((await shownTable(page)).length).toBeGreaterThan(5);
    expect(await page.isHidden("[data-error]")).toBe(true);

    await screenshot(page, `data-page-${name}-desktop`);
    expect(log.foreignRequests).toEqual([]);
    expect(requested.filter((u) => !u.startsWith(session.server.url))).toEqual([]);
    await page.close();
  });

  it("downloads the result as CSV with a BOM, matching the table shown", async () => {
    const { page } = await openPage(session, path);
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });
    // A COUNT (BigInt), a DECIMAL, a DATE and formula-like text: each must come out plainly.
    await runSql(
      page,
      "SELECT town_name, count(*) AS n, CAST(1.5 AS DECIMAL(5,2)) AS d, max(opened_on) AS last_opened, '=1+1' AS f FROM factories GROUP BY 1 ORDER BY 1",
    );
    const shown = await shownTable(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-download]"),
    ]);
    const text = await readFile((await download.path()) ?? "", "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines.length).toBe(shown.length);
    expect(lines[0]).toBe("town_name,n,d,last_opened,f");
    for (const [i, row] of shown.slice(1).entries()) {
      const [town, n, d, date, f] = row;
      expect(lines[i + 1]).toBe(`${town},${n},${d},${date},'${f}`);
      expect(d).toBe("1.50");
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    await page.close();
  });
});

/**
 * Issue #13, finding 8: the console read URLs, wrote to them and installed extensions. A second server on
 * 127.0.0.1 answers anything (with CORS, so a request that got out would succeed) and counts the hits.
 */
describe("the SQL console reads the published tables and nothing else", () => {
  const hits: string[] = [];
  const other = createServer((req, res) => {
    hits.push(`${req.method ?? ""} ${req.url ?? ""}`);
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/csv" });
    res.end("a,b\n1,2\n");
  });
  let origin = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  const attempts = (url: string) => [
    `SELECT * FROM read_csv('${url}/a.csv')`,
    `SELECT * FROM read_text('${url}/a.txt')`,
    `SELECT * FROM '${url}/a.csv'`,
    `ATTACH '${url}/a.duckdb' AS remote`,
    `COPY (SELECT 1 AS a) TO '${url}/out.csv'`,
    "COPY factories TO 'factories.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "INSTALL httpfs",
    `INSTALL httpfs FROM '${url}'`,
    "LOAD httpfs",
    `LOAD '${url}/httpfs.duckdb_extension.wasm'`,
    "SET autoinstall_known_extensions = true",
    "SET autoload_known_extensions = true",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "RESET lock_configuration",
  ];

  it("refuses every statement that would reach a URL, a file or the settings, with a clear message, and still answers", async () => {
    const { page, log } = await openPage(session, "/data/");
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });
    const answered: string[] = [];
    for (const sql of attempts(origin)) {
      await runSql(page, sql);
      const state = await page.getAttribute(CONSOLE, "data-state");
      const error = (await page.textContent("[data-error]")) ?? "";
      if (state !== "error" || !error.includes("此控制台只读取本站发布的五张表"))
        answered.push(`${sql} → ${state}: ${error}`);
    }
    expect(answered).toEqual([]);
    // The last refusal stays on screen for the screenshot; then an ordinary query still works.
    await runSql(page, `SELECT * FROM read_csv('${origin}/a.csv')`);
    await screenshot(page, "data-page-zh-console-refused");
    await page
      .locator(CONSOLE)
      .screenshot({ path: join(ARTIFACTS, "data-page-zh-console-refused-console.png") });
    await runSql(page, "SELECT count(*) AS n FROM factories");
    expect(await page.getAttribute(CONSOLE, "data-state")).toBe("ready");
    expect(Number((await shownTable(page))[1]?.[0])).toBeGreaterThan(0);
    expect(hits).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });

  it("says so in English on the English page", async () => {
    const { page } = await openPage(session, "/en/data/");
    await page.waitForSelector(`${CONSOLE}[data-state="ready"]`, { timeout: ENGINE_TIMEOUT });
    await runSql(page, `SELECT * FROM read_text('${origin}/a.txt')`);
    expect(await page.getAttribute(CONSOLE, "data-state")).toBe("error");
    expect(await page.textContent("[data-error]")).toMatch(
      /reads only the site's five published tables/,
    );
    await screenshot(page, "data-page-en-console-refused");
    expect(hits).toEqual([]);
    await page.close();
  });
});
