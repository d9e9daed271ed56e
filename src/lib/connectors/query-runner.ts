/** A value bound to a positional parameter ($1, $2, …): never spliced into the SQL text. */
export type QueryParam = string | number | null;

/**
 * Runs SQL against the four tables `reports`, `factories`, `towns` and `targets`. DuckDB in Node
 * (node-runner.ts) and DuckDB-WASM in the browser (wasm-runner.ts) implement it, so a figure is computed
 * by the same query text everywhere. Rows come back as plain objects; callers validate them
 * (src/lib/figures/decode-rows.ts).
 */
export interface QueryRunner {
  query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]>;
}
