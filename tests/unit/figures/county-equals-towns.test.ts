import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureRowSchema, queryRows } from "../../../src/lib/figures/decode-rows";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/sql/figures-sql";
import { ADDITIVE_METRICS } from "../../../src/lib/figures/metrics";
import { addMonths } from "../../../src/lib/figures/month-end";
import { factory, fixtureRunner, report, town } from "./fixture-db";

const TOWNS = ["testc-a", "testc-b", "testc-c"];
const INDUSTRIES = ["plush_toys", "garments"];

const factoryArb = fc.record({
  town: fc.constantFrom(...TOWNS),
  industry: fc.constantFrom(...INDUSTRIES),
  leading: fc.boolean(),
  base: fc.constantFrom("none", "county", "city", "province"),
  openedMonth: fc.integer({ min: 0, max: 35 }),
  certifiedMonth: fc.option(fc.integer({ min: 0, max: 35 }), { nil: null }),
  reports: fc.array(
    fc.record({
      quarter: fc.boolean(),
      month: fc.integer({ min: 0, max: 35 }),
      employees: fc.integer({ min: 0, max: 200 }),
      poor: fc.integer({ min: 0, max: 80 }),
      relocated: fc.integer({ min: 0, max: 80 }),
      output: fc.integer({ min: 0, max: 5_000_000 }),
      wages: fc.integer({ min: 0, max: 500_000 }),
    }),
    { maxLength: 12 },
  ),
});

const monthLabel = (i: number) => addMonths("2017-01-31", i).slice(0, 7);
const quarterLabel = (i: number) => `${2017 + Math.floor(i / 12)}Q${Math.floor((i % 12) / 3) + 1}`;

describe("county figures equal the sum of town figures", () => {
  it("for every additive metric, any data, any month end, any industry filter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(factoryArb, { maxLength: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.subarray(INDUSTRIES),
        async (spec, asOfMonth, industries) => {
          const factories = spec.map((f, i) =>
            factory(`f${i}`, f.town, {
              industry: f.industry,
              leading: f.leading,
              base_level: f.base,
              opened_on: `${monthLabel(f.openedMonth)}-15`,
              certified_on: f.certifiedMonth === null ? null : `${monthLabel(f.certifiedMonth)}-01`,
            }),
          );
          // One report per factory and period (the pipeline rejects duplicates).
          const reports = spec.flatMap((f, i) => {
            const seen = new Set<string>();
            return f.reports.flatMap((r) => {
              const label = r.quarter ? quarterLabel(r.month) : monthLabel(r.month);
              if (seen.has(label)) return [];
              seen.add(label);
              return [
                report(`f${i}`, f.town, label, {
                  employees: r.employees,
                  poor: r.poor,
                  relocated: r.relocated,
                  output: r.output,
                  wages: r.wages,
                }),
              ];
            });
          });
          const db = await fixtureRunner({
            reports,
            factories,
            towns: TOWNS.map((t) => town(t, t)),
            targets: [],
          });
          try {
            const asOf = addMonths("2017-01-31", asOfMonth);
            const rows = await queryRows(
              db.runner,
              figureRowSchema,
              FIGURES_SQL,
              figuresParams({ countyId: "testc", townId: null, industries }, asOf, asOf),
            );
            const whole = rows.find((r) => r.town_id === null);
            const parts = rows.filter((r) => r.town_id !== null);
            expect(parts).toHaveLength(TOWNS.length);
            for (const metric of ADDITIVE_METRICS) {
              const sum = parts.reduce((s, r) => s + r[metric], 0);
              expect(whole?.[metric]).toBeCloseTo(sum, 6);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40, seed: 20170415 },
    );
  });
});
