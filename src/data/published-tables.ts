import { statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { TABLE_COLUMNS, type PublishedTable } from "../lib/browser/published-columns";
import { toCsv } from "../lib/csv/to-csv";
import { queryRows } from "../lib/figures/decode-rows";
import { monthEndOf, monthEndsBetween } from "../lib/figures/month-end";
import { buildRunner } from "./build-runner";
import { DATA_DIR } from "./data-dir";

/**
 * The published Parquet tables as the data page lists them and the CSV endpoints export them: read at
 * build time through the build's one DuckDB (build-runner.ts), whose views `reports`, `factories`,
 * `towns` and `targets` are what `npm run data` wrote to public/data. Nothing here runs in the browser.
 */

type CsvValue = string | number | boolean | null;

/** Every row of a table with its columns in the published order; dates as YYYY-MM-DD text. */
async function readTable(
  table: PublishedTable,
): Promise<{ columns: string[]; rows: Record<string, CsvValue>[] }> {
  const columns = TABLE_COLUMNS[table].map((c) => c.name);
  const select = TABLE_COLUMNS[table]
    .map((c) => (c.type === "DATE" ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`))
    .join(", ");
  const runner = await buildRunner();
  // The boundary: the published column types (output-schema.ts) are all scalar (text, INTEGER, DOUBLE,
  // BOOLEAN; dates cast to text above), so DuckDB hands back plain JS values.
  const rows = await runner.query<Record<string, CsvValue>>(`SELECT ${select} FROM ${table}`, []);
  return { columns, rows };
}

/** A published table as CSV: UTF-8 with BOM, CRLF, formula-like text neutralised (to-csv.ts). */
export async function tableCsv(table: PublishedTable): Promise<string> {
  const { columns, rows } = await readTable(table);
  return toCsv(rows, columns);
}

export interface PublishedFile {
  table: PublishedTable;
  rows: number;
  parquetBytes: number;
}

const countSchema = z.object({ n: z.number().int().nonnegative() });

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
    files.push({
      table,
      rows: count?.n ?? 0,
      parquetBytes: statSync(join(DATA_DIR, `${table}.parquet`)).size,
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
