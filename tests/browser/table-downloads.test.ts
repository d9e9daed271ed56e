import { csvNumber } from "../../src/lib/csv/csv-number";
import { proseDate } from "../../src/lib/format/format-date";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { downloadName } from "../../src/lib/downloads/download-name";
import { openPage, useSession } from "./support/browser";
import { download } from "./support/downloads";
import { applied, ENGINE_TIMEOUT } from "./support/explore";
import { DATA_AS_OF } from "./support/figures-cli";
import { bothLanguages, pageKinds } from "./support/page-kinds";

const BOM = "\uFEFF";
/** The CSV button's words in each language (press-strings.ts `download.csv`, `download.csvLabel`). */
const LABEL = { zh: "下载 CSV", en: "Download CSV" } as const;
const ARIA_PREFIX = { zh: "下载 CSV：", en: "Download CSV: " } as const;
/** Longer than keepDownloadsInstalled() waits for the page to settle after a change. */
const SETTLED = 300;

const session = useSession();

const csvRows = (text: string) =>
  Papa.parse<string[]>(text.slice(BOM.length).trimEnd(), { newline: "\r\n" }).data;

/** Each table in <main> that should have a CSV button, with the buttons found right after it. */
function tableButtons(page: Page) {
  return page.$$eval("main table", (tables: HTMLTableElement[]) =>
    tables
      .filter((t) => !t.closest("[data-no-csv]"))
      .map((table) => {
        const wrapper = table.parentElement;
        const anchor = wrapper?.classList.contains("table-scroll") ? wrapper : table;
        // Every bar after the table, up to the next element that is not one.
        const bars: Element[] = [];
        let next = anchor.nextElementSibling;
        while (next?.hasAttribute("data-csv-bar")) {
          bars.push(next);
          next = next.nextElementSibling;
        }
        const buttons = bars.flatMap((b) => Array.from(b.querySelectorAll("button")));
        return {
          caption: (table.caption?.textContent ?? "").replace(/\s+/g, " ").trim(),
          hidden: table.closest("[hidden]") !== null,
          buttons: buttons.map((b) => ({
            text: b.textContent,
            ariaLabel: b.getAttribute("aria-label"),
          })),
        };
      }),
  );
}

