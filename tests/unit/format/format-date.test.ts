import { describe, expect, it } from "vitest";
import { isoMonth, proseDate, proseMonth } from "../../../src/lib/format/format-date";

describe("dates", () => {
  it.each([
    ["2020-12-31", "2020年12月31日", "31 December 2020", "2020年12月", "December 2020", "2020-12"],
    ["2019-01-05", "2019年1月5日", "5 January 2019", "2019年1月", "January 2019", "2019-01"],
  ] as const)("%s", (iso, zhDate, enDate, zhMonth, enMonth, month) => {
    expect(proseDate(iso, "zh-CN")).toBe(zhDate);
    expect(proseDate(iso, "en")).toBe(enDate);
    expect(proseMonth(iso, "zh-CN")).toBe(zhMonth);
    expect(proseMonth(iso, "en")).toBe(enMonth);
    expect(isoMonth(iso)).toBe(month);
  });

  // The one date formatter took over long-date.ts's promise: what is not an ISO date passes through
  // (a month is not turned into its first day, a dash stays a dash).
  it.each(["31/12/2020", "2020-12", "—", ""])("passes %j through unchanged", (text) => {
    expect(proseDate(text, "zh-CN")).toBe(text);
    expect(proseDate(text, "en")).toBe(text);
  });

  it("names the value it cannot read as a month", () => {
    expect(() => proseMonth("31/12/2020", "en")).toThrow(/31\/12\/2020/);
  });
});
