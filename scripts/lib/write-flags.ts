import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { FLAG_COLUMNS } from "../../src/lib/flags/flag-columns";
import { parseFlagsReference, type FlagsReference } from "../../src/lib/flags/flags-schema";
import { FLAGS_SQL, flagsParams } from "../../src/lib/sql/flags-sql";
import { ReferenceError, type Reference } from "../../src/lib/reference/parse-reference";
import { copyToParquet } from "./write-parquet";

/** Reads and validates `<dir>/flags.json`, the flags' thresholds and severities. */
export async function readFlagsReference(dir: string): Promise<FlagsReference> {
  const path = join(dir, "flags.json");
  const text = await readFile(path, "utf8").catch(() => {
    throw new ReferenceError(`${path}: 无法读取 / cannot be read`);
  });
  return parseFlagsReference(path, text);
}

/** Threads for the flags query: two, or one on a one-core machine. */
const FLAGS_THREADS = Math.min(2, availableParallelism());

const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Computes the data-quality flags of every county in one FLAGS_SQL query over the reports.parquet and
 * factories.parquet just written (the published tables, so the browser's run of the same SQL gives the
 * same rows) and writes flags.parquet, typed as FLAG_COLUMNS and fully ordered so reruns are
 * byte-identical. Flags are a table of their own: no figure reads them. Returns how many flags.
 */
export async function writeFlags(
  connection: DuckDBConnection,
  reference: Reference,
  flags: FlagsReference,
  paths: { reports: string; factories: string; flags: string },
): Promise<number> {
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW reports AS SELECT * FROM read_parquet(${quoteString(paths.reports)})`,
  );
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW factories AS SELECT * FROM read_parquet(${quoteString(paths.factories)})`,
  );
  try {
    const scope = reference.counties.map((c) => ({
      county_id: c.county_id,
      certification: c.policy_rules?.certification ?? null,
    }));
    const params: DuckDBValue[] = flagsParams(scope, flags);
    // The query may use two threads (its rows do not depend on scheduling: no sum of doubles, every
    // window fully ordered); the writer's single thread and the explicit ORDER BY below keep the bytes.
    await connection.run(`SET threads = ${FLAGS_THREADS}`);
    try {
      await connection.run(`CREATE OR REPLACE TEMP TABLE flags_raw AS ${FLAGS_SQL}`, params);
    } finally {
      await connection.run("SET threads = 1");
    }
    const columns = FLAG_COLUMNS.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`);
    // FLAGS_SQL's order, made total (a quarter and a month can end on the same day).
    await copyToParquet(
      connection,
      `SELECT ${columns.join(", ")} FROM flags_raw ORDER BY county_id, town_id, factory_id, ` +
        `period_end, flag, value, explanation_zh`,
      paths.flags,
    );
    const counted = await connection.runAndReadAll("SELECT count(*) FROM flags_raw");
    return Number(counted.getRows()[0]?.[0] ?? 0);
  } finally {
    await connection.run("DROP TABLE IF EXISTS flags_raw");
    await connection.run("DROP VIEW IF EXISTS reports");
    await connection.run("DROP VIEW IF EXISTS factories");
  }
}
