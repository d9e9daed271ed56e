import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, parseCsvWithLines } from "../../../src/lib/parse/parse-csv";

describe("parseCsv", () => {
  it.each([
    ["", []],
    [
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "a,b\rc,d\r",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["a,b\n", [["a", "b"]]],
    ["a\n\nb\n", [["a"], [""], ["b"]]],
    [
      "a,\n,b",
      [
        ["a", ""],
        ["", "b"],
      ],
    ],
    ["a,", [["a", ""]]],
    [",,", [["", "", ""]]],
    ['"a,b",c', [["a,b", "c"]]],
    ['"say ""hi""",x', [['say "hi"', "x"]]],
    [
      '"line1\nline2",x\ny,z',
      [
        ["line1\nline2", "x"],
        ["y", "z"],
      ],
    ],
    ['"line1\r\nline2"\r\n', [["line1\r\nline2"]]],
    ['"",""', [["", ""]]],
    ["\uFEFF工厂名称,所在镇\n", [["工厂名称", "所在镇"]]],
    ['"unterminated,x\ny', [["unterminated,x\ny"]]],
    ['"ab"cd,e', [["abcd", "e"]]],
    ['a"b,c', [['a"b', "c"]]],
    [
      'x,"q"\nplain,row\n"a",b',
      [
        ["x", "q"],
        ["plain", "row"],
        ["a", "b"],
      ],
    ],
  ])("%j", (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it("gives the line each row starts on, past cells that span lines", () => {
    const text = 'h1,h2\n"a\nb\r\nc",1\n\nlast,2\n';
    expect(parseCsvWithLines(text)).toEqual({
      rows: [["h1", "h2"], ["a\nb\r\nc", "1"], [""], ["last", "2"]],
      lines: [1, 2, 5, 6],
    });
  });

  const cell = fc.string({ unit: fc.constantFrom("a", "镇", ",", '"', "\n", "\r", " ", "1") });
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
  const quote = (c: string): string =>
    c === "" || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;

  it("reads back what an RFC 4180 writer wrote, with any line ending", () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (table, eol, finalEol) => {
          const text =
            table.map((row) => row.map(quote).join(",")).join(eol) +
            (finalEol && table.length > 0 ? eol : "");
          expect(parseCsv(text)).toEqual(table);
        },
      ),
    );
  });

  it("never throws, and its line numbers rise", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "\uFEFF") }),
        (text) => {
          const { rows: parsed, lines } = parseCsvWithLines(text);
          expect(lines).toHaveLength(parsed.length);
          lines.forEach((line, i) => expect(line).toBeGreaterThan(lines[i - 1] ?? 0));
        },
      ),
    );
  });
});

describe("detectDelimiter and tab-separated text (DATA-CONTRACT §6)", () => {
  it.each([
    ["工厂名称,用工人数\n甲厂,3", ","],
    ["工厂名称\t用工人数\n甲厂\t3", "\t"],
    // Excel's "Unicode text": tabs, with a comma inside a cell.
    ["工厂名称\t产值\n甲厂\t1,234", "\t"],
    ["", ","],
  ])("%j → %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("splits tab-separated text, keeping commas and quotes inside cells", () => {
    expect(parseCsvWithLines('甲厂\t1,234\t"a\tb"\r\n乙厂\t5\t', "\t")).toEqual({
      rows: [
        ["甲厂", "1,234", "a\tb"],
        ["乙厂", "5", ""],
      ],
      lines: [1, 2],
    });
  });
});
