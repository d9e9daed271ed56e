import * as XLSX from "@e965/xlsx";
import { excelSerial } from "./render-report";
import type { Cell, Sheet } from "./sheet";

/** A cell as SheetJS writes it into BIFF8: formulas keep their cached result, dates their serial number and format. */
function xlsCell(cell: Exclude<Cell, null>): XLSX.CellObject {
  if (typeof cell === "string") return { t: "s", v: cell };
  if (typeof cell === "number") return { t: "n", v: cell };
  if (cell.kind === "date") return { t: "n", v: excelSerial(cell.iso), z: cell.numFmt };
  return { t: "n", v: cell.result, f: cell.formula };
}

/**
 * The .xls (Excel 97–2003, BIFF8) bytes of a workbook of sheets, in order, with merged ranges. SheetJS
 * writes no timestamps into BIFF8 unless the workbook's properties carry them, so the bytes are reproducible.
 */
export function renderXls(sheets: readonly Sheet[]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet: XLSX.WorkSheet = {};
    let lastRow = 0;
    let lastCol = 0;
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null) return;
        worksheet[XLSX.utils.encode_cell({ r, c })] = xlsCell(cell);
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      });
    });
    worksheet["!ref"] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: lastRow, c: lastCol },
    });
    worksheet["!merges"] = sheet.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name);
  }
  const bytes: unknown = XLSX.write(workbook, { bookType: "biff8", type: "array" });
  if (!(bytes instanceof ArrayBuffer)) throw new Error("SheetJS did not return an ArrayBuffer");
  return new Uint8Array(bytes);
}
