import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { WARM_UP_SQL } from "../../../src/lib/sql/warm-up-sql";

describe("WARM_UP_SQL", () => {
  it("runs on DuckDB without any table and returns rows", async () => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const reader = await connection.runAndReadAll(WARM_UP_SQL);
    const rows = reader.getRowObjectsJS();
    // 48 month ends × 7 towns, plus the total row.
    expect(rows.length).toBeGreaterThan(48);
    expect(rows.at(-1)?.["factories"]).toBe(2000n);
    connection.closeSync();
  });
});
