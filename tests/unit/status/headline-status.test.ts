import { describe, expect, it } from "vitest";
import {
  headlineStatus,
  projectionPhrase,
  type HeadlineInput,
} from "../../../src/lib/status/headline-status";
import { STATUS_RULES } from "../../../src/lib/reference/bundled-reference";
import { parseStatusRules } from "../../../src/lib/reference/parse-reference";
import type { StatusRules } from "../../../src/lib/status/status-rules";

const rules: StatusRules = {
  note: "t",
  note_en: "t",
  green_max_points_behind: 10,
  yellow_max_points_behind: 30,
  downgrade_paces: ["limited_progress", "deterioration"],
  projection_horizon_years: 10,
};

const before = (over: Partial<HeadlineInput>): HeadlineInput => ({
  value: 50,
  target: 100,
  expected: 50,
  asOf: "2018-06-30",
  deadline: "2019-12-31",
  valueAtDeadline: null,
  pace: "on_track",
  ...over,
});

describe("headlineStatus", () => {
  it.each([
    // [why, input, status, points behind]
    ["on the path", before({}), "on_track", 0],
    ["above the path", before({ value: 70 }), "on_track", 0],
    ["exactly 10 points behind: still green", before({ value: 40 }), "on_track", 10],
    ["just over 10 points behind: yellow", before({ value: 39 }), "at_risk", 11],
    ["30 points behind: still yellow", before({ value: 20 }), "at_risk", 30],
    ["31 points behind: red", before({ value: 19 }), "off_track", 31],
    [
      "points are of the target, not of the path",
      before({ value: 5, expected: 10 }),
      "on_track",
      5,
    ],
    [
      "a pace of limited progress lowers green to yellow",
      before({ pace: "limited_progress" }),
      "at_risk",
      0,
    ],
    [
      "deterioration lowers yellow to red",
      before({ value: 30, pace: "deterioration" }),
      "off_track",
      20,
    ],
    ["red stays red", before({ value: 0, pace: "deterioration" }), "off_track", 50],
    ["acceleration needed does not lower", before({ pace: "acceleration_needed" }), "on_track", 0],
    ["no pace (per-year task): the path alone", before({ value: 45, pace: null }), "on_track", 5],
    [
      "reached before the deadline: on track whatever the pace",
      before({ value: 100, expected: 100, pace: "deterioration" }),
      "on_track",
      0,
    ],
    [
      "on the deadline: met by the value then",
      before({ asOf: "2019-12-31", value: 100, valueAtDeadline: 100 }),
      "met",
      0,
    ],
    [
      "after the deadline, missed although the value later reached it",
      before({ asOf: "2021-06-30", value: 120, valueAtDeadline: 90 }),
      "missed",
      0,
    ],
    [
      "after the deadline, the pace cannot compete",
      before({ asOf: "2021-06-30", value: 120, valueAtDeadline: 100, pace: "deterioration" }),
      "met",
      0,
    ],
  ] as const)("%s", (_why, input, status, points) => {
    const r = headlineStatus(input, rules);
    expect(r.status).toBe(status);
    expect(r.points_behind).toBeCloseTo(points, 6);
  });

  it("follows the thresholds in the reference data, not constants", () => {
    const strict = { ...rules, green_max_points_behind: 2, yellow_max_points_behind: 5 };
    expect(headlineStatus(before({ value: 45 }), strict).status).toBe("at_risk");
    expect(headlineStatus(before({ value: 44 }), strict).status).toBe("off_track");
    expect(headlineStatus(before({ value: 45 }), rules).status).toBe("on_track");
  });

  it("says when the pace lowered the status", () => {
    expect(headlineStatus(before({ pace: "deterioration" }), rules).downgraded).toBe(true);
    expect(headlineStatus(before({}), rules).downgraded).toBe(false);
  });
});

describe("projectionPhrase", () => {
  it.each([
    ["reached already", null, true, { kind: "reached" }],
    ["never at this pace", null, false, { kind: "not_at_this_pace" }],
    ["within ten years: a month", "2028-06-30", false, { kind: "month", on: "2028-06-30" }],
    ["exactly ten years: a month", "2028-12-31", false, { kind: "month", on: "2028-12-31" }],
    ["decades away: hard to reach", "2046-05-31", false, { kind: "beyond_horizon", years: 10 }],
  ] as const)("%s", (_why, on, reached, phrase) => {
    expect(projectionPhrase(on, "2018-12-31", reached, rules)).toEqual(phrase);
  });
});

describe("status rules", () => {
  it("loads the site's reference data", () => {
    expect(STATUS_RULES.yellow_max_points_behind).toBeGreaterThanOrEqual(
      STATUS_RULES.green_max_points_behind,
    );
  });
  it("names the file and field it rejects, in Chinese and English", () => {
    const text = JSON.stringify({ ...rules, green_max_points_behind: -1 });
    expect(() => parseStatusRules({ path: "status.json", text })).toThrow(
      /status\.json: 字段 green_max_points_behind 无效.*field green_max_points_behind/,
    );
  });
});
