import { countySchema, type County } from "../../../src/lib/reference/schema";
import { targetRows } from "../../../src/lib/pipeline/reference-tables";
import { factory, report, town, type FixtureTables } from "./fixture-db";

const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, "0")}`);

/**
 * Three towns: 甲镇 (a) with a monthly and a quarterly-then-monthly factory, 乙镇 (b) with a stale factory,
 * one that switches from a quarter to months, and one that sent a quarter and a month ending the same day;
 * 丙镇 (c) has no factory at all. Expectations in figures-sql.test.ts are computed by hand from these rows.
 */
export function fixtureTables(): FixtureTables {
  const reports = [
    // f1 (a): monthly all 2018.
    ...months(2018, 1, 12).map((p) =>
      report("f1", "testc-a", p, {
        employees: 20,
        poor: 8,
        relocated: 10,
        output: 10000,
        wages: 4000,
        contracts: 5,
      }),
    ),
    // f2 (a): quarterly 2018, monthly from 2019.
    ...["2018Q1", "2018Q2", "2018Q3", "2018Q4"].map((p) =>
      report("f2", "testc-a", p, {
        employees: 30,
        poor: 12,
        relocated: 15,
        output: 90000,
        wages: 30000,
      }),
    ),
    ...months(2019, 1, 2).map((p) =>
      report("f2", "testc-a", p, {
        employees: 33,
        poor: 13,
        relocated: 16,
        output: 31000,
        wages: 11000,
      }),
    ),
    // f3 (b): stale after March 2018.
    ...months(2018, 1, 3).map((p) =>
      report("f3", "testc-b", p, { employees: 16, poor: 5, output: 5000, wages: 2000 }),
    ),
    // f4 (b): a quarter, then months.
    report("f4", "testc-b", "2018Q3", { employees: 18, poor: 6, output: 30000, wages: 9000 }),
    ...months(2018, 10, 12).map((p) =>
      report("f4", "testc-b", p, { employees: 19, poor: 7, output: 10000, wages: 3000 }),
    ),
    // f5 (b): a quarter and a month both ending 2018-12-31: the month is the current report.
    report("f5", "testc-b", "2018Q4", { employees: 40, poor: 10, output: 50000, wages: 20000 }),
    report("f5", "testc-b", "2018-12", { employees: 41, poor: 11, output: 0, wages: 0 }),
  ];
  return {
    reports,
    factories: [
      factory("f1", "testc-a", {
        opened_on: "2017-12-20",
        certified_on: "2018-03-01",
        leading: true,
        base_level: "county",
      }),
      factory("f2", "testc-a", { opened_on: "2018-02-10" }),
      factory("f3", "testc-b", { opened_on: "2018-01-05" }),
      factory("f4", "testc-b", { opened_on: "2018-07-01" }),
      factory("f5", "testc-b", {
        opened_on: "2016-05-01",
        certified_on: "2018-12-31",
        base_level: "city",
        industry: "garments",
      }),
    ],
    towns: [town("testc-a", "甲镇"), town("testc-b", "乙镇"), town("testc-c", "丙镇")],
    targets: targetRows({ counties: [fixtureCounty()], industries: [] }),
  };
}

/** A county whose document is dated 2017-12-15 (baseline 2017-11-30) with a deadline at the end of 2018. */
export function fixtureCounty(): County {
  const cite = { document_id: "testc-doc", clause: "二", quote: "测试" };
  return countySchema.parse({
    county_id: "testc",
    name: "测试县",
    name_en: "Test County",
    short_names: ["测试"],
    division_code: "999999",
    city: "测试市",
    coordinates_note: "n/a",
    documents: [
      {
        document_id: "testc-doc",
        number: "测发〔2017〕1号",
        issuer: "测试",
        issuer_en: "Test",
        title: "测试",
        title_en: "Test",
        issued_on: "2017-12-15",
        text_file: "x.txt",
      },
    ],
    program_start: "2017-12-15",
    deadline: "2018-12-31",
    towns: [
      { town_id: "testc-a", name: "甲镇", name_en: "A", short_names: ["甲"], lat: 32, lon: 108 },
      { town_id: "testc-b", name: "乙镇", name_en: "B", short_names: ["乙"], lat: 32, lon: 108 },
      { town_id: "testc-c", name: "丙镇", name_en: "C", short_names: ["丙"], lat: 32, lon: 108 },
    ],
    targets: [
      {
        target_id: "testc-factories",
        metric: "factories",
        value: 4,
        unit: "factories",
        deadline: "2018-12-31",
        ...cite,
      },
      {
        target_id: "testc-jobs",
        metric: "jobs",
        value: 120,
        unit: "people",
        deadline: "2018-12-31",
        ...cite,
      },
    ],
    phasing: {
      ...cite,
      reading: "测试",
      reading_en: "test",
      milestones: [
        { date: "2018-06-30", share: 0.5, label: "半", label_en: "half" },
        { date: "2018-12-31", share: 1, label: "全", label_en: "all" },
      ],
    },
    town_rules: [
      {
        rule_id: "testc-new",
        metric: "new_factories",
        per: "town_year",
        value: 2,
        years: [2018],
        ...cite,
      },
    ],
    town_allocation: null,
    policy_rules: {
      certification: {
        ...cite,
        min_workers: 15,
        min_months_per_year: 6,
        min_households: 50,
        max_area_km2: 1,
        unverifiable_quote: "50户",
      },
      subsidies: [
        {
          subsidy_id: "poor-worker-post",
          amount_yuan: 1000,
          per: "poor_worker_with_1y_contract",
          ...cite,
        },
        {
          subsidy_id: "rent-utilities",
          share: 0.5,
          min_poor_share: 1 / 3,
          years: 2,
          per: "factory_quarter",
          ...cite,
        },
        { subsidy_id: "start-up", amount_yuan: 3000, per: "factory_once", ...cite },
        {
          subsidy_id: "base-award",
          amounts_yuan: { province: 50000, city: 30000, county: 10000 },
          per: "factory_by_base_level",
          ...cite,
        },
      ],
    },
  });
}
