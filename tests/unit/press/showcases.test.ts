import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../src/lib/figures/decode-rows";
import { pickShowcases } from "../../../src/lib/press/pick-showcases";
import {
  SHOWCASE_SQL,
  showcaseParams,
  showcaseRowSchema,
  yearBefore,
  type ShowcaseRow,
} from "../../../src/lib/sql/showcase-sql";
import { fixtureRunner } from "../figures/fixture-db";
import { fixtureTables } from "../figures/fixture-data";

let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
});
afterAll(() => db.close());

const showcaseRows = (asOf: string) =>
  queryRows(db.runner, showcaseRowSchema, SHOWCASE_SQL, showcaseParams("testc", asOf));
const brief = (rows: ShowcaseRow[]) =>
  rows.map((r) => [r.factory_id, r.jobs, r.poor_workers, r.jobs_year_ago, r.period_end]);

describe("SHOWCASE_SQL (fixture-data.ts, computed by hand)", () => {
  it("lists the factories active at D with their current report; none reported a year before", async () => {
    // f3 stopped in March 2018; f5's month report, not its quarter ending the same day, is current.
    expect(brief(await showcaseRows("2018-12-31"))).toEqual([
      ["f1", 20, 8, null, "2018-12-31"],
      ["f2", 30, 12, null, "2018-12-31"],
      ["f4", 19, 7, null, "2018-12-31"],
      ["f5", 41, 11, null, "2018-12-31"],
    ]);
  });

  it("gives the headcount of a year before only for factories active then", async () => {
    // A year before 2019-02-28: f1's February 2018 report; f2's first quarter ends after that date.
    expect(brief(await showcaseRows("2019-02-28"))).toEqual([
      ["f1", 20, 8, 20, "2018-12-31"],
      ["f2", 33, 13, null, "2019-02-28"],
      ["f4", 19, 7, null, "2018-12-31"],
      ["f5", 41, 11, null, "2018-12-31"],
    ]);
  });

  it("counts only the county asked for", async () => {
    expect(
      await queryRows(
        db.runner,
        showcaseRowSchema,
        SHOWCASE_SQL,
        showcaseParams("other", "2018-12-31"),
      ),
    ).toEqual([]);
  });
});

describe("yearBefore", () => {
  it.each([
    ["2020-12-31", "2019-12-31"],
    ["2020-02-29", "2019-02-28"],
    ["2019-06-30", "2018-06-30"],
  ])("%s → %s", (asOf, expected) => {
    expect(yearBefore(asOf)).toBe(expected);
  });
});

const row = (
  factory_id: string,
  jobs: number,
  poor_workers: number,
  jobs_year_ago: number | null,
): ShowcaseRow => ({
  factory_id,
  name: `${factory_id}厂`,
  county_id: "testc",
  town_id: "testc-a",
  town_name: "甲镇",
  industry: "plush_toys",
  period_end: "2020-12-31",
  jobs,
  poor_workers,
  jobs_year_ago,
});

describe("pickShowcases", () => {
  it.each([
    {
      name: "each showcase picks its own leader",
      rows: [row("a", 90, 10, 80), row("b", 50, 40, 45), row("c", 60, 20, 48)],
      expected: [
        ["jobs", "a", 90],
        ["poor_workers", "b", 40],
        ["growth", "c", 12],
      ],
    },
    {
      name: "a factory already shown is passed over: the next one by the same figure is shown",
      rows: [
        row("a", 90, 40, 80),
        row("b", 50, 30, 5),
        row("c", 60, 20, null),
        row("d", 40, 5, 10),
      ],
      expected: [
        ["jobs", "a", 90],
        ["poor_workers", "b", 30],
        ["growth", "d", 30],
      ],
    },
    {
      name: "a tie goes to the smaller factory_id",
      rows: [row("z", 50, 10, 40), row("m", 50, 10, 40), row("k", 20, 2, 15)],
      expected: [
        ["jobs", "m", 50],
        ["poor_workers", "z", 10],
        ["growth", "k", 5],
      ],
    },
    {
      name: "no growth showcase when no factory grew or none reported a year before",
      rows: [row("a", 30, 0, 35), row("b", 20, 0, null)],
      expected: [["jobs", "a", 30]],
    },
    {
      name: "no showcase repeats a factory, even when only one factory leads everything",
      rows: [row("a", 90, 40, 10), row("b", 10, 0, 12)],
      expected: [["jobs", "a", 90]],
    },
    { name: "no factories, no showcases", rows: [], expected: [] },
  ])("$name", ({ rows, expected }) => {
    expect(pickShowcases(rows).map((s) => [s.kind, s.factory.factory_id, s.value])).toEqual(
      expected,
    );
  });
});
