import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** Runs `npm run data` as a person would (through tsx), returning exit code and output. */
function runData(args: string[]): { code: number | null; stderr: string; stdout: string } {
  const result = spawnSync(TSX, [join(ROOT, "scripts/data.ts"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

const temp = () => mkdtempSync(join(tmpdir(), "cf-data-"));
const oneGoodReport = (dir: string) => {
  mkdirSync(join(dir, "pingli", "城关镇"), { recursive: true });
  writeFileSync(
    join(dir, "pingli", "城关镇", "2018-06.csv"),
    "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（元）,工资总额\r\n甲厂,20,8,12,100000,40000\r\n",
  );
};

// Each failure mode gives one clear line on stderr, a non-zero exit and never a stack trace.
const expectOneLineFailure = (r: { code: number | null; stderr: string }, pattern: RegExp) => {
  expect(r.code).not.toBe(0);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

describe("npm run data: failure modes", () => {
  it("a missing input folder", () => {
    expectOneLineFailure(
      runData(["--in", "/nonexistent/raw", "--out", join(temp(), "out")]),
      /input folder not found: \/nonexistent\/raw/,
    );
  });

  it("an empty input folder", () => {
    expectOneLineFailure(
      runData(["--in", temp(), "--out", join(temp(), "out")]),
      /no report files/,
    );
  });

  it("bad arguments", () => {
    expectOneLineFailure(runData(["--bogus"]), /unknown option --bogus/);
    expectOneLineFailure(runData(["--in"]), /--in needs a value/);
  });

  it("broken reference data names the file and field", () => {
    const ref = temp();
    cpSync(join(ROOT, "data/reference"), ref, { recursive: true });
    const file = join(ref, "counties/pingli.json");
    const county = JSON.parse(readFileSync(file, "utf8"));
    county.targets[0].value = "a hundred";
    writeFileSync(file, JSON.stringify(county));
    const raw = temp();
    oneGoodReport(raw);
    expectOneLineFailure(
      runData(["--in", raw, "--out", join(temp(), "out"), "--reference", ref]),
      /pingli\.json.*targets\.0\.value/,
    );
  });

  it("an output folder that cannot be written", () => {
    const raw = temp();
    oneGoodReport(raw);
    const blocker = join(temp(), "file");
    writeFileSync(blocker, "not a folder");
    expectOneLineFailure(runData(["--in", raw, "--out", join(blocker, "out")]), /output folder/);
  });

  it("an unreadable file and a file that is not a report are recorded, and the rest is written", () => {
    const raw = temp();
    oneGoodReport(raw);
    symlinkSync(join(raw, "missing-target.csv"), join(raw, "pingli", "城关镇", "2018-07.csv"));
    writeFileSync(
      join(raw, "pingli", "城关镇", "会议通知.csv"),
      "关于召开社区工厂工作推进会的通知\r\n各镇：\r\n定于6月20日召开会议。\r\n",
    );
    writeFileSync(join(raw, "pingli", "城关镇", "2018-08.xlsx"), "this is not a zip file");
    const out = join(temp(), "out");
    const r = runData(["--in", raw, "--out", out]);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const input = (p: string) => manifest.inputs.find((i: { path: string }) => i.path === p);
    // A broken link is never opened: it is listed with the reason (issue #13 finding 3).
    expect(input("pingli/城关镇/2018-07.csv")).toBeUndefined();
    expect(manifest.ignored_files).toContainEqual({
      path: "pingli/城关镇/2018-07.csv",
      reason: expect.stringMatching(/broken link/),
    });
    expect(input("pingli/城关镇/2018-08.xlsx").error).toMatch(/not a readable Excel file/);
    expect(input("pingli/城关镇/会议通知.csv")).toMatchObject({
      rows_read: 3,
      rejected: 3,
      accepted: 0,
    });
    expect(input("pingli/城关镇/2018-06.csv")).toMatchObject({
      rows_read: 2,
      accepted: 1,
      skipped: 1,
      rejected: 0,
    });
    const rejects = readFileSync(join(out, "rejects.csv"), "utf8");
    expect(rejects).toContain("no_header");
    expect(r.stderr).toMatch(/1 file not read: pingli\/城关镇\/2018-07\.csv \(.*broken link/);
    expect(r.stderr).toMatch(/2 files gave no data: .*2018-08\.xlsx.*not a readable Excel file/);
  });
});

describe("npm run data: worker threads", () => {
  it("gives byte-identical outputs with worker threads and without", () => {
    const outs = [0, 2].map((workers) => {
      const out = join(temp(), "out");
      const r = runData(["--out", out, "--workers", String(workers)]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    });
    for (const file of ["reports.parquet", "factories.parquet", "rejects.csv", "manifest.json"])
      expect(
        readFileSync(join(outs[1] ?? "", file)).equals(readFileSync(join(outs[0] ?? "", file))),
        file,
      ).toBe(true);
  });

  it("rejects a bad worker count", () => {
    expectOneLineFailure(runData(["--workers", "many"]), /--workers must be a whole number/);
  });
});
