import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../src/lib/figures/decode-rows";
import {
  TOWN_FACTORIES_SQL,
  townFactoriesParams,
  townFactoryRowSchema,
} from "../../../src/lib/sql/town-factories-sql";
import { fixtureRunner } from "../figures/fixture-db";
import { fixtureTables } from "../figures/fixture-data";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
});
afterAll(() => db.close());

const list = (townId: string | null, asOf: string) =>
  queryRows(
    db.runner,
    townFactoryRowSchema,
    TOWN_FACTORIES_SQL,
    townFactoriesParams({ countyId: "testc", townId, industries: [] }, asOf),
  );
const brief = (rows: Awaited<ReturnType<typeof list>>) =>
  rows.map((r) => [r.factory_id, r.last_period_end, r.active, r.employees, r.poor_workers]);

describe("TOWN_FACTORIES_SQL", () => {
  it("lists a town's factories by opening date with their current report, a stale one kept", async () => {
    expect(brief(await list("testc-b", "2019-02-28"))).toEqual([
      ["f5", "2018-12-31", true, 41, 11], // the month, not the quarter ending the same day
      ["f3", "2018-03-31", false, 16, 5], // no report in the last three months: listed, not active
      ["f4", "2018-12-31", true, 19, 7],
    ]);
  });

  it("leaves out factories whose first report ends after D", async () => {
    expect(brief(await list("testc-b", "2018-06-30"))).toEqual([
      ["f3", "2018-03-31", false, 16, 5],
    ]);
  });

  it("covers the whole county when no town is given, and carries what the table shows", async () => {
    const rows = await list(null, "2019-02-28");
    expect(rows.map((r) => r.factory_id)).toEqual(["f1", "f2", "f5", "f3", "f4"]);
    expect(rows[0]).toMatchObject({
      town_id: "testc-a",
      industry: "plush_toys",
      opened_on: "2017-12-20",
      certified_on: "2018-03-01",
      is_leading: true,
    });
  });

  it("returns nothing for a town without factories", async () => {
    expect(await list("testc-c", "2019-02-28")).toEqual([]);
  });
});
