import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesAsOf } from "../../../src/lib/changes/changes-as-of";
import {
  FACTORY_CHANGES_SQL,
  factoryChangeRowSchema,
  factoryChangesParams,
} from "../../../src/lib/sql/factory-changes-sql";
import { factoryChange } from "../../../src/lib/changes/factory-change";
import { countyChangesHtml } from "../../../src/lib/changes/changes-html";
import { figureRowSchema, queryRows } from "../../../src/lib/figures/decode-rows";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/sql/figures-sql";
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

describe("countyChangesHtml", () => {
  const asOfs = (markup: string) => [
    ...new Set([...markup.matchAll(/data-as-of="([^"]*)"/g)].map((m) => m[1])),
  ];
  it.each([
    {
      case: "a missing month: only D's figures are marked, every change is —",
      asOf: "2018-01-31",
      months: ["2018-01-31"],
    },
    {
      case: "D, the month before and a year earlier, each figure marked with its own month",
      asOf: "2019-02-28",
      months: ["2019-02-28", "2019-01-31", "2018-02-28"],
    },
  ])("$case", async ({ asOf, months }) => {
    const result = await changesAsOf(db.runner, fixtureCounty(), asOf, SCOPE);
    const markup = countyChangesHtml(fixtureCounty(), result, "zh-CN", "示例数据").markup;
    expect(asOfs(markup).sort()).toEqual([...months].sort());
    expect(markup).not.toMatch(/Infinity|NaN/);
    // Change cells carry their exact value (data-value) unless there is no base.
    const changes = [...markup.matchAll(/data-value="([^"]*)" data-change="(month|year)"/g)];
    expect(changes.length).toBeGreaterThan(0);
    if (months.length === 1) expect(changes.every((m) => m[1] === "")).toBe(true);
    else expect(changes.some((m) => m[1] !== "")).toBe(true);
  });

  it("names the factory events and a town whose base was 0 with — for its ratio", async () => {
    const result = await changesAsOf(db.runner, fixtureCounty(), "2019-02-28", SCOPE);
    const markup = countyChangesHtml(fixtureCounty(), result, "zh-CN", null).markup;
    expect(markup).toContain('data-factory="f6" data-event="new"');
    expect(markup).toContain('data-factory="f7" data-event="back"');
    expect(markup).toContain("测试县新报社区工厂1家，停报0家，复报1家。");
    const townC = markup.slice(markup.indexOf('data-changes-figures="testc-c"'));
    const jobsRow = townC.slice(townC.indexOf('data-change-metric="jobs"'));
    expect(jobsRow.slice(0, jobsRow.indexOf("</tr>"))).toMatch(
      />\+21<\/td>\s*<td class="num" data-value="">—<\/td>/,
    );
  });
});
