import { csvCell, UTF8_BOM, type CsvValue } from "./to-csv";

/** Reads `limit` rows from row `offset` on, in the table's own order; fewer than `limit` at the end. */
export type RowPage<K extends string> = (
  offset: number,
  limit: number,
) => Promise<readonly { readonly [P in K]: CsvValue }[]>;

/**
 * The same document as toCsv (BOM, header, CRLF after every row), made a page of rows at a time, so a
 * province's reports (a million rows) are never held as row objects all at once: only one page's rows
 * and its text. Pages are read until one comes back short.
 */
export async function* csvChunks<K extends string>(
  columns: readonly K[],
  readPage: RowPage<K>,
  pageRows: number,
): AsyncGenerator<string> {
  if (!Number.isInteger(pageRows) || pageRows <= 0)
    throw new RangeError(`pageRows must be a positive whole number, not ${pageRows}`);
  yield `${UTF8_BOM}${columns.map(csvCell).join(",")}\r\n`;
  for (let offset = 0; ; offset += pageRows) {
    const rows = await readPage(offset, pageRows);
    if (rows.length > 0)
      yield rows.map((row) => `${columns.map((c) => csvCell(row[c])).join(",")}\r\n`).join("");
    if (rows.length < pageRows) return;
  }
}
