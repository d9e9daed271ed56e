import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  CAPTION_SLOT,
  tableCsvButtonText,
  tableCsvName,
} from "../../../src/lib/downloads/table-csv-text";

/** The first table in the HTML, inside a <main> worded as Base.astro words it (Chinese). */
function fixture(html: string): { table: Element; main: Element | null } {
  const { document } = parseHTML(
    `<!doctype html><html><body><main data-csv-label="下载 CSV" data-csv-aria-label="下载 CSV：${CAPTION_SLOT}">${html}</main></body></html>`,
  );
  const table = document.querySelector("table");
  if (!table) throw new Error("no table in the fixture");
  return { table, main: document.querySelector("main") };
}

describe("tableCsvName", () => {
  it.each([
    {
      case: "data-csv-name first",
      html: `<figure data-chart-id="progress-jobs"><table data-csv-name="jobs" id="t"><caption>就业</caption></table></figure>`,
      expected: "jobs",
    },
    {
      case: "else the chart's id",
      html: `<figure data-chart-id="progress-jobs"><table id="t"><caption>就业</caption></table></figure>`,
      expected: "progress-jobs",
    },
    {
      case: "else the caption, spaces collapsed",
      html: `<table id="t"><caption> 汉阴县各镇
        主要数字 </caption></table>`,
      expected: "汉阴县各镇 主要数字",
    },
    {
      case: "a caption without letters or digits does not count",
      html: `<table id="dictionary-towns"><caption>（）</caption></table>`,
      expected: "dictionary-towns",
    },
    {
      case: "else the id",
      html: `<table id="dictionary-towns"></table>`,
      expected: "dictionary-towns",
    },
    { case: "else table", html: `<table></table>`, expected: "table" },
    {
      case: "a long caption cut to 180 bytes of UTF-8 (60 Chinese letters)",
      html: `<table><caption>${"镇".repeat(100)}</caption></table>`,
      expected: "镇".repeat(60),
    },
  ])("$case", ({ html, expected }) => {
    expect(tableCsvName(fixture(html).table)).toBe(expected);
  });
});

describe("tableCsvButtonText", () => {
  it.each([
    {
      case: "the page's words, the caption in the aria-label",
      html: `<table><caption>蒲溪镇的任务</caption></table>`,
      expected: { label: "下载 CSV", ariaLabel: "下载 CSV：蒲溪镇的任务" },
    },
    {
      case: "a caption with $& in it is taken as written",
      html: `<table><caption>$& 与 $1</caption></table>`,
      expected: { label: "下载 CSV", ariaLabel: "下载 CSV：$& 与 $1" },
    },
    {
      case: "the table's own words first",
      html: `<table data-csv-label="CSV" data-csv-aria-label="下载数据表"><caption>进展</caption></table>`,
      expected: { label: "CSV", ariaLabel: "下载数据表" },
    },
    {
      case: "no caption: no aria-label, the button's text names it",
      html: `<table></table>`,
      expected: { label: "下载 CSV", ariaLabel: null },
    },
  ])("$case", ({ html, expected }) => {
    const { table, main } = fixture(html);
    expect(tableCsvButtonText(table, main)).toEqual(expected);
  });

  it("says CSV where the page gives no words", () => {
    const { document } = parseHTML("<table><caption>进展</caption></table>");
    const table = document.querySelector("table");
    expect(table && tableCsvButtonText(table, null)).toEqual({ label: "CSV", ariaLabel: null });
  });
});
