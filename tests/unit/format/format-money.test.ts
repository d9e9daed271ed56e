import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyIn, moneyColumnUnit } from "../../../src/lib/format/format-money";

describe("formatMoney", () => {
  it.each([
    [0, "0元", "RMB 0"],
    [9_999, "9,999元", "RMB 9,999"],
    // 9,999.6 rounds to 10,000: the unit follows the rounded value.
    [9_999.6, "1.0万元", "RMB 10,000"],
    [10_000, "1.0万元", "RMB 10,000"],
    [186_500, "18.7万元", "RMB 186,500"],
    [6_021_000, "602.1万元", "RMB 6.0 million"],
    [8_448_100, "844.8万元", "RMB 8.4 million"],
    [999_999.6, "100.0万元", "RMB 1.0 million"],
    [12_398_300, "1,239.8万元", "RMB 12.4 million"],
    [99_999_999, "1.00亿元", "RMB 100.0 million"],
    [100_000_000, "1.00亿元", "RMB 100.0 million"],
    [123_000_000, "1.23亿元", "RMB 123.0 million"],
    [999_960_000, "10.00亿元", "RMB 1.00 billion"],
    [1_234_000_000, "12.34亿元", "RMB 1.23 billion"],
    [-186_500, "-18.7万元", "-RMB 186,500"],
    [-5, "-5元", "-RMB 5"],
    [null, "–", "–"],
  ] as const)("%s → %s / %s", (yuan, zh, en) => {
    expect(formatMoney(yuan, "zh-CN")).toBe(zh);
    expect(formatMoney(yuan, "en")).toBe(en);
  });
});

describe("a column of amounts: one unit for every row", () => {
  it.each([
    [
      "zh-CN",
      [52_832_500, 3_261_000, 316_670_000],
      "wan",
      ["5,283.3万元", "326.1万元", "31,667.0万元"],
    ],
    ["zh-CN", [316_670_000, 181_010_000], "yi", ["3.17亿元", "1.81亿元"]],
    ["zh-CN", [9_999, 52_832_500, null, 0], "full", ["9,999元", "52,832,500元", "–", "0元"]],
    [
      "en",
      [52_832_500, 3_261_000, 316_670_000],
      "million",
      ["RMB 52.8 million", "RMB 3.3 million", "RMB 316.7 million"],
    ],
    ["en", [1_500_000_000, 2_000_000_000], "billion", ["RMB 1.50 billion", "RMB 2.00 billion"]],
    ["en", [186_500, 52_832_500], "full", ["RMB 186,500", "RMB 52,832,500"]],
  ] as const)("%s %j → %s", (lang, values, unit, texts) => {
    expect(moneyColumnUnit(values, lang)).toBe(unit);
    expect(values.map((v) => formatMoneyIn(v, unit, lang))).toEqual(texts);
  });
});
