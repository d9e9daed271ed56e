import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "../../../src/lib/csv/to-csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+86 138", "'+86 138"],
    ["@cmd", "'@cmd"],
    ["-2+3", "'-2+3"],
    ["-12.5", "-12.5"],
    [-3, "-3"],
    [null, ""],
    [true, "true"],
  ] as const)("%j → %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and uses CRLF", () => {
    expect(toCsv([{ a: 1, b: "x" }], ["a", "b"])).toBe(`${UTF8_BOM}a,b\r\n1,x\r\n`);
  });

  it("round-trips any text through a CSV reader; formula-like text comes back behind a quote mark", () => {
    const text = fc.string().filter((s) => !s.startsWith("'"));
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: text, b: text }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows, ["a", "b"]).slice(UTF8_BOM.length)).data;
          const expected = (s: string) =>
            /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
          rows.forEach((row, i) =>
            expect(parsed[i + 1]?.slice(0, 2)).toEqual([expected(row.a), expected(row.b)]),
          );
        },
      ),
    );
  });
});
