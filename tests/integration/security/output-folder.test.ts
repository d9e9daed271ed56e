/**
 * Issue #13 findings 1 and 5: the pipeline never deletes what it did not make, never publishes its
 * temporary files, and at every instant --out holds either the old or the new output, complete.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPlace, OUTPUT_MARKER, workDirFor } from "../../../scripts/lib/output-folder";
import {
  expectOneLineFailure,
  rawWithOneReport,
  readManifest,
  ROOT,
  runData,
  snapshot,
  temp,
} from "./run-data";

describe("an output folder at, inside or above the input is refused and nothing is touched", () => {
  it.each([
    ["the input itself", (raw: string) => raw],
    ["inside the input", (raw: string) => join(raw, "out")],
    ["inside a county folder", (raw: string) => join(raw, "pingli", "out")],
    ["the input's parent", (raw: string) => dirname(raw)],
    ["the input's parent, spelled with ..", (raw: string) => join(raw, "pingli", "..", "..")],
  ])("%s", (_, outOf) => {
    const parent = temp();
    const raw = rawWithOneReport(join(parent, "raw"));
    writeFileSync(join(parent, "unrelated.txt"), "keep me");
    const before = snapshot(parent);
    const r = runData(["--in", raw, "--out", outOf(raw)]);
    expectOneLineFailure(r, /input/);
    expect(snapshot(parent)).toEqual(before);
  });

  it("a link to the input's parent used as --out", () => {
    const parent = temp();
    const raw = rawWithOneReport(join(parent, "raw"));
    const link = join(temp(), "link");
    symlinkSync(parent, link);
    const before = snapshot(parent);
    expectOneLineFailure(runData(["--in", raw, "--out", link]), /input|link/);
    expect(snapshot(parent)).toEqual(before);
  });
});

describe("the project's own folders are never an output", () => {
  // Checked without running the pipeline: a regression here must not delete the project.
  it.each([
    ["the project root", ROOT],
    ["src", join(ROOT, "src")],
    ["scripts", join(ROOT, "scripts")],
    ["data", join(ROOT, "data")],
    ["data/reference", join(ROOT, "data/reference")],
    ["above the project", dirname(ROOT)],
    ["the file system root", "/"],
  ])("%s", async (_, out) => {
    await expect(
      checkOutputPlace({
        inDir: rawWithOneReport(),
        outDir: out,
        referenceDir: join(ROOT, "data/reference"),
      }),
    ).rejects.toThrow(/refuse|拒绝/);
  });

  it("public/data, the default, is allowed", async () => {
    await expect(
      checkOutputPlace({
        inDir: join(ROOT, "data/raw"),
        outDir: join(ROOT, "public/data"),
        referenceDir: join(ROOT, "data/reference"),
      }),
    ).resolves.toBeUndefined();
  });
});

describe("an existing output folder", () => {
  it("is refused when the pipeline did not make it", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "mine");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "a clerk's own file");
    const before = snapshot(dirname(out));
    expectOneLineFailure(runData(["--in", raw, "--out", out]), /not made by this pipeline/);
    expect(snapshot(dirname(out))).toEqual(before);
  });

  it("is replaced when a previous run made it, and carries the marker", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    expect(existsSync(join(out, OUTPUT_MARKER))).toBe(true);
    writeFileSync(join(raw, "pingli", "城关镇", "2018-07.csv"), anotherFactory(raw));
    const r = runData(["--in", raw, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readManifest(out).totals.accepted).toBe(2);
    expect(readdirSync(dirname(out))).toEqual(["out"]);
  });

  it("made by the pipeline before it wrote a marker (only its own files) is replaced", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    // What older versions left: the same outputs, no marker.
    rmSync(join(out, OUTPUT_MARKER));
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    expect(existsSync(join(out, OUTPUT_MARKER))).toBe(true);
  });

  it("read-only is refused before anything changes", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    chmodSync(out, 0o555);
    try {
      const before = snapshot(dirname(out));
      expectOneLineFailure(runData(["--in", raw, "--out", out]), /not writable|read-only/);
      expect(snapshot(dirname(out))).toEqual(before);
    } finally {
      chmodSync(out, 0o755);
    }
  });
});

/** The same report for another factory, as next month's file. */
function anotherFactory(raw: string): string {
  return readFileSync(join(raw, "pingli", "城关镇", "2018-06.csv"), "utf8").replace("甲厂", "乙厂");
}

describe("temporary files and interrupted runs", () => {
  it("temporary files of an output inside a public/ folder live outside it", () => {
    const site = temp();
    const work = workDirFor(join(site, "public", "data"));
    expect(work.startsWith(join(site, "public"))).toBe(false);
    expect(dirname(work)).toBe(site);
  });

  it("a crash between the two renames is recovered by the next run, even one that fails", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    const before = snapshot(out);
    // The state a kill between "out → previous" and "new → out" leaves behind.
    const work = workDirFor(out);
    mkdirSync(work, { recursive: true });
    renameSync(out, join(work, "previous"));
    mkdirSync(join(work, "new-999999"));
    writeFileSync(join(work, "new-999999", "reports.parquet"), "half");
    const r = runData(["--in", temp(), "--out", out]); // no report files: this run fails
    expect(r.code).not.toBe(0);
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(join(work, "new-999999"))).toBe(false);
  });

  it("a second run on the same output while the first is writing stops with one line", () => {
    const raw = rawWithOneReport();
    const out = join(temp(), "out");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    const before = snapshot(out);
    const work = workDirFor(out);
    mkdirSync(work, { recursive: true });
    // This test's own process stands for a run still writing.
    writeFileSync(join(work, "running.pid"), `${process.pid}\n`);
    expectOneLineFailure(runData(["--in", raw, "--out", out]), /another npm run data/);
    expect(snapshot(out)).toEqual(before);
    // A lock left by a process that is gone is taken over.
    writeFileSync(join(work, "running.pid"), "999999\n");
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
  });

  it("a run killed at any moment leaves old or new output, never temporary files, in public/", async () => {
    const site = temp();
    const out = join(site, "public", "data");
    const raw = join(ROOT, "data/raw");
    const started = performance.now();
    expect(runData(["--in", raw, "--out", out]).code).toBe(0);
    const full = performance.now() - started;
    // Early, middle and late in a run as long as the one just timed (parsing, DuckDB, the renames).
    for (const delay of [0.4, 0.7, 0.95].map((f) => Math.round(full * f))) {
      await killAfter(["--in", raw, "--out", out], delay);
      expect(readdirSync(join(site, "public"))).toEqual(["data"]);
      expect(readManifest(out).totals.accepted).toBeGreaterThan(0);
    }
    const r = runData(["--in", raw, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const work = workDirFor(out);
    expect(existsSync(work) ? readdirSync(work) : []).toEqual([]);
    // Five full runs of the samples: on a busy machine this takes more than the default minute.
  }, 240_000);
});

function killAfter(args: readonly string[], ms: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(
      join(ROOT, "node_modules/.bin/tsx"),
      [join(ROOT, "scripts/data.ts"), "--quiet", ...args],
      { cwd: ROOT, stdio: "ignore", detached: true },
    );
    // tsx runs node as a child: kill the whole group, as a closed terminal would.
    const timer = setTimeout(() => process.kill(-(child.pid ?? 0), "SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      done();
    });
  });
}
