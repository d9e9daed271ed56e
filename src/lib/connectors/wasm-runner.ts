import type { AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { arrowRows } from "../browser/arrow-rows";
import type { QueryParam, QueryRunner } from "./query-runner";

/**
 * The browser's QueryRunner over DuckDB-WASM: each query is a prepared statement with its parameters
 * bound positionally ($1, $2, …), so text from the URL is never part of the SQL. The figures engine runs
 * the same few statements on every change, so each is prepared once and kept for the page's life.
 * Results are not cached here: wrap it in cachingRunner, as the engine does.
 */
export function wasmRunner(connection: AsyncDuckDBConnection): QueryRunner {
  const statements = new Map<string, ReturnType<AsyncDuckDBConnection["prepare"]>>();
  return {
    async query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      let statement = statements.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        statements.set(sql, statement);
        // A statement that failed to prepare is not kept: the next call tries again.
        statement.catch(() => statements.delete(sql));
      }
      // The boundary: callers validate every row (src/lib/figures/decode-rows.ts).
      return arrowRows(await (await statement).query(...params)) as T[];
    },
  };
}
