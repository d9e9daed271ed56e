import { tmpdir } from "node:os";
import {
  DuckDBDateValue,
  DuckDBInstance,
  type DuckDBAppender,
  type DuckDBConnection,
} from "@duckdb/node-api";
import type { ColumnSpec, RowOf } from "../../src/lib/pipeline/output-schema";
import { STAGED_COLUMNS } from "../../src/lib/pipeline/staged-rows";

const DAY_MS = 86_400_000;
const WRITER_MEMORY_LIMIT = "256MB";
/**
 * DuckDB's read_csv refuses longer lines (default 2 MB). A staged row has about ten text columns of at
 * most MAX_CELL_CHARS (file-limits.ts) each, under 4 MB even quoted; read_csv's buffer is 16× this,
 * so it must stay well inside WRITER_MEMORY_LIMIT.
 */
const STAGED_MAX_LINE_BYTES = 4 * 1024 * 1024;

function appendValue(appender: DuckDBAppender, spec: ColumnSpec, value: unknown): void {
  if (value === null || value === undefined) {
    if (!spec.nullable) throw new Error(`column ${spec.name} is not nullable`);
    appender.appendNull();
    return;
  }
  switch (spec.type) {
    case "VARCHAR":
      appender.appendVarchar(String(value));
      return;
    case "INTEGER":
      appender.appendInteger(Number(value));
      return;
    case "DOUBLE":
      appender.appendDouble(Number(value));
      return;
    case "BOOLEAN":
      appender.appendBoolean(value === true);
      return;
    case "DATE":
      appender.appendDate(
        new DuckDBDateValue(Math.round(Date.parse(`${String(value)}T00:00:00Z`) / DAY_MS)),
      );
      return;
  }
}

/** An in-process DuckDB used to write the outputs; close it when done. */
export async function openWriter(
  spillDir: string = tmpdir(),
): Promise<{ connection: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(":memory:", {
    // One thread: the row order of the Parquet file, and so its bytes, must not depend on scheduling.
    threads: "1",
    // A province's rows fit in this and spill to disk beyond it, so the pipeline stays under 1 GiB.
    memory_limit: WRITER_MEMORY_LIMIT,
    temp_directory: spillDir,
  });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Creates (or replaces) a table with exactly the columns given. */
export async function createTable(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
): Promise<void> {
  const ddl = columns
    .map((c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`)
    .join(", ");
  await connection.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${ddl})`);
}

/** An open appender to a table made by createTable with the same columns. */
export interface RowSink<C extends readonly ColumnSpec[]> {
  append(rows: Iterable<RowOf<C>>): number;
  close(): void;
}

/** Opens one appender for many batches of rows (opening one per batch costs a flush each time). */
export async function openRowSink<C extends readonly ColumnSpec[]>(
  connection: DuckDBConnection,
  table: string,
  columns: C,
): Promise<RowSink<C>> {
  const appender = await connection.createAppender(table);
  return {
    append(rows) {
      let count = 0;
      for (const row of rows) {
        const record: Record<string, unknown> = row;
        for (const spec of columns) appendValue(appender, spec, record[spec.name]);
        appender.endRow();
        count += 1;
      }
      return count;
    },
    close: () => appender.closeSync(),
  };
}

/** Appends rows to a table made by createTable with the same columns; returns how many. */
export async function appendRows<C extends readonly ColumnSpec[]>(
  connection: DuckDBConnection,
  table: string,
  columns: C,
  rows: Iterable<RowOf<C>>,
): Promise<number> {
  const sink = await openRowSink(connection, table, columns);
  try {
    return sink.append(rows);
  } finally {
    sink.close();
  }
}

/** Loads the staging CSV written by the pipeline (stagedCsv) into the table `staged`. */
export async function loadStaged(connection: DuckDBConnection, path: string): Promise<void> {
  const columns = STAGED_COLUMNS.map((c) => `${quoteString(c.name)}: ${quoteString(c.type)}`).join(
    ", ",
  );
  await connection.run(
    `CREATE OR REPLACE TABLE staged AS SELECT * FROM read_csv(${quoteString(path)}, header = false, ` +
      `delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, auto_detect = false, ` +
      // Above any staged line: cells are at most MAX_CELL_CHARS (file-limits.ts), a few text columns a row.
      `max_line_size = ${STAGED_MAX_LINE_BYTES}, ` +
      `columns = {${columns}})`,
  );
}

/** Writes a query's result to a zstd Parquet file (the query's ORDER BY makes the bytes repeatable). */
export async function copyToParquet(
  connection: DuckDBConnection,
  select: string,
  path: string,
): Promise<void> {
  await connection.run(
    `COPY (${select}) TO ${quoteString(path)} (FORMAT parquet, COMPRESSION zstd)`,
  );
}

/**
 * Writes rows to a zstd Parquet file with the exact column types given, sorted by `orderBy`
 * (an explicit order makes the bytes identical across runs).
 */
export async function writeParquet<C extends readonly ColumnSpec[]>(
  connection: DuckDBConnection,
  table: string,
  columns: C,
  rows: Iterable<RowOf<C>>,
  orderBy: readonly C[number]["name"][],
  path: string,
): Promise<number> {
  await createTable(connection, table, columns);
  const count = await appendRows(connection, table, columns, rows);
  const order = orderBy.map(quoteIdent).join(", ");
  await copyToParquet(connection, `SELECT * FROM ${quoteIdent(table)} ORDER BY ${order}`, path);
  await connection.run(`DROP TABLE ${quoteIdent(table)}`);
  return count;
}
