/**
 * Issue #13 finding 7: every file that yields nothing says so, on stderr in the run's summary and in
 * the manifest; note rows below the data are skipped by their shape, not rejected.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOD_CSV, rawWithOneReport, readManifest, runData, temp, zipOf } from "./run-data";

const TOWN = join("pingli", "城关镇");

const zipWithoutWorkbook = () =>
  zipOf([{ name: "readme.txt", data: Buffer.from("no workbook here") }]);

describe("a file that yields nothing says so", () => {
  it("a 0-byte file, a workbook with no sheet, a zip and a notice are named in the summary and the manifest", () => {
    const raw = rawWithOneReport();
    writeFileSync(join(raw, TOWN, "2018-07.csv"), "");
    writeFileSync(join(raw, TOWN, "2018-08.xlsx"), zipWithoutWorkbook());
    writeFileSync(join(raw, TOWN, "2018-09.xlsx"), "");
    writeFileSync(join(raw, TOWN, "附件.zip"), zipWithoutWorkbook());
    writeFileSync(join(raw, TOWN, "通知.csv"), "关于报送的通知\r\n请各镇按时报送。\r\n");
    const out = join(temp(), "out");
    const r = runData(["--in", raw, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = readManifest(out);
    const input = (p: string) => manifest.inputs.find((i) => i.path === `pingli/城关镇/${p}`);
    expect(input("2018-07.csv")?.error).toMatch(/empty file/);
    expect(input("2018-08.xlsx")?.error).toMatch(/no rows|not a readable Excel/);
    expect(input("2018-09.xlsx")?.error).toMatch(/empty file/);
    expect(manifest.ignored_files.map((f) => f.path)).toContain("pingli/城关镇/附件.zip");
    // The summary names each of them, and the one good file still counts.
    const summary = r.stderr.split("\n").filter((line) => line.startsWith("data:"));
    expect(summary[0]).toMatch(/^data: 5 files, .* 1 accepted/);
    const rest = summary.slice(1).join("\n");
    expect(rest).toMatch(/1 file not read: pingli\/城关镇\/附件\.zip/);
    expect(rest).toMatch(/4 files gave no data/);
    for (const name of ["2018-07.csv", "2018-08.xlsx", "2018-09.xlsx", "通知.csv"])
      expect(rest).toContain(`pingli/城关镇/${name}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("note rows below the data are skipped as notes, whatever their label", () => {
    const raw = temp();
    rawWithOneReport(raw);
    writeFileSync(
      join(raw, TOWN, "2018-06.csv"),
      `${GOOD_CSV}经办：王五,,,,,\r\n主要负责人：赵六,,,联系电话：0915-1234567,,\r\n`,
    );
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    const manifest = readManifest(out);
    expect(manifest.totals).toMatchObject({ accepted: 1, rejected: 0, skipped: 3 });
  });
});
