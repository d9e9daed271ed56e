/**
 * Limits per report file (issue #13 finding 4). A town's report has tens of rows; these are far
 * above any real one and far below what would exhaust the pipeline's memory. A file over a limit is
 * listed in the manifest with the reason, named on stderr, and the run goes on without it.
 */

/** Largest text report (CSV, TXT) read, in bytes. */
export const MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024;
/** Largest workbook read, in bytes: a workbook is compressed XML and takes ~100× its size to read. */
export const MAX_WORKBOOK_BYTES = 4 * 1024 * 1024;
/**
 * Largest a workbook may grow when unzipped: a million rows compress into a few hundred KB, and the
 * reader needs many times the XML's size. 16 MB is about 50,000 rows of a report's width.
 */
export const MAX_WORKBOOK_UNZIPPED_BYTES = 16 * 1024 * 1024;
/** Most rows in one file (all sheets together). */
export const MAX_ROWS_PER_FILE = 50_000;
/** Longest line of a text report, in bytes (a million commas still fits). */
export const MAX_LINE_BYTES = 1024 * 1024;
/** Longest text in one cell, in characters: Excel's own limit for a cell. */
export const MAX_CELL_CHARS = 32_767;

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes >= 1024 * 1024 ? 0 : 1)} MB`;
const count = (n: number) => n.toLocaleString("en-US");

/** Why a file of this size is not read, or null. */
export function sizeProblem(bytes: number, isWorkbook: boolean): string | null {
  const limit = isWorkbook ? MAX_WORKBOOK_BYTES : MAX_TEXT_FILE_BYTES;
  if (bytes <= limit) return null;
  return `文件过大（${MB(bytes)}，上限 ${MB(limit)}），请按镇、按期拆分 / file too large (${MB(bytes)}; the limit is ${MB(limit)}): split it by town and period`;
}

/** Why a text file's lines are not read (too many, or one too long), or null; one pass over the bytes. */
export function linesProblem(bytes: Uint8Array): string | null {
  let lines = 0;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); ; i = bytes.indexOf(0x0a, start)) {
    const end = i < 0 ? bytes.length : i;
    if (end - start > MAX_LINE_BYTES)
      return `第 ${lines + 1} 行过长（${MB(end - start)}，上限 ${MB(MAX_LINE_BYTES)}） / line ${lines + 1} is too long (${MB(end - start)}; the limit is ${MB(MAX_LINE_BYTES)})`;
    if (end > start) lines += 1;
    if (i < 0) break;
    start = i + 1;
  }
  return rowsProblem(lines);
}

/** Why a file with this many rows is not read, or null. */
export function rowsProblem(rows: number): string | null {
  if (rows <= MAX_ROWS_PER_FILE) return null;
  return `行数过多（${count(rows)} 行，上限 ${count(MAX_ROWS_PER_FILE)} 行），请按镇、按期拆分 / too many rows (${count(rows)}; the limit is ${count(MAX_ROWS_PER_FILE)}): split it by town and period`;
}

/** Why a file whose longest cell has this many characters is not read, or null. */
export function cellProblem(longest: number): string | null {
  if (longest <= MAX_CELL_CHARS) return null;
  return `单元格文字过长（${count(longest)} 字，上限 ${count(MAX_CELL_CHARS)} 字） / a cell is too long (${count(longest)} characters; the limit is ${count(MAX_CELL_CHARS)})`;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * Why a zip workbook (.xlsx) is not opened, or null: the sizes its own directory declares add up to
 * more than MAX_WORKBOOK_UNZIPPED_BYTES. Read from the directory alone, before anything is unzipped;
 * a file that is no zip is left to the workbook reader to judge.
 */
export function unzippedProblem(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record sits in the last 22 bytes, or before a comment of up to 64 KB.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let k = 0; k < entries && at + 46 <= bytes.length; k += 1) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) break;
    // 0xFFFFFFFF means the size is in a zip64 record: more than 4 GB, far over any limit.
    total += view.getUint32(at + 24, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  if (total <= MAX_WORKBOOK_UNZIPPED_BYTES) return null;
  return `工作簿解压后过大（${MB(total)}，上限 ${MB(MAX_WORKBOOK_UNZIPPED_BYTES)}），请按镇、按期拆分 / the workbook unzips to ${MB(total)} (the limit is ${MB(MAX_WORKBOOK_UNZIPPED_BYTES)}): split it by town and period`;
}
