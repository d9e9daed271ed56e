/** A real Excel date cell (written as a serial number with a date format). */
export interface DateCell {
  kind: "date";
  iso: string;
  numFmt: string;
}

/** A formula with the result Excel would have cached. */
export interface FormulaCell {
  kind: "formula";
  formula: string;
  result: number;
}

export type Cell = string | number | null | DateCell | FormulaCell;

/**
 * A report as a grid, before it becomes bytes: CSV cells are always strings (the text Excel exports);
 * .xlsx cells keep numbers, dates and formulas. Row i of `rows` is line / worksheet row i + 1.
 */
export interface Sheet {
  /** The sheet's tab name in a workbook (unused for text files). */
  name: string;
  rows: Cell[][];
  /** Merged ranges such as `A1:P1` (.xlsx only). */
  merges: string[];
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** One CSV cell as Excel writes it: quoted only when it holds the delimiter, a quote or a line break. */
function csvField(cell: Cell, delimiter: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell !== "string") throw new Error("a CSV sheet holds only text and numbers");
  if (/[\r\n]/.test(cell))
    throw new Error("line breaks in a cell would break the line = row convention");
  return cell.includes('"') || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * CSV text with CRLF line ends. With `pad`, every line has the table's width (Excel); without it,
 * rows keep their own length (WPS writes title and note lines as one cell). Excel's "Unicode text"
 * is the same with a tab as the delimiter.
 */
export function sheetToCsv(sheet: Sheet, pad: boolean, delimiter = ","): string {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const lines = sheet.rows.map((row) => {
    const cells =
      pad && row.length > 0 ? [...row, ...Array<Cell>(width - row.length).fill(null)] : row;
    return cells.map((c) => csvField(c, delimiter)).join(delimiter);
  });
  return lines.join("\r\n") + "\r\n";
}
