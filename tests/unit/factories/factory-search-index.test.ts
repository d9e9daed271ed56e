import { describe, expect, it } from "vitest";
import { buildSearchIndex, factorySearcher } from "../../../src/lib/factories/factory-search-index";

const counties = [
  {
    county_id: "b01",
    name: "宜谷县",
    name_en: "Yigu County",
    towns: [
      { town_id: "b01-taokou", name: "桃口镇", name_en: "Taokou" },
      { town_id: "b01-shuangpu", name: "双铺镇", name_en: "Shuangpu" },
    ],
  },
  {
    county_id: "b02",
    name: "石川县",
    name_en: "Shichuan County",
    towns: [{ town_id: "b02-nangou", name: "南沟镇", name_en: "Nangou" }],
  },
];
const index = buildSearchIndex(
  [
    { factory_id: "f1", name: "桃口毛绒玩具厂", county_id: "b01", town_id: "b01-taokou" },
    { factory_id: "f2", name: "双铺电子厂", county_id: "b01", town_id: "b01-shuangpu" },
    { factory_id: "f3", name: "南沟电子厂", county_id: "b02", town_id: "b02-nangou" },
    { factory_id: "f4", name: "ＡＢＣ服饰", county_id: "b02", town_id: "b02-nangou" },
  ],
  counties,
);
const search = factorySearcher(index);

describe("factorySearcher", () => {
  it.each([
    ["电子", ["f2", "f3"]],
    ["电子 石川", ["f3"]],
    ["taokou", ["f1"]],
    ["Yigu", ["f1", "f2"]],
    ["abc", ["f4"]],
    ["  ", []],
    ["没有", []],
  ])("%j finds %j", (query, ids) => {
    const { hits, total } = search(query, 10);
    expect(hits.map((h) => h.factory_id)).toEqual(ids);
    expect(total).toBe(ids.length);
  });

  it("returns at most `limit` hits and counts them all", () => {
    const { hits, total } = search("厂", 1);
    expect(hits.map((h) => h.factory_id)).toEqual(["f1"]);
    expect(total).toBe(3);
  });

  it("names each county and town in both languages", () => {
    expect(index.counties["b02"]).toEqual(["石川县", "Shichuan County"]);
    expect(index.towns["b01-shuangpu"]).toEqual(["双铺镇", "Shuangpu"]);
  });
});
