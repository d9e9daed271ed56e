import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { toCsv } from "../lib/csv/to-csv";
import { TABLE_COLUMNS, type PublishedTable } from "../lib/browser/published-columns";

/**
 * The published Parquet tables as the data page lists them and the CSV endpoints export them: read at
 * build time by DuckDB in Node from public/data (what `npm run data` wrote). Nothing here runs in the browser.
 */
const DATA_DIR = resolve(process.cwd(), "public/data");

const parquetPath = (table: PublishedTable) => join(DATA_DIR, `${table}.parquet`);
const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

type CsvValue = string | number | boolean | null;

/** Every row of a table with its columns in the published order; dates as YYYY-MM-DD text. */
async function readTable(
  table: PublishedTable,
): Promise<{ columns: string[]; rows: Record<string, CsvValue>[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const columns = TABLE_COLUMNS[table].map((c) => c.name);
    const select = TABLE_COLUMNS[table]
      .map((c) =>
        c.type === "DATE" ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`,
      )
      .join(", ");
    const reader = await connection.runAndReadAll(
      `SELECT ${select} FROM read_parquet(${quoteString(parquetPath(table))})`,
    );
    // The boundary: the published column types (output-schema.ts) are all scalar, so JSON values are plain.
    const rows = reader.getRowObjectsJson() as Record<string, CsvValue>[];
    return { columns, rows };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
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

/** Row count and Parquet size of each published table. */
export async function publishedFiles(tables: readonly PublishedTable[]): Promise<PublishedFile[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const files: PublishedFile[] = [];
    for (const table of tables) {
      const reader = await connection.runAndReadAll(
        `SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet(${quoteString(parquetPath(table))})`,
      );
      const n = reader.getRowObjectsJS()[0]?.["n"];
      files.push({
        table,
        rows: typeof n === "number" ? n : 0,
        parquetBytes: statSync(parquetPath(table)).size,
      });
    }
    return files;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The month ends from the first report's period end to the data's as-of date, oldest first. */
export async function reportMonthEnds(asOf: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT CAST(last_day(CAST(m AS DATE)) AS VARCHAR) AS d
       FROM range(CAST(date_trunc('month', (SELECT min(period_end) FROM read_parquet(${quoteString(parquetPath("reports"))}))) AS TIMESTAMP),
                  CAST(CAST($1 AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
       ORDER BY d`,
      [asOf],
    );
    return reader.getRowObjectsJS().map((r) => String(r["d"]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
