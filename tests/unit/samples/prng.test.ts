import { describe, expect, it } from "vitest";
import { createRng, hashSeed, mulberry32 } from "../../../scripts/lib/samples/prng";

const take = (next: () => number, n: number): number[] => Array.from({ length: n }, next);

describe("seeded random source", () => {
  it("gives the same sequence for the same seed and key", () => {
    expect(take(createRng(42, "town").next, 20)).toEqual(take(createRng(42, "town").next, 20));
  });

  it("gives different sequences for different seeds or keys", () => {
    const base = take(createRng(42, "town").next, 5);
    expect(take(createRng(43, "town").next, 5)).not.toEqual(base);
    expect(take(createRng(42, "other").next, 5)).not.toEqual(base);
  });

  it("matches the published mulberry32 sequence", () => {
    // First outputs of the reference mulberry32 (bryc/code, PRNGs.md) seeded with 1.
    expect(take(mulberry32(1), 3).map((x) => x.toFixed(10))).toEqual([
      "0.6270739406",
      "0.0027357212",
      "0.5274470400",
    ]);
  });

  it("keeps numbers in range", () => {
    const rng = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it("hashes keys to 32-bit seeds", () => {
    expect(hashSeed(1, "a")).toBe(hashSeed(1, "a"));
    expect(hashSeed(1, "a")).toBeLessThan(2 ** 32);
    expect(hashSeed(1, "a")).not.toBe(hashSeed(1, "b"));
  });

  it("never picks from an empty list silently", () => {
    expect(() => createRng(1).pick([])).toThrow();
  });
});
