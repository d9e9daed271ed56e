import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { bestReading, countyFromFileName } from "../../../src/lib/check/pick-county";
import { unreadable, type FileResult } from "../../../src/lib/pipeline/parse-report";
import type { Reference } from "../../../src/lib/reference/parse-reference";

let reference: Reference;
beforeAll(async () => {
  reference = await readReference();
});

describe("countyFromFileName", () => {
  it.each([
    { name: "蒲溪镇2018Q4.csv", county: "hanyin" },
    { name: "兴隆镇社区工厂2018年四季度.xlsx", county: "pingli" },
    // Both counties have a 城关镇: the file name alone cannot say which.
    { name: "城关镇2018年6月.csv", county: null },
    { name: "2018-06.csv", county: null },
  ])("$name → $county", ({ name, county }) => {
    expect(countyFromFileName(name, reference.counties)?.county_id ?? null).toBe(county);
  });
});

/** A result with so many accepted rows and rejects of the given reasons (only the counts matter here). */
function result(accepted: number, reasons: readonly ("unknown_town" | "bad_number")[]): FileResult {
  const base = unreadable("x/f.csv", "");
  return {
    ...base,
    rows: Array.from({ length: accepted }, () => ({}) as FileResult["rows"][number]),
    rejects: reasons.map((reason, i) => ({
      source_file: "x/f.csv",
      source_row: i + 1,
      column: "",
      reason,
      message: "",
      source_sheet: "",
    })),
  };
}

describe("bestReading", () => {
  it.each([
    { what: "more accepted rows", a: result(1, []), b: result(3, ["bad_number"]), best: "b" },
    {
      what: "then fewer unknown towns",
      a: result(0, ["unknown_town", "unknown_town"]),
      b: result(0, ["bad_number", "bad_number", "bad_number"]),
      best: "b",
    },
    { what: "then fewer rejects", a: result(2, ["bad_number"]), b: result(2, []), best: "b" },
    { what: "the first on a tie", a: result(2, []), b: result(2, []), best: "a" },
  ])("prefers $what", ({ a, b, best }) => {
    expect(
      bestReading([
        { name: "a", result: a },
        { name: "b", result: b },
      ])?.name,
    ).toBe(best);
  });

  it("has nothing to choose from no readings", () => {
    expect(bestReading([])).toBeNull();
  });
});
