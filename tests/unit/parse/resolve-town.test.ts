import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveTown } from "../../../src/lib/parse/resolve-town";
import hanyin from "../../../data/reference/counties/hanyin.json";
import pingli from "../../../data/reference/counties/pingli.json";

const H = hanyin.towns;
const P = pingli.towns;

describe("resolveTown", () => {
  it.each([
    ["城关镇", P, "pingli-chengguan"],
    // A town cell naming the government (DATA-CONTRACT §6).
    ["老县镇人民政府", P, "pingli-laoxian"],
    ["老县镇政府", P, "pingli-laoxian"],
    ["老县镇政府办", P, "pingli-laoxian"],
    ["涧池镇人民政府", H, "hanyin-jianchi"],
    ["城关镇", H, "hanyin-chengguan"],
    ["城关", P, "pingli-chengguan"],
    [" 涧池 ", H, "hanyin-jianchi"],
    ["涧池镇", H, "hanyin-jianchi"],
    ["城关镇（街道）", H, "hanyin-chengguan"],
    ["城关镇(街道)", H, "hanyin-chengguan"],
    ["城关街道", H, "hanyin-chengguan"],
    ["平利县城关镇社区工厂统计月报表", P, "pingli-chengguan"],
    ["填报单位：城关镇人民政府", P, "pingli-chengguan"],
    ["城关镇_201806_社区工厂.csv", P, "pingli-chengguan"],
    ["涧池_2018Q2.xlsx", H, "hanyin-jianchi"],
    ["双河口镇", H, "hanyin-shuanghekou"],
    ["铁佛寺镇社区工厂", H, "hanyin-tiefosi"],
    ["汉阴县双河口镇（2018年6月）", H, "hanyin-shuanghekou"],
    // A full name beats another town's short form inside the same text.
    ["城关镇长安社区", P, "pingli-chengguan"],
  ])("%j → %s", (text, towns, townId) => {
    expect(resolveTown(text, towns)).toBe(townId);
  });

  it.each([
    ["", P],
    ["平利县社区工厂统计月报表", P],
    ["涧池镇", P],
    ["城关镇、兴隆镇", P],
    ["城关兴隆", P],
  ])("%j resolves to no town", (text, towns) => {
    expect(resolveTown(text, towns)).toBeNull();
  });

  it.each([
    ["hanyin", H],
    ["pingli", P],
  ])("finds every %s town by name, short name, title and file name", (_county, towns) => {
    for (const town of towns) {
      for (const name of [town.name, ...town.short_names]) {
        expect(resolveTown(name, towns)).toBe(town.town_id);
        expect(resolveTown(`县${name}社区工厂统计月报表（2018年6月）`, towns)).toBe(town.town_id);
        expect(resolveTown(`${name}_201806.csv`, towns)).toBe(town.town_id);
      }
    }
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void resolveTown(s, P)));
  });

  it("finds a town's full name wherever it is embedded", () => {
    const filler = fc.string({
      unit: fc.constantFrom("县", "社", "区", "_", "1", "（", "）", "工", "厂"),
    });
    fc.assert(
      fc.property(fc.constantFrom(...P), filler, filler, (town, before, after) => {
        expect(resolveTown(`${before}${town.name}${after}`, P)).toBe(town.town_id);
      }),
    );
  });
});
