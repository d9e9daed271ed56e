// Node only (DuckDB's native module, files): the build writes the cube (src/pages/data/figures_cube.parquet.ts)
// and bench/engine.ts rewrites it for its province site.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { PUBLISHED_TABLES } from "../lib/browser/published-columns";
import {
  CUBE_META,
  FIGURES_CUBE_SQL,
  HEALTH_COLUMNS,
  figuresCubeParams,
} from "../lib/sql/figures-cube-sql";
import {
  REPORTING_HEALTH_CUBE_SQL,
  reportingHealthCubeParams,
} from "../lib/sql/reporting-health-cube-sql";
import { REPORT_SPAN_SQL } from "../lib/figures/figure-series";
import { FIGURE_METRICS } from "../lib/figures/metrics";
import { addMonths, monthEndOf } from "../lib/figures/month-end";
import { TARGETS_SQL, targetsParams } from "../lib/sql/targets-sql";

/** The published tables the cube's queries read, each with its county_id. */
const COUNTY_TABLES = ["reports", "factories", "towns", "targets"] as const;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function rowsOf(
  connection: DuckDBConnection,
  sql: string,
  params: (string | null)[] = [],
): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJS();
}

const str = (value: unknown): string | null =>
  typeof value === "string"
    ? value
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : null;

/** The whole data's span, the same in every county's file: the cube's month ends and REPORT_SPAN_SQL's row. */
export interface DataSpan {
  span: { from: string; to: string } | null;
  spanRow: Record<string, unknown> | undefined;
}

/**
 * The month ends the cube holds: from 31 December of the year before the earliest of (a factory's opening,
 * twelve months before the first report) to the later of the last report and the last opening. The browser's
 * series start at the targets' baselines (a document's month, the year before a yearly rule, twelve months
 * back), which the sample's and the province's data lie within; a month outside is answered by DuckDB. Read
 * from every county's rows (`connection`'s reports and factories), with REPORT_SPAN_SQL's answer.
 */
export async function dataSpan(connection: DuckDBConnection): Promise<DataSpan> {
  const [row] = await rowsOf(
    connection,
    `SELECT CAST(min(period_end) AS VARCHAR) AS first_end, CAST(max(period_end) AS VARCHAR) AS last_end,
       (SELECT CAST(min(opened_on) AS VARCHAR) FROM factories) AS first_open,
       (SELECT CAST(max(opened_on) AS VARCHAR) FROM factories) AS last_open
     FROM reports`,
  );
  const [spanRow] = await rowsOf(connection, REPORT_SPAN_SQL);
  const firstEnd = str(row?.["first_end"]);
  const lastEnd = str(row?.["last_end"]);
  if (!firstEnd || !lastEnd) return { span: null, spanRow };
  const yearBack = addMonths(firstEnd, -12);
  const firstOpen = str(row?.["first_open"]) ?? yearBack;
  const lastOpen = str(row?.["last_open"]) ?? lastEnd;
  const earliest = firstOpen < yearBack ? firstOpen : yearBack;
  const latest = lastOpen > lastEnd ? lastOpen : lastEnd;
  return {
    span: { from: `${Number(earliest.slice(0, 4)) - 1}-12-31`, to: monthEndOf(latest) },
    spanRow,
  };
}

/**
 * figuresCubeParquet's file from a DuckDB that holds every county's published tables (`connection`'s
 * default database, as openParquetRunner(dir, { tables: true }) makes it) and the whole data's span read
 * once (dataSpan): the build's way, one DuckDB for every county. The county's report rows are copied into
 * a database of their own, attached in memory for the cube's queries and detached after (its factories,
 * towns and targets are views of the province's rows of the county), so that each query scans one county's
 * rows. `connection` must be the caller's own for the time (USE switches its default database).
 */
export async function countyCubeParquetIn(
  connection: DuckDBConnection,
  county: string,
  span: DataSpan,
): Promise<Uint8Array> {
  const [current] = await rowsOf(connection, "SELECT current_database() AS name");
  const from = identifier(String(current?.["name"]));
  const db = identifier(`county_${county}`);
  await connection.run(`ATTACH ':memory:' AS ${db}`);
  try {
    for (const table of COUNTY_TABLES)
      await connection.run(
        `CREATE ${table === "reports" ? "TABLE" : "VIEW"} ${db}.${table} AS SELECT * FROM ${from}.main.${table} WHERE county_id = ${quote(county)}`,
      );
    await connection.run(`USE ${db}`);
    return await countyCubeParquet(connection, county, span);
  } finally {
    await connection.run(`USE ${from}`);
    await connection.run(`DETACH ${db}`);
  }
}

