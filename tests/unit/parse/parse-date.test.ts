import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/lib/parse/parse-date";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

describe("parseDate", () => {
  it.each([
    ["2017-06-12", "2017-06-12"],
    ["2017/6/12", "2017-06-12"],
    ["2017.6.12", "2017-06-12"],
    ["2017.6", "2017-06-01"],
    ["2017-06", "2017-06-01"],
    ["2017年6月", "2017-06-01"],
    ["2017年6月12日", "2017-06-12"],
    ["2017年 6月 12日", "2017-06-12"],
    ["２０１７年６月１２日", "2017-06-12"],
    ["２０１７－０６－１２", "2017-06-12"],
    ["20170612", "2017-06-12"],
    ["201706", "2017-06-01"],
    ["42898", "2017-06-12"],
    ["42898.5", "2017-06-12"],
    ["2017/6/12 0:00", "2017-06-12"],
    ["2017-06-12T00:00:00", "2017-06-12"],
    ["2020-02-29", "2020-02-29"],
    [" 2017-06-12 ", "2017-06-12"],
    ["", null],
    ["  ", null],
    ["-", null],
  ])("%j → %j", (raw, value) => {
    expect(parseDate(raw)).toEqual({ ok: true, value });
  });

  it.each([
    "2017-02-30",
    "2019-02-29",
    "2017-13-01",
    "2017年0月",
    "2017",
    "6/12/2017",
    "12/6/2017",
    "17-6-12",
    "100",
    "19999",
    "60001",
    "123456",
    "abc",
    "2017-06-12-01",
  ])("rejects %j with a bilingual message", (raw) => {
    const result = parseDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^“.*” 不是有效日期.* \/ ".*" is not a valid date/);
  });

  const day = fc
    .date({
      min: new Date("1954-10-03T00:00:00Z"),
      max: new Date("2064-04-08T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS));

  it("reads the same day in every form a report uses", () => {
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const serial = String((date.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
        for (const raw of [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, serial]) {
          expect(parseDate(raw)).toEqual({ ok: true, value: iso });
        }
        expect(parseDate(`${y}年${m}月`)).toEqual({ ok: true, value: iso.slice(0, 8) + "01" });
      }),
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void parseDate(s)));
  });
});
