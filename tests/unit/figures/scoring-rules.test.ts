import { describe, expect, it } from "vitest";
import { rankTowns, type TownIndicators } from "../../../src/lib/figures/rank-towns";
import { wholeTask } from "../../../src/lib/figures/whole-task";
import type { NoTaskRule, Scoring } from "../../../src/lib/reference/scoring-schema";

/** New factories against a task (weight 1) and jobs against the best town (weight 1). */
const scoring = (over: Partial<Scoring> = {}): Scoring => ({
  note: "t",
  note_en: "t",
  normalizations: {},
  indicators: [
    { indicator: "new_factories", weight: 1, normalization: "task", label: "新", label_en: "new" },
    { indicator: "jobs", weight: 1, normalization: "share_of_max", label: "岗", label_en: "jobs" },
  ],
  ...over,
});

const town = (
  id: string,
  newFactories: number,
  jobs: number,
  task: number | null = 2,
): TownIndicators => ({
  town_id: id,
  town_name: id,
  values: { new_factories: newFactories, jobs },
  tasks: task === null ? {} : { new_factories: task },
});

const points = (r: ReturnType<typeof rankTowns>, id: string, i = 0) =>
  r.find((t) => t.town_id === id)?.breakdown[i]?.points;

describe("proportional credit for new factories", () => {
  it.each([
    // [opened, task, points out of 50]
    [0, 2, 0],
    [1, 2, 25],
    [2, 2, 50],
    [3, 2, 50],
    [1, 3, 50 / 3],
  ])("%i opened against a task of %i earns %d of 50", (opened, task, expected) => {
    const r = rankTowns([town("a", opened, 10, task), town("b", 0, 10, task)], scoring());
    expect(points(r, "a")).toBeCloseTo(expected, 6);
  });
});

describe("tasks in whole factories", () => {
  it.each([
    // [total, cumulative share before, through, task]: 3 factories phased 30% / 70% / 100%.
    [3, 0, 0.3, 1],
    [3, 0.3, 0.7, 1],
    [3, 0.7, 1, 1],
    [2, 0, 0.3, 1],
    [2, 0.3, 0.7, 0],
    [2, 0.7, 1, 1],
    [10, 0, 0.3, 3],
    [10, 0.3, 0.7, 4],
    [10, 0.7, 1, 3],
    [5, 1, 1, 0],
  ])("%i factories, share %d → %d: task %i", (total, before, through, task) => {
    expect(wholeTask(total, before, through)).toBe(task);
  });

  it.each([1, 2, 3, 4, 5, 7, 11, 30])("the years of %i factories add up to it", (total) => {
    const shares = [0, 0.3, 0.7, 1];
    const years = shares.slice(1).map((s, i) => wholeTask(total, shares[i] ?? 0, s));
    expect(years.every(Number.isInteger)).toBe(true);
    expect(years.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe("a year without a task", () => {
  // x opened 4 and y opened 2, neither with a task; both have the same jobs.
  const towns = [town("x", 4, 10, null), town("y", 2, 10, null)];
  it.each([
    // [rule, x's score, y's score]
    ["share_of_max", 100, 75],
    ["full", 100, 100],
    ["exclude", 100, 100],
  ] as const)("under the %s rule scores x %d and y %d", (rule: NoTaskRule, x, y) => {
    const r = rankTowns(towns, scoring({ no_task: rule }));
    expect([
      r.find((t) => t.town_id === "x")?.score,
      r.find((t) => t.town_id === "y")?.score,
    ]).toEqual([x, y]);
  });

  it("leaving the indicator out scales the town's other points up to 100", () => {
    const r = rankTowns(
      [town("x", 0, 5, null), town("y", 0, 10, null)],
      scoring({ no_task: "exclude" }),
    );
    expect(
      r.find((t) => t.town_id === "x")?.breakdown.map((c) => [c.normalization, c.points]),
    ).toEqual([
      ["excluded", 0],
      ["share_of_max", 50],
    ]);
  });
});

describe("ties at the precision shown", () => {
  // 50 + 50 × jobs ÷ 1000: 47.84 → 97.84 and 47.76 → 97.76 both read 97.8.
  const towns = [town("a", 2, 956.8), town("b", 2, 955.2), town("c", 2, 1000)];
  it.each([
    [1, { c: 1, a: 2, b: 2 }],
    [2, { c: 1, a: 2, b: 3 }],
  ])("at %i decimal(s)", (decimals, ranks) => {
    const r = rankTowns(towns, scoring({ score_decimals: decimals }));
    expect(Object.fromEntries(r.map((t) => [t.town_id, t.rank]))).toEqual(ranks);
  });

  it("one decimal is the default, and tied towns are listed", () => {
    const r = rankTowns(towns, scoring());
    expect(r.find((t) => t.town_id === "a")).toMatchObject({ rank: 2, tied_with: ["b"] });
  });
});

describe("why a rank changed", () => {
  it.each([
    // [why, previous towns, town, indicator, points delta]
    [
      "up because of new factories",
      [town("a", 0, 100), town("b", 2, 100)],
      "a",
      "new_factories",
      50,
    ],
    [
      "down because of new factories",
      [town("a", 0, 100), town("b", 2, 100)],
      "b",
      "new_factories",
      -50,
    ],
  ] as const)("%s", (_why, previous, id, indicator, delta) => {
    const now = [town("a", 2, 100), town("b", 0, 100)];
    const r = rankTowns(now, scoring(), previous).find((t) => t.town_id === id);
    expect(r?.change_reason).toMatchObject({ indicator, points_delta: delta });
  });

  it("names no indicator when another town moved past, and gives no reason when the rank held", () => {
    // a keeps 75 points; b opens two factories and passes it; c stays last.
    const previous = [town("a", 1, 100), town("b", 0, 100), town("c", 0, 0)];
    const now = [town("a", 1, 100), town("b", 2, 100), town("c", 0, 0)];
    const r = rankTowns(now, scoring(), previous);
    expect(r.find((t) => t.town_id === "a")?.change_reason).toEqual({
      indicator: null,
      points_delta: null,
      score_delta: 0,
    });
    expect(r.find((t) => t.town_id === "c")?.change_reason).toBeNull();
  });
});
