import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proseDate } from "../../../src/lib/format/format-date";
import { strings } from "../../../src/i18n/strings";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { figuresAndTargets, type FiguresAndTargets } from "../../../src/lib/figures/figures-as-of";
import { FIGURE_METRICS } from "../../../src/lib/figures/metrics";
import type { Html } from "../../../src/lib/html/html";
import { notReportingCountHtml } from "../../../src/lib/overview/not-reporting-count-html";
import { overviewCountyView } from "../../../src/lib/overview/overview-view";
import { targetCardHtml } from "../../../src/lib/overview/target-card-html";
import { townPanelHtml } from "../../../src/lib/overview/town-panel-html";
import { townTasksMatrixHtml } from "../../../src/lib/overview/town-tasks-matrix-html";
import { fixtureCounty, fixtureTables } from "../figures/fixture-data";
import { fixtureRunner } from "../figures/fixture-db";

/** The markup as a browser would read it. */
const dom = (html: Html) => parseHTML(`<body>${html.markup}</body>`).document;
/** Every marked figure's five data-* attributes (DATA-CONTRACT §5), as the browser tests read them. */
const marked = (html: Html) =>
  Array.from(dom(html).querySelectorAll("[data-metric][data-county]"), (e) => ({
    metric: e.getAttribute("data-metric"),
    county: e.getAttribute("data-county"),
    town: e.getAttribute("data-town"),
    asOf: e.getAttribute("data-as-of"),
    value: Number(e.getAttribute("data-value")),
  }));

const county = fixtureCounty();
const [townA] = county.towns;
const scope = { countyId: "testc", townId: null, industries: [] };
const DATES = ["2018-06-30", "2018-12-31"] as const;

let db: Awaited<ReturnType<typeof fixtureRunner>>;
const results = new Map<string, FiguresAndTargets>();
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
  for (const asOf of DATES)
    results.set(asOf, await figuresAndTargets(db.runner, county, asOf, scope));
});
afterAll(() => db.close());

const resultAt = (asOf: string): FiguresAndTargets => {
  const result = results.get(asOf);
  if (!result) throw new Error(`no result at ${asOf}`);
  return result;
};

describe.each(DATES.flatMap((asOf) => (["zh-CN", "en"] as const).map((lang) => ({ asOf, lang }))))(
  "overviewCountyView at $asOf ($lang)",
  ({ asOf, lang }) => {
    const t = strings(lang);

    it("dates every part by the result, not by the published data", () => {
      const view = overviewCountyView(county, resultAt(asOf), lang);
      expect(view.asOf).toBe(asOf);
      // Captions and descriptions are prose: the date as 2018年6月30日 / 30 June 2018.
      expect(view.notReportingCaption).toContain(proseDate(asOf, lang));
      for (const { target, chart } of view.targets) {
        expect(target.as_of).toBe(asOf);
        expect(chart.data.target.as_of).toBe(asOf);
        expect(chart.description).toContain(proseDate(asOf, lang));
      }
    });

    it("has one card and chart per county target, named as the build names them", () => {
      const view = overviewCountyView(county, resultAt(asOf), lang);
      expect(view.targets.map((v) => v.chart.id)).toEqual([
        "progress-testc-factories",
        "progress-testc-jobs",
      ]);
      expect(view.map.id).toBe("town-map-testc");
      expect(view.multiples.id).toBe("town-multiples-testc");
      expect(view.multiples.data.towns.map((tw) => tw.town_id)).toEqual(
        county.towns.map((tw) => tw.town_id),
      );
      expect(view.heading).toBe(
        t.countyOverviewHeading(lang === "en" ? "Test County" : "测试县", "测发〔2017〕1号"),
      );
    });

    it("counts the whole county's factories not reporting at the date", () => {
      const view = overviewCountyView(county, resultAt(asOf), lang);
      const whole = resultAt(asOf).figures.find((r) => r.town_id === null);
      expect(view.notReporting).toBe(whole?.not_reporting);
      expect(marked(notReportingCountHtml("testc", view.notReporting ?? -1, asOf, lang))).toEqual([
        { metric: "not_reporting", county: "testc", town: "", asOf, value: whole?.not_reporting },
      ]);
    });

    it("marks each card's headline with the target's value and date", () => {
      for (const { target } of overviewCountyView(county, resultAt(asOf), lang).targets) {
        const html = targetCardHtml(county, target, lang);
        expect(marked(html)).toEqual([
          { metric: target.metric, county: "testc", town: "", asOf, value: target.value },
        ]);
        const card = dom(html).querySelector("article.target-card");
        expect(card?.getAttribute("data-status")).toBe(target.path_status);
        expect(card?.querySelector(".as-of")?.textContent).toBe(t.asOf(asOf));
      }
    });
  },
);

describe("overviewCountyView across dates", () => {
  // The cards and charts of two dates differ: a view that kept the published figures would fail here.
  it("follows the result's values", () => {
    const [june, december] = DATES.map((d) => overviewCountyView(county, resultAt(d), "zh-CN"));
    const jobs = (v: typeof june) =>
      v?.targets.find((x) => x.target.metric === "jobs")?.target.value;
    expect(jobs(june)).not.toBe(jobs(december));
    expect(june?.map.data).not.toEqual(december?.map.data);
  });

  it("lists the yearly rule's years up to the date only", () => {
    const view = overviewCountyView(county, resultAt("2018-12-31"), "zh-CN");
    expect(view.ruleRows.map((r) => r.town_id)).toEqual(county.towns.map((tw) => tw.town_id));
    expect(view.ruleRows.flatMap((r) => r.years.map((y) => y.year))).toEqual([2018, 2018, 2018]);
  });
});

describe("townPanelHtml", () => {
  it("marks every figure of the chosen town with its Chinese name and the date", async () => {
    if (!townA) throw new Error("fixture has no town");
    const result = await figuresAndTargets(db.runner, county, "2018-12-31", {
      ...scope,
      townId: townA.town_id,
    });
    const html = townPanelHtml(county, townA, result, "en");
    if (!html) throw new Error("no panel");
    const row = result.figures.find((r) => r.town_id === null);
    expect(marked(html)).toEqual(
      FIGURE_METRICS.map((metric) => ({
        metric,
        county: "testc",
        town: "甲镇",
        asOf: "2018-12-31",
        value: row?.[metric],
      })),
    );
    expect(dom(html).querySelector("caption")?.textContent).toContain("31 December 2018");
  });
});

describe("townTasksMatrixHtml", () => {
  const task = (townId: string, value: number): TargetResult => ({
    ...(resultAt("2018-12-31").targets.find((x) => x.scope === "county") as TargetResult),
    target_id: `task-${townId}`,
    scope: "town",
    town_id: townId,
    year: null,
    value,
    target: 50,
    path_status: "behind",
  });

  // data-town is the town's Chinese name, as the figures CLI prints it (the town_id would match no line).
  it("marks each town's value with the town's Chinese name and the date", () => {
    const html = townTasksMatrixHtml(
      county,
      [task("testc-a", 12), task("testc-b", 30)],
      "2018-06-30",
      "zh-CN",
    );
    expect(marked(html).map((f) => [f.town, f.value, f.asOf])).toEqual([
      ["甲镇", 12, "2018-06-30"],
      ["乙镇", 30, "2018-06-30"],
    ]);
    expect(dom(html).querySelector("caption")?.textContent).toContain("2018年6月30日");
    expect(dom(html).querySelectorAll("tbody tr")).toHaveLength(3);
  });
});
