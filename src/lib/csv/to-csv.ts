/** Excel opens a UTF-8 CSV correctly only when it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** What a CSV cell can be made from. */
export type CsvValue = string | number | boolean | null | undefined;

/** One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula neutralized with `'`. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) && !NUMERIC.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document (CRLF line ends, BOM first) with a header row of column names. */
export function toCsv<K extends string>(
  rows: readonly { readonly [P in K]: string | number | boolean | null }[],
  columns: readonly K[],
): string {
  return gridToCsv([columns, ...rows.map((row) => columns.map((c) => row[c]))]);
}

/** A CSV document (CRLF line ends, BOM first) from rows of cells, the header being the first row. */
export function gridToCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${UTF8_BOM}${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
