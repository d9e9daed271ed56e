import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
// Self-hosted from the build (Vite copies both into _astro/ with a content hash): never a CDN. The EH
// bundle (WebAssembly exceptions) runs in every current browser; no pthreads, so no COOP/COEP headers.
import wasmUrl from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import workerUrl from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import { parquetToArrow } from "./parquet-to-arrow";
import {
  columnsFor,
  tablesFor,
  type ColumnSelection,
  type PublishedTable,
} from "./published-columns";
import type { QueryRunner } from "../connectors/query-runner";
import { cachingRunner } from "../connectors/caching-runner";
import { wasmRunner } from "../connectors/wasm-runner";

/** Where the engine is on its way to answering queries; shown to people and read by tests. */
export type EngineStage = "engine" | "data" | "ready";

export interface Engine {
  /** The figures engine's runner: prepared statements, positional parameters, plain rows. */
  runner: QueryRunner;
  connection: AsyncDuckDBConnection;
  /** Which columns were loaded: "figures" (what the figures SQL reads) or "all" (the SQL console). */
  columns: ColumnSelection;
}

/** The engine could not start or load the data: a one-line reason for the page. */
export class EngineError extends Error {
  override name = "EngineError";
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

async function readTable(base: string, table: PublishedTable, columns: ColumnSelection) {
  const response = await fetch(`${base}data/${table}.parquet`);
  if (!response.ok)
    throw new EngineError(`${table}.parquet: HTTP ${response.status} ${response.statusText}`);
  return {
    table,
    arrow: await parquetToArrow(await response.arrayBuffer(), columnsFor(table, columns)),
  };
}

/**
 * Once the published tables are in, the engine reads them and nothing else (issue #13): no statement may
 * reach a URL or a file (read_csv, read_text, FROM 'http://…', ATTACH, COPY … TO, INSTALL), and the lock
 * keeps the SQL console from turning that, or extension autoloading, back on. The page's
 * Content-Security-Policy does not reach into DuckDB's worker, so this is the wall there.
 */
export const LOCK_DOWN_SQL = [
  "SET enable_external_access = false",
  "SET lock_configuration = true",
] as const;

async function lockDown(connection: AsyncDuckDBConnection): Promise<void> {
  for (const sql of LOCK_DOWN_SQL) await connection.query(sql);
}

async function startEngine(
  base: string,
  columns: ColumnSelection,
  onStage: (stage: EngineStage) => void,
): Promise<Engine> {
  onStage("engine");
  // Old browsers and locked-down office PCs may have no WebAssembly: say so instead of failing later.
  if (typeof WebAssembly !== "object") throw new EngineError("WebAssembly is not available");
  // Marks for bench/engine.ts: the worker started, the wasm instantiated, and (below) the engine answering.
  performance.mark("engine:worker");
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  // The Parquet is fetched and decoded on this thread while the worker compiles the wasm.
  const decoded = Promise.all(tablesFor(columns).map((t) => readTable(base, t, columns)));
  decoded.catch(() => undefined); // awaited below, where a failure is reported
  try {
    await db.instantiate(wasmUrl);
    performance.mark("engine:wasm");
    await db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
    const connection = await db.connect();
    // Nothing may be fetched from DuckDB's extension servers: a missing extension fails here, clearly.
    await connection.query("SET autoinstall_known_extensions = false");
    await connection.query("SET autoload_known_extensions = false");
    // Marks for bench/engine.ts: the engine answers SQL here; the data is in after the next stage.
    performance.mark("engine:instantiated");
    onStage("data");
    // No warm-up query while the Parquet decodes (issue #14: a hand copy of the figures query drifts):
    // the figures cube answers the first view, so DuckDB's first-query compile no longer waits on a person.
    for (const { table, arrow } of await decoded)
      await connection.insertArrowTable(arrow, { name: table, create: true });
    await lockDown(connection);
    performance.mark("engine:data-loaded");
    onStage("ready");
    return { runner: cachingRunner(wasmRunner(connection)), connection, columns };
  } catch (error) {
    worker.terminate();
    throw error instanceof EngineError ? error : new EngineError(firstLine(error));
  }
}

let started: Promise<Engine> | null = null;
let reached: EngineStage | null = null;
const listeners = new Set<(stage: EngineStage) => void>();

/**
 * The page's one engine, started on first call (a person's first interaction, a shared link with state,
 * or the data page) and shared by every caller after. `onStage` hears each stage as it is reached.
 */
export function loadEngine(options: {
  columns: ColumnSelection;
  onStage?: (stage: EngineStage) => void;
  base?: string;
}): Promise<Engine> {
  if (options.onStage) {
    listeners.add(options.onStage);
    // A caller that comes after the start (the page's controls, once their code has loaded) hears where it is.
    if (reached) options.onStage(reached);
  }
  started ??= startEngine(options.base ?? import.meta.env.BASE_URL, options.columns, (stage) => {
    reached = stage;
    for (const listen of listeners) listen(stage);
  });
  return started;
}
