import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { NotReportingRow } from "../../../src/lib/figures/decode-rows";
import type { TownRanking } from "../../../src/lib/figures/town-ranking";
import { rankingTableHtml } from "../../../src/lib/ranking/ranking-table";
import { parseScoring } from "../../../src/lib/reference/parse-reference";
import { notReportingTableHtml } from "../../../src/lib/towns/not-reporting-table";
import type { TownFactoryRow } from "../../../src/lib/sql/town-factories-sql";
import { townFactoriesTableHtml } from "../../../src/lib/towns/town-factories-table";
import { townHealthHtml } from "../../../src/lib/towns/town-figures-html";
import { townTaskTableHtml } from "../../../src/lib/towns/town-task-table";
import { yearlyRuleTableHtml } from "../../../src/lib/towns/yearly-rule-table";
import type { Html } from "../../../src/lib/html/html";
import { readFileSync } from "node:fs";
import { fixtureCounty } from "../figures/fixture-data";

/** The markup as a browser would read it. */
const dom = (markup: Html) => parseHTML(`<body>${markup.markup}</body>`).document;
const texts = (doc: Document, selector: string) =>
  Array.from(doc.querySelectorAll(selector)).map((e) =>
    (e.textContent ?? "").replace(/\s+/g, " ").trim(),
  );

const county = fixtureCounty();
const [townA, townB] = county.towns;
const HOSTILE = `<img src=x onerror="alert(1)">厂`;

function factory(over: Partial<TownFactoryRow>): TownFactoryRow {
  return {
    factory_id: "f1",
    name: "测试厂",
    county_id: county.county_id,
    town_id: townA?.town_id ?? "",
    industry: "plush_toys",
    opened_on: "2017-05-01",
    certified_on: null,
    is_leading: false,
    last_period_end: "2018-12-31",
    active: true,
    employees: 1234,
    poor_workers: 56,
    ...over,
  };
}

describe("townFactoriesTableHtml", () => {
  const industries = [
    { code: "plush_toys", name: "毛绒玩具", name_en: "Plush toys", keywords: [] },
  ];

  it("lists each factory with its link, industry, status and current report; names are text, never markup", () => {
    const doc = dom(
      townFactoriesTableHtml(
        [
          factory({ name: HOSTILE, is_leading: true }),
          factory({ factory_id: "f2", active: false, last_period_end: "2018-06-30" }),
        ],
        industries,
        "标题",
        "zh-CN",
      ),
    );
    expect(doc.querySelector("img")).toBeNull();
    expect(doc.querySelector("tbody th a")?.textContent).toBe(HOSTILE);
    expect(doc.querySelector("tbody th a")?.getAttribute("href")).toBe("/factories/f1/");
    expect(texts(doc, "tbody tr:first-child td")).toEqual([
      "毛绒玩具",
      "2017-05-01",
      "在报",
      "1,234",
      "56",
    ]);
    expect(doc.querySelector('tr[data-factory="f2"]')?.getAttribute("data-active")).toBe("false");
    expect(texts(doc, 'tr[data-factory="f2"] td.stopped')).toEqual([
      "停报（最后报表截至 2018-06-30）",
    ]);
    expect(doc.querySelector("caption")?.textContent).toBe("标题");
  });

  it("says so when the town has no factory yet", () => {
    const doc = dom(townFactoriesTableHtml([], industries, "标题", "en"));
    expect(doc.querySelector("table")).toBeNull();
    expect(doc.querySelector("p")?.textContent).toMatch(/no factor/i);
  });
});

describe("notReportingTableHtml", () => {
  const row: NotReportingRow = {
    factory_id: "f9",
    name: "停报厂",
    county_id: county.county_id,
    town_id: townB?.town_id ?? "",
    town_name: townB?.name ?? "",
    last_period_end: "2018-03-31",
    months_since: 9,
  } as NotReportingRow;

  it.each([
    { showTown: true, columns: 4 },
    { showTown: false, columns: 3 },
  ])("has $columns columns when showTown is $showTown", ({ showTown, columns }) => {
    const doc = dom(notReportingTableHtml(county, [row], "c", showTown, "en"));
    expect(doc.querySelectorAll("thead th")).toHaveLength(columns);
    expect(doc.querySelectorAll("tbody tr > *")).toHaveLength(columns);
    if (showTown)
      expect(doc.querySelector("tbody td a")?.getAttribute("href")).toBe(
        `/en/towns/${townB?.town_id}/`,
      );
  });

  it("says so when every factory reported", () => {
    expect(
      dom(notReportingTableHtml(county, [], "c", true, "zh-CN")).querySelector(
        "p.not-reporting-none",
      ),
    ).not.toBeNull();
  });
});

