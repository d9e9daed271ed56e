import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { zipProblem } from "../../../src/lib/parse/zip-problem";
import { declaredZip } from "../../support/declared-zip";

describe("zipProblem", () => {
  it("lets a real workbook through", () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["工厂名称", "用工人数"]]), "S");
    const bytes = new Uint8Array(
      XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer,
    );
    expect(zipProblem(bytes)).toBeNull();
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["no central directory", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), /damaged/],
    ["a ZIP64 size", declaredZip(100, 0xffffffff), /ZIP64/],
    ["a 2 GB entry from 1 MB", declaredZip(1 << 20, 2 ** 31), /zip bomb/],
    ["300 MB at a modest ratio", declaredZip(30 << 20, 300 << 20), /too large/],
  ])("lists %s", (_case, bytes, why) => {
    expect(zipProblem(bytes)).toMatch(why);
  });
});
