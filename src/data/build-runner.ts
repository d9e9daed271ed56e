import { cachingRunner } from "../lib/connectors/caching-runner";
import { openParquetRunner } from "../lib/connectors/node-runner";
import type { QueryRunner } from "../lib/connectors/query-runner";
import { DATA_DIR } from "./data-dir";

let opened: Promise<QueryRunner> | null = null;
let cached: Promise<QueryRunner> | null = null;

const openedRunner = () => (opened ??= openParquetRunner(DATA_DIR));

/**
 * The build's one DuckDB: views over the Parquet in public/data, opened on first use and shared by
 * every src/data module and page for the whole build. It is never closed: it lives as long as the
 * build, and the process's exit frees it. Cached (cachingRunner) because many pages ask the same
 * question: every town page its county's series, both languages the same figures.
 */
export function buildRunner(): Promise<QueryRunner> {
  cached ??= openedRunner().then(cachingRunner);
  return cached;
}

/**
 * The same DuckDB without the cache, for reads asked once whose rows must not stay for the whole
 * build: the published tables' CSV exports read a province's million report rows a page at a time.
 */
export function uncachedBuildRunner(): Promise<QueryRunner> {
  return openedRunner();
}
