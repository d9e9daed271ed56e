import type { FactoryModel, SampleCounty, SampleTown } from "./factory-model";
import { fillTemplate, monthEnd, type Period } from "./periods";
import type { Rng } from "./prng";
import type { QuirkId, RejectReason } from "./quirks";
import {
  isWorkbook,
  type ColumnKind,
  type ColumnSpec,
  type FileFormat,
  type MoneyStyle,
  type ReportStyle,
} from "./report-style";
import { layoutQuirks } from "./layout-quirks";
import { columnLetter, type Cell, type Sheet } from "./sheet";

/** One factory's row of one report, in the generator's true figures. */
export interface ReportRecord {
  factory: FactoryModel;
  employees: number;
  female: number;
  poor: number;
  relocated: number;
  contracts: number;
  output: number;
  wages: number;
  monthsOperating: number;
}

/** The person who fills the report in and the one who checks it. */
export interface Clerk {
  filler: string;
  phone: string;
  reviewer: string;
}

export interface Report {
  county: SampleCounty;
  town: SampleTown;
  style: ReportStyle;
  period: Period;
  records: ReportRecord[];
  clerk: Clerk;
  /** Days after the period's end the report was filled in (for the 填报日期 note). */
  filledAfterDays: number;
}

/** A planted problem in one row: the cell of `column` is written as `value`. */
export interface Corruption {
  column: ColumnKind;
  value: string | number;
  reason: RejectReason;
}

export interface RenderOptions {
  /** The file's form: workbooks keep typed cells and merged ranges, text files hold strings. */
  format: FileFormat;
  /** Row index (into records) → corruption. */
  corruptions?: ReadonlyMap<number, Corruption>;
  /** Repeat this record's row at the end of the table (a `duplicate`). */
  duplicateIndex?: number;
  /** Write this record's output in 亿 (its output is a multiple of 10,000). */
  yiIndex?: number;
  /** Every data row is rejected for this reason (e.g. `superseded`). */
  allRowsReason?: RejectReason;
}

/** A data row as written: its 1-based line or worksheet row, the truth behind it, and why it must be rejected. */
export interface RenderedRow {
  rowNumber: number;
  record: ReportRecord;
  reject: { reason: RejectReason; column: string } | null;
}

export interface RenderedReport {
  sheet: Sheet;
  rows: RenderedRow[];
  totalsRows: number;
  blankRows: number;
  quirks: Set<QuirkId>;
  /** Personal strings written into the file. */
  personal: { names: string[]; phones: string[]; idNumbers: string[] };
}

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (text: string): string =>
  text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);
const group3 = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const trimZeros = (text: string): string => text.replace(/\.?0+$/, "");

/** What a clerk's SUM would add for a cell: numbers, formula results, and text such as `１２`, `1,234`, `12.5万`. */
function valueForTotal(cell: Cell | undefined): number {
  if (typeof cell === "number") return cell;
  if (typeof cell === "object" && cell !== null) return cell.kind === "formula" ? cell.result : 0;
  if (typeof cell !== "string") return 0;
  const digits = cell
    .replace(/[０-９]/g, (d) => String(FULL_WIDTH_DIGITS.indexOf(d)))
    .replace(/[,\s元]/g, "");
  const unit = digits.endsWith("亿") ? 1e8 : digits.endsWith("万") ? 1e4 : 1;
  const n = Number(digits.replace(/[万亿]$/, ""));
  return Number.isFinite(n) ? n * unit : 0;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** The Excel serial number of a date (1900 system): 2017-06-12 → 42898. */
export const excelSerial = (iso: string): number =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000);

function dateText(iso: string, style: ReportStyle): Cell {
  const [y = "", m = "", d = ""] = iso.split("-");
  const month = Number(m);
  const day = Number(d);
  switch (style.dates) {
    case "iso":
      return iso;
    case "slash":
      return `${y}/${month}/${day}`;
    case "dot-month":
      return `${y}.${month}`;
    case "cn-month":
      return `${y}年${month}月`;
    case "cn-day":
      return `${y}年${month}月${day}日`;
    case "excel-serial":
      return String(excelSerial(iso));
    case "xlsx-date":
      return { kind: "date", iso, numFmt: "yyyy-mm-dd" };
    case "xlsx-date-cn":
      return { kind: "date", iso, numFmt: 'yyyy"年"m"月"d"日"' };
  }
}

const BASE_LEVEL_TEXT = { none: "无", county: "县级", city: "市级", province: "省级" } as const;

const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set([
  "employees",
  "male",
  "female",
  "poor",
  "relocated",
  "contracts",
  "output",
  "wages",
  "months",
]);

