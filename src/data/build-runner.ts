import { cachingRunner } from "../lib/connectors/caching-runner";
import { fallbackRunner } from "../lib/connectors/fallback-runner";
import { openParquetRunner } from "../lib/connectors/node-runner";
import type { QueryParam, QueryRunner } from "../lib/connectors/query-runner";
import { CubeMissError, countyCubesRunner } from "../lib/figures/cube-runner";
import { decodeFiguresCube } from "../lib/figures/decode-figures-cube";
import { townFromCountyRunner } from "../lib/figures/town-from-county";
import { DATA_DIR } from "./data-dir";
import { countyCubeParquetIn, dataSpan, type DataSpan } from "./figures-cube";
import { reference } from "./reference";

let opened: ReturnType<typeof openParquetRunner> | null = null;
let cached: Promise<QueryRunner> | null = null;
const cubes = new Map<string, Promise<Uint8Array>>();
let cubeQueue: Promise<unknown> = Promise.resolve();

let spanned: Promise<DataSpan> | null = null;

const openedRunner = () => (opened ??= openParquetRunner(DATA_DIR, { tables: true }));

/** The whole data's span, read once for every county's cube. */
const dataSpanOnce = () =>
  (spanned ??= openedRunner().then(async (runner) => {
    const connection = await runner.connect();
    try {
      return await dataSpan(connection);
    } finally {
      connection.closeSync();
    }
  }));

/**
 * A county's figures cube as published (`/data/figures_cube/<county_id>.parquet`), computed once per build:
 * the cube's route writes these bytes and the build's runner answers from them.
 */
export function builtCubeBytes(countyId: string): Promise<Uint8Array> {
  let bytes = cubes.get(countyId);
  if (!bytes) {
    // One county at a time: a province page asks for every county at once, and forty DuckDBs side by
    // side held forty counties' tables in memory with no gain in time on a machine of a few cores.
    bytes = cubeQueue.then(async () => {
      const span = await dataSpanOnce();
      const connection = await (await openedRunner()).connect();
      try {
        return await countyCubeParquetIn(connection, countyId, span);
      } finally {
        connection.closeSync();
      }
    });
    cubeQueue = bytes.catch(() => undefined);
    cubes.set(countyId, bytes);
  }
  return bytes;
}

async function cubeOf(countyId: string) {
  const bytes = await builtCubeBytes(countyId);
  return decodeFiguresCube(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
}

/**
 * The build's one query runner, shared by every src/data module and page for the whole build: the figures
 * cube first, as in the browser (countyCubesRunner: the figures, targets, span and the ranking's reporting
 * health of a county, each the cube's sum of FIGURES_SQL's rows, which the property test holds equal to the
 * SQL), and for every other question one DuckDB with the Parquet in public/data read into tables, opened on
 * first use and never closed (the process's exit frees it). Every town and every month's brief asked DuckDB its
 * figures over the whole province's rows, ~250 ms a question at 12 counties and growing with counties.
 * Cached (cachingRunner) because many pages ask the same question: every town page its county's series,
 * both languages the same figures; a town's reporting health and not-reporting list are its county's cut
 * to the town (townFromCountyRunner), so a county's towns share one query.
 */
export function buildRunner(): Promise<QueryRunner> {
  cached ??= Promise.resolve(openBuildRunner());
  return cached;
}

function openBuildRunner(): QueryRunner {
  const first = reference.counties[0]?.county_id;
  const duckdb: QueryRunner = {
    query: async <T>(sql: string, params: readonly QueryParam[]) =>
      (await openedRunner()).query<T>(sql, params),
  };
  return townFromCountyRunner(
    cachingRunner(
      first === undefined
        ? duckdb
        : fallbackRunner(
            countyCubesRunner(cubeOf, first),
            (error) => error instanceof CubeMissError,
            () => Promise.resolve(duckdb),
          ),
    ),
  );
}

/**
 * The same DuckDB without the cube or the cache, for reads asked once whose rows must not stay for the whole
 * build: the published tables' CSV exports read a province's million report rows a page at a time.
 */
export function uncachedBuildRunner(): Promise<QueryRunner> {
  return openedRunner();
}
