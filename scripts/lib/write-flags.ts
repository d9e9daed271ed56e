import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { connectionRunner } from "../../src/lib/connectors/node-runner";
import { FLAG_COLUMNS } from "../../src/lib/flags/flag-columns";
import { computeFlags } from "../../src/lib/flags/compute-flags";
import { parseFlagsReference, type FlagsReference } from "../../src/lib/flags/flags-schema";
import { ReferenceError, type Reference } from "../../src/lib/reference/parse-reference";
import { writeParquet } from "./write-parquet";

/** Reads and validates `<dir>/flags.json`, the flags' thresholds and severities. */
export async function readFlagsReference(dir: string): Promise<FlagsReference> {
  const path = join(dir, "flags.json");
  const text = await readFile(path, "utf8").catch(() => {
    throw new ReferenceError(`${path}: 无法读取 / cannot be read`);
  });
  return parseFlagsReference(path, text);
}

const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Computes the data-quality flags from the reports.parquet and factories.parquet just written (the
 * published tables, so the browser's run of the same SQL gives the same rows) and writes flags.parquet.
 * Returns how many flags.
 */
export async function writeFlags(
  connection: DuckDBConnection,
  reference: Reference,
  flags: FlagsReference,
  paths: { reports: string; factories: string; flags: string },
): Promise<number> {
  await connection.run(
    `CREATE OR REPLACE VIEW reports AS SELECT * FROM read_parquet(${quoteString(paths.reports)})`,
  );
  await connection.run(
    `CREATE OR REPLACE VIEW factories AS SELECT * FROM read_parquet(${quoteString(paths.factories)})`,
  );
  try {
    const rows = await computeFlags(connectionRunner(connection), reference.counties, flags);
    return await writeParquet(
      connection,
      "flags",
      FLAG_COLUMNS,
      rows,
      ["county_id", "town_id", "factory_id", "period_end", "flag", "value", "explanation_zh"],
      paths.flags,
    );
  } finally {
    await connection.run("DROP VIEW IF EXISTS reports");
    await connection.run("DROP VIEW IF EXISTS factories");
  }
}
