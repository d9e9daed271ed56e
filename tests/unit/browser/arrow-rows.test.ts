import {
  DateDay,
  Decimal,
  Int64,
  Table,
  Utf8,
  makeData,
  makeVector,
  vectorFromArray,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import { arrowCells, arrowRows } from "../../../src/lib/browser/arrow-rows";
import { parquetToArrow } from "../../../src/lib/browser/parquet-to-arrow";

describe("arrowCells", () => {
  it("turns COUNT's BigInt, an unscaled DECIMAL and a DATE into plain values", () => {
    const decimal = new Decimal(2, 9, 128);
    // 1.50 at scale 2 is the unscaled integer 150, stored as four 32-bit words.
    const words = new Uint32Array([150, 0, 0, 0, 4294967146, 4294967295, 4294967295, 4294967295]);
    const table = new Table({
      n: vectorFromArray([3n, 2n ** 60n], new Int64()),
      d: makeVector(makeData({ type: decimal, length: 2, data: words })),
      day: vectorFromArray([new Date("2019-06-30T00:00:00Z"), null], new DateDay()),
      s: vectorFromArray(["=1+1", null], new Utf8()),
    });
    expect(arrowCells(table)).toEqual({
      columns: ["n", "d", "day", "s"],
      cells: [
        [3, "1.50", "2019-06-30", "=1+1"],
        ["1152921504606846976", "-1.50", null, null],
      ],
    });
  });
});

describe("parquetToArrow", () => {
  it("reads only the asked-for columns of DuckDB's zstd Parquet with the published types", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "parquet-to-arrow-"));
    const path = join(dir, "t.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT 'a' AS s, DATE '2019-06-30' AS d, 7 AS i, 1.5::DOUBLE AS x, true AS b, 'unused' AS other
             UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, 'x')
       TO '${path}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    connection.closeSync();
    instance.closeSync();
    const bytes = readFileSync(path);
    rmSync(dir, { recursive: true, force: true });
    const table = await parquetToArrow(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      [
        { name: "s", type: "VARCHAR", nullable: true },
        { name: "d", type: "DATE", nullable: true },
        { name: "i", type: "INTEGER", nullable: true },
        { name: "x", type: "DOUBLE", nullable: true },
        { name: "b", type: "BOOLEAN", nullable: true },
      ],
    );
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      "s:Utf8",
      "d:Date32<DAY>",
      "i:Int32",
      "x:Float64",
      "b:Bool",
    ]);
    expect(arrowRows(table)).toEqual([
      { s: "a", d: "2019-06-30", i: 7, x: 1.5, b: true },
      { s: null, d: null, i: null, x: null, b: null },
    ]);
  });
});
