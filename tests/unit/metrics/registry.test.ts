import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricName, metricTitle } from "../../../src/lib/charts/metric-label";
import { figureRowSchema } from "../../../src/lib/figures/decode-rows";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/sql/figures-sql";
import { headlineSentence } from "../../../src/lib/press/headline-sentence";
import {
  FIGURE_METRICS,
  METRIC_UNIT,
  RANKED_METRICS,
  TARGET_METRICS,
} from "../../../src/lib/metrics/metric-lists";
import { METRIC_REGISTRY } from "../../../src/lib/metrics/registry";
import { countySchema, METRICS } from "../../../src/lib/reference/schema";
import { SCORING_INDICATORS } from "../../../src/lib/reference/scoring-schema";
import { fixtureRunner } from "../figures/fixture-db";
import { fixtureCounty, fixtureTables } from "../figures/fixture-data";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
});
afterAll(() => db.close());

describe("metric registry", () => {
  it("gives the engine its columns in the registry's order, typed as the registry says", async () => {
    const scope = { countyId: "testc", townId: null, industries: [] };
    const rows = await db.runner.query<Record<string, unknown>>(
      FIGURES_SQL,
      figuresParams(scope, "2018-12-31", "2018-12-31"),
    );
    const columns = Object.keys(rows[0] ?? {});
    expect(columns).toEqual(["as_of", "county_id", "town_id", "town_name", ...FIGURE_METRICS]);
    expect(Object.keys(figureRowSchema.shape)).toEqual(columns);
    for (const row of rows)
      for (const m of FIGURE_METRICS)
        if (METRIC_REGISTRY[m].sql === "INTEGER") expect(Number.isInteger(row[m])).toBe(true);
  });

  it("derives the target enum, the scoring indicators and the units", () => {
    expect(METRICS).toEqual([
      "factories",
      "certified",
      "leading",
      "jobs",
      "poor_workers",
      "relocated_workers",
      "output_12m",
      "wages_12m",
    ]);
    expect(TARGET_METRICS).toBe(METRICS);
    expect(SCORING_INDICATORS).toEqual([...RANKED_METRICS, "reporting_completeness"]);
    expect(METRIC_UNIT.jobs).toBe("people");
    expect(METRIC_UNIT.output_12m).toBe("yuan");
  });

  // The drifted words of issue #14: 用工人数 beside 吸纳就业人数, "Poor laborers" beside "Poor workers".
  it.each([
    ["jobs", "吸纳就业人数", "Jobs"],
    ["poor_workers", "贫困劳动力就业人数", "Workers from poor households"],
    ["relocated_workers", "易地搬迁劳动力就业人数", "Relocated workers"],
  ] as const)("names %s %s / %s everywhere", (metric, zh, en) => {
    expect(metricName(metric, "zh-CN")).toBe(zh);
    expect(metricName(metric, "en")).toBe(en);
    expect(metricTitle(metric, "zh-CN")).toBe(`${zh}（人）`);
  });

  it("keeps the words of every metric free of the terms the house rules retire", () => {
    const words = JSON.stringify(METRIC_REGISTRY);
    for (const retired of ["用工人数", "在产", "laborer", "搬迁群众"])
      expect(words).not.toContain(retired);
  });

  it("rejects a county target whose unit is not its metric's", () => {
    const county = fixtureCounty();
    const [first, ...rest] = county.targets;
    if (!first) throw new Error("fixture county has no target");
    const wrong = { ...county, targets: [{ ...first, metric: "jobs", unit: "yuan" }, ...rest] };
    const result = countySchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["targets", 0, "unit"]);
    expect(countySchema.safeParse(county).success).toBe(true);
  });

  it("fails loudly when a press sentence is asked for a metric no target can name", () => {
    const target = { target_id: "x", metric: "not_reporting" } as unknown as TargetResult;
    expect(() => headlineSentence(fixtureCounty(), target, "zh-CN", null)).toThrow(/not_reporting/);
  });
});
