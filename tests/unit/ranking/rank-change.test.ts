import { describe, expect, it } from "vitest";
import { indicatorValueText, taskText } from "../../../src/lib/ranking/indicator-value";
import { rankChange } from "../../../src/lib/ranking/rank-change";

describe("rankChange", () => {
  it.each([
    { change: 2, move: "up", places: 2, glyph: "↑2" },
    { change: -3, move: "down", places: 3, glyph: "↓3" },
    { change: 0, move: "same", places: 0, glyph: "–" },
    { change: null, move: "none", places: null, glyph: "" },
  ])("$change → $glyph", ({ change, move, places, glyph }) => {
    expect(rankChange(change)).toEqual({ move, places, glyph });
  });
});

describe("indicatorValueText", () => {
  it.each([
    { indicator: "jobs", value: 1234, lang: "en", text: "1,234" },
    { indicator: "jobs", value: 1234, lang: "zh-CN", text: "1,234" },
    { indicator: "new_factories", value: 2, lang: "zh-CN", text: "2" },
    { indicator: "reporting_completeness", value: 0.915, lang: "en", text: "91.5%" },
    { indicator: "output_12m", value: 123_000_000, lang: "zh-CN", text: "1.23亿元" },
    { indicator: "output_12m", value: 12_500_000, lang: "en", text: "RMB 12.5 million" },
    { indicator: "jobs", value: null, lang: "en", text: "–" },
  ] as const)("$indicator $value ($lang) → $text", ({ indicator, value, lang, text }) => {
    expect(indicatorValueText(indicator, value, lang)).toBe(text);
  });

  it("writes a fractional task with one decimal at most", () => {
    expect(taskText(0.8571, "en")).toBe("0.9");
    expect(taskText(2, "zh-CN")).toBe("2");
  });
});
