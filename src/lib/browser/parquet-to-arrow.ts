import {
  Bool,
  DateDay,
  Float64,
  Int32,
  Table,
  Utf8,
  vectorFromArray,
  type DataType,
  type Vector,
} from "apache-arrow";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import type { ColumnSpec, ColumnType } from "../pipeline/output-schema";

/** The Arrow type DuckDB-WASM turns back into the column's DuckDB type (output-schema.ts). */
function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "VARCHAR":
      return new Utf8();
    case "DATE":
      return new DateDay();
    case "INTEGER":
      return new Int32();
    case "DOUBLE":
      return new Float64();
    case "BOOLEAN":
      return new Bool();
  }
}

/** A Parquet file's bytes could not be read as the published table. */
export class ParquetReadError extends Error {
  override name = "ParquetReadError";
}

/** hyparquet gives DATE as a JS Date at UTC midnight; Arrow's DateDay takes it as it is. */
function cell(value: unknown, column: ColumnSpec): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === "INTEGER" || column.type === "DOUBLE")
    return typeof value === "bigint" ? Number(value) : value;
  return value;
}

/**
 * Reads the given columns of a Parquet file (zstd, as DuckDB writes it) and returns an Arrow table with
 * the same column types, for `insertArrowTable`. Columns not asked for are never decoded.
 */
export async function parquetToArrow(
  bytes: ArrayBuffer,
  columns: readonly ColumnSpec[],
): Promise<Table> {
  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({
      file: bytes,
      columns: columns.map((c) => c.name),
      compressors,
    });
  } catch (error) {
    throw new ParquetReadError(error instanceof Error ? error.message : String(error));
  }
  const vectors: Record<string, Vector> = {};
  for (const column of columns)
    vectors[column.name] = vectorFromArray(
      rows.map((row) => cell(row[column.name], column)),
      arrowType(column.type),
    );
  return new Table(vectors);
}
