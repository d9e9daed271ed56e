import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from "@e965/xlsx";
import { zipProblem } from "./zip-problem";

/** A merged range, in 0-based grid rows and columns, both ends included. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as a grid of strings: grid row i is the sheet's row i + 1, as Excel numbers it. */
export interface SheetGrid {
  name: string;
  rows: string[][];
  /** Merged ranges: only the top-left cell holds the value, as in Excel's own CSV export. */
  merges: MergedRange[];
}

/** Thrown when the bytes are not a workbook that can be read; the message is for the clerk. */
export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
}

/** What a clerk does about a workbook that cannot be read. */
export const SAVE_ZH = "请另存为 .xlsx 或 CSV 后重新报送";
export const SAVE_EN = "save it as .xlsx or CSV and send it again";

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The compound-file header of Excel 97–2003 .xls and WPS .et.
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes are a workbook container (zip or compound file), whatever the file is named. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, CFB);
}

// Some systems save an HTML or XML table and name it .xls; SheetJS reads those too.
function isMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).replace(/^\uFEFF?\s*/, "");
  return /^<(?:\?xml|!doctype html|html|table)/i.test(head);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

// Excel stores dates as serial days; the cell's number format says it is one. Only the day is kept.
function serialDate(serial: number, date1904: boolean): string {
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

type Xlsx = typeof import("@e965/xlsx");
let loaded: Promise<Xlsx> | null = null;
// Loaded on first use, so that a page reading only CSV (the checker) never downloads the reader.
const loadXlsx = (): Promise<Xlsx> => (loaded ??= import("@e965/xlsx"));

function cellText(xlsx: Xlsx, cell: CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  switch (cell.t) {
    case "s":
      return String(cell.v);
    case "n":
      return typeof cell.z === "string" && xlsx.SSF.is_date(cell.z)
        ? serialDate(Number(cell.v), date1904)
        : String(cell.v);
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    default:
      // Errors (#DIV/0!) and stubs hold no value.
      return "";
  }
}

const READ_OPTIONS = {
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  sheetStubs: false,
} satisfies ParsingOptions;

/** The parts of SheetJS's zip reader used here (its typings declare CFB as `any` and omit parse_zip). */
interface ZipContainer {
  FileIndex: { name: string; content: Uint8Array | number[] }[];
  FullPaths: string[];
}
interface ZipReader {
  CFB: { read(data: Uint8Array, options: { type: "buffer" }): ZipContainer };
  parse_zip(zip: ZipContainer, options: ParsingOptions): WorkBook;
}
const isZipReader = (x: unknown): x is ZipReader =>
  typeof x === "object" && x !== null && "parse_zip" in x && typeof x.parse_zip === "function";

// A row element with no cells (a height or style on an empty row): formatting on a million rows
// would cost SheetJS seconds to split and skip, so such elements are dropped before it parses.
const EMPTY_ROW = /<row\b[^>]*\/>|<row\b[^>]*><\/row>/g;
const WORKSHEET = /^(?:.*\/)?worksheets\/[^/]+\.xml$/i;
// Below this a sheet's XML is parsed as it is: the common case pays nothing.
const STRIP_FROM_BYTES = 1024 * 1024;

function readZip(xlsx: Xlsx, bytes: Uint8Array): WorkBook {
  const reader: unknown = xlsx;
  if (!isZipReader(reader)) return xlsx.read(bytes, { type: "array", ...READ_OPTIONS });
  const zip = reader.CFB.read(bytes, { type: "buffer" });
  zip.FileIndex.forEach((entry, i) => {
    const path = zip.FullPaths[i] ?? entry.name;
    if (!WORKSHEET.test(path) || entry.content.length < STRIP_FROM_BYTES) return;
    const xml = new TextDecoder().decode(Uint8Array.from(entry.content));
    entry.content = new TextEncoder().encode(xml.replace(EMPTY_ROW, ""));
  });
  return reader.parse_zip(zip, { ...READ_OPTIONS });
}

function sheetGrid(xlsx: Xlsx, name: string, sheet: WorkSheet, date1904: boolean): SheetGrid {
  const data: (CellObject[] | undefined)[] = sheet["!data"] ?? [];
  const merges: MergedRange[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < data.length; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  const rows: string[][] = [];
  let width = 0;
  let last = -1;
  // Only rows that exist are visited: a declared range of a million rows costs nothing.
  data.forEach((row, r) => {
    if (!row) return;
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const text = covered.has(`${r},${c}`) ? "" : cellText(xlsx, cell, date1904);
      if (text === "") return;
      while (cells.length < c) cells.push("");
      cells[c] = text;
    });
    if (cells.length === 0) return;
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
    last = r;
    width = Math.max(width, cells.length);
  });
  rows.length = last + 1;
  return {
    name,
    rows: Array.from(rows, (cells = []) => [
      ...cells,
      ...Array<string>(width - cells.length).fill(""),
    ]),
    merges: merges.filter((m) => m.top <= last),
  };
}

/**
 * Reads every worksheet of an .xlsx, .xlsm, .xls or .et workbook, in workbook order, as grids of strings.
 * A zip's declared sizes are checked before anything is inflated (DATA-CONTRACT §6, bounded reading).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[]> {
  const zip = startsWith(bytes, ZIP);
  if (!zip && !startsWith(bytes, CFB) && !isMarkup(bytes))
    throw new WorkbookReadError(
      `无法读取 Excel 文件（不是 Excel 或 WPS 表格，或已损坏），${SAVE_ZH} / ` +
        `cannot read the Excel file: not a readable Excel file (not an Excel or WPS workbook, or damaged); ${SAVE_EN}`,
    );
  const bomb = zip ? zipProblem(bytes) : null;
  if (bomb !== null) {
    const [zh, en] = bomb.split(" / ");
    throw new WorkbookReadError(
      `无法读取 Excel 文件：${zh}，${SAVE_ZH} / cannot read the Excel file: not a readable Excel file (${en}); ${SAVE_EN}`,
    );
  }
  const xlsx = await loadXlsx();
  let workbook: WorkBook;
  try {
    workbook = zip ? readZip(xlsx, bytes) : xlsx.read(bytes, { type: "array", ...READ_OPTIONS });
  } catch {
    throw new WorkbookReadError(
      `无法读取 Excel 文件（已损坏、加密或格式不受支持），${SAVE_ZH} / ` +
        `cannot read the Excel file: not a readable Excel file (damaged, encrypted or an unsupported form); ${SAVE_EN}`,
    );
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  return workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    return sheet ? [sheetGrid(xlsx, name, sheet, date1904)] : [];
  });
}
