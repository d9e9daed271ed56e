import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cellValue, tableCells } from "../../../src/lib/downloads/table-cells";

function table(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const element = document.querySelector("table");
  if (!element) throw new Error("no table in the fixture");
  return element;
}

const TABLE = `
<table>
  <caption>平利县社区工厂数进展（数据表）</caption>
  <thead><tr><th scope="col">日期</th><th scope="col">实际</th><th scope="col">目标路径</th></tr></thead>
  <tbody>
    <tr><th scope="row">2019年12月</th><td data-value="88">88家</td><td data-value="100">100家</td></tr>
    <tr hidden><th scope="row">2020年1月</th><td data-value="89">89家</td><td></td></tr>
    <tr style="display: none"><th scope="row">2020年2月</th><td>90家</td><td></td></tr>
    <tr><th scope="row">2020年12月</th><td data-value="5283.25">5283.25
      万元</td><td>=1+1</td></tr>
  </tbody>
</table>`;

describe("tableCells", () => {
  it("gives the header row and the shown body rows, exact numbers from data-value", () => {
    expect(tableCells(table(TABLE))).toEqual([
      ["日期", "实际", "目标路径"],
      ["2019年12月", "88", "100"],
      ["2020年12月", "5283.25", "=1+1"],
    ]);
  });

  it("takes the caller's idea of a shown row", () => {
    expect(tableCells(table(TABLE), () => true)).toHaveLength(5);
  });

  it("pads a cell spanning columns so the columns line up", () => {
    const spanned = table(
      `<table><thead><tr><th colspan="2">镇</th><th>行数</th></tr></thead><tbody><tr><td>a</td><td>b</td><td>3</td></tr></tbody></table>`,
    );
    expect(tableCells(spanned)).toEqual([
      ["镇", "", "行数"],
      ["a", "b", "3"],
    ]);
  });

  // Cells are placed on a grid as the browser lays them out; positions a span covers are "".
  it.each([
    {
      case: "rowspan in the header (the ranking's two header rows)",
      html: `<table><thead>
        <tr><th rowspan="2">名次</th><th rowspan="2">镇</th><th colspan="2">新建工厂</th><th colspan="2">就业</th><th rowspan="2">变化</th></tr>
        <tr><th>数值</th><th>得分</th><th>数值</th><th>得分</th></tr>
      </thead><tbody>
        <tr><td>1</td><td>城关镇</td><td>3</td><td>20.0</td><td>412</td><td>30.0</td><td>↑1</td></tr>
      </tbody></table>`,
      expected: [
        ["名次", "镇", "新建工厂", "", "就业", "", "变化"],
        ["", "", "数值", "得分", "数值", "得分", ""],
        ["1", "城关镇", "3", "20.0", "412", "30.0", "↑1"],
      ],
    },
    {
      case: "rowspan in the body",
      html: `<table><tbody>
        <tr><th rowspan="3">汉阴县</th><td>城关镇</td><td>5</td></tr>
        <tr><td>涧池镇</td><td>4</td></tr>
        <tr><td>蒲溪镇</td><td>3</td></tr>
        <tr><th>平利县</th><td>老县镇</td><td>2</td></tr>
      </tbody></table>`,
      expected: [
        ["汉阴县", "城关镇", "5"],
        ["", "涧池镇", "4"],
        ["", "蒲溪镇", "3"],
        ["平利县", "老县镇", "2"],
      ],
    },
    {
      case: "colspan and rowspan on one cell",
      html: `<table><tbody>
        <tr><td colspan="2" rowspan="2">合计</td><td>a</td></tr>
        <tr><td>b</td></tr>
        <tr><td>c</td><td>d</td><td>e</td></tr>
      </tbody></table>`,
      expected: [
        ["合计", "", "a"],
        ["", "", "b"],
        ["c", "d", "e"],
      ],
    },
    {
      case: "a rowspan stops at the end of its row group",
      html: `<table><thead><tr><th rowspan="3">镇</th><th>行数</th></tr></thead>
        <tbody><tr><td>城关镇</td><td>7</td></tr></tbody></table>`,
      expected: [
        ["镇", "行数"],
        ["城关镇", "7"],
      ],
    },
    {
      case: "hidden rows skipped, the rows below them still lined up",
      html: `<table><thead><tr><th>月份</th><th>镇</th><th>工厂</th></tr></thead><tbody>
        <tr><th rowspan="3">2020年1月</th><td>城关镇</td><td>5</td></tr>
        <tr hidden><td>涧池镇</td><td>4</td></tr>
        <tr><td>蒲溪镇</td><td>3</td></tr>
        <tr style="display:none"><th>2020年2月</th><td>城关镇</td><td>6</td></tr>
      </tbody></table>`,
      expected: [
        ["月份", "镇", "工厂"],
        ["2020年1月", "城关镇", "5"],
        ["", "蒲溪镇", "3"],
      ],
    },
    {
      case: "a short row padded to the table's width",
      html: `<table><tbody><tr><td>a</td><td>b</td><td>c</td></tr><tr><td colspan="0">合计</td></tr></tbody></table>`,
      expected: [
        ["a", "b", "c"],
        ["合计", "", ""],
      ],
    },
  ])("$case", ({ html, expected }) => {
    expect(tableCells(table(html))).toEqual(expected);
  });

  it("leaves a table nested in a cell out of its parent's rows", () => {
    const nested = table(
      `<table><tbody><tr><td>outer<table><tbody><tr><td>inner</td></tr></tbody></table></td></tr></tbody></table>`,
    );
    expect(tableCells(nested)).toHaveLength(1);
  });
});

