import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/template.ts", ...args], { encoding: "utf8" });
const lines = (stderr: string) =>
  stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));

describe("npm run template", () => {
  it("writes one template per county of the reference data, named in Chinese", () => {
    const out = mkdtempSync(join(tmpdir(), "cf-template-"));
    const result = run(["--out", out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "平利县社区工厂报表模板.xlsx",
      "汉阴县社区工厂报表模板.xlsx",
    ]);
  });

  it.each([
    [["--bogus"], /^template: unknown argument "--bogus"/],
    [["--site", "example.org"], /^template: --site must be an http\(s\) address/],
    [["--out"], /^template: --out needs a value/],
  ])("refuses %j with one line and exit 2, no stack trace", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(lines(result.stderr)[0]).toMatch(message);
  });
});
