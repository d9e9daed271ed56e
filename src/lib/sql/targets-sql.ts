import type { QueryParam } from "../figures/query-runner";

/** The targets of county $1 (targets.parquet: county targets, towns' tasks and per-year town rules). */
export const TARGETS_SQL = `
SELECT target_id, county_id, scope, town_id, metric, CAST(value AS DOUBLE) AS value, unit,
  CAST(year AS INTEGER) AS year, CAST(deadline AS VARCHAR) AS deadline, status,
  document_id, document_number, clause, quote, note
FROM targets
WHERE county_id = CAST($1 AS VARCHAR)
ORDER BY scope, town_id NULLS FIRST, metric, year NULLS FIRST, target_id
`;

export function targetsParams(countyId: string): QueryParam[] {
  return [countyId];
}
