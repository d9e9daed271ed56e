import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificationCheck } from "../../../src/lib/figures/certification-check";
import {
  figureRowSchema,
  notReportingRowSchema,
  queryRows,
  reportingHealthRowSchema,
  ruleInputRowSchema,
  type FigureRow,
} from "../../../src/lib/figures/decode-rows";
import { figuresAsOf, FiguresInputError } from "../../../src/lib/figures/figures-as-of";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/sql/figures-sql";
import { NOT_REPORTING_SQL, notReportingParams } from "../../../src/lib/sql/not-reporting-sql";
import { policyChecks } from "../../../src/lib/figures/policy-checks";
import type { QueryParam, QueryRunner } from "../../../src/lib/figures/query-runner";
import {
  REPORTING_HEALTH_SQL,
  reportingHealthParams,
} from "../../../src/lib/sql/reporting-health-sql";
import { RULE_INPUTS_SQL, ruleInputsParams } from "../../../src/lib/sql/rule-inputs-sql";
import type { FigureScope } from "../../../src/lib/sql/scope";
import { TARGETS_SQL, targetsParams } from "../../../src/lib/sql/targets-sql";
import { townRanking } from "../../../src/lib/figures/town-ranking";
import type { Scoring } from "../../../src/lib/reference/scoring-schema";
import { factory, fixtureRunner, report, town } from "./fixture-db";
import { fixtureCounty, fixtureTables } from "./fixture-data";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
let runner: QueryRunner;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
  runner = db.runner;
});
afterAll(() => db.close());

const county: FigureScope = { countyId: "testc", townId: null, industries: [] };
const zero = {
  factories: 0,
  certified: 0,
  leading: 0,
  jobs: 0,
  poor_workers: 0,
  relocated_workers: 0,
  output_12m: 0,
  wages_12m: 0,
  new_factories: 0,
  not_reporting: 0,
  base_province: 0,
  base_city: 0,
  base_county: 0,
};

async function figures(asOf: string, scope: FigureScope = county): Promise<Map<string, FigureRow>> {
  const rows = await queryRows(
    runner,
    figureRowSchema,
    FIGURES_SQL,
    figuresParams(scope, asOf, asOf),
  );
  return new Map(rows.map((r) => [r.town_id ?? "county", r]));
}

