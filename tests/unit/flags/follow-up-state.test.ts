import { describe, expect, it } from "vitest";
import {
  EMPTY_FOLLOW_UP_STATE,
  followUpSearch,
  matchesFollowUp,
  parseFollowUpState,
  sortFollowUp,
  type FollowUpItem,
} from "../../../src/lib/flags/follow-up-state";

const item = (
  town: string,
  severity: FollowUpItem["severity"],
  period: string,
  rank: number,
  county = "c-1",
) => ({
  county,
  town,
  severity,
  values: { town, factory: `${town}厂`, period, severity: rank, flag: "x" },
});
const a = item("t-a", "INFO", "2019-01-31", 0);
const b = item("t-b", "WARNING", "2018-06-30", 1);
const c = item("t-a", "WARNING", "2020-03-31", 1);
const d = item("t-z", "INFO", "2019-05-31", 0, "c-2");

describe("matchesFollowUp", () => {
  it.each([
    [{ town: "", severity: "" }, [a, b, c, d]],
    [{ town: "t-a", severity: "" }, [a, c]],
    [{ town: "", severity: "WARNING" }, [b, c]],
    [{ town: "t-b", severity: "INFO" }, []],
    [{ county: "c-2" }, [d]],
    [{ county: "c-1", severity: "INFO" }, [a]],
    [{ county: "c-2", town: "t-a" }, []],
  ] as const)("%o keeps the rows it should", (filters, expected) => {
    const state = { ...EMPTY_FOLLOW_UP_STATE, ...filters };
    expect([a, b, c, d].filter((i) => matchesFollowUp(i, state))).toEqual(expected);
  });
});

describe("sortFollowUp", () => {
  it.each([
    ["period", "asc", [b, a, c]],
    ["period", "desc", [c, a, b]],
    // Ties keep the page's order.
    ["severity", "desc", [b, c, a]],
    ["town", "asc", [a, c, b]],
  ] as const)("by %s %s", (key, dir, expected) => {
    expect(sortFollowUp([a, b, c], key, dir)).toEqual(expected);
  });
});

describe("the state in the address", () => {
  it.each([
    ["", EMPTY_FOLLOW_UP_STATE],
    [
      "?fu_town=t-a&fu_severity=SEVERE",
      { ...EMPTY_FOLLOW_UP_STATE, town: "t-a", severity: "SEVERE" },
    ],
    ["?fu_county=pingli&fu_town=t-a", { ...EMPTY_FOLLOW_UP_STATE, county: "pingli", town: "t-a" }],
    ["?fu_severity=LOW&fu_sort=nope", EMPTY_FOLLOW_UP_STATE],
    ["?fu_sort=period&fu_dir=desc", { ...EMPTY_FOLLOW_UP_STATE, sort: "period", dir: "desc" }],
  ] as const)("%s", (search, state) => {
    expect(parseFollowUpState(search)).toEqual(state);
  });
  it("keeps the page's other parameters", () => {
    const search = followUpSearch("?county=pingli&fu_town=x", {
      ...EMPTY_FOLLOW_UP_STATE,
      severity: "INFO",
    });
    expect(search).toBe("?county=pingli&fu_severity=INFO");
  });
  it("writes the county filter beside the page's own county parameter", () => {
    const search = followUpSearch("?county=pingli", { ...EMPTY_FOLLOW_UP_STATE, county: "hanyin" });
    expect(search).toBe("?county=pingli&fu_county=hanyin");
    expect(parseFollowUpState(search).county).toBe("hanyin");
  });
});
