import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactoryOutputRow, ReportOutputRow } from "../../../src/lib/pipeline/output-schema";
import { computeFlags, type FlagRow } from "../../../src/lib/flags/compute-flags";
import { parseFlagsReference } from "../../../src/lib/flags/flags-schema";
import { factory, fixtureRunner, report, town } from "../figures/fixture-db";

const REFERENCE_PATH = new URL("../../../data/reference/flags.json", import.meta.url);
const reference = parseFlagsReference("flags.json", readFileSync(REFERENCE_PATH, "utf8"));
const certification = {
  document_id: "test-doc",
  clause: "三（一）",
  quote: "用工人数稳定在15人以上、每年能正常生产经营6个月以上",
  min_workers: 15,
  min_months_per_year: 6,
  min_households: 50,
  max_area_km2: 1,
  unverifiable_quote: "—",
};

/** `YYYY-MM` of the n-th month counted from January 2018 (0-based). */
const month = (n: number) =>
  `${2018 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

/**
 * Monthly reports from January 2018 with these headcounts; output and wages drift a little each month
 * so that only the rule under test fires (identical figures would be stale, zero wages inconsistent).
 */
const monthly = (id: string, employees: readonly number[], from = 0): ReportOutputRow[] =>
  employees.map((e, i) =>
    report(id, "t-a", month(from + i), {
      employees: e,
      poor: Math.floor(e / 2),
      output: 100_000 + 100 * i,
      wages: 2_000 * e + i,
    }),
  );

interface Case {
  name: string;
  reports: ReportOutputRow[];
  factory?: Partial<FactoryOutputRow>;
  /** `period_end flag` of every flag of factory `x`. */
  expected: string[];
}

const steady = [20, 21, 20, 21, 20, 21, 20];
const cases: Case[] = [
  {
    name: "first report: no change, no flag",
    reports: monthly("x", [40]),
    expected: [],
  },
  {
    name: "outlier: a jump unlike the factory's usual changes",
    reports: monthly("x", [...steady, 60]),
    expected: ["2018-08-31 outlier_employees"],
  },
  {
    name: "outlier: too few changes for a baseline (fewer than min_changes)",
    reports: monthly("x", [20, 21, 20, 60]),
    expected: [],
  },
  {
    name: "outlier with MAD = 0: the mean absolute deviation stands in",
    reports: monthly("x", [20, 20, 20, 20, 20, 20, 20, 26]),
    expected: ["2018-08-31 outlier_employees"],
  },
  {
    name: "MAD = 0 and a change under 10 % of the previous figure: not flagged",
    reports: monthly("x", [40, 40, 40, 40, 40, 40, 40, 41]),
    expected: [],
  },
  {
    name: "gap: no change is computed across more than two missing months",
    reports: [...monthly("x", steady), ...monthly("x", [5], 13)],
    expected: [],
  },
  {
    name: "gap of two months: still compared (a sudden drop)",
    reports: [...monthly("x", steady), ...monthly("x", [5], 9)],
    expected: ["2018-10-31 outlier_employees", "2018-10-31 sudden_drop"],
  },
  {
    name: "quarterly reporter: a quarter's output is compared as a per-month rate",
    reports: [
      ...monthly("x", steady),
      report("x", "t-a", "2018Q4", { employees: 20, poor: 10, output: 300_000, wages: 120_000 }),
      report("x", "t-a", "2019Q1", { employees: 21, poor: 10, output: 303_000, wages: 126_000 }),
    ],
    expected: [],
  },
  {
    name: "quarterly reporter: report to report, a drop over one quarter",
    reports: ["2018Q1", "2018Q2", "2018Q3"].map((q, i) =>
      report("x", "t-a", q, { employees: [30, 31, 20][i] ?? 0, output: 300_000 + i, wages: 1 }),
    ),
    expected: ["2018-09-30 sudden_drop"],
  },
  {
    name: "sudden drop: 20 → 13 (35 %)",
    reports: monthly("x", [20, 13]),
    expected: ["2018-02-28 sudden_drop"],
  },
  {
    name: "no sudden drop: 20 → 15 (25 %)",
    reports: monthly("x", [20, 15]),
    expected: [],
  },
  {
    name: "no sudden drop below 10 previous workers: 8 → 4",
    reports: monthly("x", [8, 4]),
    expected: [],
  },
  {
    name: "stale: the same three figures in three reports in a row",
    reports: [1, 2, 3].map((i) =>
      report("x", "t-a", month(i), { employees: 20, poor: 5, output: 1e5, wages: 4e4 }),
    ),
    expected: ["2018-04-30 stale_figures"],
  },
  {
    name: "not stale: two identical reports, then a change",
    reports: [20, 20, 21].map((e, i) =>
      report("x", "t-a", month(i), { employees: e, poor: 5, output: 1e5, wages: 4e4 }),
    ),
    expected: [],
  },
  {
    name: "stale across a quarter and its months: the per-month rates are equal",
    reports: [
      report("x", "t-a", "2018Q1", { employees: 20, poor: 5, output: 3e5, wages: 1 }),
      report("x", "t-a", "2018-04", { employees: 20, poor: 5, output: 1e5, wages: 1 }),
      report("x", "t-a", "2018-05", { employees: 20, poor: 5, output: 1e5, wages: 1 }),
    ],
    expected: ["2018-05-31 stale_figures"],
  },
  {
    name: "output with zero wages, wages with zero output",
    reports: [
      report("x", "t-a", "2018-01", { employees: 20, output: 1e5, wages: 0 }),
      report("x", "t-a", "2018-02", { employees: 20, output: 0, wages: 4e4 }),
    ],
    expected: ["2018-01-31 output_without_wages", "2018-02-28 wages_without_output"],
  },
  {
    name: "certified with fewer workers than the certification requires",
    reports: monthly("x", [16, 14]),
    factory: { certified_on: "2017-12-01" },
    expected: ["2018-02-28 certified_below_workers"],
  },
  {
    name: "below the minimum before certification: not flagged",
    reports: monthly("x", [14, 16]),
    factory: { certified_on: "2018-02-01" },
    expected: [],
  },
  {
    name: "certified, three months of production in a completed year after the first",
    reports: [
      ...monthly("x", [20], 11),
      ...monthly("x", [20, 20, 21], 12),
      ...monthly("x", [20], 24),
    ],
    factory: { certified_on: "2017-06-01" },
    expected: ["2019-03-31 certified_below_months"],
  },
  {
    name: "months: the first reporting year and the year not yet over are not checked",
    reports: [...monthly("x", [20, 21], 10), ...monthly("x", [20, 21], 12)],
    factory: { certified_on: "2017-06-01" },
    expected: [],
  },
];

describe("FLAGS_SQL on a real DuckDB", () => {
  it.each(cases)("$name", async ({ reports, factory: extra, expected }) => {
    const db = await fixtureRunner({
      reports,
      factories: [factory("x", "t-a", extra)],
      towns: [town("t-a", "甲镇")],
      targets: [],
    });
    try {
      const county = { county_id: "testc", policy_rules: { certification, subsidies: [] } };
      const rows = await computeFlags(db.runner, [county], reference);
      expect(rows.map((r) => `${r.period_end} ${r.flag}`)).toEqual(expected);
    } finally {
      db.close();
    }
  });
});

describe("wages per worker against the county's range", () => {
  let rows: FlagRow[] = [];
  beforeAll(async () => {
    // Eleven factories pay 2,000–2,200 yuan per worker per month in June 2018; one pays 150.
    const wages = [2000, 2020, 2040, 2060, 2080, 2100, 2120, 2140, 2160, 2180, 2200, 150];
    const ids = wages.map((_, i) => `w${String(i).padStart(2, "0")}`);
    const db = await fixtureRunner({
      // A May report first for each: a factory's first report is not judged.
      reports: wages.flatMap((w, i) =>
        [
          ["2018-05", 2000],
          ["2018-06", w],
        ].map(([m, pay]) =>
          report(ids[i] ?? "", "t-a", String(m), {
            employees: 20,
            output: 1e5,
            wages: Number(pay) * 20,
          }),
        ),
      ),
      factories: ids.map((id) => factory(id, "t-a")),
      towns: [town("t-a", "甲镇")],
      targets: [],
    });
    rows = await computeFlags(db.runner, [{ county_id: "testc", policy_rules: null }], reference);
    db.close();
  });
  it("flags only the factory outside [Q1 − 3·IQR, Q3 + 3·IQR]", () => {
    expect(rows.map((r) => [r.factory_id, r.flag])).toEqual([["w11", "wages_per_worker"]]);
    expect(rows[0]?.value).toBe(150);
    // Twelve values, 150 lowest: Q1 = 2035, Q3 = 2145 (DuckDB's quantile_cont), so the fence is 2035 − 3·110.
    expect(rows[0]?.threshold).toBeCloseTo(1705);
  });
  it("words it as a request to verify, in both languages", () => {
    expect(rows[0]?.explanation_zh).toMatch(/请核实/);
    expect(rows[0]?.explanation_en).toMatch(/please verify/);
  });
});

describe("a county without a certification rule", () => {
  let db: Awaited<ReturnType<typeof fixtureRunner>>;
  beforeAll(async () => {
    db = await fixtureRunner({
      reports: monthly("x", [16, 14]),
      factories: [factory("x", "t-a", { certified_on: "2017-12-01" })],
      towns: [town("t-a", "甲镇")],
      targets: [],
    });
  });
  afterAll(() => db.close());
  it("raises no policy flag", async () => {
    const rows = await computeFlags(
      db.runner,
      [{ county_id: "testc", policy_rules: null }],
      reference,
    );
    expect(rows).toEqual([]);
  });
});

describe("the outlier baseline: a change the whole county shares is the season's", () => {
  // Twelve factories, Jan–Dec 2018; output falls 40 % in September and recovers in October.
  const ids = Array.from({ length: 12 }, (_, i) => `s${String(i).padStart(2, "0")}`);
  const factor = (i: number) => (i === 8 ? 0.6 : 1);
  const rows = (id: string, dip: (i: number) => number) =>
    Array.from({ length: 12 }, (_, i) =>
      report(id, "t-a", month(i), {
        employees: 20 + (i % 2),
        poor: 10,
        output: Math.round((100_000 + 100 * i) * dip(i)),
        wages: 40_000 + i,
      }),
    );
  /** The twelve factories' flags, each factory's monthly output scaled by `dip(id)`. */
  const flagsOf = async (dip: (id: string) => (i: number) => number) => {
    const db = await fixtureRunner({
      reports: ids.flatMap((id) => rows(id, dip(id))),
      factories: ids.map((id) => factory(id, "t-a")),
      towns: [town("t-a", "甲镇")],
      targets: [],
    });
    try {
      return await computeFlags(db.runner, [{ county_id: "testc", policy_rules: null }], reference);
    } finally {
      db.close();
    }
  };
  it.each([
    {
      name: "every factory dips in the same month: no factory is flagged",
      dippers: ids,
      expected: [],
    },
    {
      name: "one factory dips alone: its fall and its recovery are flagged",
      dippers: ["s00"],
      expected: ["s00 2018-09-30 outlier_output", "s00 2018-10-31 outlier_output"],
    },
  ])("$name", async ({ dippers, expected }) => {
    const flags = await flagsOf((id) => (dippers.includes(id) ? factor : () => 1));
    expect(flags.map((r) => `${r.factory_id} ${r.period_end} ${r.flag}`)).toEqual(expected);
  });
  it("writes the county's usual change with a true minus sign, as the house formatter does", async () => {
    // Every factory's output falls 10 % in September; s00's falls 70 %.
    const flags = await flagsOf((id) => (i) => (i === 8 ? (id === "s00" ? 0.3 : 0.9) : 1));
    const fallRow = flags.find((r) => r.factory_id === "s00" && r.period_end === "2018-09-30");
    expect(fallRow?.explanation_zh).toMatch(/全县同期一般变化 −\d+\.\d%/);
    expect(fallRow?.explanation_en).toMatch(/the usual change that period was −\d+\.\d%/);
    for (const r of flags) expect(`${r.explanation_zh} ${r.explanation_en}`).not.toMatch(/-\d/);
  });
});

describe("several counties in one query", () => {
  it("applies each county's own certification rule and keeps counties apart", async () => {
    const db = await fixtureRunner({
      reports: [...monthly("x", [16, 14]), ...monthly("y", [16, 14])],
      factories: [
        factory("x", "t-a", { certified_on: "2017-12-01" }),
        factory("y", "t-b", { certified_on: "2017-12-01", county_id: "otherc" }),
      ],
      towns: [town("t-a", "甲镇"), town("t-b", "乙镇", "otherc")],
      targets: [],
    });
    try {
      const both = await computeFlags(
        db.runner,
        [
          { county_id: "testc", policy_rules: { certification, subsidies: [] } },
          { county_id: "otherc", policy_rules: null },
        ],
        reference,
      );
      expect(both.map((r) => `${r.county_id} ${r.factory_id} ${r.flag}`)).toEqual([
        "testc x certified_below_workers",
      ]);
      const onlyOther = await computeFlags(
        db.runner,
        [{ county_id: "otherc", policy_rules: { certification, subsidies: [] } }],
        reference,
      );
      expect(onlyOther.map((r) => `${r.county_id} ${r.factory_id} ${r.flag}`)).toEqual([
        "otherc y certified_below_workers",
      ]);
    } finally {
      db.close();
    }
  });
});

describe("wages per worker: a factory's first report", () => {
  it("is not judged (it may cover only the days after the factory opened)", async () => {
    const wages = [2000, 2020, 2040, 2060, 2080, 2100, 2120, 2140, 2160, 2180, 2200];
    const ids = wages.map((_, i) => `w${String(i).padStart(2, "0")}`);
    const db = await fixtureRunner({
      reports: [
        ...wages.flatMap((w, i) =>
          ["2018-05", "2018-06"].map((m) =>
            report(ids[i] ?? "", "t-a", m, { employees: 20, output: 1e5, wages: w * 20 }),
          ),
        ),
        // Opened on 25 June: six days of wages.
        report("new", "t-a", "2018-06", { employees: 20, output: 2e4, wages: 20 * 400 }),
      ],
      factories: [...ids, "new"].map((id) => factory(id, "t-a")),
      towns: [town("t-a", "甲镇")],
      targets: [],
    });
    try {
      const rows = await computeFlags(
        db.runner,
        [{ county_id: "testc", policy_rules: null }],
        reference,
      );
      expect(rows.filter((r) => r.flag === "wages_per_worker")).toEqual([]);
    } finally {
      db.close();
    }
  });
});