describe("FIGURES_SQL: DATA-CONTRACT §5 on hand-made rows", () => {
  it("an as-of date before any report: zeros, towns listed, a factory opened that month counted as new", async () => {
    const f = await figures("2017-12-31");
    expect([...f.keys()]).toEqual(["county", "testc-a", "testc-b", "testc-c"]);
    expect(f.get("county")).toMatchObject({ ...zero, new_factories: 1 });
    expect(f.get("testc-a")).toMatchObject({ ...zero, new_factories: 1 });
    expect(f.get("testc-c")).toMatchObject(zero);
  });

  it("the first month of a year: only reports already ended count; new factories start again", async () => {
    const f = await figures("2018-01-31");
    expect(f.get("county")).toMatchObject({
      ...zero,
      factories: 2,
      leading: 1,
      base_county: 1,
      jobs: 36,
      poor_workers: 13,
      relocated_workers: 10,
      output_12m: 15000,
      wages_12m: 6000,
      new_factories: 1,
    });
    const g = await figures("2019-01-31");
    // The 12 months (2018-01-31, 2019-01-31]: January 2018 and the 2018Q1 quarter (starts 2018-01-01) fall out.
    expect(g.get("county")).toMatchObject({
      factories: 4,
      jobs: 113,
      output_12m: 531000,
      wages_12m: 187000,
      new_factories: 0,
      not_reporting: 1,
    });
  });

  it("a stale factory drops out exactly when its last report leaves the 3-month window", async () => {
    expect((await figures("2018-05-31")).get("testc-b")).toMatchObject({
      factories: 1,
      jobs: 16,
      not_reporting: 0,
    });
    // last_day(2018-06-30 − 3 months) = 2018-03-31: a report ending that day is outside (D − 3 months, D].
    const f = await figures("2018-06-30");
    expect(f.get("testc-b")).toMatchObject({
      ...zero,
      output_12m: 15000,
      wages_12m: 6000,
      new_factories: 1,
      not_reporting: 1,
    });
    expect(f.get("county")).toMatchObject({
      factories: 2,
      certified: 1,
      jobs: 50,
      poor_workers: 20,
      relocated_workers: 25,
      output_12m: 255000,
      wages_12m: 90000,
      new_factories: 2,
      not_reporting: 1,
    });
  });

  it("the last month of a year, month and quarter reports mixed", async () => {
    const f = await figures("2018-12-31");
    expect(f.get("county")).toEqual({
      as_of: "2018-12-31",
      county_id: "testc",
      town_id: null,
      town_name: null,
      factories: 4,
      certified: 2,
      leading: 1,
      jobs: 110,
      poor_workers: 38,
      relocated_workers: 25,
      output_12m: 605000,
      wages_12m: 212000,
      new_factories: 3,
      not_reporting: 1,
      base_province: 0,
      base_city: 1,
      base_county: 1,
    });
    expect(f.get("testc-a")).toMatchObject({
      factories: 2,
      certified: 1,
      leading: 1,
      jobs: 50,
      poor_workers: 20,
      relocated_workers: 25,
      output_12m: 480000,
      wages_12m: 168000,
      new_factories: 1,
      base_county: 1,
    });
    // f5 sent a quarter and a month both ending 2018-12-31: the month (41 workers) is current.
    expect(f.get("testc-b")).toMatchObject({
      factories: 2,
      certified: 1,
      jobs: 60,
      poor_workers: 18,
      relocated_workers: 0,
      output_12m: 125000,
      wages_12m: 44000,
      new_factories: 2,
      not_reporting: 1,
      base_city: 1,
    });
    expect(f.get("testc-c")).toMatchObject({ ...zero, town_name: "丙镇" });
  });

  it("filters by industry and by town", async () => {
    const plush = await figures("2018-12-31", { ...county, industries: ["plush_toys"] });
    expect(plush.get("county")).toMatchObject({
      factories: 3,
      jobs: 69,
      certified: 1,
      base_city: 0,
      output_12m: 555000,
    });
    const both = await figures("2018-12-31", { ...county, industries: ["plush_toys", "garments"] });
    expect(both.get("county")?.jobs).toBe(110);
    const b = await figures("2018-12-31", { ...county, townId: "testc-b" });
    expect([...b.keys()]).toEqual(["county", "testc-b"]);
    expect(b.get("county")).toMatchObject({ ...b.get("testc-b"), town_id: null, town_name: null });
  });

  it("a series: one query, every month end, equal to the one-date query", async () => {
    const rows = await queryRows(
      runner,
      figureRowSchema,
      FIGURES_SQL,
      figuresParams(county, "2018-01-31", "2018-12-31"),
    );
    expect(new Set(rows.map((r) => r.as_of)).size).toBe(12);
    expect(rows.find((r) => r.as_of === "2018-06-30" && r.town_id === null)).toEqual(
      (await figures("2018-06-30")).get("county"),
    );
  });
});

