import { DataType, type Field, type Table } from "apache-arrow";

/** A value as the page shows it and a CSV holds it: no BigInt, no Date object, no Arrow struct. */
export type PlainValue = string | number | boolean | null;

export interface PlainResult {
  /** Column names as DuckDB gives them (two columns may share a name, e.g. `SELECT 1, 1`). */
  columns: string[];
  /** One array of values per row, in column order. */
  cells: PlainValue[][];
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** DuckDB-WASM hands DECIMAL over unscaled (a BigInt or digit string): put the point back. */
function decimal(value: unknown, scale: number): string {
  const digits = String(value);
  if (scale === 0) return digits;
  const negative = digits.startsWith("-");
  const body = (negative ? digits.slice(1) : digits).padStart(scale + 1, "0");
  return `${negative ? "-" : ""}${body.slice(0, -scale)}.${body.slice(-scale)}`;
}

function plain(value: unknown, field: Field): PlainValue {
  if (value === null || value === undefined) return null;
  const type = field.type;
  if (DataType.isDecimal(type)) return decimal(value, type.scale);
  if (DataType.isDate(type) && typeof value === "number") return isoDate(value);
  if (DataType.isTimestamp(type) && typeof value === "number")
    return new Date(value).toISOString().replace("T", " ").replace(".000Z", "");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}

/**
 * Arrow result rows as plain values. COUNT arrives as BigInt and DECIMAL unscaled, so each value is
 * converted by its column's Arrow type; the figures SQL casts its own results and never needs this.
 */
export function arrowCells(table: Table): PlainResult {
  const fields = table.schema.fields;
  const vectors = fields.map((_f, i) => table.getChildAt(i));
  const cells: PlainValue[][] = [];
  for (let r = 0; r < table.numRows; r++)
    cells.push(fields.map((field, i) => plain(vectors[i]?.get(r), field)));
  return { columns: fields.map((f) => f.name), cells };
}

/** The same rows as objects keyed by column name, as QueryRunner returns them. */
export function arrowRows(table: Table): Record<string, PlainValue>[] {
  const { columns, cells } = arrowCells(table);
  return cells.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])));
}
