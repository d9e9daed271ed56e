// Node only (DuckDB's native module, the file system): the build (src/data) and the command-line tools
// use it; eslint.config.js keeps every browser-safe module in src/lib from importing it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { PUBLISHED_TABLES } from "../browser/published-columns";
import type { QueryParam, QueryRunner } from "./query-runner";

/** Published data missing or unreadable: one line for the person running the command. */
export class DataFolderError extends Error {
  override name = "DataFolderError";
}

/** A QueryRunner over an open DuckDB connection (the caller owns and closes it). */
export function connectionRunner(connection: DuckDBConnection): QueryRunner {
  return {
    async query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      const reader = await connection.runAndReadAll(sql, [...params]);
      // The boundary: callers validate every row with a zod schema (src/lib/figures/decode-rows.ts).
      return reader.getRowObjectsJS() as T[];
    },
  };
}

const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Opens an in-memory DuckDB with views `reports`, `factories`, `towns`, `targets` over the Parquet files
 * in `dir`: the same table names DuckDB-WASM gives them in the browser. Close it when done. With
 * `tables`, each is read into a table once instead: for a runner asked thousands of questions (the build),
 * which over views decoded the Parquet again for every one.
 */
export async function openParquetRunner(
  dir: string,
  { tables = false }: { tables?: boolean } = {},
): Promise<QueryRunner & { close(): void; connect(): Promise<DuckDBConnection> }> {
  for (const table of PUBLISHED_TABLES) {
    const path = join(dir, `${table}.parquet`);
    if (!existsSync(path))
      throw new DataFolderError(
        `缺少数据文件 / missing data file: ${path} (run \`npm run data\` first)`,
      );
  }
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const table of PUBLISHED_TABLES)
      await connection.run(
        `CREATE ${tables ? "TABLE" : "VIEW"} ${table} AS SELECT * FROM read_parquet(${quoteString(join(dir, `${table}.parquet`))})`,
      );
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DataFolderError(`无法读取数据文件 / cannot read the data files in ${dir}: ${why}`);
  }
  return {
    ...connectionRunner(connection),
    /** Another connection to the same tables (closed with the rest by close). */
    connect: () => instance.connect(),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
