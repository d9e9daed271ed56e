import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
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

/** Reads one report file, hashes it and parses it; a read failure is recorded, never thrown. */
export async function readAndParse(
  inDir: string,
  path: string,
  reference: Reference,
  toStagedCsv: (rows: readonly ParsedRow[]) => string,
): Promise<ParsedFile> {
  const bytes = await readFile(join(inDir, path)).then(
    (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    (e: NodeJS.ErrnoException) => e,
  );
  // File and folder names are published (source_file, manifest): a name or phone in them is replaced
  // before parsing, so it reaches no output and is never read as a period or town (DATA-CONTRACT §4a).
  const shown = redactCounted(path);
  if (bytes instanceof Error) {
    const error = `无法读取文件 / cannot read the file (${bytes.code ?? bytes.message})`;
    return { sha256: "", result: unreadable(shown.text, error), stagedCsv: "" };
  }
  const countyId = path.slice(0, path.indexOf("/"));
  const result = await parseReportFile({
    path: shown.text,
    bytes,
    countyId: shown.text.slice(0, shown.text.indexOf("/")),
    county: findCounty(reference, countyId),
    industries: reference.industries,
  });
  result.personal.replaced += shown.replaced;
  return {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    result: { ...result, rows: [] },
    stagedCsv: toStagedCsv(result.rows),
  };
}
