import { describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  factorySearcher,
  indexedFactories,
} from "../../../src/lib/factories/factory-search-index";

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

  it("names each hit's county and town in both languages", () => {
    const [hit] = search("南沟电子", 10).hits;
    expect(hit).toEqual({
      factory_id: "f3",
      name: "南沟电子厂",
      county_id: "b02",
      town_id: "b02-nangou",
      county_name: ["石川县", "Shichuan County"],
      town_name: ["南沟镇", "Nangou"],
    });
  });

  it("lists the factories town by town, each town and county named once", () => {
    expect(index.counties).toEqual([
      ["b01", "宜谷县", "Yigu County"],
      ["b02", "石川县", "Shichuan County"],
    ]);
    expect(index.towns).toEqual([
      ["b01-taokou", 0, "桃口镇", "Taokou", 1],
      ["b01-shuangpu", 0, "双铺镇", "Shuangpu", 1],
      ["b02-nangou", 1, "南沟镇", "Nangou", 2],
    ]);
    expect(index.ids).toBe("f1\nf2\nf3\nf4");
    expect(indexedFactories(index).map((f) => [f.factory_id, f.town_id])).toEqual([
      ["f1", "b01-taokou"],
      ["f2", "b01-shuangpu"],
      ["f3", "b02-nangou"],
      ["f4", "b02-nangou"],
    ]);
  });

  it("keeps a factory whose town the reference lacks, and a name that folds longer", () => {
    const other = buildSearchIndex(
      [
        { factory_id: "g1", name: "㈱华兴\n车间", county_id: "b02", town_id: "b02-new" },
        { factory_id: "g2", name: "华兴厂", county_id: "b01", town_id: "b01-taokou" },
        { factory_id: "g3", name: "兴隆厂", county_id: "b09", town_id: "b09-x" },
      ],
      counties,
    );
    const find = factorySearcher(other);
    expect(indexedFactories(other).map((f) => f.factory_id)).toEqual(["g2", "g1", "g3"]);
    expect(indexedFactories(other)[1]?.name).toBe("㈱华兴 车间");
    // ㈱ folds to "(株)", three characters: the lines after it are still found.
    expect(find("(株)", 10).hits.map((h) => h.factory_id)).toEqual(["g1"]);
    expect(find("兴", 10).hits.map((h) => h.factory_id)).toEqual(["g2", "g1", "g3"]);
    expect(find("b09-x 兴隆", 10).hits.map((h) => h.town_id)).toEqual(["b09-x"]);
  });
});
