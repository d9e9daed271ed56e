/**
 * Issue #13 finding 4: limits per file, not per run. A file over a stated limit is listed with the
 * reason and the run goes on; no file's size makes the run fail, run out of heap or kill a worker.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  MAX_CELL_CHARS,
  MAX_LINE_BYTES,
  MAX_ROWS_PER_FILE,
  MAX_TEXT_FILE_BYTES,
  MAX_WORKBOOK_BYTES,
} from "../../../src/lib/pipeline/file-limits";
import { parseFiles } from "../../../scripts/lib/parse-files";
import type { ParsedFile } from "../../../scripts/lib/read-and-parse";
import { readReference, REFERENCE_DIR } from "../../../scripts/lib/read-reference";
import { GOOD_CSV, rawWithOneReport, readManifest, runData, temp, zipOf } from "./run-data";

const TOWN = join("pingli", "城关镇");
const HEADER = "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（元）,工资总额\r\n";

/** A report with `rows` distinct factories. */
const manyFactories = (rows: number) =>
  HEADER +
  Array.from({ length: rows }, (_, i) => `第${i}号社区工厂,20,8,12,100000,40000\r\n`).join("");

async function workbookWithCell(text: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("2018年6月");
  sheet.addRow([
    "工厂名称",
    "用工人数",
    "其中贫困劳动力",
    "其中搬迁群众",
    "产值（元）",
    "工资总额",
  ]);
  sheet.addRow([text, 20, 8, 12, 100000, 40000]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a file over a limit is listed with the reason and the run goes on", () => {
  it("size, rows, line length and cell length", async () => {
    const raw = rawWithOneReport();
    const at = (name: string) => join(raw, TOWN, name);
    // 200,000 distinct factories once exhausted DuckDB's memory and aborted the run.
    writeFileSync(at("2018-07.csv"), manyFactories(200_000));
    writeFileSync(at("2018-08.csv"), Buffer.alloc(MAX_TEXT_FILE_BYTES + 1, "甲厂,1\n"));
    writeFileSync(at("2018-09.csv"), `${HEADER}${"长".repeat(MAX_LINE_BYTES / 2)},20,8,12,1,1\r\n`);
    // A 2 MB text cell once broke the staging CSV; a workbook compresses it to a few KB.
    writeFileSync(at("2018-10.xlsx"), await workbookWithCell("厂".repeat(2 * 1024 * 1024)));
    // A workbook over the size limit is never opened (a 1M-row workbook exhausted the heap).
    writeFileSync(at("2018-11.xlsx"), randomBytes(MAX_WORKBOOK_BYTES + 1));
    // A million rows compress into a small file: refused from the zip's directory, never unzipped.
    const millionRows = Buffer.from(
      `<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>厂</t></is></c><c><v>20</v></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`,
    );
    writeFileSync(
      at("2018-13.xlsx"),
      zipOf([{ name: "xl/worksheets/sheet1.xml", data: millionRows }]),
    );
    // A name exactly at the cell limit goes through staging and DuckDB like any other.
    writeFileSync(at("2018-12.xlsx"), await workbookWithCell("乙".repeat(MAX_CELL_CHARS)));
    const out = join(temp(), "out");
    // A heap far smaller than the 200,000-row file would need if it were read: limits come first.
    const r = runData(["--in", raw, "--out", out], "--max-old-space-size=384");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const manifest = readManifest(out);
    const error = (name: string) =>
      manifest.inputs.find((i) => i.path === `pingli/城关镇/${name}`)?.error ?? "";
    expect(error("2018-07.csv")).toMatch(
      new RegExp(
        `too many rows \\(200,001; the limit is ${MAX_ROWS_PER_FILE.toLocaleString("en-US")}\\)`,
      ),
    );
    expect(error("2018-08.csv")).toMatch(/file too large/);
    expect(error("2018-09.csv")).toMatch(/line 2 is too long/);
    expect(error("2018-10.xlsx")).toMatch(
      new RegExp(`a cell is too long .*limit is ${MAX_CELL_CHARS.toLocaleString("en-US")}`),
    );
    expect(error("2018-11.xlsx")).toMatch(/file too large/);
    expect(error("2018-13.xlsx")).toMatch(/the workbook unzips to \d+ MB \(the limit is 16 MB\)/);
    expect(manifest.totals.accepted).toBe(2);
    expect(r.stderr).toMatch(/6 files gave no data/);
  });

  it("a file just under the row limit is read", () => {
    const raw = temp();
    rawWithOneReport(raw);
    writeFileSync(join(raw, TOWN, "2018-07.csv"), manyFactories(MAX_ROWS_PER_FILE - 1));
    const out = join(temp(), "out");
    const r = runData(["--in", raw, "--out", out], "--max-old-space-size=768");
    expect(r.code, r.stderr).toBe(0);
    expect(readManifest(out).totals.accepted).toBe(MAX_ROWS_PER_FILE);
  });
});

describe("a worker that runs out of memory", () => {
  it("costs only the file that exhausted it; the others in its batch are read", async () => {
    const raw = temp();
    rawWithOneReport(raw);
    const files = ["pingli/城关镇/2018-06.csv", "pingli/城关镇/2018-07.csv"];
    for (let m = 8; m <= 12; m += 1) {
      const name = `pingli/城关镇/2018-${String(m).padStart(2, "0")}.csv`;
      writeFileSync(join(raw, name), GOOD_CSV.replace("甲厂", `厂${m}`));
      files.push(name);
    }
    writeFileSync(join(raw, files[1] ?? ""), manyFactories(MAX_ROWS_PER_FILE - 1));
    const parsed: ParsedFile[] = [];
    await parseFiles({
      inDir: raw,
      files,
      reference: await readReference(REFERENCE_DIR),
      workers: 1,
      // Small enough that the 50,000-row file exhausts it, large enough for the others.
      workerHeapMb: 24,
      onFile: (i, file) => (parsed[i] = file),
    });
    expect(parsed.map((p) => p.result.path)).toEqual(files);
    expect(parsed[1]?.result.error).toMatch(/ran out of memory/);
    for (const k of [0, 2, 3, 4, 5, 6]) expect(parsed[k]?.result.error, files[k]).toBeNull();
  });
});
