import { describe, expect, it } from "vitest";
import { fallbackRunner } from "../../../src/lib/connectors/fallback-runner";
import type { QueryRunner } from "../../../src/lib/connectors/query-runner";

class Miss extends Error {}

const answering = (answer: string, fail?: Error): QueryRunner => ({
  query: <T>() => (fail ? Promise.reject(fail) : Promise.resolve([answer] as T[])),
});

describe("fallbackRunner", () => {
  it("answers from the primary and never starts the fallback", async () => {
    let started = 0;
    const runner = fallbackRunner(
      answering("cube"),
      (e) => e instanceof Miss,
      () => {
        started++;
        return Promise.resolve(answering("duckdb"));
      },
    );
    expect(await runner.query("SELECT 1", [])).toEqual(["cube"]);
    expect(started).toBe(0);
  });

  it("asks the fallback, started then, for a query the primary declines", async () => {
    let started = 0;
    const runner = fallbackRunner(
      answering("cube", new Miss("not in the cube")),
      (e) => e instanceof Miss,
      () => {
        started++;
        return Promise.resolve(answering("duckdb"));
      },
    );
    expect(await runner.query("SELECT 1", [])).toEqual(["duckdb"]);
    expect(started).toBe(1);
  });

  it("passes on the primary's other errors", async () => {
    const runner = fallbackRunner(
      answering("cube", new Error("broken")),
      (e) => e instanceof Miss,
      () => Promise.resolve(answering("duckdb")),
    );
    await expect(runner.query("SELECT 1", [])).rejects.toThrow("broken");
  });
});
