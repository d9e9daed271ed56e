import ExcelJS from "exceljs";
import type { Cell, CellValue, Worksheet } from "exceljs";

/** Thrown when the bytes are not a readable .xlsx workbook; the message is for the clerk. */
export class XlsxReadError extends Error {
  override name = "XlsxReadError";
}

function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

// exceljs gives a cell's value as one of several shapes; this turns each into the text a CSV export would hold.
function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // exceljs reads date-formatted cells as Dates at UTC midnight.
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return valueText(value.result);
  if ("error" in value) return "";
  if ("text" in value) return typeof value.text === "string" ? value.text : valueText(value.text);
  return "";
}

// exceljs repeats a merged range's value in every cell; only the top-left (master) cell keeps it,
// so a merged title or group header is read once, as Excel's own CSV export does.
function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  return valueText(cell.value);
}

function sheetGrid(sheet: Worksheet): string[][] {
  const grid: string[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const text = cellText(cell);
      if (text === "") return;
      while (cells.length < columnNumber - 1) cells.push("");
      cells[columnNumber - 1] = text;
    });
    if (cells.length === 0) return;
    // Grid row i is sheet row i + 1, so row numbers in rejects match what the clerk sees in Excel.
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  });
  return grid.map((cells) => [...cells, ...Array<string>(width - cells.length).fill("")]);
}

/** Reads an .xlsx file's first worksheet that has data as a grid of strings (merged cells kept once). */
export async function xlsxToGrids(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy, so that the ArrayBuffer holds exactly these bytes (a view may share a larger one).
    const buffer = new Uint8Array(bytes).buffer;
    await workbook.xlsx.load(buffer);
  } catch {
    throw new XlsxReadError(
      "无法读取 Excel 文件（不是 .xlsx 或已损坏） / cannot read the Excel file (not .xlsx, or damaged)",
    );
  }
  for (const sheet of workbook.worksheets) {
    const grid = sheetGrid(sheet);
    if (grid.length > 0) return grid;
  }
  return [];
}
