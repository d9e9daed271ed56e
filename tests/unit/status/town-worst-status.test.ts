import { describe, expect, it } from "vitest";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { townWorstStatus } from "../../../src/lib/status/town-worst-status";
import { townTask } from "../../support/target-result";

/** A town task as figuresAsOf returns it, before its deadline unless said otherwise. */
const task = (over: Partial<TargetResult>) =>
  townTask("a", {
    as_of: "2018-12-31",
    value: 100,
    target: 100,
    share_of_target: 1,
    expected: 50,
    ...over,
  });

const jobsOk = task({ target_id: "jobs" });
const outputRed = task({ target_id: "output", metric: "output_12m", value: 10, expected: 60 });
const outputYellow = task({ target_id: "output", metric: "output_12m", value: 40, expected: 60 });
const missed2017 = task({
  target_id: "y2017",
  metric: "new_factories",
  year: 2017,
  deadline: "2017-12-31",
  value: 1,
  target: 2,
  value_at_deadline: 1,
});
const missed2018 = { ...missed2017, target_id: "y2018", year: 2018, deadline: "2018-12-31" };

describe("townWorstStatus", () => {
  it.each([
    [
      "jobs fine, output red: the output task decides",
      [jobsOk, outputRed],
      "off_track",
      "output",
      1,
    ],
    ["yellow beats green", [jobsOk, outputYellow], "at_risk", "output", 1],
    [
      "a missed year beats everything, the earliest named",
      [jobsOk, missed2018, missed2017, outputRed],
      "missed",
      "y2017",
      2,
    ],
    ["all on track", [jobsOk], "on_track", "jobs", 1],
  ] as const)("%s", (_why, targets, status, which, count) => {
    const r = townWorstStatus(targets, "a");
    expect([r?.status, r?.target.target_id, r?.count]).toEqual([status, which, count]);
  });

  it("ignores other towns' tasks and county targets; null without a task", () => {
    expect(townWorstStatus([outputRed], "b")).toBeNull();
    expect(townWorstStatus([{ ...outputRed, scope: "county", town_id: null }], "a")).toBeNull();
  });
});
