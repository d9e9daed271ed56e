import { readWorkbook, WorkbookReadError } from "./read-workbook";

/** Kept under its old name for callers that read one grid: a workbook that cannot be read. */
export { WorkbookReadError as XlsxReadError };

/** The first worksheet that has data, as a grid of strings (merged cells kept once); see readWorkbook. */
export async function xlsxToGrids(bytes: Uint8Array): Promise<string[][]> {
  const sheets = await readWorkbook(bytes);
  return sheets.find((sheet) => sheet.rows.length > 0)?.rows ?? [];
}
