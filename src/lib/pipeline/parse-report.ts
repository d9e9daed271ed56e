import { decodeReportText } from "../parse/detect-encoding";
import { findHeader, type HeaderMatch } from "../parse/map-headers";
import { detectDelimiter, parseCsvWithLines } from "../parse/parse-csv";
import type { Period } from "../parse/parse-period";
import { findYear, parsePeriod, parseSheetPeriod } from "../parse/parse-period";
import { redactPersonalData } from "../parse/personal-data";
import { isSkippableRow } from "../parse/is-skippable-row";
import {
  isWorkbookBytes,
  readWorkbook,
  SAVE_EN,
  SAVE_ZH,
  WorkbookReadError,
  type MergedRange,
} from "../parse/read-workbook";
import { resolveTown } from "../parse/resolve-town";
import type { County, Industry } from "../reference/schema";
import type { Reject, RejectReason } from "./output-schema";
import { rejectMessage } from "./reject-message";
import type { ParsedRow, SkipKind } from "./report-row";
import { createRowReader, type RowProblem, type RowResult } from "./read-row";

/** One report file as it arrives: its path relative to the raw folder (county folder first) and its bytes. */
export interface ReportFileInput {
  path: string;
  bytes: Uint8Array;
  countyId: string;
  /** The county's reference data; undefined when the folder names no known county. */
  county: County | undefined;
  industries: readonly Industry[];
}

/** What one sheet of a workbook (or a text file, as one sheet named "") gave. */
export interface SheetResult {
  /** The sheet's name; "" for a text file. */
  name: string;
  period: Period | null;
  town_id: string | null;
  rows_read: number;
  /** Rows that passed every check of this file (a later file may still supersede them). */
  accepted: number;
  rejected: number;
  skipped: number;
  /** Why the whole sheet was passed over (no report header), else null. */
  skipped_whole: string | null;
}

/** What one file gave: accepted rows, rejected rows with reasons, skipped rows by kind, personal data dropped. */
export interface FileResult {
  path: string;
  encoding: string | null;
  /** The period found in the first report sheet's title rows, sheet name or file name, if any. */
  period: Period | null;
  town_id: string | null;
  rows_read: number;
  rows: ParsedRow[];
  rejects: Reject[];
  skipped: Record<SkipKind, number>;
  personal: { columns: number; cells: number };
  /** Set when the file could not be read at all (no rows were read from it), with what to do. */
  error: string | null;
  /** Every sheet in workbook order (one entry for a text file). */
  sheets: SheetResult[];
}

/** One sheet's cells, with the 1-based row Excel shows (or line of a text file) of each grid row. */
interface Grid {
  sheet: string;
  rows: string[][];
  lines: number[];
  merges: readonly MergedRange[];
  /** Lines that did not decode cleanly in the file's encoding (text files only). */
  badLines: ReadonlySet<number>;
}

/** A text line longer than this is not a report line (DATA-CONTRACT §6: bounded reading). */
export const MAX_LINE_CHARS = 512 * 1024;

const emptySkips = (): Record<SkipKind, number> => ({
  title: 0,
  header: 0,
  blank: 0,
  total: 0,
  note: 0,
  sheet: 0,
});

function emptyResult(path: string, encoding: string | null): FileResult {
  return {
    path,
    encoding,
    period: null,
    town_id: null,
    rows_read: 0,
    rows: [],
    rejects: [],
    skipped: emptySkips(),
    personal: { columns: 0, cells: 0 },
    error: null,
    sheets: [],
  };
}

/** The result for a file whose bytes could not be read: no rows, and the error kept for the manifest. */
export function unreadable(path: string, error: string): FileResult {
  return { ...emptyResult(path, null), error };
}

/** Where a row is, as messages name it: the file, and the sheet of a workbook (`老县镇.xlsx [7月]`). */
const placeOf = (file: string, sheet: string) => (sheet === "" ? file : `${file} [${sheet}]`);

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

const NOT_CLEAN = {
  zh: "此行的编码与文件其余部分不同（乱码），请整份另存为“CSV UTF-8”后重新报送",
  en: 'this row is in another encoding than the rest of the file (garbled); save the file as "CSV UTF-8" and send it again',
};