function numericValue(kind: ColumnKind, r: ReportRecord): number {
  switch (kind) {
    case "employees":
      return r.employees;
    case "male":
      return r.employees - r.female;
    case "female":
      return r.female;
    case "poor":
      return r.poor;
    case "relocated":
      return r.relocated;
    case "contracts":
      return r.contracts;
    case "output":
      return r.output;
    case "wages":
      return r.wages;
    case "months":
      return r.monthsOperating;
    default:
      throw new Error(`${kind} is not numeric`);
  }
}

/** Renders one township report as a sheet, recording the row of every record and the quirks it shows. */
export function renderReport(report: Report, rng: Rng, options: RenderOptions): RenderedReport {
  const { style, period, town } = report;
  const xlsx = isWorkbook(options.format);
  const cols = style.columns;
  const width = cols.length;
  const last = columnLetter(width - 1);
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const quirks = new Set<QuirkId>();
  const personal = { names: [] as string[], phones: [] as string[], idNumbers: [] as string[] };
  const periodEnd = monthEnd(period.endMonth);
  const short = town.short_names[0] ?? town.name;

  const count = (n: number): Cell => {
    if (xlsx) return n;
    if (style.counts === "full-width" && rng.chance(0.6)) {
      quirks.add("full_width_digits");
      return toFullWidth(String(n));
    }
    if (style.counts === "spaces" && rng.chance(0.5)) {
      quirks.add("spaces_in_numbers");
      return rng.chance(0.5) ? ` ${n}` : `${n} `;
    }
    return String(n);
  };

  const money = (yuan: number, moneyStyle: MoneyStyle): Cell => {
    const wan = trimZeros((yuan / 10000).toFixed(2));
    switch (moneyStyle) {
      case "yuan":
        quirks.add("unit_header_yuan");
        return xlsx ? yuan : String(yuan);
      case "yuan-thousands":
        if (xlsx) return yuan;
        quirks.add("thousands_separator");
        return group3(yuan, ",");
      case "yuan-spaces":
        if (xlsx) return yuan;
        if (yuan >= 1000) quirks.add("spaces_in_numbers");
        return group3(yuan, " ");
      case "wan":
        quirks.add("unit_header_wan");
        return xlsx ? Number((yuan / 10000).toFixed(2)) : (yuan / 10000).toFixed(2);
      case "wan-suffix":
        quirks.add("unit_cell_wan");
        return `${wan}万`;
      case "yuan-suffix":
        quirks.add("unit_cell_yuan");
        return `${yuan}元`;
      case "mixed-suffix": {
        const form = rng.int(0, 2);
        if (form === 1) {
          quirks.add("unit_cell_yuan");
          return `${yuan}元`;
        }
        if (form === 2) {
          quirks.add("unit_cell_wan");
          return `${wan}万`;
        }
        return xlsx ? yuan : String(yuan);
      }
    }
  };

  const date = (iso: string): Cell => {
    const cell = dateText(iso, style);
    quirks.add(
      (
        {
          iso: "date_iso",
          slash: "date_slash",
          "dot-month": "date_dot_month",
          "cn-month": "date_cn_month",
          "cn-day": "date_cn_day",
          "excel-serial": "date_excel_serial",
          "xlsx-date": "date_xlsx_cell",
          "xlsx-date-cn": "date_xlsx_cell",
        } as const
      )[style.dates],
    );
    return cell;
  };

  const leadingText = (leading: boolean): string => {
    if (style.leading === "是否") return leading ? "是" : "否";
    if (style.leading === "√") return leading ? "√" : "";
    return leading ? "Y" : "N";
  };
  quirks.add(
    style.leading === "是否"
      ? "leading_shi_fou"
      : style.leading === "√"
        ? "leading_tick"
        : "leading_yn",
  );

  // An optional cell with nothing to say: blank, or the town's placeholder (— / 无), which means NULL (§6).
  const empty = (): Cell => {
    if (style.placeholder === null) return xlsx ? null : "";
    quirks.add("placeholder_cells");
    return style.placeholder;
  };

  const cellFor = (col: ColumnSpec, r: ReportRecord, seq: number, rowNumber: number): Cell => {
    const f = r.factory;
    switch (col.kind) {
      case "seq":
        return xlsx ? seq : String(seq);
      case "name":
        return f.name;
      case "credit":
        return f.creditCode ?? empty();
      case "town":
        return style.townText === "short" ? short : town.name;
      case "community":
        return f.community;
      case "industry":
        return f.industryRaw;
      case "opened":
        return date(f.openedOn);
      case "certified":
        if (f.certifiedOn !== null && f.certifiedOn <= periodEnd) return date(f.certifiedOn);
        quirks.add("certified_blank");
        return empty();
      case "leading":
        return leadingText(f.leading);
      case "base":
        return BASE_LEVEL_TEXT[f.baseLevel];
      case "employees": {
        const male = cols.findIndex((c) => c.kind === "male");
        const female = cols.findIndex((c) => c.kind === "female");
        if (xlsx && male >= 0 && female >= 0) {
          quirks.add("xlsx_formula_cell");
          return {
            kind: "formula",
            formula: `${columnLetter(male)}${rowNumber}+${columnLetter(female)}${rowNumber}`,
            result: r.employees,
          };
        }
        return count(r.employees);
      }
      case "male":
      case "female":
      case "poor":
      case "relocated":
      case "contracts":
        return count(numericValue(col.kind, r));
      case "months":
        return xlsx ? r.monthsOperating : String(r.monthsOperating);
      case "output":
        return money(r.output, style.output);
      case "wages":
        return money(r.wages, style.wages);
      case "period":
        return fillTemplate(style.periodText, period);
      case "manager":
        personal.names.push(f.manager);
        return f.manager;
      case "legal":
        personal.names.push(f.legal);
        return f.legal;
      case "phone":
        personal.phones.push(f.managerPhone);
        return f.managerPhone;
      case "idno":
        personal.idNumbers.push(f.legalId);
        return f.legalId;
      case "remark":
        if (f.openMonth >= period.startMonth) return "新投产";
        // A remark with a number in words: the pipeline ignores the 备注 column, so it must not read it.
        if (style.placeholder !== null && seq % 3 === 0) {
          quirks.add("remark_text");
          return `含临时工${(r.employees % 5) + 1}人`;
        }
        return empty();
    }
  };

  const fullRow = (): Cell[] => Array<Cell>(width).fill(xlsx ? null : "");
  const pushTitle = (text: string): void => {
    const row = style.pad || xlsx ? fullRow() : [];
    row[0] = text;
    rows.push(row);
    if (xlsx) merges.push(`A${rows.length}:${last}${rows.length}`);
  };

  // Title rows.
  for (const t of style.title) pushTitle(fillTemplate(t, period));
  if (style.title.length > 0) quirks.add("title_rows");
  if (xlsx && style.title.length > 0) quirks.add("xlsx_merged_title");

  // Header: one row, or a group row over a label row (merged cells exported flat).
  if (style.twoRowHeader) {
    const top = rows.length + 1;
    rows.push(
      cols.map((c, i) =>
        c.group === undefined
          ? c.label
          : cols[i - 1]?.group === c.group
            ? xlsx
              ? null
              : ""
            : c.group,
      ),
    );
    rows.push(cols.map((c) => (c.group === undefined ? (xlsx ? null : "") : c.label)));
    quirks.add("second_header_row");
    if (xlsx) {
      quirks.add("xlsx_merged_header");
      cols.forEach((c, i) => {
        const letter = columnLetter(i);
        if (c.group === undefined) merges.push(`${letter}${top}:${letter}${top + 1}`);
        else if (cols[i - 1]?.group !== c.group) {
          let j = i;
          while (cols[j + 1]?.group === c.group) j++;
          merges.push(`${letter}${top}:${columnLetter(j)}${top}`);
        }
      });
    }
  } else {
    rows.push(cols.map((c) => c.label));
  }

  // Data rows: grouped by community when the town writes subtotals.
  const order = report.records.map((_, i) => i);
  if (style.totals === "小计")
    order.sort((a, b) =>
      (report.records[a]?.factory.community ?? "").localeCompare(
        report.records[b]?.factory.community ?? "",
      ),
    );
  const rendered: RenderedRow[] = [];
  const dataRowCells: Cell[][] = [];
  let totalsRows = 0;
  let blankRows = 0;
  const labelColumn = 0;
  const numericCols = cols
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => NUMERIC_KINDS.has(c.kind) && c.kind !== "months");

  const totalsRow = (
    label: string,
    members: readonly Cell[][],
    firstRow: number,
    lastRow: number,
  ): Cell[] => {
    const row = fullRow();
    row[labelColumn] = label;
    for (const { c, i } of numericCols) {
      const rawSum = members.reduce((sum, m) => sum + valueForTotal(m[i]), 0);
      if (xlsx) {
        const letter = columnLetter(i);
        row[i] = {
          kind: "formula",
          formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`,
          result: Math.round(rawSum * 100) / 100,
        };
      } else if (c.kind === "output" || c.kind === "wages") {
        const moneyStyle = c.kind === "output" ? style.output : style.wages;
        row[i] =
          moneyStyle === "wan"
            ? rawSum.toFixed(2)
            : moneyStyle === "yuan-thousands"
              ? group3(Math.round(rawSum), ",")
              : String(Math.round(rawSum));
      } else {
        row[i] = String(rawSum);
      }
    }
    return row;
  };

  const pushBlank = (): void => {
    if (style.blankRows === null) return;
    rows.push(xlsx || style.blankRows === "empty" ? [] : fullRow());
    blankRows++;
    quirks.add(style.blankRows === "empty" || xlsx ? "blank_row_empty" : "blank_row_commas");
  };

  const firstDataRow = rows.length + 1;
  let seq = 0;
  let groupStart = rows.length + 1;
  let groupCells: Cell[][] = [];
  order.forEach((recordIndex, k) => {
    const record = report.records[recordIndex];
    if (!record) return;
    seq++;
    const rowNumber = rows.length + 1;
    const cells = cols.map((c) => cellFor(c, record, seq, rowNumber));
    const corruption = options.corruptions?.get(recordIndex);
    let reject: RenderedRow["reject"] = options.allRowsReason
      ? { reason: options.allRowsReason, column: "" }
      : null;
    if (corruption) {
      const col = cols.findIndex((c) => c.kind === corruption.column);
      const spec = cols[col];
      if (!spec)
        throw new Error(`${town.name} ${period.key}: no ${corruption.column} column to corrupt`);
      cells[col] =
        typeof corruption.value === "number"
          ? xlsx
            ? corruption.value
            : count(corruption.value)
          : corruption.value;
      reject = { reason: corruption.reason, column: spec.label };
    }
    if (options.yiIndex === recordIndex) {
      const col = cols.findIndex((c) => c.kind === "output");
      cells[col] = `${trimZeros((record.output / 1e8).toFixed(4))}亿`;
      quirks.add("unit_cell_yi");
    }
    rows.push(cells);
    dataRowCells.push(cells);
    groupCells.push(cells);
    rendered.push({ rowNumber, record, reject });
    const next = report.records[order[k + 1] ?? -1];
    if (style.totals === "小计" && next?.factory.community !== record.factory.community) {
      rows.push(totalsRow("小计", groupCells, groupStart, rows.length));
      totalsRows++;
      groupCells = [];
      groupStart = rows.length + 1;
    }
  });
  if (options.duplicateIndex !== undefined) {
    const original = rendered.find(
      (r) => r.record === report.records[options.duplicateIndex ?? -1],
    );
    const source = original ? rows[original.rowNumber - 1] : undefined;
    if (!original || !source) throw new Error("duplicate of a missing row");
    const rowNumber = rows.length + 1;
    const copy = [...source];
    const seqCol = cols.findIndex((c) => c.kind === "seq");
    if (seqCol >= 0) copy[seqCol] = xlsx ? seq + 1 : String(seq + 1);
    rows.push(copy);
    dataRowCells.push(copy);
    rendered.push({
      rowNumber,
      record: original.record,
      reject: { reason: "duplicate", column: "" },
    });
  }
  const lastDataRow = rows.length;

  pushBlank();
  if (style.totals !== null) {
    rows.push(
      totalsRow(style.totals === "总计" ? "总计" : "合计", dataRowCells, firstDataRow, lastDataRow),
    );
    totalsRows++;
    quirks.add(
      style.totals === "合计"
        ? "totals_heji"
        : style.totals === "总计"
          ? "totals_zongji"
          : "totals_xiaoji",
    );
    if (xlsx) quirks.add("xlsx_formula_total");
  }

  if (style.notes) {
    if (style.blankRows === "empty") pushBlank();
    const { filler, phone, reviewer } = report.clerk;
    pushTitle(`填报人：${filler}  联系电话：${phone}  审核人：${reviewer}`);
    personal.names.push(filler, reviewer);
    personal.phones.push(phone);
    const filled = new Date(
      Date.parse(`${periodEnd}T00:00:00Z`) + report.filledAfterDays * 86_400_000,
    );
    pushTitle(
      `填报日期：${filled.getUTCFullYear()}年${filled.getUTCMonth() + 1}月${filled.getUTCDate()}日`,
    );
    quirks.add("note_rows").add("personal_note_rows").add("note_date");
  }

  for (const q of layoutQuirks(style, period, town, options.format)) quirks.add(q);
  // SheetJS writes a formula's cached value into BIFF8, not the formula: an .xls has no formula cells.
  if (options.format === "xls") {
    quirks.delete("xlsx_formula_total");
    quirks.delete("xlsx_formula_cell");
  }

  return {
    sheet: { name: fillTemplate(style.sheetName, period), rows, merges },
    rows: rendered,
    totalsRows,
    blankRows,
    quirks,
    personal,
  };
}
