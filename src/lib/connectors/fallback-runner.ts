import type { QueryParam, QueryRunner } from "./query-runner";

/**
 * A runner that asks `primary` first and, when it declines a query (`declines(error)`: the figures cube's
 * CubeMissError), asks the runner `fallback()` gives, started only then. Any other error is the primary's.
 */
export function fallbackRunner(
  primary: QueryRunner,
  declines: (error: unknown) => boolean,
  fallback: () => Promise<QueryRunner>,
): QueryRunner {
  return {
    async query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      try {
        return await primary.query<T>(sql, params);
      } catch (error) {
        if (!declines(error)) throw error;
        return (await fallback()).query<T>(sql, params);
      }
    },
  };
}
