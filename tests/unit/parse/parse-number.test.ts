import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerUnitMultiplier, parseNumber } from "../../../src/lib/parse/parse-number";
import { isPlaceholder } from "../../../src/lib/parse/is-placeholder";

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (s: string): string =>
  s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);

describe("parseNumber", () => {
  it.each([
    ["123", 1, 123],
    ["  42 ", 1, 42],
    ["１２３", 1, 123],
    ["１２．５", 1, 12.5],
    ["1,234", 1, 1234],
    ["1，234，567", 1, 1234567],
    ["1 234", 1, 1234],
    ["12.5万", 1, 125000],
    ["12.5 万元", 1, 125000],
    ["1.2亿", 1, 120000000],
    ["0.07万", 1, 700],
    ["3000元", 1, 3000],
    ["3000元", 10000, 3000],
    ["12.5万", 10000, 125000],
    ["25人", 1, 25],
    ["3家", 1, 3],
    ["12.5", 10000, 125000],
    ["0.1", 100000000, 10000000],
    ["1.23456789", 10000, 12345.6789],
    ["-5", 1, -5],
    ["+7", 1, 7],
    [".5", 1, 0.5],
    ["5.", 1, 5],
    ["1.2E+5", 1, 120000],
    ["-0", 1, 0],
    ["", 1, null],
    ["   ", 1, null],
    ["-", 1, null],
    ["—", 1, null],
    ["/", 1, null],
    ["－", 1, null],
  ])("%j ×%d → %j", (raw, multiplier, value) => {
    expect(parseNumber(raw, multiplier)).toEqual({ ok: true, value });
  });

  it.each(["abc", "12a", "1,2", "1,23,456", "1.2.3", "万", "十二", "1e400", "12%", "--5", "1-2"])(
    "rejects %j with a bilingual message",
    (raw) => {
      const result = parseNumber(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(`“${raw}” 不是数字 / "${raw}" is not a number`);
    },
  );

  it("does not echo a phone number into the message (DATA-CONTRACT §4)", () => {
    const result = parseNumber("张三13812345678");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toContain("13812345678");
  });

  it("round-trips every finite number written by String()", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumber(String(n))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it("reads integers with thousands separators and full-width digits", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumber(toFullWidth(n.toLocaleString("en-US")))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("scales 万 exactly, without floating-point error", () => {
    const fraction = fc.string({
      unit: fc.constantFrom(..."0123456789"),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.nat(1_000_000_000), fraction, (whole, digits) => {
        const expected = whole * 10_000 + Number(digits.padEnd(4, "0"));
        expect(parseNumber(`${whole}.${digits}万`)).toEqual({ ok: true, value: expected });
        expect(parseNumber(`${whole}.${digits}`, 10_000)).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.double(), (s, m) => void parseNumber(s, m)),
    );
  });
});

describe("headerUnitMultiplier", () => {
  it.each([
    ["产值（万元）", 10_000],
    ["产值(万元)", 10_000],
    ["产值 ( 万元 )", 10_000],
    ["产值(亿元)", 100_000_000],
    ["产值（元）", 1],
    ["工资总额（千元）", 1_000],
    ["产值【单位：万元】", 10_000],
    ["产值万元", 10_000],
    ["产值", 1],
    ["用工人数（人）", 1],
    ["", 1],
  ])("%j → %d", (header, multiplier) => {
    expect(headerUnitMultiplier(header)).toBe(multiplier);
  });
});

describe("parseNumber: accounting negatives and numbers with words (DATA-CONTRACT §6)", () => {
  it.each([
    ["(1,234)", 1, -1234],
    ["（1234）", 1, -1234],
    ["(12.5)", 10_000, -125_000],
  ])("reads %j as a negative number", (raw, multiplier, value) => {
    expect(parseNumber(raw, multiplier)).toEqual({ ok: true, value });
  });

  it.each(["45（含临时工3人）", "约45", "45左右", "()", "(abc)", "(-5)"])(
    "does not guess a number in %j",
    (raw) => {
      expect(parseNumber(raw)).toMatchObject({ ok: false });
    },
  );
});

describe("isPlaceholder", () => {
  it.each([
    ["—", true],
    ["——", true],
    ["-", true],
    ["－", true],
    ["/", true],
    ["／", true],
    ["无", true],
    ["空", true],
    [" 无 ", true],
    ["", false],
    ["0", false],
    ["无锡针织厂", false],
    ["-5", false],
  ])("%j → %s", (cell, expected) => {
    expect(isPlaceholder(cell)).toBe(expected);
  });
});
