import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { factoryStrings } from "../../../src/i18n/factory-strings";
import {
  historyHeadHtml,
  historyRowsHtml,
  reportPeriod,
  sourceFileKeys,
  type ReportFlag,
} from "../../../src/lib/factories/history-rows";
import type { FactoryReportRow } from "../../../src/lib/sql/factory-sql";

const report = (over: Partial<FactoryReportRow>): FactoryReportRow => ({
  factory_id: "f1",
  period_start: "2019-06-01",
  period_end: "2019-06-30",
  employees: 1302,
  poor_workers: 40,
  relocated_workers: 12,
  output_value_yuan: 1234567.5,
  wages_yuan: 98000,
  source_file: "hanyin/城关镇/2019-06.csv",
  source_row: 7,
  ...over,
});

const SEVERITY = { INFO: "提示", WARNING: "注意", SEVERE: "请核实" } as const;

const rows = (
  reports: FactoryReportRow[],
  flags: ReportFlag[] = [],
  lang: "zh-CN" | "en" = "zh-CN",
) =>
  Array.from(
    parseHTML(
      `<table><tbody>${historyRowsHtml(reports, flags, lang, SEVERITY).markup}</tbody></table>`,
    ).document.querySelectorAll("tbody tr"),
  );

describe("reportPeriod", () => {
  it.each([
    ["2019-06-01", "2019-06-30", "2019-06"],
    ["2019-04-01", "2019-06-30", "2019-04 – 2019-06"],
  ])("%s to %s is %s", (start, end, text) => expect(reportPeriod(start, end)).toBe(text));
});

describe("historyHeadHtml", () => {
  // The book's own headers, in the rows' order.
  const { h } = factoryStrings("zh-CN");
  const head = (flags: string | null) =>
    Array.from(
      parseHTML(
        `<table><thead>${historyHeadHtml(h, flags).markup}</thead><tbody></tbody></table>`,
      ).document.querySelectorAll("thead tr th"),
      (th) => [th.getAttribute("scope"), th.textContent],
    );

  it("names the columns in the rows' order, the flags column only when there are flags", () => {
    expect(head(null)).toEqual(Object.values(h).map((name) => ["col", name]));
    expect(head("督查提示").at(-1)).toEqual(["col", "督查提示"]);
    expect(head("督查提示")).toHaveLength(8);
  });
});

describe("historyRowsHtml", () => {
  it("gives each report its period, five figures (a fraction with its exact number), and its file and row", () => {
    const [row] = rows([report({})]);
    expect(row?.querySelector("th")?.getAttribute("scope")).toBe("row");
    expect(row?.querySelector("th")?.textContent).toBe("2019-06");
    const cells = Array.from(row?.querySelectorAll("td") ?? []);
    expect(cells.map((c) => c.getAttribute("data-value"))).toEqual([
      null,
      null,
      null,
      "1234567.5",
      null,
      null,
    ]);
    expect(cells.map((c) => c.textContent)).toEqual([
      "1,302",
      "40",
      "12",
      "1,234,568",
      "98,000",
      "hanyin/城关镇/2019-06.csv: 7",
    ]);
  });

  it("adds a flags cell to every row only when the factory has flags, each under its own report", () => {
    const reports = [report({ period_start: "2019-04-01", period_end: "2019-06-30" }), report({})];
    expect(rows(reports).every((r) => r.querySelectorAll("td").length === 6)).toBe(true);
    const flag: ReportFlag = {
      period_start: "2019-06-01",
      period_end: "2019-06-30",
      flag: "sudden_drop",
      severity: "WARNING",
      explanation_zh: "人数骤降",
      explanation_en: "Jobs dropped",
    };
    const [quarter, month] = rows(reports, [flag], "en");
    expect(quarter?.querySelector("td:nth-child(8)")?.children).toHaveLength(0);
    const item = month?.querySelector("td:nth-child(8) li");
    expect(item?.getAttribute("data-flag")).toBe("sudden_drop");
    expect(item?.textContent).toBe("注意 Jobs dropped");
  });

  it("escapes a file name", () => {
    const [row] = rows([report({ source_file: "hanyin/<b>&.csv" })]);
    expect(row?.querySelectorAll("b")).toHaveLength(0);
    expect(row?.querySelector("td:last-child")?.textContent).toBe("hanyin/<b>&.csv: 7");
  });

  it("names a row's file by its number in a factory book's list, linked to the list's item", () => {
    // Numbered by the earliest report each file holds: 2019年9月 before 2019年10月, whose path sorts first.
    const reports = [
      report({ period_end: "2019-10-31", source_file: "b01/石川镇/2019年10月.csv", source_row: 6 }),
      report({ period_end: "2019-09-30", source_file: "b01/石川镇/2019年9月.csv", source_row: 9 }),
      report({
        period_end: "2019-10-31",
        source_file: "b01/石川镇/2019年10月.csv",
        source_row: 12,
      }),
    ];
    const keys = sourceFileKeys(reports);
    expect([...keys]).toEqual([
      ["b01/石川镇/2019年9月.csv", 1],
      ["b01/石川镇/2019年10月.csv", 2],
    ]);
    const html = historyRowsHtml(reports, [], "zh-CN", SEVERITY, keys).markup;
    const { document } = parseHTML(`<table><tbody>${html}</tbody></table>`);
    const sources = Array.from(document.querySelectorAll("tr"), (r) => r.lastElementChild);
    expect(sources.map((c) => c?.textContent)).toEqual(["2: 6", "1: 9", "2: 12"]);
    expect(sources.map((c) => c?.querySelector("a")?.getAttribute("href"))).toEqual([
      "#s2",
      "#s1",
      "#s2",
    ]);
  });
});
