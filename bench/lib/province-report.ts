import type { Factory, TownStyle } from "./province-town";
import { fakeMobile, fakePerson } from "./province-names";
import type { Rng } from "../../scripts/lib/samples/prng";

/** The town a report comes from, as the reference data names it. */
export interface ReportTown {
  countyId: string;
  countyName: string;
  townId: string;
  /** Full name, 青石镇. */
  name: string;
  /** Short name, 青石. */
  base: string;
}

/** One rendered report: its path inside the county folder, its text, and its accepted rows as clean CSV lines. */
export interface RenderedReport {
  path: string;
  text: string;
  clean: string[];
  dataRows: number;
  badRows: number;
}

type BadKind = "bad_number" | "negative" | "inconsistent" | "missing_required" | "bad_date";
const BAD_KINDS: readonly BadKind[] = [
  "bad_number",
  "negative",
  "inconsistent",
  "missing_required",
  "bad_date",
];
// About one row in 300 is wrong in a way the pipeline must reject.
const BAD_ROW_SHARE = 0.003;

interface MonthRow {
  f: Factory;
  employees: number;
  poor: number;
  relocated: number;
  contracts: number;
  output: number;
  wages: number;
  bad: BadKind | null;
}

interface Column {
  top: string;
  sub: string;
  cell(row: MonthRow): string;
  total?(rows: readonly MonthRow[]): string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET));
/** Yuan to 万元 with at most two decimals: exact, since every amount is a multiple of 100 yuan. */
const toWan = (yuan: number) => (yuan / 10_000).toFixed(2).replace(/\.?0+$/, "");
const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

