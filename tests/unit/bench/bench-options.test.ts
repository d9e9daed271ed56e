import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { UsageError } from "../../../scripts/lib/cli-args";
import { benchOptions } from "../../../bench/lib/bench-options";
import { DEFAULT_SEED } from "../../../bench/lib/province";

const spec = { values: ["rows"], flags: ["keep"], usage: "usage: x", defaultWork: "/tmp/work" };

describe("benchOptions", () => {
  it("takes every benchmark's --work and --seed beside its own options", () => {
    const options = benchOptions(["--rows", "1_000", "--work", "w", "--seed=7", "--keep"], spec);
    expect(options?.count("rows", 5)).toBe(1000);
    expect(options?.workDir).toBe(resolve("w"));
    expect(options?.seed).toBe(7);
    expect(options?.flag("keep")).toBe(true);
  });

  it("falls back to the defaults", () => {
    const options = benchOptions([], spec);
    expect(options?.count("rows", 5)).toBe(5);
    expect(options?.workDir).toBe("/tmp/work");
    expect(options?.seed).toBe(DEFAULT_SEED);
    expect(options?.flag("keep")).toBe(false);
  });

  it("prints the usage for --help and returns null", () => {
    const write = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    expect(benchOptions(["--help"], spec)).toBeNull();
    expect(write).toHaveBeenCalledWith("usage: x\n");
    write.mockRestore();
  });

  it.each([[["--rows", "0"]], [["--seed", "x"]], [["--unknown"]]])("refuses %j", (argv) => {
    expect(() => benchOptions(argv, spec)?.count("rows", 5)).toThrow(UsageError);
  });
});
