import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import {
  cellProblem,
  linesProblem,
  rowsProblem,
  sizeProblem,
  unzippedProblem,
} from "../../src/lib/pipeline/file-limits";
import { redactCounted } from "../../src/lib/parse/personal-data";
import { parseReportFile, unreadable, type FileResult } from "../../src/lib/pipeline/parse-report";

import type { ParsedRow } from "../../src/lib/pipeline/report-row";
import { findCounty, type Reference } from "../../src/lib/reference/parse-reference";

/** One report file read and parsed: its hash, its result without rows, and its rows as staging CSV. */
export interface ParsedFile {
  sha256: string;
  result: FileResult;
  stagedCsv: string;
}

const WORKBOOK = /\.(xlsx|xlsm|xls|et)$/i;
const EMPTY_FILE = "空文件（0 字节） / empty file (0 bytes)";
const NO_ROWS =
  "文件中没有任何行（没有工作表，或工作表都是空的） / the file holds no rows (no sheet, or only empty sheets)";
const NOT_REGULAR = "不是普通文件，未读取 / not a regular file, not read";

/** The file's bytes, or why they are not read; checks what it is and its size before reading a byte. */
async function readRegularFile(path: string, isWorkbook: boolean): Promise<Uint8Array | string> {
  // O_NONBLOCK: a FIFO put in place after the folder was listed must not hang the open.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (e: NodeJS.ErrnoException) => `无法读取文件 / cannot read the file (${e.code ?? e.message})`,
  );
  if (typeof handle === "string") return handle;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return NOT_REGULAR;
    const tooLarge = sizeProblem(info.size, isWorkbook);
    if (tooLarge) return tooLarge;
    const bytes = await handle.readFile();
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return `无法读取文件 / cannot read the file (${code})`;
  } finally {
    await handle.close();
  }
}

/** The longest text an accepted row carries, in characters. */
function longestText(rows: readonly ParsedRow[]): number {
  let longest = 0;
  for (const row of rows)
    for (const value of Object.values(row))
      if (typeof value === "string" && value.length > longest) longest = value.length;
  return longest;
}

/**
 * Reads one report file, hashes it and parses it, within the per-file limits of file-limits.ts; a
 * file that cannot be read, is empty or is over a limit is recorded with the reason, never thrown.
 */
export async function readAndParse(
  inDir: string,
  path: string,
  reference: Reference,
  toStagedCsv: (rows: readonly ParsedRow[]) => string,
): Promise<ParsedFile> {
  const isWorkbook = WORKBOOK.test(path);
  // The file's name as every output shows it (source_file, rejects, manifest): all results use this one.
  // DATA-CONTRACT §4a: a name or phone in a file or folder name is replaced before parsing.
  const shown = redactCounted(path);
  const shownPath = shown.text;
  const bytes = await readRegularFile(join(inDir, path), isWorkbook);
  if (typeof bytes === "string")
    return { sha256: "", result: unreadable(shownPath, bytes), stagedCsv: "" };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const refuse = (why: string): ParsedFile => ({
    sha256,
    result: unreadable(shownPath, why),
    stagedCsv: "",
  });
  if (bytes.length === 0) return refuse(EMPTY_FILE);
  const tooMany = isWorkbook ? unzippedProblem(bytes) : linesProblem(bytes);
  if (tooMany) return refuse(tooMany);
  const countyId = path.slice(0, path.indexOf("/"));
  let result: FileResult;
  try {
    result = await parseReportFile({
      path: shownPath,
      bytes,
      countyId,
      county: findCounty(reference, countyId),
      industries: reference.industries,
    });
  } catch (error) {
    // One hostile file must not stop a province's run: it is named with the error, and the run goes on.
    const message = error instanceof Error ? error.message : String(error);
    return refuse(`无法解析文件 / could not parse the file (${message.split("\n")[0] ?? ""})`);
  }
  const overLimit = rowsProblem(result.rows_read) ?? cellProblem(longestText(result.rows));
  if (overLimit) return refuse(overLimit);
  result.personal.replaced += shown.replaced;
  if (result.rows_read === 0 && result.error === null) result.error = NO_ROWS;
  return { sha256, result: { ...result, rows: [] }, stagedCsv: toStagedCsv(result.rows) };
}
