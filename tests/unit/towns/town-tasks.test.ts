import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FigureRow } from "../../../src/lib/figures/decode-rows";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { figuresAsOf } from "../../../src/lib/figures/figures-as-of";
import {
  ruleYears,
  taskFor,
  townMultiplesData,
  townSeries,
  townTasks,
  yearlyRuleRows,
} from "../../../src/lib/towns/town-tasks";
import { fixtureRunner } from "../figures/fixture-db";
import { fixtureCounty, fixtureTables } from "../figures/fixture-data";
import { townTask } from "../../support/target-result";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
});
afterAll(() => db.close());

const county = fixtureCounty();
const scope = { countyId: "testc", townId: null, industries: [] };

/** A town target as figuresAsOf returns it, with only what these functions read set on purpose. */
const townTarget = (over: Partial<TargetResult>) =>
  townTask("testc-a", {
    as_of: "2018-12-31",
    value: 0,
    target: 1,
    share_of_target: 0,
    deadline: "2018-12-31",
    expected: 0,
    path_status: "behind",
    ...over,
  });

describe("yearlyRuleRows", () => {
  it("gives each town its new factories against the rule, from the engine's targets", async () => {
    const result = await figuresAsOf(db.runner, county, "2018-12-31", scope);
    const rows = yearlyRuleRows(county, result.targets);
    // 2018 openings: 甲 f2 only (f1 opened in 2017); 乙 f3 and f4; 丙 none.
    expect(
      rows.map((r) => [r.town_id, r.years.map((y) => [y.year, y.value, y.target, y.status])]),
    ).toEqual([
      ["testc-a", [[2018, 1, 2, "missed"]]],
      ["testc-b", [[2018, 2, 2, "met"]]],
      ["testc-c", [[2018, 0, 2, "missed"]]],
    ]);
    expect(ruleYears(rows)).toEqual([2018]);
  });

  it("orders years oldest first and leaves out towns without a rule", () => {
    const rows = yearlyRuleRows(county, [
      townTarget({ target_id: "b19", town_id: "testc-b", year: 2019, metric: "new_factories" }),
      townTarget({ target_id: "b17", town_id: "testc-b", year: 2017, metric: "new_factories" }),
      townTarget({ target_id: "a-jobs", town_id: "testc-a" }),
    ]);
    expect(rows.map((r) => [r.town_id, r.metric, r.years.map((y) => y.target_id)])).toEqual([
      ["testc-b", "new_factories", ["b17", "b19"]],
    ]);
    expect(ruleYears(rows)).toEqual([2017, 2019]);
  });
});

describe("townTasks and taskFor", () => {
  const targets = [
    townTarget({ target_id: "a-out", metric: "output_12m", target: 10 }),
    townTarget({
      target_id: "a-jobs",
      metric: "jobs",
      target: 100,
      value: 50,
      share_of_target: 0.5,
    }),
    townTarget({ target_id: "a-fac", metric: "factories", target_status: "official" }),
    townTarget({ target_id: "a-2018", metric: "new_factories", year: 2018 }),
    townTarget({ target_id: "b-jobs", metric: "jobs", town_id: "testc-b" }),
  ];

  it("lists a town's standing tasks in the county's target order, without yearly rules", () => {
    expect(townTasks(county, targets, "testc-a").map((t) => [t.target_id, t.provisional])).toEqual([
      ["a-fac", false], // county order: factories, jobs; then the rest
      ["a-jobs", true],
      ["a-out", true],
    ]);
    expect(townTasks(county, targets, "testc-a")[1]).toMatchObject({
      value: 50,
      target: 100,
      share: 0.5,
    });
    expect(townTasks(county, targets, "testc-c")).toEqual([]);
  });

  it("finds a town's standing task for one figure", () => {
    expect(taskFor(targets, "testc-b", "jobs")?.target_id).toBe("b-jobs");
    expect(taskFor(targets, "testc-a", "new_factories")).toBeNull();
    expect(taskFor(targets, "testc-c", "jobs")).toBeNull();
  });
});

describe("townSeries and townMultiplesData", () => {
  const row = (town_id: string | null, as_of: string, jobs: number): FigureRow => ({
    as_of,
    county_id: "testc",
    town_id,
    town_name: town_id,
    factories: 0,
    certified: 0,
    leading: 0,
    jobs,
    poor_workers: 0,
    relocated_workers: 0,
    output_12m: 0,
    wages_12m: 0,
    new_factories: 0,
    not_reporting: 0,
    base_province: 0,
    base_city: 0,
    base_county: 0,
  });
  const series = [
    row("testc-a", "2018-02-28", 20),
    row(null, "2018-01-31", 99),
    row("testc-a", "2018-01-31", 10),
    row("testc-b", "2018-01-31", 5),
  ];

  it("takes one town's values, oldest first, and not the whole scope's", () => {
    expect(townSeries(series, "testc-a", "jobs")).toEqual([
      { date: "2018-01-31", value: 10 },
      { date: "2018-02-28", value: 20 },
    ]);
  });

  it("gives every town of the county a cell, with its task and status", () => {
    const data = townMultiplesData(
      county,
      series,
      [townTarget({ town_id: "testc-b", target: 40 })],
      "jobs",
      (id) => (id === "testc-b" ? "ahead" : null),
    );
    expect(data.towns.map((t) => [t.town_id, t.series.length, t.task, t.status])).toEqual([
      ["testc-a", 2, null, null],
      ["testc-b", 1, 40, "ahead"],
      ["testc-c", 0, null, null],
    ]);
    expect(data.towns[0]).toMatchObject({ town_name: "甲镇", town_name_en: "A" });
  });
});
