import { statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { TABLE_COLUMNS, type PublishedTable } from "../lib/browser/published-columns";
import { csvChunks } from "../lib/csv/csv-chunks";
import { queryRows } from "../lib/figures/decode-rows";
import { monthEndOf, monthEndsBetween } from "../lib/figures/month-end";
import { buildRunner, uncachedBuildRunner } from "./build-runner";
import { DATA_DIR } from "./data-dir";

/**
 * The published Parquet tables as the data page lists them and the CSV endpoints export them: read at
 * build time through the build's one DuckDB (build-runner.ts), whose views `reports`, `factories`,
 * `towns` and `targets` are what `npm run data` wrote to public/data. Nothing here runs in the browser.
 */

type CsvValue = string | number | boolean | null;

/** Rows per page of a CSV export: a page's row objects stay well under a hundred MB. */
const CSV_PAGE_ROWS = 100_000;
/**
 * A table with more rows than this is published as one CSV per county instead of one file: at about
 * 150 bytes a report row, 150,000 rows is about 22 MB, under the 25 MB a file that static hosts take
 * (Cloudflare Pages). The sample's tables stay whole.
 */
export const CSV_WHOLE_MAX_ROWS = 150_000;

/**
 * A published table as CSV: UTF-8 with BOM, CRLF, formula-like text neutralised (to-csv.ts), the same
 * bytes toCsv made from every row at once, read a page at a time (csv-chunks.ts) in the Parquet's own
 * order; with `countyId`, that county's rows only. The pages bypass the build's query cache, so a
 * province's reports are not kept for the build.
 */
export async function* tableCsvChunks(
  table: PublishedTable,
  countyId: string | null = null,
): AsyncGenerator<string> {
  const columns = TABLE_COLUMNS[table].map((c) => c.name);
  const select = TABLE_COLUMNS[table]
    .map((c) => (c.type === "DATE" ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`))
    .join(", ");
  const where = countyId === null ? "" : "WHERE county_id = $1";
  const runner = await uncachedBuildRunner();
  // The boundary: the published column types (output-schema.ts) are all scalar (text, INTEGER, DOUBLE,
  // BOOLEAN; dates cast to text above), so DuckDB hands back plain JS values. DuckDB keeps a file's row
  // order for a plain scan (preserve_insertion_order), so the pages follow on from one another.
  yield* csvChunks(
    columns,
    (offset, limit) =>
      runner.query<Record<string, CsvValue>>(
        `SELECT ${select} FROM ${table} ${where} LIMIT ${limit} OFFSET ${offset}`,
        countyId === null ? [] : [countyId],
      ),
    CSV_PAGE_ROWS,
  );
}

/** A CSV download as the endpoints send it, streamed page by page (never one string). */
export function csvResponse(table: PublishedTable, countyId: string | null): Response {
  const chunks = tableCsvChunks(table, countyId);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8" } });
}

/** One CSV download of a published table: the whole table, or one county's rows of a large one. */
export interface CsvFile {
  table: PublishedTable;
  /** Null for the whole table. */
  countyId: string | null;
  /** The site path: /data/<table>.csv, or /data/<table>/<county_id>.csv. */
  href: string;
}

export interface PublishedFile {
  table: PublishedTable;
  rows: number;
  parquetBytes: number;
  /** The table's CSV: one file, or one per county past CSV_WHOLE_MAX_ROWS rows. */
  csv: CsvFile[];
}

const countSchema = z.object({ n: z.number().int().nonnegative() });
const countySchema = z.object({ county_id: z.string() });

/** Row count and Parquet size of each published table. */
export async function publishedFiles(tables: readonly PublishedTable[]): Promise<PublishedFile[]> {
  const runner = await buildRunner();
  const files: PublishedFile[] = [];
  for (const table of tables) {
    const [count] = await queryRows(
      runner,
      countSchema,
      `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`,
      [],
    );
    const rows = count?.n ?? 0;
    const counties =
      rows > CSV_WHOLE_MAX_ROWS
        ? await queryRows(
            runner,
            countySchema,
            `SELECT DISTINCT county_id FROM ${table} ORDER BY county_id`,
            [],
          )
        : [];
    files.push({
      table,
      rows,
      parquetBytes: statSync(join(DATA_DIR, `${table}.parquet`)).size,
      csv:
        counties.length === 0
          ? [{ table, countyId: null, href: `/data/${table}.csv` }]
          : counties.map(({ county_id }) => ({
              table,
              countyId: county_id,
              href: `/data/${table}/${county_id}.csv`,
            })),
    });
  }
  return files;
}

const firstReportSchema = z.object({ first: z.string().nullable() });

/** The month ends from the first report's period end to the data's as-of date, oldest first. */
export async function reportMonthEnds(asOf: string): Promise<string[]> {
  const [row] = await queryRows(
    await buildRunner(),
    firstReportSchema,
    "SELECT CAST(min(period_end) AS VARCHAR) AS first FROM reports",
    [],
  );
  // The month arithmetic is month-end.ts's, the same the figures engine uses.
  return row?.first ? monthEndsBetween(monthEndOf(row.first), asOf) : [];
}
