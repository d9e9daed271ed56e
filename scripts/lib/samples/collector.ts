import type { SampleCounty, SampleTown } from "./factory-model";
import { encodeGb18030 } from "./gb18030";
import type { Period } from "./periods";
import type { QuirkId } from "./quirks";
import type { RenderedReport } from "./render-report";
import { isWorkbook, type CsvEncoding, type FileFormat, type ReportStyle } from "./report-style";
import { sheetToCsv, type Sheet } from "./sheet";
import type { AcceptedRow, PlantedReject, TruthFile } from "./truth";

export type SampleFile =
  | { path: string; format: "csv" | "txt"; bytes: Uint8Array }
  | { path: string; format: "xlsx" | "xls"; sheets: Sheet[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextEncoder();

/** Text to bytes as the town's software writes it. */
export function encodeCsv(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === "gb18030") return encodeGb18030(text);
  const body = utf8.encode(text);
  return encoding === "utf-8" ? body : Uint8Array.from([...UTF8_BOM, ...body]);
}

/** Excel's "Unicode text": UTF-16 little-endian with a byte-order mark. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >> 8;
  }
  return out;
}

/** A broken transfer: the first two-byte character's second byte becomes 0xFF (valid in neither UTF-8 nor GB18030), and a lone lead byte ends the file. */
export function garble(bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  const lead = out.findIndex((b) => b >= 0x81);
  if (lead < 0) throw new Error("nothing to garble");
  out[lead + 1] = 0xff;
  out.push(0xd5);
  return Uint8Array.from(out);
}

/** What the generator accumulates while it writes files: the files, their truth, and the planted lists. */
export interface Collector {
  files: SampleFile[];
  truthFiles: TruthFile[];
  planted: PlantedReject[];
  accepted: AcceptedRow[];
  names: Set<string>;
  phones: Set<string>;
  idNumbers: Set<string>;
  quirkFiles: Map<QuirkId, string[]>;
  dataRows: number;
}

/**
 * Adds a sheet as a file (CSV bytes in its encoding, tab-separated UTF-16 text, or a workbook of the
 * sheet, after `before` sheets such as 填表说明) and returns the encoding for the truth.
 */
export function addSheetFile(
  out: Collector,
  path: string,
  format: FileFormat,
  sheet: Sheet,
  style: Pick<ReportStyle, "pad" | "encoding">,
  garbled = false,
  before: readonly Sheet[] = [],
): TruthFile["encoding"] {
  if (isWorkbook(format)) {
    // A second sheet for the same path (a quarter workbook's next month) joins the workbook.
    const existing = out.files.find((f) => f.path === path);
    if (existing && "sheets" in existing) existing.sheets.push(...before, sheet);
    else out.files.push({ path, format, sheets: [...before, sheet] });
    return null;
  }
  if (format === "txt") {
    // Excel's "Unicode text" export: tabs between cells, every line padded like its CSV.
    out.files.push({ path, format, bytes: encodeUtf16le(sheetToCsv(sheet, style.pad, "\t")) });
    return "utf-16le";
  }
  const text = sheetToCsv(sheet, style.pad);
  if (garbled) {
    out.files.push({ path, format, bytes: garble(encodeGb18030(text)) });
    return "invalid";
  }
  const bytes = encodeCsv(text, style.encoding);
  addQuirk(
    out,
    style.encoding === "gb18030"
      ? "encoding_gb18030"
      : style.encoding === "utf-8-bom"
        ? "encoding_utf8_bom"
        : "encoding_utf8",
    path,
  );
  // A GB18030 file that happened to be valid UTF-8 would be read as UTF-8: make sure none is.
  if (style.encoding === "gb18030" && isUtf8(bytes))
    throw new Error(`${path}: GB18030 bytes are also valid UTF-8`);
  out.files.push({ path, format, bytes });
  return style.encoding;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Records a rendered report (one sheet): its planted rejects, accepted rows, counts, personal strings and quirks. */
export function collectReport(
  out: Collector,
  path: string,
  rendered: Pick<RenderedReport, "rows" | "totalsRows" | "blankRows" | "quirks" | "personal">,
  meta: Omit<
    TruthFile,
    "data_rows" | "accepted_rows" | "rejected_rows" | "totals_rows" | "blank_rows"
  >,
  ctx: { county: SampleCounty; town: SampleTown; period: Period; hasContracts: boolean } | null,
): void {
  let accepted = 0;
  for (const row of rendered.rows) {
    if (row.reject) {
      out.planted.push({
        source_file: path,
        source_sheet: meta.source_sheet,
        source_row: row.rowNumber,
        column: row.reject.column,
        reason: row.reject.reason,
        scope: "row",
      });
    } else if (ctx) {
      accepted++;
      out.accepted.push({
        countyId: ctx.county.county_id,
        townId: ctx.town.town_id,
        townName: ctx.town.name,
        period: ctx.period,
        record: row.record,
        hasContracts: ctx.hasContracts,
      });
    }
  }
  out.truthFiles.push({
    ...meta,
    data_rows: rendered.rows.length,
    accepted_rows: accepted,
    rejected_rows: rendered.rows.length - accepted,
    totals_rows: rendered.totalsRows,
    blank_rows: rendered.blankRows,
  });
  out.dataRows += rendered.rows.length;
  rendered.personal.names.forEach((n) => out.names.add(n));
  rendered.personal.phones.forEach((p) => out.phones.add(p));
  rendered.personal.idNumbers.forEach((i) => out.idNumbers.add(i));
  for (const q of rendered.quirks) {
    const list = out.quirkFiles.get(q) ?? [];
    list.push(path);
    out.quirkFiles.set(q, list);
  }
}

export function addQuirk(out: Collector, quirk: QuirkId, path: string): void {
  const list = out.quirkFiles.get(quirk) ?? [];
  list.push(path);
  out.quirkFiles.set(quirk, list);
}

export const extension = (format: FileFormat): string => `.${format}`;

export function newCollector(): Collector {
  return {
    files: [],
    truthFiles: [],
    planted: [],
    accepted: [],
    names: new Set(),
    phones: new Set(),
    idNumbers: new Set(),
    quirkFiles: new Map(),
    dataRows: 0,
  };
}
