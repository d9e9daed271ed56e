import { describe, expect, it } from "vitest";
import { changeOf } from "../../../src/lib/changes/change-of";
import { factoryChange, factoryEvent, jobMovers } from "../../../src/lib/changes/factory-change";
import type { FactoryChangeRow } from "../../../src/lib/sql/factory-changes-sql";

describe("changeOf", () => {
  it.each([
    { case: "a rise", value: 1302, base: 1290, delta: 12, relative: 12 / 1290 },
    { case: "a fall", value: 90, base: 100, delta: -10, relative: -0.1 },
    { case: "no change", value: 5, base: 5, delta: 0, relative: 0 },
    { case: "base 0: no ratio, never Infinity", value: 7, base: 0, delta: 7, relative: null },
    { case: "0 from 0", value: 0, base: 0, delta: 0, relative: null },
    { case: "missing month", value: 7, base: null, delta: null, relative: null },
    {
      case: "a base that is not a number",
      value: 7,
      base: Number.NaN,
      delta: null,
      relative: null,
    },
  ])("$case", ({ value, base, delta, relative }) => {
    const change = changeOf(value, base);
    expect(change.delta).toBe(delta);
    if (relative === null) expect(change.relative).toBeNull();
    else expect(change.relative).toBeCloseTo(relative, 12);
  });
});

const row = (over: Partial<FactoryChangeRow>): FactoryChangeRow => ({
  factory_id: "f",
  name: "某厂",
  town_id: "t",
  town_name: "某镇",
  last_period_end: "2020-12-31",
  active_now: true,
  reported_before: true,
  active_before: true,
  jobs_now: 30,
  jobs_before: 20,
  ...over,
});

describe("factoryEvent", () => {
  it.each([
    {
      case: "first report",
      over: { reported_before: false, active_before: false, jobs_before: null },
      event: "new",
      delta: 30,
    },
    {
      case: "back after a gap",
      over: { active_before: false, jobs_before: 25 },
      event: "back",
      delta: 30,
    },
    { case: "stopped reporting", over: { active_now: false }, event: "stopped", delta: -20 },
    { case: "reporting at both months", over: {}, event: "continuing", delta: 10 },
    {
      case: "silent at both months",
      over: { active_now: false, active_before: false },
      event: "silent",
      delta: 0,
    },
  ] as const)("$case → $event", ({ over, event, delta }) => {
    expect(factoryEvent(row(over))).toBe(event);
    expect(factoryChange(row(over)).jobsDelta).toBe(delta);
  });
});

describe("jobMovers", () => {
  it("ranks only factories reporting at both months, largest change first, ties by id", () => {
    const changes = [
      row({ factory_id: "a", jobs_now: 50, jobs_before: 20 }),
      row({ factory_id: "b", jobs_now: 40, jobs_before: 10 }),
      row({ factory_id: "c", jobs_now: 5, jobs_before: 20 }),
      row({ factory_id: "d", jobs_now: 20, jobs_before: 20 }),
      row({ factory_id: "e", reported_before: false, active_before: false, jobs_now: 99 }),
      row({ factory_id: "f", active_now: false, jobs_before: 99 }),
    ].map(factoryChange);
    const { up, down } = jobMovers(changes, 5);
    expect(up.map((c) => [c.row.factory_id, c.jobsDelta])).toEqual([
      ["a", 30],
      ["b", 30],
    ]);
    expect(down.map((c) => [c.row.factory_id, c.jobsDelta])).toEqual([["c", -15]]);
  });
});
