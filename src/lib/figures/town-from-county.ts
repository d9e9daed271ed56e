import type { QueryParam, QueryRunner } from "./query-runner";
import { NOT_REPORTING_SQL } from "../sql/not-reporting-sql";
import { REPORTING_HEALTH_SQL } from "../sql/reporting-health-sql";

/**
 * Queries whose answer for one town ($2) is their answer for the town's county ($2 NULL) cut to the rows of
 * that town, in the same order: each row is one town's or one of its factories', computed from that town's
 * rows alone, and the rows are ordered by town first. A property test (figures-cube.test.ts) holds the
 * two equal for every town on the sample and a generated province.
 */
const PER_TOWN = new Set([REPORTING_HEALTH_SQL, NOT_REPORTING_SQL]);

/**
 * A runner that answers PER_TOWN's queries for one town from the same query for its whole county, asked of
 * `runner`: the build asks every town of a county at the same month end, and a caching `runner` then runs
 * one query per county instead of one per town (1,000 towns at 40 counties, each scanning the province).
 */
export function townFromCountyRunner(runner: QueryRunner): QueryRunner {
  return {
    async query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      const town = params[1];
      if (!PER_TOWN.has(sql) || typeof town !== "string") return runner.query<T>(sql, params);
      const county = await runner.query<Record<string, unknown>>(sql, [
        params[0] ?? null,
        null,
        ...params.slice(2),
      ]);
      return county.filter((row) => row["town_id"] === town) as T[];
    },
  };
}
