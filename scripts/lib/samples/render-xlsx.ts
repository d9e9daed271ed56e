import ExcelJS from "exceljs";
import type { Sheet } from "./sheet";
import { fixZipTimestamps } from "../../../src/lib/template/zip-timestamps";

// exceljs stamps the workbook's creation and modification times: fix them so output is reproducible.
const FIXED_DATE = new Date(Date.UTC(2021, 0, 1));

/** The .xlsx bytes of a workbook of sheets, in order: numbers, real date cells, formulas with cached results, merged ranges. */
export async function renderXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Administrator";
  workbook.lastModifiedBy = "Administrator";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell === null) return;
        const target = worksheet.getCell(i + 1, j + 1);
        if (typeof cell === "string" || typeof cell === "number") {
          target.value = cell;
        } else if (cell.kind === "date") {
          target.value = new Date(`${cell.iso}T00:00:00Z`);
          target.numFmt = cell.numFmt;
        } else {
          target.value = { formula: cell.formula, result: cell.result };
        }
      });
    });
    for (const range of sheet.merges) worksheet.mergeCells(range);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer));
}
