import { describe, expect, it } from "vitest";
import { buildManifest, manifestSchema } from "../../../src/lib/pipeline/manifest";

/** A manifest as the pipeline writes it, read back as JSON. */
const written = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      buildManifest({
        files: [],
        inputs: [],
        ignored: [{ path: "notes.txt", reason: "not a report format" }],
        acceptedByFile: new Map<string, number>(),
        asOf: "2020-12-31",
        rejects: [],
        outputs: [{ file: "reports.parquet", sha256: "00" }],
        synthetic: true,
      }),
    ),
  );

describe("manifestSchema", () => {
  it("accepts what buildManifest writes, unchanged", () => {
    expect(manifestSchema.parse(written())).toEqual(written());
  });

  it.each([
    ["totals.files", { totals: { ...Object(written()["totals"]), files: undefined } }],
    ["as_of", { as_of: "2020-12" }],
    ["synthetic", { synthetic: undefined }],
    ["ignored_files.0", { ignored_files: [1] }],
  ])("names %s when it is missing or malformed", (path, change) => {
    const parsed = manifestSchema.safeParse({ ...written(), ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join(".")).toBe(path);
  });
});
