import { describe, expect, it } from "vitest";
import { formatShare } from "../../../src/lib/format/format-share";

describe("formatShare", () => {
  it.each([
    [0, "zh-CN", "0%"],
    [0.88, "zh-CN", "88%"],
    [0.57, "en", "57%"],
    [0.9166, "zh-CN", "91.7%"],
    // Below 1, never 100%: rounding up to 100 is floored at the shown decimal.
    [0.99949, "zh-CN", "99.9%"],
    [0.9996, "zh-CN", "99.9%"],
    [0.9996, "en", "99.9%"],
    [0.99999, "en", "99.9%"],
    [1, "zh-CN", "100%"],
    [1.3667, "zh-CN", "136.7%"],
    [41 / 30, "en", "136.7%"],
    [12.345, "en", "1,234.5%"],
    [-0.05, "en", "-5%"],
    [-0.0001, "en", "0%"],
    [null, "zh-CN", "–"],
    [Number.NaN, "en", "–"],
  ] as const)("%s (%s) → %s", (share, lang, expected) => {
    expect(formatShare(share, lang)).toBe(expected);
  });
});
