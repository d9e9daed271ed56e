import { describe, expect, it } from "vitest";
import {
  addMonths,
  isMonthEnd,
  monthEndOnOrBefore,
  monthsBetween,
} from "../../../src/lib/figures/month-end";
import { paceStatus } from "../../../src/lib/figures/pace-status";
import { pathStatus } from "../../../src/lib/figures/path-status";
import { projectTrend } from "../../../src/lib/figures/project-trend";
import { periodLabelEnd, rejectedByTown } from "../../../src/lib/figures/rejected-by-town";
import { pathAnchors, pathShare, targetPath } from "../../../src/lib/figures/target-path";

describe("month ends", () => {
  it.each([
    ["2019-12-31", true],
    ["2020-02-29", true],
    ["2019-02-28", true],
    ["2019-02-27", false],
    ["2019-13-31", false],
    ["2019-6-30", false],
  ])("isMonthEnd(%s) = %s", (d, expected) => expect(isMonthEnd(d)).toBe(expected));

  it.each([
    ["2019-05-31", -3, "2019-02-28"],
    ["2020-05-31", -3, "2020-02-29"],
    ["2019-12-31", 1, "2020-01-31"],
    ["2019-01-31", -12, "2018-01-31"],
  ])("addMonths(%s, %i) = %s", (d, n, expected) => expect(addMonths(d, n)).toBe(expected));

  it.each([
    ["2017-07-09", "2017-06-30"],
    ["2017-04-30", "2017-04-30"],
    ["2017-01-01", "2016-12-31"],
  ])("monthEndOnOrBefore(%s) = %s", (d, expected) => expect(monthEndOnOrBefore(d)).toBe(expected));

  it("monthsBetween", () => {
    expect(monthsBetween("2019-12-31", "2020-12-31")).toBe(12);
    expect(monthsBetween("2021-01-31", "2020-12-31")).toBe(-1);
  });
});

describe("target path", () => {
  // Hanyin's phasing read as 30% / 70% / 100% at the ends of 2018, 2019, 2020, from the document's month end.
  const anchors = pathAnchors("2017-06-30", "2020-12-31", [
    { date: "2018-12-31", share: 0.3 },
    { date: "2019-12-31", share: 0.7 },
    { date: "2020-12-31", share: 1 },
  ]);

  it("anchors start at 0 and end at 1 at the deadline, milestones in between", () => {
    expect(anchors).toEqual([
      { date: "2017-06-30", share: 0 },
      { date: "2018-12-31", share: 0.3 },
      { date: "2019-12-31", share: 0.7 },
      { date: "2020-12-31", share: 1 },
    ]);
  });

  it.each([
    ["2017-01-31", 0],
    ["2017-06-30", 0],
    ["2018-12-31", 0.3],
    ["2019-12-31", 0.7],
    // 2019-12-31 → 2020-12-31 is 366 days; 2020-06-30 is 182 days in.
    ["2020-06-30", 0.7 + (0.3 * 182) / 366],
    ["2020-12-31", 1],
    ["2022-12-31", 1],
  ])("share at %s = %d", (date, share) => expect(pathShare(anchors, date)).toBeCloseTo(share, 12));

  it("expected value closes the gap from the baseline", () => {
    expect(targetPath({ baseline: 10, target: 30, anchors, date: "2019-12-31" })).toBeCloseTo(
      10 + 0.7 * 20,
      12,
    );
  });

  it("is a straight line without phasing", () => {
    const line = pathAnchors("2018-12-31", "2019-12-31");
    expect(pathShare(line, "2019-06-30")).toBeCloseTo(181 / 365, 12);
  });

  it("ignores milestones outside (start, deadline)", () => {
    expect(
      pathAnchors("2018-01-31", "2018-12-31", [
        { date: "2017-12-31", share: 0.3 },
        { date: "2019-12-31", share: 0.7 },
      ]),
    ).toEqual([
      { date: "2018-01-31", share: 0 },
      { date: "2018-12-31", share: 1 },
    ]);
  });
});

describe("path status", () => {
  const base = { target: 100, asOf: "2019-06-30", deadline: "2019-12-31", valueAtDeadline: 0 };
  it.each([
    [80, 80, "ahead"],
    [81, 80, "ahead"],
    [68, 80, "at_risk"], // exactly 85%
    [67.9, 80, "behind"],
    [0, 0, "ahead"],
  ])("value %d against path %d: %s", (value, expected, status) =>
    expect(pathStatus({ ...base, value, expected })).toBe(status),
  );

  it.each([
    ["2019-12-31", 100, "met"],
    ["2019-12-31", 99, "missed"],
    ["2021-03-31", 100, "met"],
    ["2021-03-31", 40, "missed"],
  ])(
    "on or after the deadline (%s) the value at the deadline decides: %d → %s",
    (asOf, atDeadline, status) =>
      expect(
        pathStatus({ ...base, asOf, value: 999, expected: 100, valueAtDeadline: atDeadline }),
      ).toBe(status),
  );
});

