import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyIndustry } from "../../../src/lib/parse/classify-industry";
import reference from "../../../data/reference/industries.json";

const INDUSTRIES = reference.industries;

describe("classifyIndustry", () => {
  it.each([
    ["毛绒玩具", "plush_toys"],
    ["电子线束加工", "wire_harness"],
    ["电子元器件", "electronics"],
    ["机电配件加工", "electromechanical"],
    ["针织服装", "knitting_garments"],
    ["制衣", "knitting_garments"],
    ["袜子", "shoes_socks_gloves"],
    ["竹编工艺品", "handicrafts"],
    ["富硒茶加工", "food_agri"],
    // List order decides: 电子 (electronics) comes after 线束 (wire harness).
    ["电子线束", "wire_harness"],
    ["  毛绒 玩具 ", "plush_toys"],
    ["来料加工", "other"],
    ["", "other"],
  ])("%j → %s", (raw, code) => {
    expect(classifyIndustry(raw, INDUSTRIES)).toBe(code);
  });

  it("finds an industry by any of its keywords, embedded in any text", () => {
    const entry = fc.constantFrom(...INDUSTRIES.filter((i) => i.keywords.length > 0));
    fc.assert(
      fc.property(entry, fc.nat(), (industry, pick) => {
        const keyword = industry.keywords[pick % industry.keywords.length] ?? "";
        const code = classifyIndustry(`某某${keyword}加工`, INDUSTRIES);
        const index = (c: string) => INDUSTRIES.findIndex((i) => i.code === c);
        // Either this industry or one listed before it that shares the word.
        expect(index(code)).toBeLessThanOrEqual(index(industry.code));
        expect(index(code)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("always returns a listed code or other, never throws", () => {
    const codes = new Set([...INDUSTRIES.map((i) => i.code), "other"]);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => codes.has(classifyIndustry(s, INDUSTRIES))),
    );
  });
});
