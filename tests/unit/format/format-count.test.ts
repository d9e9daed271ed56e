import { describe, expect, it } from "vitest";
import { formatCount } from "../../../src/lib/format/format-count";
import { formatShare } from "../../../src/lib/format/format-share";
import { formatMoney } from "../../../src/lib/format/format-money";
import { numberFormatsMade } from "../../../src/lib/format/number-format";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [1_302, "1,302"],
    [9_999, "9,999"],
    [10_000, "10,000"],
    // Headcounts stay whole numbers with separators, never 万.
    [123_456, "123,456"],
    [41.6, "42"],
    [-1_302, "-1,302"],
    [-0.4, "0"],
    [null, "–"],
  ] as const)("%s → %s in both languages", (value, expected) => {
    expect(formatCount(value, "zh-CN")).toBe(expected);
    expect(formatCount(value, "en")).toBe(expected);
  });

  it("writes every whole number as each language's Intl format does", () => {
    const values = [1, 12, 123, 1_234, 12_345, 999_999, 1_000_000, 7_654_321_098, 2 ** 53 - 1];
    for (let v = 0; v < 2_000; v += 7) values.push(v, v * 1_009);
    for (const lang of ["zh-CN", "en"] as const) {
      const intl = new Intl.NumberFormat(lang === "en" ? "en-US" : "zh-CN", {
        maximumFractionDigits: 0,
      });
      for (const v of values)
        for (const n of [v, -v]) expect(formatCount(n, lang)).toBe(intl.format(n + 0));
    }
  });
});

describe("number formats", () => {
  it("are made once per language and precision, not once per call", () => {
    // ~250 numbers, as on a factory page: every unit of money, counts and shares, in both languages.
    const page = () => {
      for (let i = 0; i < 250; i += 1)
        for (const lang of ["zh-CN", "en"] as const) {
          formatCount(i, lang);
          formatMoney(i * 10 ** (i % 11), lang);
          formatShare(i / 200, lang);
        }
    };
    page();
    const made = numberFormatsMade();
    page();
    expect(numberFormatsMade()).toBe(made);
    expect(made).toBeLessThanOrEqual(8);
  });
});
