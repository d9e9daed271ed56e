import { describe, expect, it } from "vitest";
import {
  directorySearch,
  EMPTY_STATE,
  matchesState,
  parseDirectoryState,
  cellSortValues,
  searchText,
  sortItems,
  type DirectoryItem,
} from "../../../src/lib/factories/directory-state";
import { fillCount } from "../../../src/lib/browser/table-filter";

const item = (
  name: string,
  county: string,
  town: string,
  industry: string,
  jobs: number | null,
): DirectoryItem & { name: string } => ({
  name,
  county,
  town,
  industry,
  text: searchText(`${name} ${town} ${industry}`),
  values: {
    name,
    county,
    town,
    industry,
    opened: null,
    status: 0,
    jobs,
    poor: null,
    certified: 1,
    leading: 0,
  },
});

const ITEMS = [
  item("明珠玩具厂", "hanyin", "hanyin-chengguan", "plush_toys", 42),
  item("老县针织社区工厂", "pingli", "pingli-laoxian", "knitting_garments", 120),
  item("Ｑ线束厂", "pingli", "pingli-chengguan", "wire_harness", null),
  item("城关毛衣厂", "pingli", "pingli-chengguan", "knitting_garments", 42),
];

describe("parseDirectoryState / directorySearch", () => {
  it.each([
    { search: "", state: EMPTY_STATE, back: "" },
    {
      search: "?county=pingli&town=pingli-laoxian&industry=knitting_garments&q=%E9%92%88%E7%BB%87",
      state: {
        ...EMPTY_STATE,
        county: "pingli",
        town: "pingli-laoxian",
        industry: "knitting_garments",
        q: "针织",
      },
      back: "?county=pingli&town=pingli-laoxian&industry=knitting_garments&q=%E9%92%88%E7%BB%87",
    },
    {
      search: "?sort=jobs&dir=desc",
      state: { ...EMPTY_STATE, sort: "jobs", dir: "desc" },
      back: "?sort=jobs&dir=desc",
    },
    {
      search: "?sort=drop_table&dir=sideways&q=%20",
      state: EMPTY_STATE,
      back: "",
    },
  ] as const)("$search round-trips", ({ search, state, back }) => {
    expect(parseDirectoryState(search)).toEqual(state);
    expect(directorySearch(parseDirectoryState(search))).toBe(back);
  });
});

describe("matchesState", () => {
  const names = (state: Partial<typeof EMPTY_STATE>) =>
    ITEMS.filter((i) => matchesState(i, { ...EMPTY_STATE, ...state })).map((i) => i.name);

  it.each([
    { state: {}, expected: ITEMS.map((i) => i.name) },
    { state: { county: "hanyin" }, expected: ["明珠玩具厂"] },
    { state: { town: "pingli-chengguan" }, expected: ["Ｑ线束厂", "城关毛衣厂"] },
    { state: { industry: "knitting_garments" }, expected: ["老县针织社区工厂", "城关毛衣厂"] },
    { state: { q: "针织" }, expected: ["老县针织社区工厂"] },
    { state: { q: "q" }, expected: ["Ｑ线束厂"] },
    { state: { q: "城关 毛衣" }, expected: ["城关毛衣厂"] },
    { state: { county: "hanyin", q: "针织" }, expected: [] },
  ])("$state", ({ state, expected }) => {
    expect(names(state)).toEqual(expected);
  });
});

describe("sortItems", () => {
  it("sorts numbers as numbers, keeps ties in order and puts missing values last both ways", () => {
    expect(sortItems(ITEMS, "jobs", "desc").map((i) => i.name)).toEqual([
      "老县针织社区工厂",
      "明珠玩具厂",
      "城关毛衣厂",
      "Ｑ线束厂",
    ]);
    expect(sortItems(ITEMS, "jobs", "asc").map((i) => i.name)).toEqual([
      "明珠玩具厂",
      "城关毛衣厂",
      "老县针织社区工厂",
      "Ｑ线束厂",
    ]);
  });

  it("does not change the input", () => {
    const before = ITEMS.map((i) => i.name);
    sortItems(ITEMS, "name", "desc");
    expect(ITEMS.map((i) => i.name)).toEqual(before);
  });
});

describe("cellSortValues and fillCount", () => {
  it("reads a cell's data-sort, else its data-value, else its text; empty is no value", () => {
    const cell = (text: string, sort?: string, value?: string) => ({ sort, value, text });
    const values = cellSortValues(
      ["name", "opened", "status", "jobs", "poor", null, "certified"],
      [
        cell(" 厂 "),
        cell("–", ""),
        cell("在报", "0"),
        cell("1,234", undefined, "1234"),
        cell("–", undefined, ""),
        cell("x", "9"),
        cell("是", "1", "7"),
      ],
    );
    expect(values).toEqual({
      name: "厂",
      county: null,
      town: null,
      industry: null,
      opened: null,
      status: 0,
      jobs: 1234,
      poor: null,
      certified: 1,
      leading: null,
    });
    expect(cellSortValues(["opened"], [cell("2015-11-27")]).opened).toBe("2015-11-27");
  });

  it("fills the count template", () => {
    expect(fillCount("显示 {shown} / {total} 家", 3, 141)).toBe("显示 3 / 141 家");
    expect(fillCount("{shown} / {total}", 3, 1302, (n) => n.toLocaleString("en-US"))).toBe(
      "3 / 1,302",
    );
    // More rows match than the table shows at once.
    expect(fillCount("符合 {matched} / {total} 家，显示前 {shown} 家", 150, 478, String, 446)).toBe(
      "符合 446 / 478 家，显示前 150 家",
    );
  });
});
