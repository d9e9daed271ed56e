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