/**
 * Writes one county's figures cube (`/data/figures_cube/<county_id>.parquet`) for the published tables in
 * `dataDir` (reports, factories, towns, targets) and returns its bytes: FIGURES_CUBE_SQL's rows for the
 * county × industry (and all industries) × month end, rows of a single industry that are all zero left out,
 * with REPORT_SPAN_SQL's answer (the whole data's, the same in every county's file), the county's
 * TARGETS_SQL rows and its towns' reporting health at each month end (REPORTING_HEALTH_CUBE_SQL, the
 * ranking's question) in the Parquet metadata. One file per county, so a page fetches only the counties it
 * shows (a county's or a town's page one county's rows, not the province's). Sorted, so the same data gives
 * the same bytes.
 */
export async function figuresCubeParquet(dataDir: string, county: string): Promise<Uint8Array> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const table of PUBLISHED_TABLES)
      await connection.run(
        `CREATE VIEW ${table} AS SELECT * FROM read_parquet(${quote(join(dataDir, `${table}.parquet`))})`,
      );
    // The data's span (the whole data's, the same in every county's file) from every county's rows…
    const span = await dataSpan(connection);
    // …and the rest from this county's rows alone, copied once: every query below names the county, and
    // over the whole province's views each one scanned every county's rows (quadratic in counties).
    for (const table of COUNTY_TABLES) {
      await connection.run(
        `CREATE TABLE county_${table} AS SELECT * FROM ${table} WHERE county_id = $1`,
        [county],
      );
      await connection.run(`DROP VIEW ${table}`);
      await connection.run(`ALTER TABLE county_${table} RENAME TO ${table}`);
    }
    return await countyCubeParquet(connection, county, span);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** figuresCubeParquet's file from a connection whose tables hold county `county`'s rows alone. */
async function countyCubeParquet(
  connection: DuckDBConnection,
  county: string,
  { span, spanRow }: DataSpan,
): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), "figures-cube-"));
  try {
    const targets = {
      [county]: await rowsOf(connection, TARGETS_SQL, targetsParams(county) as string[]),
    };
    const industries = (
      await rowsOf(
        connection,
        "SELECT DISTINCT industry FROM factories WHERE county_id = $1 AND industry IS NOT NULL ORDER BY 1",
        [county],
      )
    ).flatMap((r) => (typeof r["industry"] === "string" ? [r["industry"]] : []));
    const select = `SELECT * FROM (${FIGURES_CUBE_SQL}) AS c`;
    // Without reports there are no month ends: an empty table of the same columns.
    const from = span?.from ?? "2000-01-31";
    const to = span?.to ?? "2000-01-31";
    await connection.run(
      `CREATE TEMP TABLE cube AS ${select}${span ? "" : " WHERE false"}`,
      figuresCubeParams(county, null, from, to) as (string | null)[],
    );
    if (span)
      for (const industry of industries)
        await connection.run(
          `INSERT INTO cube ${select}`,
          figuresCubeParams(county, industry, from, to) as (string | null)[],
        );
    // A single industry's row of zeros adds nothing to any sum: left out (most towns make one or two things).
    const zero = FIGURE_METRICS.map((m) => `"${m}" = 0`).join(" AND ");
    await connection.run(`DELETE FROM cube WHERE industry IS NOT NULL AND ${zero}`);
    // The ranking's reporting completeness at each month end, so the ranking page needs no DuckDB-WASM.
    const health: Record<string, unknown[][]> = {};
    if (span)
      for (const row of await rowsOf(
        connection,
        REPORTING_HEALTH_CUBE_SQL,
        reportingHealthCubeParams(county, span.from, span.to) as string[],
      ))
        (health[String(row["as_of"])] ??= []).push(HEALTH_COLUMNS.map((c) => row[c] ?? null));
    const meta = {
      [CUBE_META.span]: JSON.stringify(spanRow ?? { first_end: null, last_end: null }),
      [CUBE_META.targets]: JSON.stringify(targets),
      [CUBE_META.health]: JSON.stringify(health),
    };
    const kv = Object.entries(meta)
      .map(([key, value]) => `${key}: ${quote(value)}`)
      .join(", ");
    const path = join(work, "figures_cube.parquet");
    await connection.run(
      `COPY (SELECT * FROM cube ORDER BY county_id, industry NULLS FIRST, town_id NULLS FIRST, as_of)
       TO ${quote(path)} (FORMAT parquet, COMPRESSION uncompressed, KV_METADATA {${kv}})`,
    );
    await connection.run("DROP TABLE temp.cube");
    return new Uint8Array(await readFile(path));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
