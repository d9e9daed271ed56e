import type { FigureRow } from "./decode-rows";
import { groupBy } from "../collections/group-by";
import { REPORT_SPAN_SQL } from "./figure-series";
import { FIGURES_SQL } from "../sql/figures-sql";
import { FIGURE_METRICS, type FigureMetric } from "./metrics";
import { monthEndOf, monthEndsBetween } from "./month-end";
import type { QueryParam, QueryRunner } from "./query-runner";
import { TARGETS_SQL } from "../sql/targets-sql";
import { REPORTING_HEALTH_SQL } from "../sql/reporting-health-sql";

/** A row of the figures cube: FIGURES_SQL's row for one county, town (null: the county) and industry. */
export type CubeRow = FigureRow & { industry: string | null };

/** The cube as the browser reads it: its rows and the answers stored beside them. */
export interface FiguresCube {
  rows: readonly CubeRow[];
  span: { first_end: string | null; last_end: string | null };
  /** TARGETS_SQL's rows for each county, as DuckDB returned them. */
  targets: Readonly<Record<string, readonly unknown[]>>;
  /**
   * REPORTING_HEALTH_SQL's rows for all the county's towns at each month end (the key), counting from
   * 1 January of its year: what the ranking asks (REPORTING_HEALTH_CUBE_SQL).
   */
  health: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/**
 * A question the cube cannot answer (another query, a month outside its span, a town it does not list):
 * the caller asks DuckDB instead (fallback-runner.ts).
 */
export class CubeMissError extends Error {
  override name = "CubeMissError";
}

type Sums = Record<FigureMetric, number>;
interface CountyCube {
  towns: { town_id: string; town_name: string | null }[];
  months: Set<string>;
  /**
   * Every cell's sums in one array, FIGURE_METRICS.length numbers a cell, cells in industry, month, town
   * order (`cell`); a cell no row gave is zeros. Typed and dense, not an object a cell: a province's
   * cubes were ~700,000 objects (~160 MB) in the build.
   */
  sums: Float64Array;
  /** The positions along each axis: industry (null: every industry), month end, town_id ("" the county). */
  industryAt: Map<string | null, number>;
  monthAt: Map<string, number>;
  townAt: Map<string, number>;
}

const METRICS = FIGURE_METRICS.length;

const zeros = (): Sums =>
  Object.fromEntries(FIGURE_METRICS.map((m) => [m, 0])) as Record<FigureMetric, number>;

/** Where a cell's sums start in CountyCube.sums. */
const cell = (county: CountyCube, industry: number, month: number, town: number) =>
  ((industry * county.monthAt.size + month) * county.townAt.size + town) * METRICS;

const positions = <K>(keys: Iterable<K>) => new Map([...new Set(keys)].map((k, i) => [k, i]));

function indexCube(rows: readonly CubeRow[]): Map<string, CountyCube> {
  const byCounty = groupBy(rows, (row) => row.county_id);
  const counties = new Map<string, CountyCube>();
  for (const [countyId, own] of byCounty) {
    const industryAt = positions(own.map((r) => r.industry));
    const monthAt = positions(own.map((r) => r.as_of));
    const townAt = positions(["", ...own.map((r) => r.town_id ?? "")]);
    const county: CountyCube = {
      towns: [],
      months: new Set(),
      sums: new Float64Array(industryAt.size * monthAt.size * townAt.size * METRICS),
      industryAt,
      monthAt,
      townAt,
    };
    for (const row of own) {
      // The every-industry rows keep their zeros: they list every month end and every town of the county.
      if (row.industry === null) {
        county.months.add(row.as_of);
        if (row.town_id !== null && !county.towns.some((t) => t.town_id === row.town_id))
          county.towns.push({ town_id: row.town_id, town_name: row.town_name });
      }
      const at = cell(
        county,
        industryAt.get(row.industry) ?? 0,
        monthAt.get(row.as_of) ?? 0,
        townAt.get(row.town_id ?? "") ?? 0,
      );
      FIGURE_METRICS.forEach((m, k) => (county.sums[at + k] = row[m]));
    }
    // FIGURES_SQL orders towns by town_id (byte order; the ids are ASCII).
    county.towns.sort((a, b) => (a.town_id < b.town_id ? -1 : a.town_id > b.town_id ? 1 : 0));
    counties.set(countyId, county);
  }
  return counties;
}

const text = (value: QueryParam | undefined): string | null =>
  typeof value === "string" ? value : null;

/**
 * A QueryRunner that answers, from the cube alone, the three queries figuresAndTargets asks: REPORT_SPAN_SQL,
 * TARGETS_SQL and FIGURES_SQL for any county, town, set of industries and month ends within the cube, each
 * row the sum of the chosen industries' rows, in FIGURES_SQL's order and shape. Any other query, or a month
 * the cube does not hold, is a CubeMissError.
 */
export function cubeRunner(cube: FiguresCube): QueryRunner {
  const counties = indexCube(cube.rows);
  // The rows are not kept: the index holds their sums (a province's cubes' rows were ~145 MB of the build).
  const { span, targets, health } = cube;

  function figures(params: readonly QueryParam[]): FigureRow[] {
    const countyId = text(params[0]);
    const townId = text(params[1]);
    const industries = text(params[2]);
    const from = text(params[3]);
    const to = text(params[4]);
    const county = countyId === null ? undefined : counties.get(countyId);
    if (countyId === null || !county || from === null || to === null)
      throw new CubeMissError(`not in the figures table: county ${String(countyId)}`);
    const months = monthEndsBetween(monthEndOf(from), monthEndOf(to));
    const missing = months.find((d) => !county.months.has(d));
    if (missing) throw new CubeMissError(`not in the figures table: ${missing}`);
    const towns = townId === null ? county.towns : county.towns.filter((t) => t.town_id === townId);
    if (townId !== null && towns.length === 0)
      throw new CubeMissError(`not in the figures table: town ${townId}`);
    // FIGURES_SQL splits the one parameter on commas; a code given twice counts its factories once.
    const chosen = industries === null ? [null] : [...new Set(industries.split(","))];
    const sum = (d: string, town: string): Sums => {
      const total = zeros();
      const month = county.monthAt.get(d);
      const at = county.townAt.get(town);
      if (month === undefined || at === undefined) return total;
      for (const industry of chosen) {
        const i = county.industryAt.get(industry);
        if (i === undefined) continue;
        const start = cell(county, i, month, at);
        FIGURE_METRICS.forEach((m, k) => (total[m] += county.sums[start + k] ?? 0));
      }
      return total;
    };
    return months.flatMap((d) => [
      // The scope as a whole: the county's row, or for one town that town's own sums.
      {
        as_of: d,
        county_id: countyId,
        town_id: null,
        town_name: null,
        ...sum(d, townId ?? ""),
      },
      ...towns.map((t) => ({
        as_of: d,
        county_id: countyId,
        town_id: t.town_id,
        town_name: t.town_name,
        ...sum(d, t.town_id),
      })),
    ]);
  }

  return {
    query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      try {
        if (sql === FIGURES_SQL) return Promise.resolve(figures(params) as T[]);
        if (sql === REPORT_SPAN_SQL) return Promise.resolve([span] as T[]);
        if (sql === REPORTING_HEALTH_SQL) {
          // Only the ranking's question: every town of a county, counted from 1 January of D's year.
          const [countyId, townId, asOf, since] = params.map(text);
          const rows = asOf ? health[asOf] : undefined;
          if (
            !rows ||
            townId !== null ||
            since !== `${asOf?.slice(0, 4) ?? ""}-01-01` ||
            rows.some((r) => r["county_id"] !== countyId)
          )
            throw new CubeMissError("reporting health the figures table does not hold");
          return Promise.resolve(rows as T[]);
        }
        if (sql === TARGETS_SQL) {
          const rows = targets[text(params[0]) ?? ""];
          if (!rows)
            throw new CubeMissError(`no targets in the figures table: ${String(params[0])}`);
          return Promise.resolve(rows as T[]);
        }
        throw new CubeMissError("not a query the figures table answers");
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/**
 * Which county's cube a query needs: its county for the queries the cube answers by county, null for
 * REPORT_SPAN_SQL (the whole data's, the same in every county's file), undefined for a query no cube answers.
 */
export function cubeQueryCounty(
  sql: string,
  params: readonly QueryParam[],
): string | null | undefined {
  if (sql === REPORT_SPAN_SQL) return null;
  if (sql === FIGURES_SQL || sql === TARGETS_SQL || sql === REPORTING_HEALTH_SQL)
    return text(params[0]) ?? undefined;
  return undefined;
}

/**
 * The figures cube published one file per county (`/data/figures_cube/<county_id>.parquet`): a QueryRunner
 * that reads a county's file (`load`) the first time a query names that county and answers as cubeRunner
 * does, so a page fetches only the counties it shows. REPORT_SPAN_SQL is answered from the first county's
 * file already asked for, else from `spanCounty`'s (the page's first county). A county whose file could not be read (`load` gives null), and any query the
 * cube does not answer, is a CubeMissError.
 */
export function countyCubesRunner(
  load: (countyId: string) => Promise<FiguresCube | null>,
  spanCounty: string,
): QueryRunner & {
  /** Whether the county's file could be read (fetching it if not yet asked for). */
  holds(countyId: string): Promise<boolean>;
} {
  const runners = new Map<string, Promise<QueryRunner | null>>();
  const runnerOf = (countyId: string) => {
    let runner = runners.get(countyId);
    if (!runner) {
      runner = load(countyId).then((cube) => (cube ? cubeRunner(cube) : null));
      runners.set(countyId, runner);
    }
    return runner;
  };
  return {
    holds: async (countyId) => (await runnerOf(countyId)) !== null,
    async query<T>(sql: string, params: readonly QueryParam[]): Promise<T[]> {
      const county = cubeQueryCounty(sql, params);
      if (county === undefined) throw new CubeMissError("not a query the figures table answers");
      const chosen = county ?? runners.keys().next().value ?? spanCounty;
      const runner = await runnerOf(chosen);
      if (!runner) throw new CubeMissError(`no figures table for ${chosen}`);
      return runner.query<T>(sql, params);
    },
  };
}
