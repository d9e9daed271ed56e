import { describe, expect, it } from "vitest";
import { renderXlsx } from "../../../scripts/lib/samples/render-xlsx";
import type { Sheet } from "../../../scripts/lib/samples/sheet";
import { fixZipTimestamps } from "../../../src/lib/template/zip-timestamps";

const sheet: Sheet = {
  name: "Sheet1",
  rows: [
    ["平利县兴隆镇社区工厂统计季报表", null, null],
    ["工厂名称", "投产时间", "用工人数"],
    ["鑫达服饰社区工厂", { kind: "date", iso: "2017-06-12", numFmt: "yyyy-mm-dd" }, 56],
    ["合计", null, { kind: "formula", formula: "SUM(C3:C3)", result: 56 }],
  ],
  merges: ["A1:C1"],
};

/** Every (time, date) pair of the zip's local and central headers. */
function stamps(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 16 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50)
      out.push(`${view.getUint16(i + 10, true)}/${view.getUint16(i + 12, true)}`);
    if (sig === 0x02014b50)
      out.push(`${view.getUint16(i + 12, true)}/${view.getUint16(i + 14, true)}`);
  }
  return out;
}

describe("reproducible .xlsx", () => {
  it("gives byte-identical workbooks for the same sheet", async () => {
    const a = await renderXlsx([sheet]);
    await new Promise((r) => setTimeout(r, 2100)); // DOS times have 2-second resolution
    const b = await renderXlsx([sheet]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("stamps every zip entry with 2021-01-01 00:00", async () => {
    const all = stamps(await renderXlsx([sheet]));
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all)).toEqual(new Set([`0/${((2021 - 1980) << 9) | (1 << 5) | 1}`]));
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => fixZipTimestamps(new Uint8Array(64))).toThrow(/zip/);
  });
});
