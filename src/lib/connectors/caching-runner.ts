import type { QueryParam, QueryRunner } from "./query-runner";

/**
 * A runner that answers a query it has seen before (same SQL, same parameters) from memory. The data
 * under both runners never changes while they live (the build's Parquet, the page's loaded tables), and
 * the engine asks the same questions again and again (every town page its county's series; every
 * filter change in the browser), so a result is kept for the runner's life. Callers share the rows:
 * queryRows validates them once and never changes them.
 */
export function cachingRunner(runner: QueryRunner): QueryRunner {
  // Keyed by the SQL text, then by the parameters: a query's text (often kilobytes) is not copied into a
  // key for every set of parameters (a province build asks thousands).
  const results = new Map<string, Map<string, Promise<unknown[]>>>();
  return {
    query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      let bySql = results.get(sql);
      if (!bySql) results.set(sql, (bySql = new Map()));
      const key = JSON.stringify(params);
      let rows = bySql.get(key);
      if (!rows) {
        const cache = bySql;
        rows = runner.query<unknown>(sql, params);
        cache.set(key, rows);
        // A failed query is not remembered: the next call tries again.
        rows.catch(() => cache.delete(key));
      }
      // The boundary: callers validate every row (src/lib/figures/decode-rows.ts).
      return rows as Promise<T[]>;
    },
  };
}
