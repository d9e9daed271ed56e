import { cachingRunner } from "../connectors/caching-runner";
import { fallbackRunner } from "../connectors/fallback-runner";
import type { QueryRunner } from "../connectors/query-runner";
import { CubeMissError, cubeRunner } from "../figures/cube-runner";
import { decodeFiguresCube } from "../figures/decode-figures-cube";
import type { Engine, EngineStage } from "./duckdb-engine";

/**
 * Where the explore pages get their figures (issue #15): the figures cube answers every figure, status, pace,
 * projection and target of any as-of month, county, town and industries by adding rows, in milliseconds and
 * without DuckDB; DuckDB-WASM answers what the cube cannot (factory lists, reporting health, a month outside
 * it), started the first time such a question comes or when `engine()` is called.
 */
export interface FigureSource {
  /** The figures queries' runner: the cube, falling back to DuckDB-WASM query by query. */
  runner: QueryRunner;
  /** DuckDB-WASM itself (factory-level questions), started on the first call. */
  engine(): Promise<Engine>;
  /** Whether DuckDB-WASM is ready now: a part that needs it can say in place that it waits. */
  engineReady(): boolean;
}

/** Where the build writes the figures cube (src/pages/data/figures_cube.parquet.ts). */
export const cubeUrl = (base: string) => `${base}data/figures_cube.parquet`;

/** The cube could not be fetched or read: the page's figures then come from DuckDB-WASM alone. */
async function fetchCube(response: Promise<Response>): Promise<QueryRunner | null> {
  try {
    const responded = await response;
    if (!responded.ok) return null;
    const cube = await decodeFiguresCube(await responded.arrayBuffer());
    performance.mark("cube:ready");
    return cubeRunner(cube);
  } catch {
    return null;
  }
}

const listeners = new Set<(stage: EngineStage) => void>();
let source: Promise<FigureSource> | null = null;

/**
 * The page's one figure source; the cube is fetched on the first call (a person's first interaction or a
 * link with state). DuckDB-WASM's own code is imported only when the engine starts, so the first answer
 * waits for neither its JavaScript nor its wasm. `onStage` hears the engine's stages once it starts.
 */
export function loadFigureSource(
  options: {
    onStage?: (stage: EngineStage) => void;
    base?: string;
    /** The cube's request, when the page's first script already sent it (`cubeUrl`). */
    prefetched?: Promise<Response>;
  } = {},
): Promise<FigureSource> {
  if (options.onStage) listeners.add(options.onStage);
  const base = options.base ?? import.meta.env.BASE_URL;
  source ??= fetchCube(options.prefetched ?? fetch(cubeUrl(base))).then((cube) => {
    let started: Promise<Engine> | null = null;
    let ready = false;
    const engine = () =>
      (started ??= import("./duckdb-engine")
        .then(({ loadEngine }) =>
          loadEngine({
            columns: "figures",
            base,
            onStage: (stage) => listeners.forEach((listen) => listen(stage)),
          }),
        )
        .then((e) => {
          ready = true;
          return e;
        }));
    const sql = () => engine().then((e) => e.runner);
    const declines = (error: unknown) => error instanceof CubeMissError;
    const none: QueryRunner = {
      query: () => Promise.reject(new CubeMissError("no figures table")),
    };
    return {
      runner: cachingRunner(fallbackRunner(cube ?? none, declines, sql)),
      engine,
      engineReady: () => ready,
    };
  });
  return source;
}
