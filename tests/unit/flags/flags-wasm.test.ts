import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { FLAGS_SQL, flagsParams } from "../../../src/lib/sql/flags-sql";
import { parseFlagsReference } from "../../../src/lib/flags/flags-schema";

// The browser's engine, in its Node build: FLAGS_SQL must run there too (DuckDB-WASM lags the Node
// DuckDB by a version, so a function or syntax only the newer one knows would break the browser).
interface WasmConnection {
  query(sql: string): unknown;
  prepare(sql: string): { query(...params: unknown[]): { toArray(): unknown[] } };
}
interface WasmDb {
  instantiate(): Promise<void>;
  connect(): WasmConnection;
}
const require = createRequire(import.meta.url);
const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs") as {
  createDuckDB(bundles: unknown, logger: unknown, runtime: unknown): Promise<WasmDb>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
};
const dist = new URL("../../../node_modules/@duckdb/duckdb-wasm/dist/", import.meta.url).pathname;

const reference = parseFlagsReference(
  "flags.json",
  readFileSync(new URL("../../../data/reference/flags.json", import.meta.url), "utf8"),
);

// Ten months of one factory: a jump in employees, a drop, three identical reports, output without wages.
const TABLES = [
  `CREATE TABLE reports AS SELECT 'x' AS factory_id,
     CAST(DATE '2018-01-01' + INTERVAL (i) MONTH AS DATE) AS period_start,
     last_day(DATE '2018-01-01' + INTERVAL (i) MONTH) AS period_end,
     CASE WHEN i = 7 THEN 60 WHEN i >= 8 THEN 30 ELSE 20 + i % 2 END AS employees,
     10 AS poor_workers,
     CASE WHEN i >= 8 THEN 90000.0 ELSE 100000.0 + i END AS output_value_yuan,
     CASE WHEN i = 6 THEN 0.0 ELSE 40000.0 END AS wages_yuan,
     CAST(NULL AS INTEGER) AS months_operating
   FROM range(11) t(i)`,
  `CREATE TABLE factories AS SELECT 'x' AS factory_id, 'testc' AS county_id, 't-a' AS town_id,
     DATE '2017-01-01' AS certified_on`,
];
const params = flagsParams(
  [{ county_id: "testc", certification: { min_workers: 25, min_months_per_year: 6 } }],
  reference,
);
const plain = (rows: readonly unknown[]) => JSON.parse(JSON.stringify(rows)) as unknown;

describe("FLAGS_SQL in DuckDB-WASM", () => {
  it("gives the same rows as DuckDB in Node", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const node = await instance.connect();
    for (const sql of TABLES) await node.run(sql);
    const expected = (await node.runAndReadAll(FLAGS_SQL, params)).getRowObjectsJS();
    node.closeSync();
    instance.closeSync();

    const db = await duckdb.createDuckDB(
      {
        mvp: {
          mainModule: `${dist}duckdb-mvp.wasm`,
          mainWorker: `${dist}duckdb-node-mvp.worker.cjs`,
        },
        eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-node-eh.worker.cjs` },
      },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    await db.instantiate();
    const wasm = db.connect();
    for (const sql of TABLES) wasm.query(sql);
    const actual = wasm
      .prepare(FLAGS_SQL)
      .query(...params)
      .toArray();

    // Six of the rules fire on the fixture, so the comparison covers their SQL.
    expect([...new Set(expected.map((r) => String(r["flag"])))].sort()).toEqual([
      "certified_below_workers",
      "outlier_employees",
      "outlier_output",
      "output_without_wages",
      "stale_figures",
      "sudden_drop",
    ]);
    expect(plain(actual)).toEqual(plain(expected));
  });
});
