import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rankTowns, type TownIndicators } from "../../../src/lib/figures/rank-towns";
import { scoringSchema, type Scoring } from "../../../src/lib/reference/scoring-schema";

const scoring = (weights: { new_factories: number; jobs: number }): Scoring => ({
  note: "t",
  note_en: "t",
  normalizations: {},
  indicators: [
    {
      indicator: "new_factories",
      weight: weights.new_factories,
      normalization: "task",
      label: "新",
      label_en: "new",
    },
    {
      indicator: "jobs",
      weight: weights.jobs,
      normalization: "share_of_max",
      label: "岗",
      label_en: "jobs",
    },
  ],
});

const towns: TownIndicators[] = [
  {
    town_id: "a",
    town_name: "甲",
    values: { new_factories: 2, jobs: 50 },
    tasks: { new_factories: 2 },
  },
  {
    town_id: "b",
    town_name: "乙",
    values: { new_factories: 1, jobs: 100 },
    tasks: { new_factories: 2 },
  },
  {
    town_id: "c",
    town_name: "丙",
    values: { new_factories: 3, jobs: 50 },
    tasks: { new_factories: 2 },
  },
  {
    town_id: "d",
    town_name: "丁",
    values: { new_factories: 0, jobs: 0 },
    tasks: { new_factories: 2 },
  },
];

describe("rankTowns", () => {
  it("breaks each score down by indicator and shares ranks openly on ties", () => {
    const r = rankTowns(towns, scoring({ new_factories: 1, jobs: 1 }));
    // a and c: task met (capped at 1) and half the top jobs → 75; b: 0.5 and 1 → 75 too; d: 0.
    expect(r.map((t) => [t.town_id, t.score, t.rank, t.tied_with])).toEqual([
      ["a", 75, 1, ["b", "c"]],
      ["b", 75, 1, ["a", "c"]],
      ["c", 75, 1, ["a", "b"]],
      ["d", 0, 4, []],
    ]);
    expect(r[0]?.breakdown).toEqual([
      {
        indicator: "new_factories",
        value: 2,
        task: 2,
        normalization: "task",
        normalized: 1,
        weight: 1,
        points: 50,
      },
      {
        indicator: "jobs",
        value: 50,
        task: null,
        normalization: "share_of_max",
        normalized: 0.5,
        weight: 1,
        points: 25,
      },
    ]);
  });

  it("weights are data: changing them changes the ranking", () => {
    const byJobs = rankTowns(towns, scoring({ new_factories: 1, jobs: 3 }));
    expect(byJobs[0]).toMatchObject({ town_id: "b", rank: 1, tied_with: [] });
    const byNew = rankTowns(towns, scoring({ new_factories: 3, jobs: 1 }));
    expect(byNew.map((t) => t.rank)).toEqual([1, 1, 3, 4]);
  });

  it("the change of rank against the previous period", () => {
    const previous = towns.map((t) => ({
      ...t,
      values: { ...t.values, jobs: t.town_id === "d" ? 500 : (t.values.jobs ?? null) },
    }));
    const r = rankTowns(towns, scoring({ new_factories: 1, jobs: 1 }), previous);
    expect(Object.fromEntries(r.map((t) => [t.town_id, [t.previous_rank, t.rank_change]]))).toEqual(
      {
        // Before: a and c 55, d 50, b 35.
        a: [1, 0],
        b: [4, 3],
        c: [1, 0],
        d: [3, -1],
      },
    );
  });

  it("a town without a task is scored against the best town; missing values score 0", () => {
    const r = rankTowns(
      [
        { town_id: "x", town_name: "x", values: { new_factories: 4, jobs: null }, tasks: {} },
        { town_id: "y", town_name: "y", values: { new_factories: 2, jobs: 10 }, tasks: {} },
      ],
      scoring({ new_factories: 1, jobs: 1 }),
    );
    expect(r.map((t) => [t.town_id, t.score])).toEqual([
      ["y", 75],
      ["x", 50],
    ]);
    expect(r[1]?.breakdown[0]?.normalization).toBe("share_of_max");
  });

  it("data/reference/scoring.json is valid", () => {
    const file = new URL("../../../data/reference/scoring.json", import.meta.url);
    const parsed = scoringSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed.success).toBe(true);
  });
});
