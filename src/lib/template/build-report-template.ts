import ExcelJS from "exceljs";
import type { County, Industry } from "../reference/schema";
import { fixZipTimestamps } from "./zip-timestamps";
import { BASE_LEVELS, TEMPLATE_COLUMNS, YES_NO, type TemplateColumn } from "./template-columns";
import { templateInstructions } from "./template-instructions";

/** Where things sit on the report sheet (1-based rows, as Excel shows them). */
export const TEMPLATE_LAYOUT = {
  sheetName: "报表",
  instructionsSheetName: "填表说明",
  titleRow: 1,
  /** 镇（街道） in A, the town in B; 报告期 in D, the period in E. */
  townPeriodRow: 2,
  townCell: "B2",
  periodCell: "E2",
  headerRow: 3,
  firstDataRow: 4,
  /** Rows open for data below the header (validation and unlocked cells). */
  dataRows: 200,
} as const;

// exceljs stamps creation times and JSZip stamps every entry: fix both so the template's bytes are reproducible.
const FIXED_DATE = new Date(Date.UTC(2021, 0, 1));
const EARLIEST_DATE = new Date(Date.UTC(1990, 0, 1));
const LATEST_DATE = new Date(Date.UTC(2099, 11, 31));
const MAX_MONEY = 1e12;
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

export interface TemplateOptions {
  /** The site's address, for the checker's link in 填表说明 (e.g. https://example.org). */
  siteUrl: string;
}

/** An inline dropdown list (Excel allows 255 characters; the reference lists are far shorter). */
function listFormula(values: readonly string[]): string {
  const text = values.join(",");
  if (text.length > 255)
    throw new Error(`dropdown list too long for Excel (${text.length} > 255 characters): ${text}`);
  return `"${text}"`;
}

function validationFor(
  col: TemplateColumn,
  industries: readonly Industry[],
): ExcelJS.DataValidation {
  const common = {
    allowBlank: !col.required,
    showInputMessage: true,
    promptTitle: col.label,
    prompt: col.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: col.label,
  } as const;
  switch (col.input.kind) {
    case "text":
      return {
        ...common,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [100],
        error: "文字太长",
      };
    case "credit_code":
      return {
        ...common,
        type: "textLength",
        operator: "equal",
        formulae: [18],
        error: "统一社会信用代码是18位",
      };
    case "industry":
      return {
        ...common,
        type: "list",
        formulae: [listFormula(industries.map((i) => i.name))],
        error: "请从下拉列表中选择行业",
      };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [EARLIEST_DATE, LATEST_DATE],
        error: "请填日期，如 2017-06-12",
      };
    case "yes_no":
      return { ...common, type: "list", formulae: [listFormula(YES_NO)], error: "请选择 是 或 否" };
    case "base_level":
      return {
        ...common,
        type: "list",
        formulae: [listFormula(BASE_LEVELS)],
        error: "请选择 省级、市级、县级 或 无",
      };
    case "people":
      return {
        ...common,
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        error: "人数请填不小于0的整数",
      };
    case "yuan":
      return {
        ...common,
        type: "decimal",
        operator: "between",
        formulae: [0, MAX_MONEY],
        error: "金额请填不小于0的数字，单位元",
      };
    case "months":
      return {
        ...common,
        type: "whole",
        operator: "between",
        formulae: [0, 12],
        error: "生产月数是0到12的整数",
      };
  }
}

/** exceljs's per-sheet validation list, which its type declarations leave out (it exists since 4.0). */
interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}
const hasRangeValidations = (sheet: object): sheet is { dataValidations: RangeValidations } =>
  "dataValidations" in sheet &&
  typeof sheet.dataValidations === "object" &&
  sheet.dataValidations !== null &&
  "add" in sheet.dataValidations;

function rangeValidations(sheet: ExcelJS.Worksheet): RangeValidations {
  if (!hasRangeValidations(sheet)) throw new Error("exceljs: worksheet has no dataValidations");
  return sheet.dataValidations;
}