function dateText(form: TownStyle["dateForm"], d: { y: number; m: number; d: number }): string {
  switch (form) {
    case 0:
      return `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
    case 1:
      return `${d.y}/${d.m}/${d.d}`;
    case 2:
      return `${d.y}.${d.m}`;
    case 3:
      return `${d.y}年${d.m}月${d.d}日`;
  }
}

function reportPath(style: TownStyle, town: ReportTown, y: number, m: number): string {
  switch (style.fileNaming) {
    case 0:
      return `${town.name}/${y}-${pad2(m)}.csv`;
    case 1:
      return `${town.name}/${town.name}_${y}${pad2(m)}.csv`;
    case 2:
      return `${town.name}/${town.name}社区工厂${y}年${m}月.csv`;
    case 3:
      return `${y}年/${town.base}${y}-${pad2(m)}.csv`;
  }
}

function columns(style: TownStyle, town: ReportTown, y: number, m: number, rng: Rng): Column[] {
  const s = style.synonyms;
  const count = (n: number) => {
    let text = String(n);
    if (style.fullWidth > 0 && rng.chance(style.fullWidth)) text = toFullWidth(text);
    if (style.spaces > 0 && rng.chance(style.spaces))
      text = rng.chance(0.5) ? `${text} ` : ` ${text}`;
    return text;
  };
  const money = (yuan: number) => {
    if (style.moneyUnit === "万元") return toWan(yuan);
    if (style.wanSuffix > 0 && rng.chance(style.wanSuffix)) return `${toWan(yuan)}万`;
    if (style.thousands) return withThousands(yuan);
    return String(yuan);
  };
  const sum = (pick: (r: MonthRow) => number) => (rows: readonly MonthRow[]) =>
    rows.reduce((t, r) => t + pick(r), 0);
  const unitLabel = style.secondHeader === "units" ? "" : `（${style.moneyUnit}）`;
  const unitRow = (unit: string) => (style.secondHeader === "units" ? unit : "");
  const group = style.secondHeader === "group";
  const cols: Column[] = [];
  if (style.serial) cols.push({ top: "序号", sub: "", cell: () => "" });
  cols.push({ top: s.name, sub: "", cell: (r) => r.f.name });
  if (style.creditCode)
    cols.push({ top: "统一社会信用代码", sub: "", cell: (r) => r.f.creditCode ?? "" });
  if (style.townColumn !== "none")
    cols.push({
      top: s.town,
      sub: "",
      cell: () => (style.townColumn === "full" ? town.name : town.base),
    });
  cols.push({ top: s.community, sub: "", cell: (r) => r.f.community });
  cols.push({ top: s.industry, sub: "", cell: (r) => r.f.product });
  cols.push({
    top: s.opened,
    sub: "",
    cell: (r) =>
      r.bad === "bad_date" ? `${y}-13-0${rng.int(1, 9)}` : dateText(style.dateForm, r.f.opened),
  });
  cols.push({
    top: s.certified,
    sub: "",
    cell: (r) => (r.f.certified ? dateText(style.dateForm, r.f.certified) : ""),
  });
  cols.push({ top: s.leading, sub: "", cell: (r) => (r.f.leading ? "是" : "否") });
  cols.push({ top: s.base, sub: "", cell: (r) => r.f.base });
  cols.push({
    top: group ? "用工情况" : s.employees,
    sub: group ? s.employees : unitRow("（人）"),
    cell: (r) => (r.bad === "bad_number" ? `约${r.employees}` : count(r.employees)),
    total: (rows) => String(sum((r) => r.employees)(rows)),
  });
  cols.push({
    top: group ? "" : s.poor,
    sub: group ? s.poor : unitRow("（人）"),
    cell: (r) =>
      r.bad === "negative"
        ? `-${r.poor}`
        : r.bad === "inconsistent"
          ? String(r.employees + 3)
          : count(r.poor),
    total: (rows) => String(sum((r) => r.poor)(rows)),
  });
  cols.push({
    top: group ? "" : s.relocated,
    sub: group ? s.relocated : unitRow("（人）"),
    cell: (r) => count(r.relocated),
    total: (rows) => String(sum((r) => r.relocated)(rows)),
  });
  if (style.contracts)
    cols.push({
      top: s.contracts,
      sub: unitRow("（人）"),
      cell: (r) => count(r.contracts),
      total: (rows) => String(sum((r) => r.contracts)(rows)),
    });
  const moneyTotal = (pick: (r: MonthRow) => number) => (rows: readonly MonthRow[]) => {
    const t = sum(pick)(rows);
    return style.moneyUnit === "万元" ? toWan(t) : String(t);
  };
  cols.push({
    top: `${s.output}${unitLabel}`,
    sub: unitRow(`（${style.moneyUnit}）`),
    cell: (r) => money(r.output),
    total: moneyTotal((r) => r.output),
  });
  cols.push({
    top: `${s.wages}${unitLabel}`,
    sub: unitRow(`（${style.moneyUnit}）`),
    cell: (r) => (r.bad === "missing_required" ? "" : money(r.wages)),
    total: moneyTotal((r) => r.wages),
  });
  if (style.monthsOperating) cols.push({ top: s.months, sub: "", cell: () => count(m) });
  if (style.periodColumn) {
    const period = rng.chance(0.5) ? `${y}年${m}月` : `${y}-${pad2(m)}`;
    cols.push({ top: s.period, sub: "", cell: () => period });
  }
  if (style.personalColumns) {
    cols.push({ top: "负责人", sub: "", cell: () => fakePerson(rng) });
    cols.push({ top: "联系电话", sub: "", cell: () => fakeMobile(rng) });
  }
  if (style.remark)
    cols.push({ top: "备注", sub: "", cell: () => (rng.chance(0.05) ? "新增" : "") });
  return cols;
}

function monthRows(factories: readonly Factory[], rng: Rng): MonthRow[] {
  return factories.map((f) => {
    const employees = Math.max(1, f.size + rng.int(-3, 3));
    return {
      f,
      employees,
      poor: Math.floor(employees * f.poorShare),
      relocated: Math.floor(employees * f.relocatedShare),
      contracts: Math.floor(employees * f.contractShare),
      output: employees * f.outputPerHead,
      wages: employees * f.wagePerHead,
      bad: rng.chance(BAD_ROW_SHARE) ? rng.pick(BAD_KINDS) : null,
    };
  });
}

/**
 * One town's report for one month, written the town's way, and the rows the pipeline should accept,
 * already clean, in the columns of reports.parquet (REPORT_COLUMNS).
 */
export function renderReport(input: {
  town: ReportTown;
  style: TownStyle;
  factories: readonly Factory[];
  factoryIds: readonly string[];
  y: number;
  m: number;
  rng: Rng;
  /** Written as a workbook of this form, the report on the sheet named here (DATA-CONTRACT §6). */
  workbook?: { extension: "xlsx" | "xls"; sheet: string } | undefined;
}): RenderedReport {
  const { town, style, y, m, rng } = input;
  const path = input.workbook
    ? reportPath(style, town, y, m).replace(/\.csv$/, `.${input.workbook.extension}`)
    : reportPath(style, town, y, m);
  // Quoted, so the floor's read_csv (allow_quoted_nulls off) reads "" as the empty sheet of a text file.
  const sheet = `"${input.workbook?.sheet ?? ""}"`;
  const cols = columns(style, town, y, m, rng);
  const width = cols.length;
  const lines: string[] = [];
  const row = (cells: readonly string[]) => lines.push(cells.map(csvCell).join(","));
  const titleRow = (text: string) => lines.push(style.serial ? text + ",".repeat(width - 1) : text);
  if (style.titleRows >= 1)
    titleRow(`${style.withCountyInTitle ? town.countyName : ""}${town.name}社区工厂统计月报表`);
  if (style.titleRows >= 2) titleRow(rng.chance(0.5) ? `（${y}年${m}月）` : `${y}年${m}月`);
  if (style.titleRows >= 3) titleRow(`填报单位：${town.name}人民政府`);
  row(cols.map((c) => c.top));
  if (style.secondHeader !== "none") row(cols.map((c) => c.sub));

  const rows = monthRows(input.factories, rng);
  const periodStart = `${y}-${pad2(m)}-01`;
  const periodEnd = `${y}-${pad2(m)}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  const sourceFile = `${town.countyId}/${path}`;
  const clean: string[] = [];
  let badRows = 0;
  rows.forEach((r, i) => {
    const cells = cols.map((c) => c.cell(r));
    if (style.serial) cells[0] = String(i + 1);
    row(cells);
    if (r.bad) {
      badRows += 1;
      return;
    }
    clean.push(
      [
        town.countyId,
        town.townId,
        town.name,
        input.factoryIds[i] ?? "",
        periodStart,
        periodEnd,
        r.employees,
        r.poor,
        r.relocated,
        style.contracts ? r.contracts : "",
        r.output,
        r.wages,
        sourceFile,
        lines.length,
        "month",
        style.monthsOperating ? m : "",
        sheet,
      ].join(","),
    );
  });
  if (style.totals) {
    const good = rows.filter((r) => !r.bad);
    row(Array.from({ length: width }, () => ""));
    row(cols.map((c, i) => (i === 0 ? "合计" : (c.total?.(good) ?? ""))));
  }
  if (style.notes) {
    const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
    titleRow(
      `填报人：${fakePerson(rng)}  联系电话：${fakeMobile(rng)}  审核人：${fakePerson(rng)}`,
    );
    titleRow(`填报日期：${next.y}年${next.m}月${rng.int(1, 10)}日`);
  }
  return {
    path,
    text: lines.join(style.lineEnd) + style.lineEnd,
    clean,
    dataRows: rows.length,
    badRows,
  };
}