describe("task and rule tables", () => {
  it("write a standing task with its share and a status in glyph and words", () => {
    const doc = dom(
      townTaskTableHtml(
        [
          {
            target_id: "t1",
            metric: "jobs",
            value: 150,
            target: 100,
            share: 1.5,
            status: "met",
            provisional: true,
          },
        ],
        "c",
        "en",
      ),
    );
    expect(doc.querySelector("tr[data-task]")?.getAttribute("data-status")).toBe("met");
    expect(texts(doc, "tbody td")).toEqual([
      "150 people",
      "100 people Provisional task",
      "150%",
      "● met",
    ]);
    expect(doc.querySelector(".status-cell")?.getAttribute("style")).toMatch(/^--status-color: #/);
  });

  it("write a yearly rule with a column per year and a dash for a year without a verdict", () => {
    const doc = dom(
      yearlyRuleTableHtml(
        county,
        [
          {
            town_id: townA?.town_id ?? "",
            metric: "new_factories",
            years: [
              { year: 2017, target_id: "r17", value: 3, target: 2, status: "met" },
              { year: 2018, target_id: "r18", value: 1, target: 2, status: "missed" },
            ],
          },
          {
            town_id: townB?.town_id ?? "",
            metric: "new_factories",
            years: [{ year: 2018, target_id: "r18b", value: 0, target: 2, status: "behind" }],
          },
        ],
        "c",
        "zh-CN",
      ),
    );
    expect(texts(doc, "thead th")).toEqual(["镇", "2017年", "2018年"]);
    expect(texts(doc, `tr[data-town-row="${townB?.town_id}"] td`)).toEqual([
      "—",
      "0 / ≥2 ▼ 进度落后",
    ]);
    expect(doc.querySelector('td[data-year="2018"]')?.getAttribute("data-new-factories")).toBe("1");
  });
});

describe("townHealthHtml", () => {
  const at = { countyId: "testc", townName: "甲镇", asOf: "2018-12-31" };
  it("marks each period count and the rows rejected as headline figures", () => {
    const doc = dom(
      townHealthHtml(
        {
          county_id: "testc",
          town_id: "testc-a",
          cadence: "month",
          periods_due: 12,
          periods_reported: 10,
          periods_late: 1,
          periods_missing: 1,
        } as never,
        3,
        at,
        "en",
      ),
    );
    const marked = Array.from(doc.querySelectorAll("[data-metric]")).map((e) => [
      e.getAttribute("data-metric"),
      e.getAttribute("data-town"),
      e.getAttribute("data-as-of"),
      e.getAttribute("data-value"),
    ]);
    expect(marked).toEqual([
      ["periods_due", "甲镇", "2018-12-31", "12"],
      ["periods_reported", "甲镇", "2018-12-31", "10"],
      ["periods_late", "甲镇", "2018-12-31", "1"],
      ["periods_missing", "甲镇", "2018-12-31", "1"],
      ["rows_rejected", "甲镇", "2018-12-31", "3"],
    ]);
  });

  it("says so when the town has no report yet", () => {
    expect(dom(townHealthHtml(null, 0, at, "zh-CN")).querySelector("[data-metric]")).toBeNull();
  });
});

describe("rankingTableHtml", () => {
  const scoring = parseScoring({
    path: "data/reference/scoring.json",
    text: readFileSync("data/reference/scoring.json", "utf8"),
  });
  const breakdown = scoring.indicators.map((spec, i) => ({
    indicator: spec.indicator,
    value: i === 0 ? 2 : 100,
    task: i === 0 ? 2 : null,
    normalized: 1,
    points: spec.weight,
  }));
  const ranking: TownRanking = {
    county_id: county.county_id,
    year: 2018,
    as_of: "2018-12-31",
    provisional_tasks: false,
    towns: [
      {
        town_id: townA?.town_id ?? "",
        town_name: townA?.name ?? "",
        score: 90,
        rank: 1,
        tied_with: [townB?.town_id ?? ""],
        previous_rank: 2,
        rank_change: 1,
        breakdown,
      },
      {
        town_id: townB?.town_id ?? "",
        town_name: HOSTILE,
        score: 90,
        rank: 1,
        tied_with: [townA?.town_id ?? ""],
        previous_rank: null,
        rank_change: null,
        breakdown,
      },
    ],
  } as TownRanking;

  it("lines its two header rows up with the body (rowspan and colspan)", () => {
    const doc = dom(rankingTableHtml(county, ranking, scoring, "en"));
    const [top, sub] = Array.from(doc.querySelectorAll("thead tr"));
    const width = (row: Element | undefined) =>
      Array.from(row?.children ?? []).reduce(
        (n, c) => n + Number(c.getAttribute("colspan") ?? 1),
        0,
      );
    const bodyWidth = doc.querySelector("tbody tr")?.children.length ?? 0;
    expect(width(top)).toBe(bodyWidth);
    // The second row fills the columns the first row's rowspan=2 cells leave free.
    const spanned = Array.from(top?.children ?? []).filter(
      (c) => c.getAttribute("rowspan") === "2",
    ).length;
    expect(width(sub) + spanned).toBe(bodyWidth);
  });

  it("marks rank and score as headline figures, shows ties and the change of rank in words", () => {
    const doc = dom(rankingTableHtml(county, ranking, scoring, "en"));
    expect(doc.querySelector("img")).toBeNull();
    const rank = doc.querySelector(
      `tr[data-town-id="${townA?.town_id}"] [data-metric="assessment_rank"]`,
    );
    expect(rank?.getAttribute("data-value")).toBe("1");
    expect(rank?.getAttribute("data-as-of")).toBe("2018-12-31");
    expect(rank?.textContent).toContain("tied");
    expect(texts(doc, `tr[data-town-id="${townA?.town_id}"] td.change`)).toEqual(["↑1up 1 place"]);
    expect(
      texts(doc, `tr[data-town-id="${townB?.town_id}"] [data-metric="assessment_score"]`),
    ).toEqual(["90.0"]);
  });
});
