import type { QueryParam } from "../figures/query-runner";

/** Where figures are computed: a county, optionally one town, optionally some industries. */
export interface FigureScope {
  countyId: string;
  /** A town_id, or null for the whole county. */
  townId: string | null;
  /** Industry codes (factories.industry) to keep; empty keeps every industry. */
  industries: readonly string[];
}

/** The scope as the first three positional parameters every figures query takes ($1, $2, $3). */
export function scopeParams(scope: FigureScope): [QueryParam, QueryParam, QueryParam] {
  const industries = scope.industries.length > 0 ? scope.industries.join(",") : null;
  return [scope.countyId, scope.townId, industries];
}

const scopeCtes = (countyMatch: string) => `
params AS (
  SELECT CAST($1 AS VARCHAR) AS county_id,
         CAST($2 AS VARCHAR) AS town_id,
         CAST($3 AS VARCHAR) AS industries
),
scoped_factories AS (
  SELECT f.factory_id, f.county_id, f.town_id, f.opened_on, f.certified_on, f."leading", f.base_level
  FROM factories f, params p
  WHERE ${countyMatch}
    AND (p.town_id IS NULL OR f.town_id = p.town_id)
    AND (p.industries IS NULL OR list_contains(string_split(p.industries, ','), f.industry))
),
scoped_reports AS (
  SELECT r.factory_id, f.town_id, r.period_start, r.period_end, r.period_kind,
         r.employees, r.poor_workers, r.relocated_workers, r.contracts_1y,
         r.output_value_yuan, r.wages_yuan, r.months_operating, r.source_file, r.source_row
  FROM reports r JOIN scoped_factories f ON f.factory_id = r.factory_id
)`;

/**
 * CTEs `params`, `scoped_factories` and `scoped_reports` for the scope in $1–$3. The industry filter
 * travels as one comma-joined parameter split in SQL, so user input is never part of the SQL text.
 * A report belongs to its factory's town (factories.town_id), the same for every figure.
 */
export const SCOPE_CTES = scopeCtes("f.county_id = p.county_id");

/**
 * SCOPE_CTES with $1 a comma-joined list of counties, for a list that names its county in each row: the
 * overview asks once for all the counties it shows instead of once per county, one after another.
 */
export const COUNTIES_SCOPE_CTES = scopeCtes(
  "list_contains(string_split(p.county_id, ','), f.county_id)",
);

/** Towns of the scope (the `towns` table), so a town with no factory still gets a row of zeros. */
export const SCOPE_TOWNS_CTE = `
scoped_towns AS (
  SELECT t.county_id, t.town_id, t.town_name
  FROM towns t, params p
  WHERE t.county_id = p.county_id AND (p.town_id IS NULL OR t.town_id = p.town_id)
)`;
