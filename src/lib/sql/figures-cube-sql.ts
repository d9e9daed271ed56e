import { FIGURES_SQL } from "./figures-sql";
import type { QueryParam } from "../figures/query-runner";
import type { FigureScope } from "./scope";

/**
 * The pre-aggregated figures table (`/data/figures_cube.parquet`): FIGURES_SQL itself, run once per county
 * for every industry together ($3 NULL, labelled industry NULL) and once per industry code, over every month
 * end from $4 to $5. Every §5 figure is a count or sum over factories, and a factory has one industry, so the
 * figures of any set of industries are the sums of their rows (cube-runner.ts); the formulas live in
 * FIGURES_SQL alone. $6 is the industry label written beside the rows ($3 is the filter FIGURES_SQL reads).
 */
export const FIGURES_CUBE_SQL = `
SELECT CAST($6 AS VARCHAR) AS industry, f.*
FROM (${FIGURES_SQL}) AS f
`;

/** Parameters of FIGURES_CUBE_SQL: a county, one industry code or null for all, and the month ends. */
export function figuresCubeParams(
  countyId: string,
  industry: string | null,
  from: string,
  to: string,
): QueryParam[] {
  const scope: FigureScope = {
    countyId,
    townId: null,
    industries: industry === null ? [] : [industry],
  };
  const industries = scope.industries.length > 0 ? scope.industries.join(",") : null;
  return [scope.countyId, scope.townId, industries, from, to, industry];
}

/** Parquet key-value metadata keys of the cube: the answers to the two small queries beside FIGURES_SQL. */
export const CUBE_META = {
  /** REPORT_SPAN_SQL's one row, as JSON. */
  span: "report_span",
  /** TARGETS_SQL's rows per county, as JSON `{county_id: rows}`. */
  targets: "targets_by_county",
  /**
   * REPORTING_HEALTH_CUBE_SQL's rows (REPORTING_HEALTH_SQL for all the county's towns at each month end,
   * counting from 1 January of its year: the ranking's question), as JSON `{as_of: [row as HEALTH_COLUMNS]}`.
   */
  health: "reporting_health_year_to_date",
} as const;

/** The columns of a stored reporting-health row (CUBE_META.health), in order: REPORTING_HEALTH_SQL's. */
export const HEALTH_COLUMNS = [
  "county_id",
  "town_id",
  "town_name",
  "cadence",
  "periods_due",
  "periods_reported",
  "periods_late",
  "periods_missing",
  "unreported_period_ends",
] as const;