describe("pace status (Open SDG)", () => {
  // One year left: required growth = target / value − 1.
  it.each([
    // value, year ago, target, status, ratio
    [100, 50, 200, "on_track", 1],
    [100, 80, 200, "limited_progress", 0.25],
    [100, 60, 200, "acceleration_needed", 2 / 3],
    [100, 52, 200, "acceleration_needed", 0.923076923],
    [100, 51.2, 200, "on_track", 0.953125],
    [100, 120, 200, "deterioration", -1 / 6],
    [100, 100, 200, "limited_progress", 0],
    [200, 100, 200, "achieved", null],
  ])("%d now, %d a year ago, target %d: %s", (value, valueYearAgo, target, status, ratio) => {
    const r = paceStatus({
      value,
      valueYearAgo,
      target,
      asOf: "2018-12-31",
      deadline: "2019-12-31",
    });
    expect(r.status).toBe(status);
    if (ratio === null) expect(r.ratio).toBeNull();
    else expect(r.ratio).toBeCloseTo(ratio, 6);
  });

  it("publishes its inputs: two years left", () => {
    const r = paceStatus({
      value: 100,
      valueYearAgo: 90,
      target: 144,
      asOf: "2018-12-31",
      deadline: "2020-12-31",
    });
    expect(r.years_left).toBe(2);
    expect(r.required_growth).toBeCloseTo(0.2, 12);
    expect(r.observed_growth).toBeCloseTo(1 / 9, 12);
    expect(r.ratio).toBeCloseTo(1 / 9 / 0.2, 12);
    expect(r.status).toBe("limited_progress"); // R = 0.556
  });

  it("growth from zero has no compound rate", () => {
    expect(
      paceStatus({
        value: 10,
        valueYearAgo: 0,
        target: 100,
        asOf: "2018-12-31",
        deadline: "2019-12-31",
      }).status,
    ).toBe("insufficient_data");
  });

  it("past the deadline, not achieved: required growth is infinite", () => {
    const r = paceStatus({
      value: 90,
      valueYearAgo: 60,
      target: 100,
      asOf: "2020-06-30",
      deadline: "2019-12-31",
    });
    expect(r).toMatchObject({ status: "limited_progress", required_growth: null, ratio: 0 });
    const worse = paceStatus({
      value: 50,
      valueYearAgo: 60,
      target: 100,
      asOf: "2020-06-30",
      deadline: "2019-12-31",
    });
    expect(worse.status).toBe("deterioration");
  });
});

describe("projection", () => {
  const line = (from: number, perMonth: number) =>
    Array.from({ length: 13 }, (_, i) => ({
      date: addMonths("2018-12-31", i - 12),
      value: from + perMonth * i,
    }));

  it("carries a straight trend to the deadline and finds the month it reaches the target", () => {
    const p = projectTrend({
      points: line(0, 2),
      asOf: "2018-12-31",
      deadline: "2019-12-31",
      target: 40,
    });
    expect(p.slope_per_month).toBeCloseTo(2, 12);
    expect(p.value_at_deadline).toBeCloseTo(24 + 24, 9);
    expect(p.reaches_target_on).toBe("2019-08-31"); // 24 + 2 × 8 = 40
    expect(p.by_deadline).toBe(true);
  });

  it("after the deadline when the pace is too slow", () => {
    const p = projectTrend({
      points: line(0, 1),
      asOf: "2018-12-31",
      deadline: "2019-06-30",
      target: 18,
    });
    expect(p.reaches_target_on).toBe("2019-06-30"); // 12 now, +1 a month
    const q = projectTrend({
      points: line(0, 1),
      asOf: "2018-12-31",
      deadline: "2019-06-30",
      target: 19,
    });
    expect(q).toMatchObject({ reaches_target_on: "2019-07-31", by_deadline: false });
  });

  it.each([
    ["flat", 0],
    ["falling", -1],
  ])("not at this pace when the trend is %s", (_name, perMonth) => {
    const p = projectTrend({
      points: line(50, perMonth),
      asOf: "2018-12-31",
      deadline: "2019-12-31",
      target: 100,
    });
    expect(p).toMatchObject({ reaches_target_on: null, by_deadline: null });
  });

  it("already reached", () => {
    expect(
      projectTrend({ points: line(0, 10), asOf: "2018-12-31", deadline: "2019-12-31", target: 100 })
        .reaches_target_on,
    ).toBe("2018-12-31");
  });

  it("an as-of date before any data: nothing to project", () => {
    expect(
      projectTrend({ points: [], asOf: "2016-12-31", deadline: "2019-12-31", target: 100 }),
    ).toMatchObject({
      slope_per_month: 0,
      points_used: 0,
      reaches_target_on: null,
      value_at_deadline: 0,
    });
  });
});

describe("rejected rows per town (from the manifest)", () => {
  it.each([
    ["2018-06", "2018-06-30"],
    ["201806", "2018-06-30"],
    ["2018-Q2", "2018-06-30"],
    ["2018Q4", "2018-12-31"],
    ["June", null],
  ])("period %s ends %s", (label, end) => expect(periodLabelEnd(label)).toBe(end));

  it("counts files whose period ends on or before D", () => {
    const counts = rejectedByTown(
      [
        { town_id: "a", period: "2018-06", rejected: 2 },
        { town_id: "a", period: "2018-Q3", rejected: 1 },
        { town_id: "b", period: null, rejected: 4 },
        { town_id: null, period: "2018-01", rejected: 9 },
      ],
      "2018-06-30",
    );
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 4 });
  });
});
