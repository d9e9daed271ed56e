import { type Lang, pickName } from "../i18n/lang";
import { redactPersonalData } from "../parse/personal-data";
import type { FileResult, SheetResult } from "../pipeline/parse-report";
import type { Reject } from "../pipeline/output-schema";
import type { SkipKind } from "../pipeline/report-row";
import type { County } from "../reference/schema";

/** One accepted row as the checker lists it: where it is and the figures the pipeline will keep. */
export interface CheckedRow {
  source_row: number;
  name: string;
  town: string;
  period: string;
  employees: number;
  poor_workers: number;
  relocated_workers: number;
  contracts_1y: number | null;
  output_value_yuan: number;
  wages_yuan: number;
}

/** One sheet of a workbook (or a text file, as one sheet named ""): where its rows go and what to fix. */
export interface CheckedSheet {
  /** The sheet's name; "" for a text file. */
  name: string;
  /** Towns the sheet's rows belong to (its own, else those of its accepted rows); empty when none. */
  towns: string[];
  /** Periods likewise, as labels (`2019-07`, `2019-Q3`). */
  periods: string[];
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  /** Set when the whole sheet is passed over: it has no report header (填表说明, a list, an empty sheet). */
  skipped_whole: string | null;
  rows: CheckedRow[];
  rejects: Reject[];
}

/** What the checker shows for one file: the pipeline's result in the clerk's terms. */
export interface CheckView {
  /** The file's name as chosen, with personal data in it masked as the pipeline masks it. */
  file: string;
  county: string | null;
  encoding: string | null;
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  skipped_by: Record<SkipKind, number>;
  /** Personal-data columns dropped whole: how many, their non-empty cells, and their header labels. */
  personal: { columns: number; cells: number; labels: string[] };
  /** The file-level reason it could not be read at all, if so. */
  error: string | null;
  /** Every sheet in workbook order; one for a text file; none for a file that could not be read. */
  sheets: CheckedSheet[];
  /** Things the clerk must fix before sending: each reject, an unreadable file, or a file with no usable row. */
  problems: number;
}

const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * Turns the pipeline's result for one file into what the checker shows, sheet by sheet. A file is ready to
 * send when nothing in it would be rejected and at least one row would be accepted: a report whose every
 * row is skipped reaches the pipeline as nothing, which the clerk should hear now.
 */
export function checkView(
  result: FileResult,
  fileName: string,
  county: County | undefined,
  lang: Lang,
  /** Header labels of the personal-data columns, by sheet (`personalColumns`); none when not looked up. */
  personalLabels: ReadonlyMap<string, readonly string[]> = new Map(),
): CheckView {
  const townName = (townId: string, fallback: string) => {
    const town = county?.towns.find((t) => t.town_id === townId);
    return town ? pickName(town, lang) : fallback;
  };
  const rows = result.rows.map((r) => ({
    sheet: r.source_sheet,
    row: {
      source_row: r.source_row,
      name: r.name,
      town: townName(r.town_id, r.town_name),
      period: r.period.label,
      employees: r.employees,
      poor_workers: r.poor_workers,
      relocated_workers: r.relocated_workers,
      contracts_1y: r.contracts_1y,
      output_value_yuan: r.output_value_yuan,
      wages_yuan: r.wages_yuan,
    } satisfies CheckedRow,
  }));
  const sheetOf = (sheet: SheetResult): CheckedSheet => {
    const own = rows.filter((r) => r.sheet === sheet.name).map((r) => r.row);
    return {
      name: sheet.name,
      towns:
        sheet.town_id === null
          ? distinct(own.map((r) => r.town))
          : [townName(sheet.town_id, sheet.town_id)],
      periods: sheet.period ? [sheet.period.label] : distinct(own.map((r) => r.period)),
      rows_read: sheet.rows_read,
      accepted: sheet.accepted,
      rejected: sheet.rejected,
      skipped: sheet.skipped,
      skipped_whole: sheet.skipped_whole,
      rows: own,
      rejects: result.rejects.filter((r) => r.source_sheet === sheet.name),
    };
  };
  const sheets = result.sheets.map(sheetOf);
  // Lines of a text file that could not be decoded are rejected before any sheet is read: show them too.
  const listed = new Set(sheets.map((s) => s.name));
  const unlisted = result.rejects.filter((r) => !listed.has(r.source_sheet));
  if (unlisted.length > 0)
    sheets.push({
      ...sheetOf({
        name: unlisted[0]?.source_sheet ?? "",
        period: null,
        town_id: null,
        rows_read: result.rows_read,
        accepted: 0,
        rejected: unlisted.length,
        skipped: Object.values(result.skipped).reduce((a, b) => a + b, 0),
        skipped_whole: null,
      }),
      rejects: unlisted,
    });
  const skipped = Object.values(result.skipped).reduce((a, b) => a + b, 0);
  const unusable = result.error !== null || (rows.length === 0 && result.rejects.length === 0);
  return {
    file: redactPersonalData(fileName),
    county: county ? pickName(county, lang) : null,
    encoding: result.encoding,
    rows_read: result.rows_read,
    accepted: rows.length,
    rejected: result.rejects.length,
    skipped,
    skipped_by: { ...result.skipped },
    personal: {
      columns: result.personal.columns,
      cells: result.personal.cells,
      labels: distinct([...personalLabels.values()].flat()),
    },
    error: result.error,
    sheets,
    problems: result.rejects.length + (unusable ? 1 : 0),
  };
}
