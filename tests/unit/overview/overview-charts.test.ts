import { describe, expect, it } from "vitest";
import type { MapTown } from "../../../src/lib/charts/town-map";
import { townMapHeight } from "../../../src/lib/overview/overview-charts";

const town = (lat: number, lon: number): MapTown => ({
  town_id: `x-${lat}-${lon}`,
  town_name: "某镇",
  lat,
  lon,
  jobs: 10,
  status: null,
});
const LIMITS = { min: 400, max: 900 };

describe("townMapHeight", () => {
  it.each([
    { shape: "wide county", towns: [town(32, 108), town(32.1, 109)], expected: LIMITS.min },
    {
      shape: "long county (Pingli-like)",
      towns: [town(31.8, 109.2), town(32.6, 109.5)],
      expected: 900,
    },
  ])("gives a $shape the height its extent needs, within the limits", ({ towns, expected }) => {
    expect(townMapHeight({ towns }, 640, LIMITS)).toBe(expected);
  });

  it("grows with the north-south extent", () => {
    const square = townMapHeight({ towns: [town(32, 108), town(32.2, 108.3)] }, 640, LIMITS);
    const taller = townMapHeight({ towns: [town(32, 108), town(32.3, 108.3)] }, 640, LIMITS);
    expect(taller).toBeGreaterThan(square);
  });

  // A lone town has no extent to show (it used to be drawn as a square, 520 px here).
  it("draws a single town at the smallest height", () => {
    expect(townMapHeight({ towns: [town(32, 108)] }, 640, LIMITS)).toBe(LIMITS.min);
  });

  it("draws towns on one meridian at the largest height", () => {
    const towns = [town(32, 108), town(32.05, 108)];
    expect(townMapHeight({ towns }, 640, LIMITS)).toBe(LIMITS.max);
  });
});
