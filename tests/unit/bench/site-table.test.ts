import { describe, expect, it } from "vitest";
import { SITE_TARGETS, table, type SiteFigures } from "../../../bench/site";

const MIB = 1024 * 1024;
const site = (over: Partial<SiteFigures>): SiteFigures => ({
  label: "40 counties",
  counties: 40,
  towns: 1000,
  factories: 19_861,
  pipelineSeconds: 62,
  wallSeconds: 235,
  cpuSeconds: 329,
  peakRssMiB: 2010.2,
  pages: 5978,
  distBytes: 960.6 * MIB,
  largestFile: { path: "_astro/duckdb-eh.wasm", bytes: 33 * MIB },
  oversized: [],
  published: new Map(),
  search: [],
  kinds: new Map([
    ["towns/*", { path: "towns/a/index.html", bytes: 1, gzipBytes: 27 * 1024, elements: 14_259 }],
  ]),
  ...over,
});
const row = (text: string, name: string) =>
  text.split("\n").find((line) => line.startsWith(`| ${name}`)) ?? "";

// bench/site prints issue #19's verdicts beside its figures, in the units it prints (MB = 2^20 bytes).
describe("bench/site's table", () => {
  it("passes a province within every target", () => {
    const text = table([site({})]);
    expect(row(text, "build wall")).toMatch(/235 \/ 329 s PASS/);
    expect(row(text, "build peak RSS")).toMatch(/2010\.2 MB PASS/);
    expect(row(text, "pages / dist")).toMatch(/5,978 \/ 960\.6 MB PASS; 1,007,262,106 \|/);
    expect(row(text, "the largest page of each kind")).toMatch(/PASS/);
  });

  it("fails each target just past it", () => {
    const text = table([
      site({
        wallSeconds: SITE_TARGETS.buildWallSeconds + 1,
        peakRssMiB: SITE_TARGETS.peakRssMiB + 1,
        distBytes: SITE_TARGETS.distBytes + 1,
        kinds: new Map([
          [
            "towns/*",
            { path: "x", bytes: 1, gzipBytes: 1, elements: SITE_TARGETS.pageElements + 1 },
          ],
        ]),
      }),
    ]);
    for (const name of [
      "build wall",
      "build peak RSS",
      "pages / dist",
      "the largest page of each kind",
    ])
      expect(row(text, name), name).toMatch(/FAIL/);
  });
});
