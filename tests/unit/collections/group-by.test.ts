import { describe, expect, it } from "vitest";
import { groupBy } from "../../../src/lib/collections/group-by";

describe("groupBy", () => {
  it("keeps each group in the items' order and the groups in their keys' first order", () => {
    const rows = [
      { town: "b", n: 1 },
      { town: "a", n: 2 },
      { town: "b", n: 3 },
      { town: null, n: 4 },
    ];
    const groups = groupBy(rows, (r) => r.town);
    expect([...groups.keys()]).toEqual(["b", "a", null]);
    expect(groups.get("b")?.map((r) => r.n)).toEqual([1, 3]);
    expect(groups.get("a")?.map((r) => r.n)).toEqual([2]);
    expect(groups.get(null)?.map((r) => r.n)).toEqual([4]);
  });

  it("gives an empty map for no items, and takes any iterable", () => {
    expect(groupBy([], (x: number) => x).size).toBe(0);
    expect([...groupBy(new Set([1, 2, 3, 4]), (x) => x % 2)]).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
    ]);
  });
});
