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
    ['<td data-value="">空</td>', "空"],
    ["<td>  a \n  b </td>", "a b"],
  ])("%s → %s", (html, expected) => {
    const cell = table(`<table><tbody><tr>${html}</tr></tbody></table>`).querySelector("td");
    expect(cell && cellValue(cell)).toBe(expected);
  });
});
