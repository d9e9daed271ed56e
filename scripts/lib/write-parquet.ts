import {
  DuckDBDateValue,
  DuckDBInstance,
  type DuckDBAppender,
  type DuckDBConnection,
} from "@duckdb/node-api";
import type { ColumnSpec, RowOf } from "../../src/lib/pipeline/output-schema";

const DAY_MS = 86_400_000;

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
export async function openWriter(): Promise<{ connection: DuckDBConnection; close(): void }> {
  // One thread: the row order of the Parquet file, and so its bytes, must not depend on scheduling.
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
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
  const ddl = columns
    .map((c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`)
    .join(", ");
  await connection.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${ddl})`);
  const appender = await connection.createAppender(table);
  let count = 0;
  for (const row of rows) {
    const record: Record<string, unknown> = row;
    for (const spec of columns) appendValue(appender, spec, record[spec.name]);
    appender.endRow();
    count += 1;
  }
  appender.closeSync();
  const order = orderBy.map(quoteIdent).join(", ");
  await connection.run(
    `COPY (SELECT * FROM ${quoteIdent(table)} ORDER BY ${order}) TO ${quoteString(path)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await connection.run(`DROP TABLE ${quoteIdent(table)}`);
  return count;
}