describe("factories not reporting, reporting health", () => {
  it("lists the stale factory with its last report", async () => {
    const rows = await queryRows(
      runner,
      notReportingRowSchema,
      NOT_REPORTING_SQL,
      notReportingParams(county, "2018-12-31"),
    );
    expect(rows).toEqual([
      {
        factory_id: "f3",
        name: "f3厂",
        county_id: "testc",
        town_id: "testc-b",
        town_name: "testc-b",
        last_period_end: "2018-03-31",
        months_since: 9,
      },
    ]);
  });

  it("periods due, reported, late and missing", async () => {
    const at = async (asOf: string, since = "0001-01-01") =>
      new Map(
        (
          await queryRows(
            runner,
            reportingHealthRowSchema,
            REPORTING_HEALTH_SQL,
            reportingHealthParams("testc", null, asOf, since),
          )
        ).map((r) => [r.town_id, r]),
      );
    const dec = await at("2018-12-31");
    expect(dec.get("testc-a")).toMatchObject({
      cadence: "month",
      periods_due: 12,
      periods_reported: 12,
      periods_late: 0,
      periods_missing: 0,
    });
    expect(dec.get("testc-b")).toMatchObject({
      cadence: "month",
      periods_due: 12,
      periods_reported: 9,
      periods_late: 0,
      periods_missing: 3,
      unreported_period_ends: "2018-04-30,2018-05-31,2018-06-30",
    });
    expect(dec.get("testc-c")).toMatchObject({
      cadence: null,
      periods_due: 0,
      periods_reported: 0,
    });
    const feb = await at("2019-02-28");
    expect(feb.get("testc-b")).toMatchObject({
      periods_due: 14,
      periods_reported: 9,
      periods_late: 2,
      periods_missing: 3,
    });
    expect(feb.get("testc-a")).toMatchObject({ periods_due: 14, periods_reported: 14 });
    expect((await at("2019-02-28", "2019-01-01")).get("testc-b")).toMatchObject({
      periods_due: 2,
      periods_reported: 0,
      periods_late: 2,
    });
  });

  it("a quarterly town owes quarters", async () => {
    const q = await fixtureRunner({
      reports: [
        report("q1", "testc-a", "2018Q1", { employees: 20 }),
        report("q1", "testc-a", "2018Q3", { employees: 20 }),
      ],
      factories: [factory("q1", "testc-a")],
      towns: [town("testc-a", "甲镇")],
      targets: [],
    });
    const rows = await queryRows(
      q.runner,
      reportingHealthRowSchema,
      REPORTING_HEALTH_SQL,
      reportingHealthParams("testc", null, "2018-12-31", "0001-01-01"),
    );
    q.close();
    expect(rows).toEqual([
      {
        county_id: "testc",
        town_id: "testc-a",
        town_name: "甲镇",
        cadence: "quarter",
        periods_due: 4,
        periods_reported: 2,
        periods_late: 1,
        periods_missing: 1,
        unreported_period_ends: "2018-06-30,2018-12-31",
      },
    ]);
  });
});

