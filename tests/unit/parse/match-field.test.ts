import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIELD_SYNONYMS,
  FIELDS,
  matchField,
  normaliseLabel,
} from "../../../src/lib/parse/match-field";

const SYNONYM_ROWS = FIELDS.flatMap((field) =>
  FIELD_SYNONYMS[field].map((word) => [word, field] as const),
);

describe("matchField", () => {
  it.each(SYNONYM_ROWS)("the synonym %j names %s", (word, field) => {
    expect(matchField(word)).toBe(field);
  });

  it.each([
    ["产值(万元)", "output_value"],
    ["产值（亿元）", "output_value"],
    [" 用工人数 （人）", "employees"],
    ["工厂（车间）名称", "factory_name"],
    ["镇(街道)", "town"],
    ["*工厂名称", "factory_name"],
    ["其中：贫困劳动力", "poor_workers"],
    ["其中建档立卡贫困劳动力", "poor_workers"],
    ["本年生产月数（个月）", "months_operating"],
    ["是否龙头企业（是/否）", "leading"],
    ["投产时间（年月日）", "opened_on"],
    ["所在镇（街道）名称", "town"],
    ["序号", null],
    ["备注", null],
    ["人均产值", null],
    ["", null],
  ])("%j → %s", (label, field) => {
    expect(matchField(label)).toBe(field);
  });

  it("lists every field with at least one synonym", () => {
    for (const field of FIELDS) expect(FIELD_SYNONYMS[field].length).toBeGreaterThan(0);
  });

  it("matches a synonym however it is spaced or bracketed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SYNONYM_ROWS),
        fc.constantFrom("", " ", "\u3000"),
        ([word, field], space) => {
          const spaced = [...word].join(space).replace(/\(/g, "（").replace(/\)/g, "）");
          expect(matchField(spaced)).toBe(field);
        },
      ),
    );
  });

  it("normalises width, spaces and trailing units", () => {
    expect(normaliseLabel(" 产值 （万元） ")).toBe("产值");
    expect(normaliseLabel("工厂（车间）名称")).toBe("工厂(车间)名称");
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void matchField(s)));
  });
});
