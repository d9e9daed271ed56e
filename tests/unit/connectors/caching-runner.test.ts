import { describe, expect, it } from "vitest";
import { cachingRunner } from "../../../src/lib/connectors/caching-runner";
import type { QueryParam, QueryRunner } from "../../../src/lib/connectors/query-runner";

/** A runner that counts what reaches it and fails the queries it is told to fail once. */
function countingRunner(failOnce: Set<string> = new Set()) {
  const calls: [string, readonly QueryParam[]][] = [];
  const runner: QueryRunner = {
    query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      calls.push([sql, params]);
      if (failOnce.delete(sql)) return Promise.reject(new Error(`failed: ${sql}`));
      return Promise.resolve([{ sql, params }] as T[]);
    },
  };
  return { runner, calls };
}

describe("cachingRunner", () => {
  it("answers the same SQL with the same parameters once, with the same rows", async () => {
    const { runner, calls } = countingRunner();
    const cached = cachingRunner(runner);
    const [a, b] = await Promise.all([
      cached.query("SELECT $1", ["x"]),
      cached.query("SELECT $1", ["x"]),
    ]);
    expect(await cached.query("SELECT $1", ["x"])).toBe(a);
    expect(b).toBe(a);
    expect(calls).toEqual([["SELECT $1", ["x"]]]);
  });

  it.each([
    ["other parameters", "SELECT $1", ["y"]],
    ["a null parameter", "SELECT $1", [null]],
    ["a number, not its text", "SELECT $1", [1]],
    ["other SQL", "SELECT $1 + 0", ["x"]],
  ] as const)("asks the runner again for %s", async (_, sql, params) => {
    const { runner, calls } = countingRunner();
    const cached = cachingRunner(runner);
    await cached.query("SELECT $1", ["x"]);
    await cached.query(sql, params);
    expect(calls).toEqual([
      ["SELECT $1", ["x"]],
      [sql, params],
    ]);
  });

  it("does not remember a failed query: the next call asks again", async () => {
    const { runner, calls } = countingRunner(new Set(["SELECT 1"]));
    const cached = cachingRunner(runner);
    await expect(cached.query("SELECT 1", [])).rejects.toThrow("failed: SELECT 1");
    expect(await cached.query("SELECT 1", [])).toEqual([{ sql: "SELECT 1", params: [] }]);
    expect(calls).toHaveLength(2);
  });
});
