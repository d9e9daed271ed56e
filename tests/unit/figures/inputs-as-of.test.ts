import { describe, expect, it } from "vitest";
import { inputsAsOf } from "../../../src/lib/figures/inputs-as-of";

describe("inputsAsOf", () => {
  it.each([
    { period: "2019-06", kept: true },
    { period: "2019Q2", kept: true },
    { period: "2019-07", kept: false },
    { period: "2019-Q3", kept: false },
    // No period of its own (an unreadable file): counted at every date, as rejectedByTown does.
    { period: null, kept: true },
    { period: "sometime", kept: true },
  ])("$period at 2019-06-30 → kept: $kept", ({ period, kept }) => {
    expect(inputsAsOf([{ period }], "2019-06-30").length).toBe(kept ? 1 : 0);
  });
});