describe("targets: path, statuses, projection", () => {
  const c = fixtureCounty();

  it("follows the phasing from the document's month end", async () => {
    const r = await figuresAsOf(runner, c, "2018-06-30", county);
    const factories = r.targets.find((t) => t.target_id === "testc-factories");
    expect(factories).toMatchObject({
      value: 2,
      target: 4,
      baseline_date: "2017-11-30",
      baseline: 0,
      expected: 2,
      path_status: "ahead",
      share_of_target: 0.5,
    });
    const jobs = r.targets.find((t) => t.target_id === "testc-jobs");
    expect(jobs).toMatchObject({ value: 50, expected: 60, path_status: "behind" }); // 50 / 60 = 83% < 85%
    const may = await figuresAsOf(runner, c, "2018-05-31", county);
    expect(may.targets.find((t) => t.target_id === "testc-factories")?.expected).toBeCloseTo(
      (4 * 0.5 * 182) / 212,
      12,
    );
  });

  it("a deadline in the past: met or missed as at the deadline", async () => {
    const r = await figuresAsOf(runner, c, "2019-01-31", county);
    const byId = new Map(r.targets.map((t) => [t.target_id, t]));
    expect(byId.get("testc-factories")).toMatchObject({ path_status: "met", value_at_deadline: 4 });
    expect(byId.get("testc-jobs")).toMatchObject({
      path_status: "missed",
      value_at_deadline: 110,
      value: 113,
    });
    expect(byId.get("testc-jobs")?.pace).toMatchObject({
      status: "limited_progress",
      required_growth: null,
      ratio: 0,
      value: 113,
      value_year_ago: 36,
    });
    // Per-town yearly rule (≥2 new factories in 2018), read at 2018-12-31.
    expect(byId.get("testc-new-testc-a-2018")).toMatchObject({
      value: 1,
      target: 2,
      path_status: "missed",
      projection: { reaches_target_on: null },
    });
    expect(byId.get("testc-new-testc-b-2018")).toMatchObject({ value: 2, path_status: "met" });
    expect(byId.get("testc-new-testc-c-2018")).toMatchObject({ value: 0, path_status: "missed" });
    expect(r.not_reporting.map((f) => f.factory_id)).toEqual(["f3"]);
  });

  it("an as-of date before any report", async () => {
    const r = await figuresAsOf(runner, c, "2017-12-31", county);
    const factories = r.targets.find((t) => t.target_id === "testc-factories");
    expect(factories).toMatchObject({
      value: 0,
      path_status: "behind",
      pace: { status: "limited_progress", observed_growth: 0 },
      projection: { reaches_target_on: null },
    });
    expect(r.not_reporting).toEqual([]);
    expect(r.targets.filter((t) => t.year !== null)).toEqual([]); // the 2018 rule is not due yet
  });

  it("refuses a date that is not a month end, and an unknown town", async () => {
    await expect(figuresAsOf(runner, c, "2018-06-15", county)).rejects.toThrow(FiguresInputError);
    await expect(
      figuresAsOf(runner, c, "2018-06-30", { ...county, townId: "testc-z" }),
    ).rejects.toThrow(/no such town/);
  });
});

describe("policy rules on the fixture", () => {
  it("certification: reported conditions checked, the rest unknown, never passed", async () => {
    const rows = await queryRows(
      runner,
      ruleInputRowSchema,
      RULE_INPUTS_SQL,
      ruleInputsParams(county, "2018-12-31"),
    );
    const byId = new Map(rows.map((r) => [r.factory_id, r]));
    expect(byId.get("f4")).toMatchObject({
      min_employees_in_year: 18,
      months_reported_in_year: 6,
      employees: 19,
      active: true,
    });
    expect(byId.get("f5")).toMatchObject({ min_employees_in_year: 40, months_reported_in_year: 3 }); // the quarter and its December counted once
    expect(byId.get("f1")).toMatchObject({ poor_with_contract: 5, months_reported_in_year: 12 });
    const rule = fixtureCounty().policy_rules?.certification;
    if (!rule) throw new Error("fixture has rules");
    const f3 = byId.get("f3");
    const f4 = byId.get("f4");
    if (!f3 || !f4) throw new Error("rows missing");
    expect(certificationCheck(f3, rule, "2018-12-31")).toMatchObject({ overall: "fails" });
    const check = certificationCheck(f4, rule, "2018-12-31");
    expect(check.overall).toBe("undetermined");
    expect(check.conditions.map((x) => [x.condition, x.status])).toEqual([
      ["min_workers", "pass"],
      ["min_months", "pass"],
      ["min_households", "unknown"],
      ["max_area", "unknown"],
    ]);
    // Mid-year, 3 months so far and 6 left: not yet decided.
    expect(
      certificationCheck({ ...f3, months_reported_in_year: 3 }, rule, "2018-06-30").conditions[1]
        ?.status,
    ).toBe("unknown");
  });

  it("subsidy estimates per factory, town and county", async () => {
    const p = await policyChecks(runner, fixtureCounty(), "2018-12-31", county);
    const totals = new Map(p.subsidies?.factories.map((f) => [f.factory_id, f.total_yuan]));
    expect(Object.fromEntries(totals)).toEqual({ f1: 18000, f2: 0, f3: 0, f4: 0, f5: 33000 });
    expect(p.subsidies?.towns.map((t) => [t.town_id, t.total_yuan])).toEqual([
      ["testc-a", 18000],
      ["testc-b", 33000],
      ["testc-c", 0],
    ]);
    expect(p.subsidies?.county.total_yuan).toBe(51000);
    expect(p.subsidies?.county.by_subsidy["rent-utilities"]).toEqual({
      amount_yuan: 0,
      eligible_factories: 3,
    }); // f1, f2, f4
  });
});

