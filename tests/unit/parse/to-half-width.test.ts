import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHalfWidth } from "../../../src/lib/parse/to-half-width";

describe("toHalfWidth", () => {
  it.each([
    ["１２３", "123"],
    ["１，２３４．５", "1,234.5"],
    ["产值（万元）", "产值(万元)"],
    ["填报人：张三", "填报人:张三"],
    ["２０１８Ｑ２", "2018Q2"],
    ["a\u3000b", "a b"],
    ["城关镇", "城关镇"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it("keeps the length, so positions found in its output hold in the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => toHalfWidth(s).length === s.length),
    );
  });

  it("leaves text without full-width forms unchanged", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => toHalfWidth(s) === s));
  });
});