describe("cellValue", () => {
  it.each([
    ['<td data-value="-12">−12人</td>', "-12"],
    // A projection's float noise is rounded in the CSV (issue #18: 6.406557377049181 under 近12个月产值).
    ['<td data-value="6.406557377049181">6</td>', "6.4066"],
    ['<td data-value="12398300">1,239.8万元</td>', "12398300"],
    ['<td data-value="">空</td>', "空"],
    ["<td>  a \n  b </td>", "a b"],
    ['<td><span aria-hidden="true">▲</span> 超前</td>', "超前"],
    ['<th><button>在岗人数<span aria-hidden="true"> ▼</span></button></th>', "在岗人数"],
  ])("%s → %s", (html, expected) => {
    const cell = table(`<table><tbody><tr>${html}</tr></tbody></table>`).querySelector("td, th");
    expect(cell && cellValue(cell)).toBe(expected);
  });

  // A factory's report rows (history-rows.ts): a whole number's text is its value, read back exactly.
  it.each([
    ["<td>1,302</td>", "1302", "1,302"],
    ["<td>1,234,568</td>", "1234568", "1,234,568"],
    ["<td>-12</td>", "-12", "-12"],
    ['<td data-value="1234567.5">1,234,568</td>', "1234567.5", "1234567.5"],
    ['<td data-value="">1,302</td>', "1,302", "1,302"],
    ["<td>1,30</td>", "1,30", "1,30"],
    ["<td>2019-06</td>", "2019-06", "2019-06"],
    ["<td>hanyin/a.csv: 7</td>", "hanyin/a.csv: 7", "hanyin/a.csv: 7"],
  ])("%s → %s in a data-text-numbers table, %s elsewhere", (html, marked, plain) => {
    const read = (attr: string) => {
      const cell = table(`<table${attr}><tbody><tr>${html}</tr></tbody></table>`).querySelector(
        "td",
      );
      return cell && cellValue(cell);
    };
    expect(read(" data-text-numbers")).toBe(marked);
    expect(read("")).toBe(plain);
  });
});

describe("a factory book's report rows", () => {
  it("reads a row's file number back as the file's path from the page's list", () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><table data-text-numbers><tbody><tr><th scope="row">2019-06</th><td>1,302</td><td><a href="#s2">2</a>: 7</td><td><a href="#elsewhere">2</a></td></tr></tbody></table><p id="elsewhere">不是文件</p><ol data-source-files><li id="s1">b01/石川镇/2019-05.csv</li><li id="s2">b01/石川镇/2019-06.csv</li></ol></body></html>`,
    );
    const element = document.querySelector("table");
    if (!element) throw new Error("no table in the fixture");
    expect(tableCells(element)).toEqual([["2019-06", "1302", "b01/石川镇/2019-06.csv: 7", "2"]]);
  });
});
