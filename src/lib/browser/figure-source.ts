import { cachingRunner } from "../connectors/caching-runner";
import { fallbackRunner } from "../connectors/fallback-runner";
import type { QueryRunner } from "../connectors/query-runner";
import { CubeMissError, countyCubesRunner, type FiguresCube } from "../figures/cube-runner";
import { decodeFiguresCube } from "../figures/decode-figures-cube";
import { cubeUrl } from "./cube-url";
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
  /** Whether the county's figures cube could be read (else its figures wait for DuckDB-WASM). */
  cubeHolds(countyId: string): Promise<boolean>;
}

/** A county's cube could not be fetched or read: its figures then come from DuckDB-WASM. */
async function fetchCube(response: Promise<Response>): Promise<FiguresCube | null> {
  try {
    const responded = await response;
    if (!responded.ok) return null;
    const cube = await decodeFiguresCube(await responded.arrayBuffer());
    performance.mark("cube:ready");
    return cube;
  } catch {
    return null;
  }
}

const listeners = new Set<(stage: EngineStage) => void>();
let source: Promise<FigureSource> | null = null;

/**
 * The page's one figure source. Each county's cube is fetched the first time a question names the county
 * (the page's first script may have sent the requests for the counties its view shows: `prefetched`), so
 * a county's or a town's page reads one county's file. DuckDB-WASM's own code is imported only when the
 * engine starts, so the first answer waits for neither its JavaScript nor its wasm. `onStage` hears the
 * engine's stages once it starts.
 */
export function loadFigureSource(options: {
  /** The counties the page offers, in its order (the first answers the data's span). */
  counties: readonly string[];
  onStage?: (stage: EngineStage) => void;
  base?: string;
  /** Cube requests the page's first script already sent, by county (`cubeUrl`). */
  prefetched?: ReadonlyMap<string, Promise<Response>>;
}): Promise<FigureSource> {
  if (options.onStage) listeners.add(options.onStage);
  const base = options.base ?? import.meta.env.BASE_URL;
  const load = (countyId: string) =>
    fetchCube(options.prefetched?.get(countyId) ?? fetch(cubeUrl(base, countyId)));
  // The data's span is in every county's file: read from one the page asks for anyway.
  const first = options.prefetched?.keys().next().value ?? options.counties[0];
  source ??= Promise.resolve(first === undefined ? null : countyCubesRunner(load, first)).then(
    (cube) => {
      // The files the first script sent for are read now, not when the first question names them: a
      // link with state then decodes its county's while the page is still being read (~0.2 s).
      for (const countyId of options.prefetched?.keys() ?? []) void cube?.holds(countyId);
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
        cubeHolds: (countyId: string) => cube?.holds(countyId) ?? Promise.resolve(false),
      };
    },
  );
  return source;
}
