import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { utils, write } from "@e965/xlsx";
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readReference } from "../../scripts/lib/read-reference";
import { parseReportFile, type FileResult } from "../../src/lib/pipeline/parse-report";
import { findCounty } from "../../src/lib/reference/parse-reference";
import { axeViolations } from "./support/axe";
import { horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";

const session = useSession();

const RAW = join(import.meta.dirname, "../../data/raw");
/** A CSV with a planted duplicate row, and a workbook with an inconsistent row and personal-data columns. */
const SAMPLES = [
  { county: "hanyin", path: "hanyin/2018年/蒲溪镇2018Q4.csv" },
  { county: "pingli", path: "pingli/兴隆镇/兴隆镇社区工厂2018年四季度.xlsx" },
];
const CHECK_TIMEOUT = 60_000;
/** Enough rows that reading takes a moment on any machine, so the progress shows before the result. */
const LARGE_ROWS = 20_000;

/** What `npm run data`'s parser gives in Node for the same bytes, under the path the page's worker uses. */
async function parsedInNode(sample: (typeof SAMPLES)[number]): Promise<FileResult> {
  const reference = await readReference();
  return parseReportFile({
    path: `${sample.county}/${basename(sample.path)}`,
    bytes: new Uint8Array(await readFile(join(RAW, sample.path))),
    countyId: sample.county,
    county: findCounty(reference, sample.county),
    industries: reference.industries,
  });
}

/** WCAG 2.1 A and AA rules axe-core finds broken on the page as it is now (results drawn), by rule id. */
const axeRules = async (page: Page) =>
  (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes[0] ?? ""}`);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADER = "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（万元）,工资总额,行业,投产时间";
const GOOD = "平利县甲社区工厂,40,12,20,50,300000,针织服装,2017-06-01";
const POOR_TOO_MANY = "平利县乙社区工厂,10,12,5,20,100000,针织服装,2017-06-01";

/** A quarter-named workbook as towns save them: an instructions sheet first, then one sheet per month. */
function quarterWorkbook(): Uint8Array {
  const book = utils.book_new();
  const sheet = (lines: readonly string[]) => utils.aoa_to_sheet(lines.map((l) => l.split(",")));
  utils.book_append_sheet(
    book,
    sheet(["填表说明", "每月5日前报送，不要填写姓名、电话"]),
    "填表说明",
  );
  utils.book_append_sheet(book, sheet(["老县镇社区工厂统计月报表", HEADER, GOOD]), "7月");
  utils.book_append_sheet(book, sheet([HEADER, GOOD, POOR_TOO_MANY]), "8月");
  return new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

interface Shown {
  file: string;
  verdict: string;
  line: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  skipped: number;
  personalColumns: number;
  rejectRows: number;
  acceptedRows: number;
}

function shownFiles(page: Page): Promise<Shown[]> {
  return page.$$eval("article[data-check-file]", (articles) =>
    articles.map((a) => {
      const n = (name: string) => Number(a.getAttribute(`data-${name}`));
      return {
        file: a.getAttribute("data-check-file") ?? "",
        verdict: a.getAttribute("data-verdict") ?? "",
        line: a.querySelector("[data-verdict-line]")?.textContent?.trim() ?? "",
        rowsRead: n("rows-read"),
        accepted: n("accepted"),
        rejected: n("rejected"),
        skipped: n("skipped"),
        personalColumns: n("personal-columns"),
        rejectRows: a.querySelectorAll("[data-rejects] tbody tr").length,
        acceptedRows: a.querySelectorAll("[data-rows] tbody tr").length,
      };
    }),
  );
}

async function chooseSamples(page: Page): Promise<void> {
  await page.setInputFiles(
    "#check-files",
    SAMPLES.map((s) => join(RAW, s.path)),
  );
  await page.waitForSelector('form[data-check-form][data-state="done"]', {
    timeout: CHECK_TIMEOUT,
  });
}

describe.each([
  { lang: "zh-CN", path: "/check/", name: "zh", fix: /^✗ 需修改 (\d+) 处$/ },
  { lang: "en", path: "/en/check/", name: "en", fix: /^✗ (\d+) things? to fix$/ },
])("report checker ($lang)", ({ path, name, fix }) => {
  it("shows for each chosen file what parseReportFile gives in Node, and sends nothing anywhere", async () => {
    const { page, log, status } = await openPage(session, path);
    expect(status).toBe(200);
    await page.waitForSelector('form[data-check-form][data-state="idle"]');
    const before: string[] = [];
    const after: Request[] = [];
    let chosen = false;
    page.on("request", (r) => (chosen ? after.push(r) : before.push(r.url())));
    chosen = true;
    await chooseSamples(page);

    const shown = await shownFiles(page);
    expect(shown.map((s) => s.file)).toEqual(SAMPLES.map((s) => basename(s.path)));
    for (const [i, sample] of SAMPLES.entries()) {
      const node = await parsedInNode(sample);
      const skipped = Object.values(node.skipped).reduce((a, b) => a + b, 0);
      const s = shown[i];
      expect(s).toMatchObject({
        rowsRead: node.rows_read,
        accepted: node.rows.length,
        rejected: node.rejects.length,
        skipped,
        personalColumns: node.personal.columns,
        rejectRows: node.rejects.length,
        acceptedRows: node.rows.length,
      });
      // Both samples carry a planted reject: the verdict counts them.
      expect(node.rejects.length).toBeGreaterThan(0);
      expect(s?.verdict).toBe("fix");
      expect(s?.line).toMatch(fix);
      expect(Number(fix.exec(s?.line ?? "")?.[1])).toBe(node.rejects.length);
    }
    // The workbook's personal-data columns are named by their headers; none of their values is on the page.
    const personal = await page.$$eval("[data-personal]", (ps) =>
      ps.map((p) => p.textContent ?? ""),
    );
    expect(personal[1]).toMatch(/[“"].+[”"]/);
    expect(await page.textContent("main")).not.toMatch(/1[3-9]\d{9}/);
    const reasons = await page.$$eval("[data-rejects] tbody tr", (rows) =>
      rows.map((r) => r.getAttribute("data-reason")),
    );
    expect(reasons).toEqual(["duplicate", "inconsistent"]);

    // The parsing core loads only once a file is chosen; after that, only GETs of the site's own code and
    // reference data, with no body: the file's bytes never leave the browser.
    expect(before.filter((u) => /check-worker|xlsx/.test(u))).toEqual([]);
    const origin = session.server.url;
    const requests = after.map((r) => ({ method: r.method(), url: r.url(), body: r.postData() }));
    expect(requests.map((r) => r.url)).toContain(`${origin}/check/reference.json`);
    expect(requests.some((r) => /\/_astro\/check-worker[^/]*\.js$/.test(r.url))).toBe(true);
    for (const r of requests) {
      expect(r.method).toBe("GET");
      expect(r.body).toBeNull();
      expect(r.url.startsWith(`${origin}/`)).toBe(true);
      expect(new URL(r.url).pathname).toMatch(/^\/(_astro\/[^/]+\.js|check\/reference\.json)$/);
    }
    expect(log.foreignRequests).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await screenshot(page, `check-${name}-desktop`);
    expect(await axeRules(page)).toEqual([]);
    await page.close();
  });

  it("shows the stage, a progress bar and the time while a large file is read, then its result", async () => {
    const { page } = await openPage(session, path);
    await page.waitForSelector('form[data-check-form][data-state="idle"]');
    const header = "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值,工资总额,行业,投产时间";
    const rows = Array.from(
      { length: LARGE_ROWS },
      (_, i) => `平利县第${i + 1}社区工厂,40,12,20,500000,300000,针织服装,2017-06-01`,
    );
    await page.setInputFiles("#check-files", {
      name: "老县镇2019年7月.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([header, ...rows].join("\n")),
    });
    const status = await page.waitForSelector("article[data-checking] [role=status]");
    expect(await status.textContent()).toMatch(/1.*1/);
    expect(await page.locator("article[data-checking] progress").count()).toBe(1);
    await page.waitForSelector('form[data-check-form][data-state="done"]', {
      timeout: CHECK_TIMEOUT,
    });
    const [shown] = await shownFiles(page);
    expect(shown).toMatchObject({ accepted: LARGE_ROWS, rejected: 0, verdict: "ok" });
    // Only the first rows are drawn; the counts say all of them.
    expect(shown?.acceptedRows).toBeLessThan(LARGE_ROWS);
    await page.close();
  });

  it("shows each sheet of a workbook as parseReportFile reads it, the instructions sheet skipped", async () => {
    const { page } = await openPage(session, path);
    await page.waitForSelector('form[data-check-form][data-state="idle"]');
    const bytes = quarterWorkbook();
    const fileName = "老县镇社区工厂2019年三季度.xlsx";
    await page.setInputFiles("#check-files", {
      name: fileName,
      mimeType: XLSX_TYPE,
      buffer: Buffer.from(bytes),
    });
    await page.waitForSelector('form[data-check-form][data-state="done"]', {
      timeout: CHECK_TIMEOUT,
    });
    const reference = await readReference();
    const node = await parseReportFile({
      path: `pingli/${fileName}`,
      bytes,
      countyId: "pingli",
      county: findCounty(reference, "pingli"),
      industries: reference.industries,
    });
    const shown = await page.$$eval("[data-sheet]", (sheets) =>
      sheets.map((s) => ({
        name: s.getAttribute("data-sheet"),
        rows_read: Number(s.getAttribute("data-rows-read")),
        accepted: Number(s.getAttribute("data-accepted")),
        rejected: Number(s.getAttribute("data-rejected")),
        skipped: Number(s.getAttribute("data-skipped")),
        skipped_whole: s.getAttribute("data-skipped-whole"),
      })),
    );
    expect(shown).toEqual(
      node.sheets.map(({ name, rows_read, accepted, rejected, skipped, skipped_whole }) => ({
        name,
        rows_read,
        accepted,
        rejected,
        skipped,
        skipped_whole,
      })),
    );
    expect(shown.map((s) => [s.name, s.skipped_whole])).toEqual([
      ["填表说明", "no_header"],
      ["7月", null],
      ["8月", null],
    ]);
    expect(await page.locator("[data-verdict-line]").textContent()).toMatch(fix);
    await screenshot(page, `check-${name}-workbook`);
    await page.close();
  });

  it("reads on a phone without sideways scrolling", async () => {
    const { page } = await openPage(session, path, { width: 390, height: 844 });
    await page.waitForSelector('form[data-check-form][data-state="idle"]');
    await chooseSamples(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `check-${name}-phone`);
    expect(await axeRules(page)).toEqual([]);
    await page.close();
  });

  it("without JavaScript says the checker needs it, and links the templates and the rules", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.server.url + path);
    expect(await page.isVisible("[data-testid=check-noscript]")).toBe(true);
    expect(await page.isVisible("form[data-check-form]")).toBe(false);
    const templates = await page.$$eval("a[data-template]", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    expect(templates).toEqual(["/templates/hanyin.xlsx", "/templates/pingli.xlsx"]);
    expect(await page.locator(".check-rules li").count()).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});
