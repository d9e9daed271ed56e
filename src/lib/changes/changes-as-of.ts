import type { County } from "../reference/schema";
import { figureRowSchema, queryRows, type FigureRow } from "../figures/decode-rows";
import { checkRequest, figuresAndTargets } from "../figures/figures-as-of";
import { FIGURES_SQL, figuresParams } from "../sql/figures-sql";
import { addMonths, monthEndOf } from "../figures/month-end";
import type { QueryRunner } from "../figures/query-runner";
import type { FigureScope } from "../sql/scope";
import type { HeadlineStatus } from "../status/headline-status";
import { townWorstStatus } from "../status/town-worst-status";
import { factoryChange, type FactoryChange } from "./factory-change";
import {
  FACTORY_CHANGES_SQL,
  FIRST_REPORT_SQL,
  factoryChangeRowSchema,
  factoryChangesParams,
  firstReportSchema,
} from "../sql/factory-changes-sql";

/** A place (the whole scope, or one town) at D, the month end before and the same month a year earlier. */
export interface PlaceFigures {
  town_id: string | null;
  town_name: string | null;
  now: FigureRow;
  /** Null when the county has no data yet at that month end (before its first report). */
  previous: FigureRow | null;
  yearAgo: FigureRow | null;
}

/** A town whose status over its tasks (the worst one, src/lib/status) differs from the month before. */
export interface TownStatusChange {
  town_id: string;
  town_name: string;
  before: HeadlineStatus | null;
  now: HeadlineStatus | null;
}

export interface ChangesAsOf {
  as_of: string;
  previous: string;
  year_ago: string;
  scope: FigureScope;
  /** The whole county first, then each of its towns; only the town when the scope is one town. */
  places: PlaceFigures[];
  /** Every factory with a report by D, against the month end before. */
  factories: FactoryChange[];
  statuses: TownStatusChange[];
}

/**
 * What changed in a scope at month end D against the month end before and the same month a year earlier:
 * the §5 figures at the three months from FIGURES_SQL (one definition, not derived again here), each
 * factory's state at D and the month before (FACTORY_CHANGES_SQL), and the towns whose status changed.
 * Runs the same SQL on any QueryRunner (DuckDB in Node at build time, DuckDB-WASM in the browser).
 */
export async function changesAsOf(
  runner: QueryRunner,
  county: County,
  asOf: string,
  scope: FigureScope,
): Promise<ChangesAsOf> {
  checkRequest(county, asOf, scope);
  const previous = addMonths(asOf, -1);
  const yearAgo = addMonths(asOf, -12);
  const whole = { ...scope, townId: null };
  const [span] = await queryRows(runner, firstReportSchema, FIRST_REPORT_SQL, [county.county_id]);
  const firstMonth = span?.first_end ? monthEndOf(span.first_end) : asOf;
  const series = await queryRows(
    runner,
    figureRowSchema,
    FIGURES_SQL,
    figuresParams(whole, yearAgo, asOf),
  );
  const at = (date: string, townId: string | null) =>
    date < firstMonth
      ? null
      : (series.find((r) => r.as_of === date && r.town_id === townId) ?? null);
  const townOrder = (townId: string | null) =>
    townId === null ? -1 : county.towns.findIndex((t) => t.town_id === townId);
  const places = series
    .filter((r) => r.as_of === asOf)
    .sort((a, b) => townOrder(a.town_id) - townOrder(b.town_id))
    .filter((r) => scope.townId === null || r.town_id === scope.townId)
    .map((now) => ({
      town_id: now.town_id,
      town_name: now.town_name,
      now,
      previous: at(previous, now.town_id),
      yearAgo: at(yearAgo, now.town_id),
    }));
  const [rows, targetsNow, targetsBefore] = await Promise.all([
    queryRows(
      runner,
      factoryChangeRowSchema,
      FACTORY_CHANGES_SQL,
      factoryChangesParams(scope, asOf, previous),
    ),
    figuresAndTargets(runner, county, asOf, whole),
    previous < firstMonth ? null : figuresAndTargets(runner, county, previous, whole),
  ]);
  const statuses = county.towns
    .filter((t) => scope.townId === null || t.town_id === scope.townId)
    .map((t) => ({
      town_id: t.town_id,
      town_name: t.name,
      now: townWorstStatus(targetsNow.targets, t.town_id)?.status ?? null,
      before: targetsBefore
        ? (townWorstStatus(targetsBefore.targets, t.town_id)?.status ?? null)
        : null,
    }))
    .filter((s) => targetsBefore !== null && s.now !== s.before);
  return {
    as_of: asOf,
    previous,
    year_ago: yearAgo,
    scope,
    places,
    factories: rows.map(factoryChange),
    statuses,
  };
}
