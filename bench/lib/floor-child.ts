/**
 * The floor of bench/pipeline.ts, run in its own process so its memory is its own:
 * DuckDB's read_csv of the already-clean rows, written to zstd Parquet with the exact column types.
 * Usage: node --import tsx bench/lib/floor-child.ts <clean.csv> <out.parquet>
 * Prints one JSON line: {"seconds": <COPY time>, "rows": <rows written>}.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { REPORT_COLUMNS } from "../../src/lib/pipeline/output-schema";

const [csv, parquet] = process.argv.slice(2);
if (csv === undefined || parquet === undefined) {
  process.stderr.write("usage: floor-child.ts <clean.csv> <out.parquet>\n");
  process.exit(2);
}
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const columns = REPORT_COLUMNS.map((c) => `${quote(c.name)}: ${quote(c.type)}`).join(", ");

const started = performance.now();
// Default settings (all cores): the floor is DuckDB at its best, not throttled to the pipeline's one thread.
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
try {
  const result = await connection.run(
    `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, allow_quoted_nulls = false, columns = {${columns}})) ` +
      `TO ${quote(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, rows: result.rowsChanged })}\n`);
} finally {
  connection.closeSync();
  instance.closeSync();
}