/** Every non-blank row rejected with one file-level reason, blank rows skipped: no row is lost unrecorded. */
function rejectAll(
  result: FileResult,
  grid: Grid,
  reason: RejectReason,
  what: { zh: string; en: string },
): void {
  grid.rows.forEach((cells, i) => {
    result.rows_read += 1;
    if (isBlank(cells)) {
      result.skipped.blank += 1;
      return;
    }
    const row = grid.lines[i] ?? i + 1;
    result.rejects.push({
      source_file: result.path,
      source_row: row,
      column: "",
      reason,
      message: rejectMessage(placeOf(result.path, grid.sheet), row, "", what),
      source_sheet: grid.sheet,
    });
  });
}

/** Splits a "中文 / English" message into its two halves. */
function splitMessage(message: string): { zh: string; en: string } {
  const at = message.indexOf(" / ");
  return at < 0
    ? { zh: message, en: message }
    : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

async function readWorkbookGrids(
  input: ReportFileInput,
  result: FileResult,
): Promise<Grid[] | null> {
  try {
    const sheets = await readWorkbook(input.bytes);
    result.encoding = WORKBOOK_EXTENSION.exec(input.path)?.[1]?.toLowerCase() ?? "xlsx";
    return sheets.map((sheet) => ({
      sheet: sheet.name,
      rows: sheet.rows,
      lines: sheet.rows.map((_, i) => i + 1),
      merges: sheet.merges,
      badLines: new Set(),
    }));
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    result.error = error.message;
    return null;
  }
}

function longestLine(text: string): number {
  let longest = 0;
  let from = 0;
  for (let lf = text.indexOf("\n"); ; lf = text.indexOf("\n", from)) {
    const end = lf < 0 ? text.length : lf;
    longest = Math.max(longest, end - from);
    if (lf < 0) return longest;
    from = lf + 1;
  }
}

async function readGrids(input: ReportFileInput, result: FileResult): Promise<Grid[] | null> {
  // By content, not name: an .xlsx renamed .csv is still read as the workbook it is.
  if (WORKBOOK_EXTENSION.test(input.path) || isWorkbookBytes(input.bytes))
    return readWorkbookGrids(input, result);
  const decoded = decodeReportText(input.bytes);
  if (!decoded.ok) {
    // Undecodable text: still split into lines so each one is counted and rejected with the reason.
    const lineCount =
      input.bytes.reduce((n, b) => (b === 0x0a ? n + 1 : n), 0) +
      (input.bytes.at(-1) === 0x0a ? 0 : 1);
    const rows = Array.from({ length: input.bytes.length === 0 ? 0 : lineCount }, () => ["?"]);
    const grid = {
      sheet: "",
      rows,
      lines: rows.map((_, i) => i + 1),
      merges: [],
      badLines: new Set<number>(),
    };
    rejectAll(result, grid, "encoding", splitMessage(decoded.message));
    return null;
  }
  result.encoding = decoded.encoding;
  if (longestLine(decoded.text) > MAX_LINE_CHARS) {
    result.error =
      `文件中有一行超过 ${MAX_LINE_CHARS / 1024} KB，不是报表的行；${SAVE_ZH} / ` +
      `a line of the file is over ${MAX_LINE_CHARS / 1024} KB, not a report line; ${SAVE_EN}`;
    return null;
  }
  const { rows, lines } = parseCsvWithLines(decoded.text, detectDelimiter(decoded.text));
  return [{ sheet: "", rows, lines, merges: [], badLines: decoded.badLines }];
}

/** Whether a row (which may span lines, through a quoted line break) touches a line that is not clean. */
function touchesBadLine(grid: Grid, i: number): boolean {
  if (grid.badLines.size === 0) return false;
  const first = grid.lines[i] ?? i + 1;
  const next = grid.lines[i + 1] ?? first + 1;
  for (let line = first; line < Math.max(next, first + 1); line++)
    if (grid.badLines.has(line)) return true;
  return false;
}

// A value merged down over data rows (所在镇 over each town's factories) belongs to every row it spans;
// merged titles and group headers above the data stay read once.
function fillMergedData(grid: Grid, dataStart: number): void {
  for (const m of grid.merges) {
    if (m.top < dataStart) continue;
    const value = grid.rows[m.top]?.[m.left] ?? "";
    for (let r = m.top + 1; r <= m.bottom && r < grid.rows.length; r++) {
      const row = grid.rows[r];
      if (row && (row[m.left] ?? "") === "") row[m.left] = value;
    }
  }
}

interface Placement {
  period: Period | null;
  town: string | null;
}

/**
 * A sheet's period and town (DATA-CONTRACT §6): its title rows, else its name, else the file name. A month
 * named by the sheet inside the quarter the title or file name gives is the month: a quarter workbook of
 * monthly sheets holds three monthly reports.
 */
function placeSheet(input: ReportFileInput, grid: Grid, header: HeaderMatch): Placement {
  const titleText = grid.rows.slice(0, header.headerRowIndex).flat().join(" ");
  const fileName = input.path.slice(input.path.indexOf("/") + 1);
  const baseName = fileName.replace(/^.*\//, "");
  const filePeriod = parsePeriod(baseName) ?? parsePeriod(fileName);
  const titlePeriod = parsePeriod(titleText);
  const sheetPeriod =
    grid.sheet === ""
      ? null
      : parseSheetPeriod(
          grid.sheet,
          findYear(titleText) ?? findYear(baseName) ?? findYear(fileName),
        );
  const within = (month: Period | null, quarter: Period | null) =>
    month?.kind === "month" &&
    quarter?.kind === "quarter" &&
    month.start >= quarter.start &&
    month.end <= quarter.end;
  const period = within(sheetPeriod, titlePeriod)
    ? sheetPeriod
    : (titlePeriod ?? sheetPeriod ?? filePeriod);
  const towns = input.county?.towns;
  const town = towns
    ? (resolveTown(titleText, towns) ??
      (grid.sheet === "" ? null : resolveTown(grid.sheet, towns)) ??
      resolveTown(fileName, towns))
    : null;
  return { period, town };
}

const NO_HEADER = {
  zh: "找不到表头（应包含工厂名称、用工人数等列），不是社区工厂报表",
  en: "no header row (factory name, employees …) found: not a community factory report",
};

const totalSkipped = (result: FileResult) =>
  Object.values(result.skipped).reduce((s, n) => s + n, 0);

/**
 * Reads one report file into typed rows, per DATA-CONTRACT §2 and §6: decodes a text file or reads every
 * sheet of a workbook, finds each sheet's header, takes period and town from the rows, else the title
 * rows, the sheet name or the file name, and checks every row. A sheet without a header is skipped whole;
 * a file in which no sheet has one is not a report. Personal-data columns are never read, only counted.
 */
export async function parseReportFile(input: ReportFileInput): Promise<FileResult> {
  const result = emptyResult(input.path, null);
  const grids = await readGrids(input, result);
  if (!grids) return result;
  const headers = grids.map((grid) => findHeader(grid.rows));
  if (headers.every((h) => h === null)) {
    // Undecodable lines and no header: the file is garbled, not merely some other document.
    const garbled = grids.some((g) => g.badLines.size > 0);
    for (const grid of grids) {
      const before = snapshot(result);
      rejectAll(result, grid, garbled ? "encoding" : "no_header", garbled ? NOT_CLEAN : NO_HEADER);
      result.sheets.push(sheetResult(grid.sheet, null, before, result, null));
    }
    return result;
  }
  const seen = new Set<string>();
  grids.forEach((grid, g) => {
    const header = headers[g] ?? null;
    const before = snapshot(result);
    if (header === null) {
      // 填表说明, a list of names, a chart: not a report, its rows counted as skipped.
      for (const cells of grid.rows) {
        result.rows_read += 1;
        if (isBlank(cells)) result.skipped.blank += 1;
        else result.skipped.sheet += 1;
      }
      result.sheets.push(sheetResult(grid.sheet, null, before, result, "no_header"));
      return;
    }
    const place = readSheet(input, result, grid, header, seen);
    result.sheets.push(sheetResult(grid.sheet, place, before, result, null));
    if (result.sheets.filter((s) => s.skipped_whole === null).length === 1) {
      result.period = place.period;
      result.town_id = place.town;
    }
  });
  return result;
}

interface Counts {
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
}

const snapshot = (result: FileResult): Counts => ({
  rows_read: result.rows_read,
  accepted: result.rows.length,
  rejected: result.rejects.length,
  skipped: totalSkipped(result),
});

function sheetResult(
  name: string,
  place: Placement | null,
  before: Counts,
  result: FileResult,
  skippedWhole: string | null,
): SheetResult {
  const after = snapshot(result);
  return {
    name,
    period: place?.period ?? null,
    town_id: place?.town ?? null,
    rows_read: after.rows_read - before.rows_read,
    accepted: after.accepted - before.accepted,
    rejected: after.rejected - before.rejected,
    skipped: after.skipped - before.skipped,
    skipped_whole: skippedWhole,
  };
}

/** Reads one sheet that has a header; `seen` spans the file, so a factory twice in one period is `duplicate`. */
function readSheet(
  input: ReportFileInput,
  result: FileResult,
  grid: Grid,
  header: HeaderMatch,
  seen: Set<string>,
): Placement {
  const place = placeSheet(input, grid, header);
  fillMergedData(grid, header.dataStartIndex);
  const county = input.county;
  const personalColumns = header.columns.filter((c) => c.personal);
  result.personal.columns = Math.max(result.personal.columns, personalColumns.length);
  countTitleAndHeader(result, grid, header);
  const readRow = county
    ? createRowReader(header.columns, {
        county,
        industries: input.industries,
        filePeriod: place.period,
        fileTown: place.town,
      })
    : unknownCounty(input.countyId);
  const reject = (line: number, problem: RowProblem) =>
    result.rejects.push(toReject(result.path, grid.sheet, line, problem));
  for (let i = header.dataStartIndex; i < grid.rows.length; i += 1) {
    const cells = grid.rows[i] ?? [];
    const line = grid.lines[i] ?? i + 1;
    result.rows_read += 1;
    result.personal.cells += personalColumns.filter(
      (c) => (cells[c.index] ?? "").trim() !== "",
    ).length;
    const skip = isSkippableRow(cells);
    if (skip.skip && skip.why === "blank") {
      result.skipped.blank += 1;
      continue;
    }
    if (touchesBadLine(grid, i)) {
      reject(line, { reason: "encoding", column: "", ...NOT_CLEAN });
      continue;
    }
    if (skip.skip) {
      result.skipped[skip.why] += 1;
      continue;
    }
    const read = readRow(cells);
    if (!read.ok) {
      reject(line, read.problem);
      continue;
    }
    const key = `${read.row.credit_code ?? read.row.name_key}\u0000${read.row.period.label}`;
    if (seen.has(key)) {
      reject(line, {
        reason: "duplicate",
        column: "",
        zh: `同一文件中“${read.row.name}”${read.row.period.label} 重复填报`,
        en: `"${read.row.name}" for ${read.row.period.label} appears twice in this file`,
      });
      continue;
    }
    seen.add(key);
    result.rows.push({
      ...read.row,
      source_file: result.path,
      source_row: line,
      source_sheet: grid.sheet,
    });
  }
  return place;
}

/** Every row of a folder that names no county of the reference data is rejected as of an unknown town. */
function unknownCounty(countyId: string): () => RowResult {
  const result: RowResult = {
    ok: false,
    problem: {
      reason: "unknown_town",
      column: "",
      zh: `“${countyId}”不是已知的县（参考数据中没有）`,
      en: `"${countyId}" is not a county in the reference data`,
    },
  };
  return () => result;
}

function countTitleAndHeader(result: FileResult, grid: Grid, header: HeaderMatch): void {
  for (let i = 0; i < header.dataStartIndex && i < grid.rows.length; i += 1) {
    result.rows_read += 1;
    const cells = grid.rows[i] ?? [];
    if (i >= header.headerRowIndex) result.skipped.header += 1;
    else if (isBlank(cells)) result.skipped.blank += 1;
    else result.skipped.title += 1;
  }
}

function toReject(file: string, sheet: string, line: number, problem: RowProblem): Reject {
  return {
    source_file: file,
    source_row: line,
    column: problem.column,
    reason: problem.reason,
    message: redactPersonalData(rejectMessage(placeOf(file, sheet), line, problem.column, problem)),
    source_sheet: sheet,
  };
}
