import { describe, expect, it } from "vitest";
import {
  cellProblem,
  linesProblem,
  MAX_CELL_CHARS,
  MAX_LINE_BYTES,
  MAX_ROWS_PER_FILE,
  MAX_TEXT_FILE_BYTES,
  MAX_WORKBOOK_BYTES,
  rowsProblem,
  sizeProblem,
  unzippedProblem,
  MAX_WORKBOOK_UNZIPPED_BYTES,
} from "../../../src/lib/pipeline/file-limits";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("file limits", () => {
  it.each([
    [MAX_TEXT_FILE_BYTES, false, null],
    [MAX_TEXT_FILE_BYTES + 1, false, /file too large \(16 MB; the limit is 16 MB\)/],
    [MAX_WORKBOOK_BYTES, true, null],
    [MAX_WORKBOOK_BYTES + 1, true, /file too large .*the limit is 4 MB/],
  ])("sizeProblem(%i, workbook %s)", (size, isWorkbook, expected) => {
    const problem = sizeProblem(size, isWorkbook);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it.each([
    ["", null],
    ["a\nb\r\nc", null],
    ["a\n".repeat(MAX_ROWS_PER_FILE), null],
    ["a\n".repeat(MAX_ROWS_PER_FILE + 1), /too many rows \(50,001; the limit is 50,000\)/],
    // Blank lines are not rows.
    [`${"a\n".repeat(MAX_ROWS_PER_FILE)}\n\n\n`, null],
    [`x\n${",".repeat(MAX_LINE_BYTES)}`, null],
    [`x\n${",".repeat(MAX_LINE_BYTES + 1)}\ny`, /line 2 is too long/],
  ])("linesProblem(%#)", (text, expected) => {
    const problem = linesProblem(bytes(text));
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it("names the row and cell limits in both languages", () => {
    expect(rowsProblem(MAX_ROWS_PER_FILE)).toBeNull();
    expect(rowsProblem(MAX_ROWS_PER_FILE + 1)).toMatch(/^行数过多.* \/ too many rows/);
    expect(cellProblem(MAX_CELL_CHARS)).toBeNull();
    expect(cellProblem(MAX_CELL_CHARS + 1)).toMatch(/^单元格文字过长.* \/ a cell is too long/);
  });
});

describe("unzippedProblem", () => {
  it("reads the sizes a zip's directory declares, without unzipping", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("2018年6月").addRow(["工厂名称", "用工人数"]);
    const small = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(unzippedProblem(small)).toBeNull();
    expect(unzippedProblem(new Uint8Array([1, 2, 3]))).toBeNull();
    // The same workbook's directory claiming one entry 1 MB over the limit.
    const view = new DataView(small.buffer, small.byteOffset, small.byteLength);
    const eocd = small.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    const central = view.getUint32(eocd + 16, true);
    view.setUint32(central + 24, MAX_WORKBOOK_UNZIPPED_BYTES + 1024 * 1024, true);
    expect(unzippedProblem(small)).toMatch(/the workbook unzips to 17 MB \(the limit is 16 MB\)/);
  });
});
