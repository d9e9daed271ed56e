/** What a column of a township report holds (canonical names of DATA-CONTRACT §2, plus columns the pipeline ignores). */
export type ColumnKind =
  | "seq"
  | "name"
  | "credit"
  | "town"
  | "community"
  | "industry"
  | "opened"
  | "certified"
  | "leading"
  | "base"
  | "employees"
  | "male"
  | "female"
  | "poor"
  | "relocated"
  | "contracts"
  | "output"
  | "wages"
  | "months"
  | "period"
  | "manager"
  | "legal"
  | "phone"
  | "idno"
  | "remark";

/** One column: its kind, the label the town writes, and the merged group label above it in a two-row header. */
export interface ColumnSpec {
  kind: ColumnKind;
  label: string;
  group?: string;
}

/**
 * Columns written compactly as `kind=label@group|…`, e.g. `name=工厂名称|employees=用工人数@用工情况`.
 * Throws on an unknown kind, so a typo fails at generation time.
 */
export function columns(spec: string): ColumnSpec[] {
  return spec.split("|").map((part) => {
    const match = /^(\w+)=([^@]+)(?:@(.+))?$/.exec(part);
    if (!match) throw new Error(`bad column spec ${part}`);
    const [, kind = "", label = "", group] = match;
    if (!isColumnKind(kind)) throw new Error(`unknown column kind ${kind}`);
    return group === undefined ? { kind, label } : { kind, label, group };
  });
}

const isColumnKind = (kind: string): kind is ColumnKind => COLUMN_KINDS.has(kind);

const COLUMN_KINDS = new Set<string>([
  "seq",
  "name",
  "credit",
  "town",
  "community",
  "industry",
  "opened",
  "certified",
  "leading",
  "base",
  "employees",
  "male",
  "female",
  "poor",
  "relocated",
  "contracts",
  "output",
  "wages",
  "months",
  "period",
  "manager",
  "legal",
  "phone",
  "idno",
  "remark",
]);

/** How dates are written: each a form towns use (DATA-CONTRACT §2 "Dates"). `xlsx-*` are real Excel date cells. */
export type DateStyle =
  | "iso"
  | "slash"
  | "dot-month"
  | "cn-month"
  | "cn-day"
  | "excel-serial"
  | "xlsx-date"
  | "xlsx-date-cn";

/** Month-only forms: a factory in such a town has its dates on the first of the month. */
export const MONTH_ONLY_DATES: ReadonlySet<DateStyle> = new Set(["dot-month", "cn-month"]);

/** Leading-enterprise flags: 是/否, a tick (empty for no), or Y/N. */
export type LeadingStyle = "是否" | "√" | "YN";

/**
 * How money is written. `yuan`: plain yuan; `yuan-thousands`: `1,234,500`; `yuan-spaces`: `1 234 500`;
 * `wan`: the header says 万元, cells `12.53`; `wan-suffix`: `12.53万`; `yuan-suffix`: `186500元`;
 * `mixed-suffix`: a mix of plain, `元` and `万` cells in one column.
 */
export type MoneyStyle =
  "yuan" | "yuan-thousands" | "yuan-spaces" | "wan" | "wan-suffix" | "yuan-suffix" | "mixed-suffix";

/** How head counts are written: plain, full-width digits (`５６`), or padded with spaces. */
export type CountStyle = "plain" | "full-width" | "spaces";

export type CsvEncoding = "gb18030" | "utf-8-bom" | "utf-8";

/**
 * The forms a report file comes in (DATA-CONTRACT §6): `csv` text in `encoding`; `txt` Excel's
 * "Unicode text" (UTF-16 LE with a BOM, tab-separated); `xlsx` written with exceljs; `xls` Excel 97–2003
 * (BIFF8) written with SheetJS.
 */
export type FileFormat = "csv" | "txt" | "xlsx" | "xls";

/** Workbook formats keep typed cells (numbers, dates, formulas) and merged ranges; text formats do not. */
export const isWorkbook = (format: FileFormat): format is "xlsx" | "xls" =>
  format === "xlsx" || format === "xls";

/** Everything about how one town lays out its report in one era. */
export interface ReportStyle {
  format: FileFormat;
  /** `csv` only. */
  encoding: CsvEncoding;
  /** Path under `<county>/` without extension; `{yyyy} {mm} {m} {q} {cnq}` are filled from the period. */
  path: string;
  columns: ColumnSpec[];
  twoRowHeader: boolean;
  /** Title rows above the header, same placeholders as `path`. */
  title: string[];
  /** A `填报人：… 联系电话：… 审核人：…` row below the table. */
  notes: boolean;
  /** Template of the period column's cells, when there is one. */
  periodText: string;
  townText: "full" | "short";
  dates: DateStyle;
  leading: LeadingStyle;
  output: MoneyStyle;
  wages: MoneyStyle;
  counts: CountStyle;
  /** A totals row label; `小计` also adds a subtotal per community. */
  totals: "合计" | "总计" | "小计" | null;
  /** Blank rows: a row of empty cells (`,,,,`), an empty line, or none. */
  blankRows: "padded" | "empty" | null;
  /** Excel pads every CSV line with commas to the table's width; WPS exports of text rows often do not. */
  pad: boolean;
  /** What an empty optional cell (认定时间 not yet, 信用代码, 备注) holds: `—`, `无` (§6 placeholders), or nothing. */
  placeholder: string | null;
  /** Workbooks: a 填表说明 sheet comes first, before the report sheet. */
  instructions: boolean;
  /** Workbooks: the report sheet's tab name, same placeholders as `path` (`{m}月`). */
  sheetName: string;
  /**
   * A monthly town that sends one workbook a quarter (`path` filled from the quarter), one sheet per
   * month named by `sheetName`: three monthly reports, never one quarter (§6).
   */
  quarterWorkbook: boolean;
}

/** A style in force from a period on (`2019-01`); later eras override earlier ones. */
export interface StyleEra {
  from: string;
  style: ReportStyle;
}