describe.each(bothLanguages(pageKinds()))("CSV buttons on the $kind page ($lang)", (kind) => {
  it("gives every table in <main> exactly one CSV button, right after it", async () => {
    const { page, log } = await openPage(session, kind.path);
    const tables = await tableButtons(page);
    // The checker draws its tables only once a file is chosen (check.test.ts looks at those).
    if (kind.kind === "check") expect(tables, kind.path).toEqual([]);
    else expect(tables.filter((t) => !t.hidden).length, kind.path).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.buttons, `${kind.path}: ${table.caption}`).toHaveLength(1);
      expect(table.buttons[0]?.text).toBe(LABEL[kind.lang]);
      expect(table.buttons[0]?.ariaLabel).toBe(`${ARIA_PREFIX[kind.lang]}${table.caption}`);
    }
    // No bar anywhere else: one per table.
    expect(await page.locator("main [data-csv-bar]").count()).toBe(tables.length);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

/** The first ranking table as the page shows it: caption, header rows, body cells as cellValue reads them. */
function rankingShown(page: Page) {
  return page
    .locator('[data-testid="ranking-table"]')
    .first()
    .evaluate((t: HTMLTableElement) => {
      const text = (cell: Element) => {
        const copy = cell.cloneNode(true);
        if (!(copy instanceof Element)) return "";
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
      };
      return {
        caption: t.caption?.textContent ?? "",
        header: t.tHead?.rows.length ?? 0,
        body: Array.from(t.tBodies[0]?.rows ?? [], (row) =>
          Array.from(row.cells, (cell) => cell.getAttribute("data-value") || text(cell)),
        ),
      };
    });
}

const RANKING_BUTTON = '.table-scroll:has([data-testid="ranking-table"]) + [data-csv-bar] button';

/** Downloads the first ranking table's CSV and checks it against what the page shows, as of `asOf`. */
async function expectRankingCsv(page: Page, asOf = DATA_AS_OF): Promise<void> {
  const shown = await rankingShown(page);
  const { name, text } = await download(page, page.locator(RANKING_BUTTON).first());
  expect(name).toBe(downloadName(shown.caption, asOf, "csv"));
  expect(text.startsWith(BOM)).toBe(true);
  const rows = csvRows(text);
  expect(shown.header).toBe(2);
  const width = shown.body[0]?.length ?? 0;
  expect(width).toBeGreaterThan(4);
  expect(rows[0]).toHaveLength(width);
  expect(rows[1]).toHaveLength(width);
  // The second header row sits under the indicator groups: rank, town and score span both rows.
  expect(rows[1]?.slice(0, 3)).toEqual(["", "", ""]);
  // Each cell's data-value, rounded as the house rules want CSV numbers (4 decimals at most).
  expect(rows.slice(2)).toEqual(shown.body.map((row) => row.map(csvNumber)));
  expect(rows.flat().every((cell) => !/\.\d{5,}$/.test(cell))).toBe(true);
}

describe("the ranking table's CSV", () => {
  it.each(["/ranking/", "/en/ranking/"])(
    "on %s, has a BOM, header rows as wide as the body, and the table's cells",
    async (path) => {
      const { page, log } = await openPage(session, path);
      await expectRankingCsv(page);
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it("follows the ranking recomputed in the browser for another year", async () => {
    const { page, log } = await openPage(session, "/ranking/?asof=2018-12-31");
    await applied(page, "?asof=2018-12-31");
    await page.waitForTimeout(SETTLED);
    const tables = await tableButtons(page);
    expect(tables.filter((t) => t.caption.includes("2018")).length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      expect(table.buttons, table.caption).toHaveLength(1);
      expect(table.buttons[0]?.ariaLabel).toBe(`${ARIA_PREFIX.zh}${table.caption}`);
    }
    expect((await rankingShown(page)).caption).toContain("2018");
    // Named after the month shown, not the site's data date.
    await expectRankingCsv(page, "2018-12-31");
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe.each([
  { path: "/factories/", q: "针织" },
  { path: "/en/factories/", q: "knitting" },
])("the factory directory's CSV ($path)", ({ path, q }) => {
  it("holds exactly the rows the filter leaves, in the order sorted", async () => {
    const { page, log } = await openPage(session, path);
    const table = page.locator('[data-testid="directory-table"]');
    await page.selectOption("#directory-county", "pingli");
    await page.fill("#directory-q", q);
    await page.locator('th[data-sort-key="jobs"] button').click();
    const visible = await table.locator("tbody tr:visible").evaluateAll((rows) =>
      rows.map((r) => ({
        name: (r.querySelector("th")?.textContent ?? "").trim(),
        jobs: r.querySelector("td[data-col=jobs]")?.getAttribute("data-value") ?? "",
      })),
    );
    const total = Number(await table.getAttribute("data-total"));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    const button = page.locator(
      '.table-scroll:has([data-testid="directory-table"]) + [data-csv-bar] button',
    );
    const { text } = await download(page, button);
    const [header, ...body] = csvRows(text);
    expect(header).toHaveLength(10);
    // The sort buttons' arrows are decoration, not column names.
    expect(header?.join("")).not.toMatch(/[▲▼↕]/);
    expect(body.map((row) => ({ name: row[0], jobs: row[6] }))).toEqual(visible);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("tables drawn after the page loads", () => {
  it("get one button each, keep it when redrawn in place, and lose it when removed", async () => {
    const { page, log } = await openPage(session, "/towns/");
    const bars = () => page.locator("main [data-csv-bar]").count();
    const before = await bars();
    // A script rewrites a table's scroll box and, separately, replaces another table outright.
    await page.evaluate(() => {
      const [first, second] = Array.from(document.querySelectorAll("main .table-scroll"));
      if (!first || !second) throw new Error("fewer than two tables");
      first.innerHTML = first.innerHTML.replace("</caption>", "（新）</caption>");
      const table = second.querySelector("table");
      table?.replaceWith(table.cloneNode(true));
    });
    await page.waitForTimeout(SETTLED);
    expect(await bars()).toBe(before);
    const first = page.locator("main .table-scroll").first();
    expect(await first.locator("+ [data-csv-bar] button").getAttribute("aria-label")).toMatch(
      /（新）$/,
    );
    // The redrawn table's button downloads the new table.
    const { text } = await download(page, first.locator("+ [data-csv-bar] button"));
    expect(csvRows(text).length).toBeGreaterThan(1);
    // A table added, then one removed with its box.
    await page.evaluate(() => {
      const added = document.createElement("table");
      added.innerHTML = "<caption>新表</caption><tr><td>1</td></tr>";
      document.querySelector("main")?.append(added);
      document.querySelector("main .table-scroll")?.remove();
    });
    await page.waitForTimeout(SETTLED);
    expect(await bars()).toBe(before);
    expect(
      await page.locator("main > table + [data-csv-bar] button").getAttribute("aria-label"),
    ).toBe("下载 CSV：新表");
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("gives the overview's town panel, drawn by the in-browser exploration, its button", async () => {
    const { page, log } = await openPage(
      session,
      "/?asof=2019-06-30&county=pingli&town=pingli-laoxian",
    );
    const panel = page.locator(".town-panel .table-scroll + [data-csv-bar] button");
    await panel.waitFor({ timeout: ENGINE_TIMEOUT });
    await page.waitForSelector('form[data-explore][data-state="ready"]', {
      timeout: ENGINE_TIMEOUT,
    });
    await page.waitForTimeout(SETTLED);
    expect(await panel.count()).toBe(1);
    expect(await panel.textContent()).toBe(LABEL.zh);
    // Every button, the redrawn chart tables' included, is named after its table's caption as it is now.
    const tables = await tableButtons(page);
    expect(tables.some((t) => t.caption.includes(proseDate("2019-06-30", "zh-CN")))).toBe(true);
    for (const table of tables) {
      expect(table.buttons, table.caption).toHaveLength(1);
      expect(table.buttons[0]?.ariaLabel).toBe(`${ARIA_PREFIX.zh}${table.caption}`);
    }
    const { text } = await download(page, panel);
    expect(text.startsWith(BOM)).toBe(true);
    expect(csvRows(text).length).toBeGreaterThan(2);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("where tables get no CSV button of ours", () => {
  it("leaves the SQL console's result, which has its own CSV button, without a second one", async () => {
    const { page, log } = await openPage(session, "/data/");
    await page.waitForSelector('[data-sql-console][data-state="ready"]', {
      timeout: ENGINE_TIMEOUT,
    });
    await page.click("[data-run]");
    await page.locator(".result-table").waitFor({ timeout: ENGINE_TIMEOUT });
    await page.waitForTimeout(SETTLED);
    expect(await page.locator(".console-result [data-csv-bar]").count()).toBe(0);
    expect(await page.locator("[data-sql-console] [data-download]").isVisible()).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("prints no CSV button", async () => {
    const { page } = await openPage(session, "/ranking/");
    expect(await page.locator("main [data-csv-bar] button:visible").count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("main [data-csv-bar] button:visible").count()).toBe(0);
    expect(await page.locator("main [data-csv-bar]:visible").count()).toBe(0);
    await page.close();
  });
});
