import {
  Bool,
  DateDay,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  type Vector,
} from "apache-arrow";
import { parquetRead, type ColumnData } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import type { ColumnSpec, ColumnType } from "../pipeline/output-schema";

/** A Parquet file's bytes could not be read as the published table. */
export class ParquetReadError extends Error {
  override name = "ParquetReadError";
}

/** A column's values as hyparquet decodes them, in row order (DATE as days since 1970-01-01). */
type Values = ArrayLike<unknown>;

/** A bit per value, least significant bit first, set where `test` holds (Arrow's bitmaps). */
function bits(values: Values, test: (value: unknown) => boolean): Uint8Array {
  const out = new Uint8Array(Math.ceil(values.length / 8));
  for (let i = 0; i < values.length; i++)
    if (test(values[i])) out[i >> 3] = (out[i >> 3] ?? 0) | (1 << (i & 7));
  return out;
}

/** Arrow's validity bitmap (bit set: a value) and the number of nulls; no bitmap when there are none. */
function validity(values: Values): { nullBitmap?: Uint8Array; nullCount: number } {
  let nulls = 0;
  for (let i = 0; i < values.length; i++)
    if (values[i] === null || values[i] === undefined) nulls++;
  if (nulls === 0) return { nullCount: 0 };
  const bitmap = bits(values, (v) => v !== null && v !== undefined);
  return { nullBitmap: bitmap, nullCount: nulls };
}

const asNumber = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : 0;

/**
 * UTF-8 bytes and offsets of a text column. The published text columns repeat a few thousand values
 * (factory ids, file names), so each distinct value is encoded once.
 */
function utf8Buffers(values: Values): { valueOffsets: Int32Array; data: Uint8Array } {
  const encoder = new TextEncoder();
  const encoded = new Map<string, Uint8Array>();
  const parts: Uint8Array[] = new Array(values.length);
  const valueOffsets = new Int32Array(values.length + 1);
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === "string") {
      let bytes = encoded.get(value);
      if (!bytes) {
        bytes = encoder.encode(value);
        encoded.set(value, bytes);
      }
      parts[i] = bytes;
      size += bytes.length;
    }
    valueOffsets[i + 1] = size;
  }
  const data = new Uint8Array(size);
  for (let i = 0; i < values.length; i++) {
    const bytes = parts[i];
    if (bytes) data.set(bytes, valueOffsets[i]);
  }
  return { valueOffsets, data };
}

/** One column as an Arrow vector of the type DuckDB-WASM turns back into the column's DuckDB type. */
function vectorOf(values: Values, type: ColumnType): Vector {
  const length = values.length;
  const nulls = validity(values);
  const numbers = <T extends Int32Array | Float64Array>(array: T): T => {
    for (let i = 0; i < length; i++) array[i] = asNumber(values[i]);
    return array;
  };
  switch (type) {
    case "VARCHAR":
      return makeVector(makeData({ type: new Utf8(), length, ...nulls, ...utf8Buffers(values) }));
    case "DATE":
      return makeVector(
        makeData({ type: new DateDay(), length, ...nulls, data: numbers(new Int32Array(length)) }),
      );
    case "INTEGER":
      return makeVector(
        makeData({ type: new Int32(), length, ...nulls, data: numbers(new Int32Array(length)) }),
      );
    case "DOUBLE":
      return makeVector(
        makeData({
          type: new Float64(),
          length,
          ...nulls,
          data: numbers(new Float64Array(length)),
        }),
      );
    case "BOOLEAN":
      return makeVector(
        makeData({ type: new Bool(), length, ...nulls, data: bits(values, (v) => v === true) }),
      );
  }
}

/** Joins the chunks hyparquet hands over (one per row group) into one array per column, in row order. */
function joinChunks(chunks: readonly ColumnData[], rows: number): unknown[] {
  const all: unknown[] = new Array(rows).fill(null);
  for (const chunk of chunks)
    for (let i = 0; i < chunk.columnData.length && chunk.rowStart + i < rows; i++)
      all[chunk.rowStart + i] = chunk.columnData[i];
  return all;
}

/**
 * Reads the given columns of a Parquet file (zstd, as DuckDB writes it) and returns an Arrow table with
 * the same column types, for `insertArrowTable`. Columns not asked for are never decoded; the others are
 * decoded column by column and copied straight into Arrow's buffers (no row objects on the way).
 */
export async function parquetToArrow(
  bytes: ArrayBuffer,
  columns: readonly ColumnSpec[],
): Promise<Table> {
  const chunks = new Map<string, ColumnData[]>(columns.map((c) => [c.name, []]));
  let rows = 0;
  try {
    await parquetRead({
      file: bytes,
      columns: columns.map((c) => c.name),
      compressors,
      // Days since 1970-01-01 are what Arrow's DateDay stores: no Date objects on the way.
      parsers: { dateFromDays: (days: number) => days },
      onChunk: (chunk) => {
        chunks.get(chunk.columnName)?.push(chunk);
        rows = Math.max(rows, chunk.rowEnd);
      },
    });
  } catch (error) {
    throw new ParquetReadError(error instanceof Error ? error.message : String(error));
  }
  const vectors: Record<string, Vector> = {};
  for (const column of columns)
    vectors[column.name] = vectorOf(joinChunks(chunks.get(column.name) ?? [], rows), column.type);
  return new Table(vectors);
}
