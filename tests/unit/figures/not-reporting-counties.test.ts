import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notReportingRowSchema, queryRows } from "../../../src/lib/figures/decode-rows";
import type { QueryRunner } from "../../../src/lib/figures/query-runner";
import {
  NOT_REPORTING_COUNTIES_SQL,
  NOT_REPORTING_SQL,
  notReportingCountiesParams,
  notReportingParams,
} from "../../../src/lib/sql/not-reporting-sql";
import { factory, fixtureRunner, report, town } from "./fixture-db";
import { fixtureTables } from "./fixture-data";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
let runner: QueryRunner;
beforeAll(async () => {
  // The fixture's county and a second one with a factory that stopped reporting in January 2018.
  const tables = fixtureTables();
  tables.towns.push(town("other-a", "丁镇", "other"));
  tables.factories.push(factory("g1", "other-a", { county_id: "other" }));
  tables.reports.push({
    ...report("g1", "other-a", "2018-01", { employees: 12 }),
    county_id: "other",
  });
  db = await fixtureRunner(tables);
  runner = db.runner;
});
afterAll(() => db.close());

const one = (countyId: string, industries: string[], asOf: string) =>
  queryRows(
    runner,
    notReportingRowSchema,
    NOT_REPORTING_SQL,
    notReportingParams({ countyId, townId: null, industries }, asOf),
  );

// The overview's lists come from this one query (explore-overview.ts); each county's rows must be its own
// query's, in the same order.
describe("NOT_REPORTING_COUNTIES_SQL", () => {
  it.each([
    ["2018-12-31", []],
    ["2018-06-30", []],
    ["2018-12-31", ["plush_toys"]],
  ])(
    "at %s with industries %j: each county's rows equal NOT_REPORTING_SQL's",
    async (asOf, ind) => {
      const both = await queryRows(
        runner,
        notReportingRowSchema,
        NOT_REPORTING_COUNTIES_SQL,
        notReportingCountiesParams(["testc", "other"], ind, asOf),
      );
      const testc = await one("testc", ind, asOf);
      const other = await one("other", ind, asOf);
      expect(testc.length + other.length).toBeGreaterThan(0);
      expect(other.length).toBeGreaterThan(0);
      expect(both.filter((r) => r.county_id === "testc")).toEqual(testc);
      expect(both.filter((r) => r.county_id === "other")).toEqual(other);
      expect(both).toHaveLength(testc.length + other.length);
    },
  );

  it("a county not asked for is left out", async () => {
    const rows = await queryRows(
      runner,
      notReportingRowSchema,
      NOT_REPORTING_COUNTIES_SQL,
      notReportingCountiesParams(["other"], [], "2018-12-31"),
    );
    expect(rows.map((r) => r.factory_id)).toEqual(["g1"]);
  });
});
