import type { County } from "../reference/schema";
import {
  notReportingRowSchema,
  queryRows,
  reportingHealthRowSchema,
  targetRowSchema,
  type FigureRow,
  type NotReportingRow,
  type ReportingHealthRow,
  type TargetRow,
} from "./decode-rows";
import { evaluateTarget, seriesLookup, seriesStartFor, type TargetResult } from "./evaluate-target";
import { figureSeries } from "./figure-series";
import { leadingAndBases, type LeadingAndBases } from "./leading-and-bases";
import { isMonthEnd, yearOf } from "./month-end";
import { NOT_REPORTING_SQL, notReportingParams } from "../sql/not-reporting-sql";
import type { QueryRunner } from "./query-runner";
import { REPORTING_HEALTH_SQL, reportingHealthParams } from "../sql/reporting-health-sql";
import type { FigureScope } from "../sql/scope";
import { TARGETS_SQL, targetsParams } from "../sql/targets-sql";

/** A request the engine cannot answer as asked: said in one line, zh and en. */
export class FiguresInputError extends Error {
  override name = "FiguresInputError";
}

export interface FiguresAsOf {
  as_of: string;
  scope: FigureScope;
  /** The whole scope first (town_id null), then each town of the scope, towns without factories included. */
  figures: FigureRow[];
  /** County targets (whole-county scope only) and each town's task or yearly rule, evaluated at D. */
  targets: TargetResult[];
  not_reporting: NotReportingRow[];
  reporting_health: ReportingHealthRow[];
  leading_and_bases: LeadingAndBases | null;
  /** Month-end series for the scope from the earliest date the targets need to D (for charts). */
  series: FigureRow[];
}

function documentDate(county: County, documentId: string): string {
  return (
    county.documents.find((d) => d.document_id === documentId)?.issued_on ?? county.program_start
  );
}

/** Checks the request against the reference data before any query runs. */
export function checkRequest(county: County, asOf: string, scope: FigureScope): void {
  if (!isMonthEnd(asOf))
    throw new FiguresInputError(
      `截止日期须为月末 / the as-of date must be a month end (YYYY-MM-DD), got "${asOf}"`,
    );
  if (scope.countyId !== county.county_id)
    throw new FiguresInputError(`县不符 / county mismatch: ${scope.countyId}`);
  if (scope.townId !== null && !county.towns.some((t) => t.town_id === scope.townId))
    throw new FiguresInputError(
      `${county.name}没有该镇 / no such town in ${county.county_id}: ${scope.townId}`,
    );
}

/** The figures and targets of a scope at D, without the lists (not reporting, reporting health). */
export type FiguresAndTargets = Omit<FiguresAsOf, "not_reporting" | "reporting_health">;

/**
 * Every figure of DATA-CONTRACT §5 for a scope at month end D and each target with its path, statuses and
 * projection: what the overview's cards and charts need. Its queries do not depend on D (the series spans
 * the reports), so a caching runner answers another as-of month without running SQL again.
 */
export async function figuresAndTargets(
  runner: QueryRunner,
  county: County,
  asOf: string,
  scope: FigureScope,
): Promise<FiguresAndTargets> {
  checkRequest(county, asOf, scope);
  const allTargets = await queryRows(
    runner,
    targetRowSchema,
    TARGETS_SQL,
    targetsParams(county.county_id),
  );
  const targets = allTargets
    .filter((t) =>
      scope.townId === null ? true : t.scope === "town" && t.town_id === scope.townId,
    )
    .filter((t) => t.year === null || t.year <= yearOf(asOf));
  const start = targets
    .map((t) => seriesStartFor(t, asOf, documentDate(county, t.document_id)))
    .reduce((a, b) => (a < b ? a : b), asOf);
  const series = await figureSeries(runner, scope, start, asOf);
  const results = targets.flatMap((t: TargetRow) => {
    const at = seriesLookup(series, t.scope === "county" ? null : t.town_id);
    return (
      evaluateTarget(t, asOf, at, {
        documentDate: documentDate(county, t.document_id),
        phasing: county.phasing,
      }) ?? []
    );
  });
  const figures = series.filter((r) => r.as_of === asOf);
  const whole = figures.find((r) => r.town_id === null);
  return {
    as_of: asOf,
    scope,
    figures,
    targets: results,
    leading_and_bases: whole && scope.townId === null ? leadingAndBases(whole, allTargets) : null,
    series,
  };
}

/**
 * Every figure of DATA-CONTRACT §5 for a scope at month end D, each target with its path, statuses and
 * projection, the factories not reporting, and each town's reporting health. Runs the same SQL on any
 * QueryRunner (DuckDB in Node, DuckDB-WASM in the browser).
 */
export async function figuresAsOf(
  runner: QueryRunner,
  county: County,
  asOf: string,
  scope: FigureScope,
): Promise<FiguresAsOf> {
  const core = await figuresAndTargets(runner, county, asOf, scope);
  const [not_reporting, reporting_health] = await Promise.all([
    queryRows(runner, notReportingRowSchema, NOT_REPORTING_SQL, notReportingParams(scope, asOf)),
    queryRows(
      runner,
      reportingHealthRowSchema,
      REPORTING_HEALTH_SQL,
      reportingHealthParams(scope.countyId, scope.townId, asOf, "0001-01-01"),
    ),
  ]);
  return { ...core, not_reporting, reporting_health };
}
