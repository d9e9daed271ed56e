import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findHeader } from "../../../src/lib/parse/map-headers";
import { xlsxToGrids, XlsxReadError } from "../../../src/lib/parse/xlsx-grid";

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// A township report as a clerk builds it in Excel: merged title, merged two-level header,
// a formula, a date, rich text and a sign-off row.
async function townReport(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("说明");
  const sheet = workbook.addWorksheet("6月");
  sheet.getCell("A1").value = "平利县城关镇社区工厂统计月报表";
  sheet.mergeCells("A1:F1");
  sheet.getCell("A2").value = "（2018年6月）";
  sheet.mergeCells("A2:F2");
  sheet.getCell("A3").value = "工厂名称";
  sheet.mergeCells("A3:A4");
  sheet.getCell("B3").value = "投产时间";
  sheet.mergeCells("B3:B4");
  sheet.getCell("C3").value = "用工情况";
  sheet.mergeCells("C3:E3");
  sheet.getCell("C4").value = "用工人数";
  sheet.getCell("D4").value = "其中贫困劳动力";
  sheet.getCell("E4").value = "其中搬迁群众";
  sheet.getCell("F3").value = "产值（万元）";
  sheet.mergeCells("F3:F4");
  sheet.getRow(5).values = [
    "城关镇毛绒玩具社区工厂",
    new Date(Date.UTC(2017, 5, 12)),
    52,
    20,
    31,
    12.5,
  ];
  sheet.getCell("A6").value = {
    richText: [{ text: "兴隆" }, { text: "针织厂", font: { bold: true } }],
  };
  sheet.getCell("B6").value = 42898;
  sheet.getCell("C6").value = { formula: "D6+E6", result: 30 };
  sheet.getCell("D6").value = 12;
  sheet.getCell("E6").value = 18;
  sheet.getCell("F6").value = true;
  sheet.getCell("A8").value = "填报人：张三  联系电话：13812345678";
  sheet.mergeCells("A8:F8");
  return toBytes(workbook);
}

describe("xlsxToGrids", () => {
  it("reads the first sheet with data, keeping each merged value once", async () => {
    expect(await xlsxToGrids(await townReport())).toEqual([
      ["平利县城关镇社区工厂统计月报表", "", "", "", "", ""],
      ["（2018年6月）", "", "", "", "", ""],
      ["工厂名称", "投产时间", "用工情况", "", "", "产值（万元）"],
      ["", "", "用工人数", "其中贫困劳动力", "其中搬迁群众", ""],
      ["城关镇毛绒玩具社区工厂", "2017-06-12", "52", "20", "31", "12.5"],
      ["兴隆针织厂", "42898", "30", "12", "18", "TRUE"],
      ["", "", "", "", "", ""],
      ["填报人：张三  联系电话：13812345678", "", "", "", "", ""],
    ]);
  });

  it("gives a grid whose two-level header findHeader reads", async () => {
    const header = findHeader(await xlsxToGrids(await townReport()));
    expect(header).toMatchObject({ headerRowIndex: 2, dataStartIndex: 4 });
    expect(header?.columns.map((c) => c.field)).toEqual([
      "factory_name",
      "opened_on",
      "employees",
      "poor_workers",
      "relocated_workers",
      "output_value",
    ]);
    expect(header?.columns[5]?.multiplier).toBe(10_000);
  });

  it("reads a formula's cached result, a hyperlink's text, and errors as empty cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("x");
    sheet.getCell("A1").value = { formula: 'A2&"镇"', result: "城关镇" };
    sheet.getCell("B1").value = { text: "网站", hyperlink: "https://example.invalid" };
    sheet.getCell("C1").value = { error: "#DIV/0!" };
    sheet.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    expect(await xlsxToGrids(await toBytes(workbook))).toEqual([["城关镇", "网站"]]);
  });

  it("keeps Excel row numbers when the sheet starts lower down", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("x").getCell("B3").value = "工厂名称";
    expect(await xlsxToGrids(await toBytes(workbook))).toEqual([
      ["", ""],
      ["", ""],
      ["", "工厂名称"],
    ]);
  });

  it("gives an empty grid for a workbook without data", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("空");
    expect(await xlsxToGrids(await toBytes(workbook))).toEqual([]);
  });

  it("rejects bytes that are not a workbook with a bilingual message", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        await expect(xlsxToGrids(bytes)).rejects.toThrow(XlsxReadError);
      }),
      { numRuns: 20 },
    );
    await expect(xlsxToGrids(new TextEncoder().encode("工厂名称,所在镇"))).rejects.toThrow(
      /无法读取 Excel 文件.* \/ cannot read the Excel file/,
    );
  });
});
