import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParquetRunner } from "../../src/lib/connectors/node-runner";
import { REFERENCE_DIR } from "../../scripts/lib/read-reference";
import { runPipeline } from "../../scripts/lib/run-pipeline";
import { figureRowSchema, queryRows } from "../../src/lib/figures/decode-rows";
import { FIGURES_SQL, figuresParams } from "../../src/lib/sql/figures-sql";
import type { TruthFigures } from "../../scripts/lib/samples/truth";

// The generator computes §5 from its own model of the factories, never from the files; the engine
// computes it from what the pipeline read. They must agree at every quarter end, for counties and towns.
const ROOT = join(import.meta.dirname, "../..");
const truth = (
  JSON.parse(readFileSync(join(ROOT, "data/sample-truth.json"), "utf8")) as {
    figures: TruthFigures[];
  }
).figures;
const out = join(mkdtempSync(join(tmpdir(), "cf-truth-")), "out");
let runner: Awaited<ReturnType<typeof openParquetRunner>>;

beforeAll(async () => {
  await runPipeline({ inDir: join(ROOT, "data/raw"), outDir: out, referenceDir: REFERENCE_DIR });
  runner = await openParquetRunner(out);
}, 120_000);
afterAll(() => runner?.close());

describe.each(["hanyin", "pingli"])("%s figures against the generator's truth", (countyId) => {
  it("agree at every quarter end for the county and each town", async () => {
    const expected = truth.filter((t) => t.county_id === countyId);
    const dates = [...new Set(expected.map((t) => t.as_of))].sort();
    const rows = await queryRows(
      runner,
      figureRowSchema,
      FIGURES_SQL,
      figuresParams({ countyId, townId: null, industries: [] }, dates[0] ?? "", dates.at(-1) ?? ""),
    );
    const pick = (r: Omit<TruthFigures, "county_id" | "town_id" | "as_of">) => [
      r.factories,
      r.certified,
      r.leading,
      r.jobs,
      r.poor_workers,
      r.relocated_workers,
      Math.round(r.output_12m),
      Math.round(r.wages_12m),
    ];
    const got = new Map(rows.map((r) => [`${r.as_of}|${r.town_id ?? ""}`, pick(r)]));
    expect(expected.length).toBeGreaterThan(100);
    const mismatches = expected
      .map((t) => ({ key: `${t.as_of}|${t.town_id ?? ""}`, want: pick(t) }))
      .filter(({ key, want }) => JSON.stringify(got.get(key)) !== JSON.stringify(want))
      .map(
        ({ key, want }) =>
          `${key}: want ${want.join(",")} got ${got.get(key)?.join(",") ?? "nothing"}`,
      );
    expect(mismatches).toEqual([]);
  });
});
