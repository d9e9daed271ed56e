import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { gridToCsv, toCsv, UTF8_BOM } from "../../../src/lib/csv/to-csv";

describe("gridToCsv", () => {
  it("writes the header row first, BOM before it, CRLF after every row", () => {
    expect(
      gridToCsv([
        ["镇", "用工"],
        ["城关镇", "93"],
      ]),
    ).toBe(`${UTF8_BOM}镇,用工\r\n城关镇,93\r\n`);
  });

  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ["+1", "'+1"],
    ["+86 138", "'+86 138"],
    ["-", "'-"],
    ["-5", "-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
  ])("neutralizes a formula-like cell %j", (cell, expected) => {
    const parsed = Papa.parse<string[]>(
      gridToCsv([["h"], [cell]])
        .slice(1)
        .trimEnd(),
    ).data;
    expect(parsed[1]?.[0]).toBe(expected);
  });

  it("gives the same document as toCsv for the same rows", () => {
    const rows = [{ a: "x,y", b: 2 }];
    expect(
      gridToCsv([
        ["a", "b"],
        ["x,y", 2],
      ]),
    ).toBe(toCsv(rows, ["a", "b"]));
  });
});
