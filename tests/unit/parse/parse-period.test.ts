import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findYear, parsePeriod, parseSheetPeriod } from "../../../src/lib/parse/parse-period";

const june = { kind: "month", start: "2018-06-01", end: "2018-06-30", label: "2018-06" };
const q2 = { kind: "quarter", start: "2018-04-01", end: "2018-06-30", label: "2018-Q2" };

describe("parsePeriod", () => {
  it.each([
    ["2018年6月", june],
    ["（2018年6月）", june],
    ["2018年06月", june],
    ["2018年六月", june],
    ["２０１８年６月", june],
    ["2018-06", june],
    ["2018.06", june],
    ["2018/6", june],
    ["201806", june],
    ["城关镇_201806_社区工厂.csv", june],
    ["城关镇_2018-06.csv", june],
    ["平利县城关镇社区工厂统计月报表（2018年6月）", june],
    ["统计期：2018年6月  填报日期：2018年7月5日", june],
    ["2018年第二季度", q2],
    ["2018年二季度", q2],
    ["2018年第2季度", q2],
    ["2018年 第 二 季度", q2],
    ["2018年4-6月", q2],
    ["2018年4月-6月", q2],
    ["2018年4月至6月", q2],
    ["2018Q2", q2],
    ["2018q2", q2],
    ["2018-Q2", q2],
    ["涧池镇社区工厂_2018Q2.xlsx", q2],
    ["汉阴县社区工厂统计季报（2018年第二季度）", q2],
    ["2018年2月", { kind: "month", start: "2018-02-01", end: "2018-02-28", label: "2018-02" }],
    ["2020年2月", { kind: "month", start: "2020-02-01", end: "2020-02-29", label: "2020-02" }],
    ["2019年十二月", { kind: "month", start: "2019-12-01", end: "2019-12-31", label: "2019-12" }],
    [
      "2019年第四季度",
      { kind: "quarter", start: "2019-10-01", end: "2019-12-31", label: "2019-Q4" },
    ],
    ["2019年1-3月", { kind: "quarter", start: "2019-01-01", end: "2019-03-31", label: "2019-Q1" }],
  ])("%j", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    "",
    "平利县城关镇社区工厂统计月报表",
    "填报单位：城关镇人民政府",
    "2017-06-12",
    "20170612",
    "填报日期：2018年7月5日",
    "2018年13月",
    "1999年6月",
    "2100年6月",
    "2018年1-6月",
    "2018Q5",
    "91610926MA70201806",
    "城关镇.csv",
  ])("finds no period in %j", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  const year = fc.integer({ min: 2000, max: 2099 });

  it("reads every month in every form, from its first to its last day", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        const mm = String(m).padStart(2, "0");
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const expected = {
          kind: "month",
          start: `${y}-${mm}-01`,
          end: `${y}-${mm}-${last}`,
          label: `${y}-${mm}`,
        };
        for (const text of [
          `${y}年${m}月`,
          `${y}-${mm}`,
          `${y}.${mm}`,
          `${y}${mm}`,
          `x_${y}${mm}_y.csv`,
        ]) {
          expect(parsePeriod(text)).toEqual(expected);
        }
      }),
    );
  });

  it("reads every quarter in every form", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 4 }), (y, q) => {
        const cn = "一二三四"[q - 1] ?? "";
        const first = String(q * 3 - 2).padStart(2, "0");
        for (const text of [
          `${y}年第${cn}季度`,
          `${y}年${cn}季度`,
          `${y}年第${q}季度`,
          `${y}Q${q}`,
          `${y}-q${q}`,
        ]) {
          const period = parsePeriod(text);
          expect(period).toMatchObject({
            kind: "quarter",
            start: `${y}-${first}-01`,
            label: `${y}-Q${q}`,
          });
        }
      }),
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void parsePeriod(s)));
  });
});

describe("parseSheetPeriod (DATA-CONTRACT §6: the sheet's name)", () => {
  it.each<[string, number | null, string | null]>([
    ["2019年7月", null, "2019-07"],
    ["2019.07", null, "2019-07"],
    ["201907", null, "2019-07"],
    ["7月", 2019, "2019-07"],
    ["07月", 2019, "2019-07"],
    ["七月", 2019, "2019-07"],
    ["十二月", 2019, "2019-12"],
    ["9月份", 2019, "2019-09"],
    ["三季度", 2019, "2019-Q3"],
    ["第三季度", 2019, "2019-Q3"],
    ["7月", null, null],
    ["Sheet1", 2019, null],
    ["填表说明", 2019, null],
    ["17月", 2019, null],
  ])("%j with year %s → %s", (name, year, label) => {
    expect(parseSheetPeriod(name, year)?.label ?? null).toBe(label);
  });

  it.each<[string, number | null]>([
    ["老县镇2019年三季度.xlsx", 2019],
    ["平利县社区工厂报表（2020年）", 2020],
    ["91610926MA70201806", null],
    ["报表", null],
  ])("findYear(%j) → %s", (text, year) => {
    expect(findYear(text)).toBe(year);
  });
});
