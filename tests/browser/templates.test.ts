import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openPage, useSession } from "./support/browser";
import { download } from "./support/downloads";

const session = useSession();

// Issue 12 §2: the data page offers each county's report template, under a Chinese file name.
describe.each([
  { path: "/data/", link: "汉阴县社区工厂报表模板（.xlsx）" },
  { path: "/en/data/", link: "Hanyin County report template (.xlsx, Chinese)" },
])("the report templates on $path", ({ path, link }) => {
  it("downloads 汉阴县社区工厂报表模板.xlsx: 填表说明 first, then the report sheet", async () => {
    const { page, log } = await openPage(session, path);
    const file = await download(page, page.getByRole("link", { name: link }));
    expect(file.name).toBe("汉阴县社区工厂报表模板.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.bytes).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["填表说明", "报表"]);
    expect(String(workbook.getWorksheet("报表")?.getCell("A3").value)).toBe("工厂名称");
    // The checker's address in 填表说明 is the site's own.
    const lines: string[] = [];
    workbook.getWorksheet("填表说明")?.eachRow((row) => lines.push(String(row.getCell(1).value)));
    expect(lines.join("\n")).toMatch(/https?:\/\/[^\s]+\/check\//);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await page.close();
  });
});