function addInstructions(workbook: ExcelJS.Workbook, county: County, siteUrl: string): void {
  const sheet = workbook.addWorksheet(TEMPLATE_LAYOUT.instructionsSheetName);
  sheet.getColumn(1).width = 110;
  templateInstructions(county.name, siteUrl).forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line === "" ? null : line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}

function addReportSheet(
  workbook: ExcelJS.Workbook,
  county: County,
  industries: readonly Industry[],
): void {
  const L = TEMPLATE_LAYOUT;
  const sheet = workbook.addWorksheet(L.sheetName, {
    views: [{ state: "frozen", ySplit: L.headerRow }],
  });
  const width = TEMPLATE_COLUMNS.length;
  const lastDataRow = L.firstDataRow + L.dataRows - 1;

  sheet.getCell(L.titleRow, 1).value = `${county.name}社区工厂统计报表`;
  sheet.getCell(L.titleRow, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(L.titleRow, 1, L.titleRow, width);

  sheet.getCell(L.townPeriodRow, 1).value = "镇（街道）：";
  const town = sheet.getCell(L.townCell);
  town.dataValidation = {
    type: "list",
    allowBlank: false,
    formulae: [listFormula(county.towns.map((t) => t.name))],
    showInputMessage: true,
    promptTitle: "镇（街道）",
    prompt: "从下拉列表中选择本镇",
    showErrorMessage: true,
    errorStyle: "stop",
    error: "请从下拉列表中选择本县的镇",
  };
  sheet.getCell(L.townPeriodRow, 4).value = "报告期：";
  const period = sheet.getCell(L.periodCell);
  // Text, so Excel keeps 2020年6月 as typed instead of turning it into a date.
  period.numFmt = "@";
  period.dataValidation = {
    type: "textLength",
    operator: "between",
    allowBlank: false,
    formulae: [6, 12],
    showInputMessage: true,
    promptTitle: "报告期",
    prompt: "月报填 2020年6月，季报填 2020年第二季度",
    showErrorMessage: true,
    errorStyle: "stop",
    error: "请填报告期，如 2020年6月 或 2020年第二季度",
  };
  for (const cell of [town, period]) {
    cell.protection = { locked: false };
    cell.border = { bottom: { style: "thin" } };
  }

  TEMPLATE_COLUMNS.forEach((col, i) => {
    const header = sheet.getCell(L.headerRow, i + 1);
    header.value = col.label;
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    header.border = { bottom: { style: "thin" } };
    const column = sheet.getColumn(i + 1);
    column.width = col.width;
    // One validation per column range: exceljs's merging of per-cell validations sorts addresses as
    // text (A10 before A4) and writes overlapping ranges.
    const letter = column.letter;
    rangeValidations(sheet).add(
      `${letter}${L.firstDataRow}:${letter}${lastDataRow}`,
      validationFor(col, industries),
    );
    for (let row = L.firstDataRow; row <= lastDataRow; row++) {
      const cell = sheet.getCell(row, i + 1);
      cell.protection = { locked: false };
      if (col.input.kind === "date") cell.numFmt = "yyyy-mm-dd";
      if (col.input.kind === "credit_code") cell.numFmt = "@";
    }
  });
}

/**
 * One county's report template (.xlsx): 填表说明 first, then the 报表 sheet with the contract's canonical
 * headers and units, the town and period cells, dropdowns and number rules on every data cell, and the
 * sheet protected (no password) so only the cells below the header and the town and period can be edited.
 * Pure and browser-safe; the same inputs give the same bytes.
 */
export async function buildReportTemplate(
  county: County,
  industries: readonly Industry[],
  options: TemplateOptions,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${county.name}社区工厂建设工作领导小组办公室`;
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  addInstructions(workbook, county, options.siteUrl);
  addReportSheet(workbook, county, industries);
  const report = workbook.getWorksheet(TEMPLATE_LAYOUT.sheetName);
  // No password: exceljs would salt its hash with random bytes, and the lock is against slips, not people.
  await report?.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer));
}
