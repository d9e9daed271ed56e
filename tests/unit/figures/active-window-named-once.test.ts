import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_MONTHS,
  activeUntil,
  endsInActiveWindow,
} from "../../../src/lib/sql/current-reports";

const LIB = join(import.meta.dirname, "../../../src/lib");
const RULE_FILE = "sql/current-reports.ts";

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

// Issue #14.3: "active = a report in the last 3 months" was restated as INTERVAL 3 MONTH / INTERVAL 2
// MONTH in eight SQL modules. Only month steps (1) and the 12-month flows (11, 12) may stay literal.
describe("the active window (DATA-CONTRACT §5) is written once", () => {
  it("no SQL outside current-reports.ts writes a month interval other than 1, 11 or 12", () => {
    const offenders = tsFiles(LIB)
      .filter((f) => relative(LIB, f) !== RULE_FILE)
      .flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/INTERVAL\s+'?(\d+)'?\s+MONTHS?/gi)]
          .filter((m) => !["1", "11", "12"].includes(m[1] ?? ""))
          .map((m) => `${relative(LIB, f)}: ${m[0]}`),
      );
    expect(offenders).toEqual([]);
  });

  it.each([
    [
      "endsInActiveWindow",
      endsInActiveWindow("r.period_end", "d"),
      `INTERVAL ${ACTIVE_MONTHS} MONTH`,
    ],
    ["activeUntil", activeUntil("r.period_end"), `INTERVAL ${ACTIVE_MONTHS - 1} MONTH`],
  ])("%s reads ACTIVE_MONTHS", (_name, sql, interval) => {
    expect(sql).toContain(interval);
  });
});
