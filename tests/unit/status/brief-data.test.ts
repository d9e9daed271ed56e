import { describe, expect, it } from "vitest";
import type { FigureRow } from "../../../src/lib/figures/decode-rows";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import type { TownScore } from "../../../src/lib/figures/rank-towns";
import { monthDeltas, rankingTopBottom, taskGap } from "../../../src/lib/status/brief-data";
import { targetResult } from "../../support/target-result";

const row = (as_of: string, jobs: number, town_id: string | null = null) =>
  ({ as_of, town_id, jobs, factories: 1 }) as unknown as FigureRow;
const target = (over: Partial<TargetResult>) =>
  targetResult({ value: 80, target: 100, as_of: "2020-12-31", deadline: "2021-12-31", ...over });

describe("monthDeltas", () => {
  it("gives each county target's figure against the month end before and a year before, from the county row", () => {
    const series = [
      row("2019-12-31", 80),
      row("2020-11-30", 90),
      row("2020-12-31", 100),
      row("2020-12-31", 5, "t"),
    ];
    expect(monthDeltas(series, [target({})], "2020-12-31")).toEqual([
      {
        metric: "jobs",
        value: 100,
        previous: 90,
        delta: 10,
        yearAgo: 80,
        yearDelta: 20,
        yearRelative: 0.25,
      },
    ]);
  });
  it.each([
    ["without the month before or the year before", [row("2020-12-31", 100)], null, null],
    ["with a year-earlier base of 0", [row("2019-12-31", 0), row("2020-12-31", 100)], 100, null],
  ])("%s: no ratio, never Infinity", (_why, series, yearDelta, yearRelative) => {
    const [d] = monthDeltas(series, [target({})], "2020-12-31");
    expect(d?.delta).toBeNull();
    expect([d?.yearDelta, d?.yearRelative]).toEqual([yearDelta, yearRelative]);
  });
});

describe("rankingTopBottom and taskGap", () => {
  const towns = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ town_id: `t${i}` }) as TownScore);
  it.each([
    [10, ["t0", "t1", "t2"], ["t7", "t8", "t9"]],
    [4, ["t0", "t1", "t2"], ["t3"]],
    [2, ["t0", "t1"], []],
  ])("%i towns", (n, top, bottom) => {
    const r = rankingTopBottom(towns(n), 3);
    expect([r.top.map((t) => t.town_id), r.bottom.map((t) => t.town_id)]).toEqual([top, bottom]);
  });
  it.each([
    ["before the deadline: target − value", target({}), 20],
    [
      "after it: target − value on the deadline",
      target({ as_of: "2022-06-30", value: 120, value_at_deadline: 70 }),
      30,
    ],
    ["never below zero", target({ value: 130 }), 0],
  ])("%s", (_why, t, gap) => {
    expect(taskGap(t)).toBe(gap);
  });
});
