import { decodeBytes } from "../parse/detect-encoding";
import { findHeader, type HeaderMatch } from "../parse/map-headers";
import { parseCsvWithLines } from "../parse/parse-csv";
import type { Period } from "../parse/parse-period";
import { parsePeriod } from "../parse/parse-period";
import { redactPersonalData } from "../parse/personal-data";
import { isSkippableRow } from "../parse/is-skippable-row";
import { resolveTown } from "../parse/resolve-town";
import { XlsxReadError, xlsxToGrids } from "../parse/xlsx-grid";
import type { County, Industry } from "../reference/schema";
import type { Reject, RejectReason } from "./output-schema";
import { personalInRow } from "./personal-in-row";
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

/** What one file gave: accepted rows, rejected rows with reasons, skipped rows by kind, personal data dropped. */
export interface FileResult {
  path: string;
  encoding: string | null;
  /** The period found in the title rows or file name, if any (rows may carry their own). */
  period: Period | null;
  town_id: string | null;
  rows_read: number;
  rows: ParsedRow[];
  rejects: Reject[];
  skipped: Record<SkipKind, number>;
  /**
   * Personal data dropped or replaced, counted without the values (DATA-CONTRACT §4, §4a): columns and
   * cells of person columns, values replaced by ＊ in published text, credit-code cells that are no code.
   */
  personal: { columns: number; cells: number; replaced: number; creditCodes: number };
  /** Set when the file could not be read at all (no rows were read from it). */
  error: string | null;
}

interface Grid {
  rows: string[][];
  /** 1-based line (CSV) or worksheet row (xlsx) of each grid row. */
  lines: number[];
  encoding: string | null;
}

const emptySkips = (): Record<SkipKind, number> => ({
  title: 0,
  header: 0,
  blank: 0,
  total: 0,
  note: 0,
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
    personal: { columns: 0, cells: 0, replaced: 0, creditCodes: 0 },
    error: null,
  };
}

/** The result for a file whose bytes could not be read: no rows, and the error kept for the manifest. */
export function unreadable(path: string, error: string): FileResult {
  return { ...emptyResult(path, null), error };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** Every non-blank row rejected with one file-level reason, blank rows skipped: no row is lost unrecorded. */
function rejectAll(
  result: FileResult,
  grid: Grid,
  reason: RejectReason,
  what: { zh: string; en: string },
  from = 0,
): FileResult {
  grid.rows.forEach((cells, i) => {
    if (i < from) return;
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
      message: rejectMessage(result.path, row, "", what),
    });
  });
  return result;
}

async function readGrid(input: ReportFileInput, result: FileResult): Promise<Grid | null> {
  if (/\.xlsx$/i.test(input.path)) {
    try {
      const rows = await xlsxToGrids(input.bytes);
      return { rows, lines: rows.map((_, i) => i + 1), encoding: "xlsx" };
    } catch (error) {
      if (!(error instanceof XlsxReadError)) throw error;
      result.error = `不是可读取的 Excel 文件 / not a readable Excel file: ${error.message}`;
      return null;
    }
  }
  const decoded = decodeBytes(input.bytes);
  if (decoded.ok) {
    const { rows, lines } = parseCsvWithLines(decoded.text);
    return { rows, lines, encoding: decoded.encoding };
  }
  // Undecodable text: still split into lines so each one is counted and rejected with the reason.
  const lineCount =
    input.bytes.reduce((n, b) => (b === 0x0a ? n + 1 : n), 0) +
    (input.bytes.at(-1) === 0x0a ? 0 : 1);
  const rows = Array.from({ length: input.bytes.length === 0 ? 0 : lineCount }, () => ["?"]);
  rejectAll(
    result,
    { rows, lines: rows.map((_, i) => i + 1), encoding: null },
    "encoding",
    splitMessage(decoded.message),
  );
  return null;
}

/** Splits a "中文 / English" message into its two halves. */
function splitMessage(message: string): { zh: string; en: string } {
  const at = message.indexOf(" / ");
  return at < 0
    ? { zh: message, en: message }
    : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

/**
 * Reads one report file into typed rows, per DATA-CONTRACT §2: decodes it, finds the header,
 * takes period and town from the rows, else the title rows, else the file name, and checks every row.
 * Personal-data columns are never read; they are only counted.
 */
export async function parseReportFile(input: ReportFileInput): Promise<FileResult> {
  const result = emptyResult(input.path, null);
  const grid = await readGrid(input, result);
  if (!grid) return result;
  result.encoding = grid.encoding;
  const header = findHeader(grid.rows);
  if (!header)
    return rejectAll(result, grid, "no_header", {
      zh: "找不到表头（应包含工厂名称、用工人数等列），不是社区工厂报表",
      en: "no header row (factory name, employees …) found: not a community factory report",
    });
  const county = input.county;
  const titleText = grid.rows.slice(0, header.headerRowIndex).flat().join(" ");
  const fileName = input.path.slice(input.path.indexOf("/") + 1);
  result.period =
    parsePeriod(titleText) ?? parsePeriod(fileName.replace(/^.*\//, "")) ?? parsePeriod(fileName);
  result.town_id = county
    ? (resolveTown(titleText, county.towns) ?? resolveTown(fileName, county.towns))
    : null;
  const personalColumns = header.columns.filter((c) => c.personal);
  result.personal.columns = personalColumns.length;
  countTitleAndHeader(result, grid, header);
  const seen = new Set<string>();
  const readRow = county
    ? createRowReader(header.columns, {
        county,
        industries: input.industries,
        filePeriod: result.period,
        fileTown: result.town_id,
      })
    : unknownCounty(input.countyId);
  for (let i = header.dataStartIndex; i < grid.rows.length; i += 1) {
    const cells = grid.rows[i] ?? [];
    const line = grid.lines[i] ?? i + 1;
    result.rows_read += 1;
    result.personal.cells += personalColumns.filter(
      (c) => (cells[c.index] ?? "").trim() !== "",
    ).length;
    const skip = isSkippableRow(cells);
    if (skip.skip) {
      result.skipped[skip.why] += 1;
      continue;
    }
    const personal = personalInRow(cells, header.columns);
    result.personal.replaced += personal.replaced;
    result.personal.creditCodes += personal.creditCodes;
    const read = readRow(cells);
    if (!read.ok) {
      result.rejects.push(toReject(result.path, line, read.problem));
      continue;
    }
    const key = `${read.row.credit_code ?? read.row.name_key}\u0000${read.row.period.label}`;
    if (seen.has(key)) {
      result.rejects.push(
        toReject(result.path, line, {
          reason: "duplicate",
          column: "",
          zh: `同一文件中“${read.row.name}”${read.row.period.label} 重复填报`,
          en: `"${read.row.name}" for ${read.row.period.label} appears twice in this file`,
        }),
      );
      continue;
    }
    seen.add(key);
    result.rows.push({ ...read.row, source_file: result.path, source_row: line });
  }
  return result;
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

function toReject(file: string, line: number, problem: RowProblem): Reject {
  return {
    source_file: file,
    source_row: line,
    column: redactPersonalData(problem.column),
    reason: problem.reason,
    message: redactPersonalData(rejectMessage(file, line, problem.column, problem)),
  };
}
