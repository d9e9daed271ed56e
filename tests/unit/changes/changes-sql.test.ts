import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesAsOf } from "../../../src/lib/changes/changes-as-of";
import {
  FACTORY_CHANGES_SQL,
  factoryChangeRowSchema,
  factoryChangesParams,
} from "../../../src/lib/changes/factory-changes-sql";
import { factoryChange } from "../../../src/lib/changes/factory-change";
import { figureRowSchema, queryRows } from "../../../src/lib/figures/decode-rows";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/figures/figures-sql";
import { factory, fixtureRunner, report } from "../figures/fixture-db";
import { fixtureCounty, fixtureTables } from "../figures/fixture-data";

const SCOPE = { countyId: "testc", townId: null, industries: [] } as const;

let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  const tables = fixtureTables();
  // 丙镇 (c) had no factory: f6 sends its first report in February 2019; f7 reported early in 2018, then
  // nothing until February 2019 (back after a gap).
  tables.factories.push(
    factory("f6", "testc-c", { opened_on: "2019-02-01" }),
    factory("f7", "testc-c", { opened_on: "2017-11-01" }),
  );
  tables.reports.push(
    report("f6", "testc-c", "2019-02", { employees: 12 }),
    report("f7", "testc-c", "2018-01", { employees: 8 }),
    report("f7", "testc-c", "2018-02", { employees: 8 }),
    report("f7", "testc-c", "2019-02", { employees: 9 }),
  );
  db = await fixtureRunner(tables);
});
afterAll(() => db.close());

const events = async (asOf: string, base: string) =>
  (
    await queryRows(
      db.runner,
      factoryChangeRowSchema,
      FACTORY_CHANGES_SQL,
      factoryChangesParams(SCOPE, asOf, base),
    )
  )
    .map(factoryChange)
    .map((c) => [c.row.factory_id, c.event, c.jobsDelta]);

const county = async (asOf: string) =>
  (await queryRows(db.runner, figureRowSchema, FIGURES_SQL, figuresParams(SCOPE, asOf, asOf))).find(
    (r) => r.town_id === null,
  );

describe("FACTORY_CHANGES_SQL", () => {
  it.each([
    {
      case: "a first report (f6), a return after a gap (f7), a quarterly-then-monthly reporter (f2)",
      asOf: "2019-02-28",
      base: "2019-01-31",
      expected: [
        ["f1", "continuing", 0],
        ["f2", "continuing", 0],
        ["f3", "silent", 0],
        ["f4", "continuing", 0],
        ["f5", "continuing", 0],
        ["f6", "new", 12],
        ["f7", "back", 9],
      ],
    },
    {
      case: "a quarterly reporter (f2 in 2018) stays reporting between its quarters",
      asOf: "2018-05-31",
      base: "2018-04-30",
      expected: [
        ["f1", "continuing", 0],
        ["f2", "continuing", 0],
        ["f3", "continuing", 0],
        ["f7", "stopped", -8],
      ],
    },
    {
      case: "factories whose last report is three months old stop reporting",
      asOf: "2019-03-31",
      base: "2019-02-28",
      expected: [
        ["f1", "stopped", -20],
        ["f2", "continuing", 0],
        ["f3", "silent", 0],
        ["f4", "stopped", -19],
        ["f5", "stopped", -41],
        ["f6", "continuing", 0],
        ["f7", "continuing", 0],
      ],
    },
  ])("$case", async ({ asOf, base, expected }) => {
    expect(await events(asOf, base)).toEqual(expected);
  });

  it.each([
    ["2019-02-28", "2019-01-31"],
    ["2019-03-31", "2019-02-28"],
    ["2018-05-31", "2018-04-30"],
    ["2019-02-28", "2018-02-28"],
  ])("agrees with FIGURES_SQL at %s against %s: factories and jobs add up", async (asOf, base) => {
    const changes = (
      await queryRows(
        db.runner,
        factoryChangeRowSchema,
        FACTORY_CHANGES_SQL,
        factoryChangesParams(SCOPE, asOf, base),
      )
    ).map(factoryChange);
    const [now, before] = [await county(asOf), await county(base)];
    const count = (e: string) => changes.filter((c) => c.event === e).length;
    expect(count("new") + count("back") - count("stopped")).toBe(
      (now?.factories ?? 0) - (before?.factories ?? 0),
    );
    expect(changes.reduce((s, c) => s + c.jobsDelta, 0)).toBe(
      (now?.jobs ?? 0) - (before?.jobs ?? 0),
    );
  });
});

describe("changesAsOf", () => {
  it("takes the three months' figures from FIGURES_SQL, with base 0 for a town that had none", async () => {
    const result = await changesAsOf(db.runner, fixtureCounty(), "2019-02-28", SCOPE);
    expect([result.previous, result.year_ago]).toEqual(["2019-01-31", "2018-02-28"]);
    const whole = result.places[0];
    expect(whole?.town_id).toBeNull();
    expect(whole?.now).toEqual(await county("2019-02-28"));
    expect(whole?.previous).toEqual(await county("2019-01-31"));
    expect(whole?.yearAgo).toEqual(await county("2018-02-28"));
    const c = result.places.find((p) => p.town_id === "testc-c");
    expect([c?.now.jobs, c?.previous?.jobs]).toEqual([21, 0]);
  });

  it("has no base for a month before the county's first report (missing month)", async () => {
    const result = await changesAsOf(db.runner, fixtureCounty(), "2018-01-31", SCOPE);
    expect(result.places.every((p) => p.previous === null && p.yearAgo === null)).toBe(true);
    expect(result.statuses).toEqual([]);
  });
});
