/**
 * Issue #13 finding 3: only regular files inside the raw folder are read. Links that leave it,
 * FIFOs, sockets and devices are listed in the manifest with a reason and never opened; an
 * unreadable town folder is named and the run goes on with the rest.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOD_CSV, rawWithOneReport, readManifest, runData, temp } from "./run-data";

const TOWN = join("pingli", "城关镇");

describe("files that are not regular files inside the raw folder", () => {
  it("are listed with a reason, never opened, and the run goes on", async () => {
    const raw = rawWithOneReport();
    const outside = temp();
    mkdirSync(join(outside, "pingli", "老县镇"), { recursive: true });
    writeFileSync(
      join(outside, "pingli", "老县镇", "2018-06.csv"),
      GOOD_CSV.replace("甲厂", "外厂"),
    );
    writeFileSync(join(outside, "secret.csv"), GOOD_CSV.replace("甲厂", "秘密厂"));
    // /dev/zero once drove the pipeline to 20 GB; a FIFO hung it.
    symlinkSync("/dev/zero", join(raw, TOWN, "2018-07.csv"));
    execFileSync("mkfifo", [join(raw, TOWN, "2018-08.csv")]);
    symlinkSync(join(outside, "secret.csv"), join(raw, TOWN, "2018-09.csv"));
    symlinkSync(join(outside, "pingli", "老县镇"), join(raw, "pingli", "老县镇"));
    symlinkSync(join(raw, "nowhere.csv"), join(raw, TOWN, "2018-10.csv"));
    // A link that stays inside the raw folder is an ordinary second name for a report.
    symlinkSync(join(raw, TOWN, "2018-06.csv"), join(raw, TOWN, "2018-11.csv"));
    // A device node itself inside the folder (root may make one; elsewhere this part is skipped).
    const hasDevice = tryMknod(join(raw, TOWN, "2018-13.csv"));
    const socketPath = join(raw, TOWN, "2018-12.csv");
    const server = createServer();
    await new Promise<void>((done) => server.listen(socketPath, done));
    try {
      const out = join(temp(), "out");
      const r = runData(["--in", raw, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      const manifest = readManifest(out);
      const reason = (p: string) => manifest.ignored_files.find((f) => f.path === p)?.reason;
      expect(reason("pingli/城关镇/2018-07.csv")).toMatch(/outside the raw folder/);
      if (hasDevice) expect(reason("pingli/城关镇/2018-13.csv")).toMatch(/device/);
      expect(reason("pingli/城关镇/2018-08.csv")).toMatch(/FIFO/);
      expect(reason("pingli/城关镇/2018-09.csv")).toMatch(/outside the raw folder/);
      expect(reason("pingli/老县镇")).toMatch(/outside the raw folder/);
      expect(reason("pingli/城关镇/2018-10.csv")).toMatch(/broken link/);
      expect(reason("pingli/城关镇/2018-12.csv")).toMatch(/socket/);
      expect(manifest.inputs.map((i) => i.path)).toEqual([
        "pingli/城关镇/2018-06.csv",
        "pingli/城关镇/2018-11.csv",
      ]);
      expect(r.stderr).toMatch(/2018-08\.csv/);
      expect(r.stderr).toMatch(/^data: /m);
    } finally {
      server.close();
    }
  });

  it("an unreadable town folder is named and the other towns are still read", () => {
    const raw = rawWithOneReport();
    const locked = join(raw, "pingli", "老县镇");
    mkdirSync(locked);
    writeFileSync(join(locked, "2018-06.csv"), GOOD_CSV.replace("甲厂", "乙厂"));
    chmodSync(locked, 0o000);
    // Root reads any folder: run as nobody then, so the permission really bites.
    const asRoot = process.getuid?.() === 0;
    const home = temp();
    const outParent = temp();
    for (const dir of [raw, join(raw, "pingli"), join(raw, TOWN), home, outParent])
      chmodSync(dir, 0o777);
    try {
      const out = join(outParent, "out");
      const r = runData(["--in", raw, "--out", out], "", asRoot ? { uid: 65534, home } : {});
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/pingli\/老县镇/);
      const manifest = readManifest(out);
      expect(manifest.ignored_files).toContainEqual({
        path: "pingli/老县镇",
        reason: expect.stringMatching(/cannot read the folder/),
      });
      expect(manifest.totals.accepted).toBe(1);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

/** Makes a character device like /dev/null at path; false where that is not permitted. */
function tryMknod(path: string): boolean {
  try {
    execFileSync("mknod", [path, "c", "1", "3"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
