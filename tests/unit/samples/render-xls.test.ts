import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { renderXls } from "../../../scripts/lib/samples/render-xls";
import type { Sheet } from "../../../scripts/lib/samples/sheet";

const sheets: Sheet[] = [
  { name: "填表说明", rows: [["一、每镇每期一个文件。"]], merges: [] },
  {
    name: "7月",
    rows: [
      ["平利县老县镇社区工厂统计月报表"],
      ["所在镇", "工厂名称", "用工人数", "投产时间"],
      ["老县镇", "甲厂", 12, { kind: "date", iso: "2017-06-12", numFmt: "yyyy-mm-dd" }],
      [null, "乙厂", 8, "2018-01-05"],
      ["合计", null, { kind: "formula", formula: "SUM(C3:C4)", result: 20 }, null],
    ],
    merges: ["A1:D1", "A3:A4"],
  },
];

describe("renderXls (Excel 97–2003 samples)", () => {
  it("gives the same bytes every time (no timestamps)", async () => {
    const a = renderXls(sheets);
    await new Promise((r) => setTimeout(r, 1100));
    expect(Buffer.from(renderXls(sheets)).equals(Buffer.from(a))).toBe(true);
  });

  it("writes a BIFF8 compound file that reads back with its sheets, values and merged ranges", () => {
    const bytes = renderXls(sheets);
    // The OLE2 compound-file signature every .xls starts with.
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(["填表说明", "7月"]);
    const report = book.Sheets["7月"];
    if (!report) throw new Error("no sheet 7月");
    expect(XLSX.utils.sheet_to_json(report, { header: 1, defval: null })).toEqual([
      ["平利县老县镇社区工厂统计月报表", null, null, null],
      ["所在镇", "工厂名称", "用工人数", "投产时间"],
      ["老县镇", "甲厂", 12, 42898],
      [null, "乙厂", 8, "2018-01-05"],
      ["合计", null, 20, null],
    ]);
    expect(report["!merges"]?.map((m) => XLSX.utils.encode_range(m))).toEqual(["A1:D1", "A3:A4"]);
  });
});