describe("town assessment ranking on the fixture", () => {
  const scoring: Scoring = {
    note: "test",
    note_en: "test",
    normalizations: {},
    indicators: [
      {
        indicator: "new_factories",
        weight: 1,
        normalization: "task",
        label: "新",
        label_en: "new",
      },
      {
        indicator: "jobs",
        weight: 1,
        normalization: "share_of_max",
        label: "岗",
        label_en: "jobs",
      },
    ],
  };

  it("scores, ranks, ties and the change against the previous year", async () => {
    const r = await townRanking(runner, fixtureCounty(), scoring, 2018, "2018-12-31");
    expect(r.towns.map((t) => [t.town_id, t.rank, t.previous_rank, t.rank_change])).toEqual([
      ["testc-b", 1, 2, 1],
      ["testc-a", 2, 1, -1],
      ["testc-c", 3, 2, -1],
    ]);
    expect(r.towns[1]?.score).toBeCloseTo(((0.5 + 50 / 60) / 2) * 100, 5);
  });
});

describe("every SQL variant runs on DuckDB (EXPLAIN)", () => {
  const scopes: FigureScope[] = [
    county,
    { ...county, townId: "testc-a" },
    { ...county, industries: ["plush_toys"] },
    { countyId: "testc", townId: "testc-b", industries: ["garments", "other"] },
  ];
  const variants: [string, string, QueryParam[]][] = [
    ...scopes.flatMap((s): [string, string, QueryParam[]][] => [
      ["FIGURES_SQL one date", FIGURES_SQL, figuresParams(s, "2018-12-31", "2018-12-31")],
      ["FIGURES_SQL series", FIGURES_SQL, figuresParams(s, "2017-01-31", "2020-12-31")],
      ["NOT_REPORTING_SQL", NOT_REPORTING_SQL, notReportingParams(s, "2018-12-31")],
      ["RULE_INPUTS_SQL", RULE_INPUTS_SQL, ruleInputsParams(s, "2018-12-31")],
      [
        "REPORTING_HEALTH_SQL",
        REPORTING_HEALTH_SQL,
        reportingHealthParams(s.countyId, s.townId, "2018-12-31", "2018-01-01"),
      ],
    ]),
    ["TARGETS_SQL", TARGETS_SQL, targetsParams("testc")],
  ];
  it.each(variants)("%s", async (_name, sql, params) => {
    await expect(db.connection.run(`EXPLAIN ${sql}`, params)).resolves.toBeDefined();
  });

  // What a query may read besides its own CTEs: the four tables both runners provide, and range().
  const READABLE = new Set(["reports", "factories", "towns", "targets", "range()"]);
  it.each(variants)("%s reads only the four tables and its own CTEs, never a file", (_, sql) => {
    // Comments say "from its …" in prose: only the code counts.
    const code = sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(code).not.toMatch(/read_parquet|read_csv|'\S+\.parquet'/i);
    const ctes = new Set(
      [...code.matchAll(/\b([a-z_]+)\s+AS\s*(?:(?:NOT\s+)?MATERIALIZED\s*)?\(/gi)].map((m) => m[1]),
    );
    const read = [...code.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z_.]*)(\s*\()?/gi)].map((m) =>
      m[2] ? `${m[1]}()` : m[1],
    );
    expect(read.filter((name) => name && !ctes.has(name) && READABLE.has(name))).not.toEqual([]);
    expect(read.filter((name) => !name || (!ctes.has(name) && !READABLE.has(name)))).toEqual([]);
  });
});
