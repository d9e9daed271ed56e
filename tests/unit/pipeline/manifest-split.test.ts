import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  joinManifest,
  manifestFiles,
  manifestPartSchema,
  manifestSchema,
  manifestText,
  type Manifest,
  type ManifestInput,
} from "../../../src/lib/pipeline/manifest";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

const input = (path: string, town_id: string | null): ManifestInput => ({
  path,
  sha256: "00",
  encoding: "utf-8",
  period: "2020-12",
  town_id,
  rows_read: 3,
  accepted: 2,
  rejected: 1,
  skipped: 0,
  skipped_by: {},
  personal_columns_dropped: 0,
  personal_cells_dropped: 0,
  personal_values_replaced: 0,
  credit_codes_dropped: 0,
  error: null,
  skipped_sheets: [],
});

const manifest: Manifest = {
  contract: "DATA-CONTRACT.md §1–4, §6",
  as_of: "2020-12-31",
  synthetic: true,
  inputs: [
    input("b01/2020/甲镇2020年12月.csv", "b01-jia"),
    input("b01/2020/会议通知.csv", null),
    input("b02/乙镇2020年12月.xlsx", "b02-yi"),
  ],
  ignored_files: [],
  totals: {
    files: 3,
    rows_read: 9,
    accepted: 6,
    rejected: 3,
    skipped: 0,
    rejected_by_reason: {},
    personal_columns_dropped: 0,
    personal_cells_dropped: 0,
    personal_values_replaced: 0,
    credit_codes_dropped: 0,
  },
  outputs: [{ file: "reports.parquet", sha256: "11" }],
};

describe("manifestFiles: manifest.json whole up to the limit, else one part per county folder", () => {
  it("writes one manifest.json, as before, while it is within the limit", () => {
    const files = manifestFiles(manifest, sha);
    expect(files).toEqual([{ file: "manifest.json", text: manifestText(manifest) }]);
    expect(JSON.parse(files[0]?.text ?? "")).not.toHaveProperty("inputs_by_county");
  });

  it("splits past the limit: the top keeps totals and lists each county's part with its hash", () => {
    const files = manifestFiles(manifest, sha, 100);
    expect(files.map((f) => f.file)).toEqual([
      "manifest.json",
      "manifest/b01.json",
      "manifest/b02.json",
    ]);
    const top = manifestSchema.parse(JSON.parse(files[0]?.text ?? ""));
    expect(top.inputs).toEqual([]);
    expect(top.totals).toEqual(manifest.totals);
    expect(top.inputs_by_county).toEqual([
      { county: "b01", file: "manifest/b01.json", files: 2, sha256: sha(files[1]?.text ?? "") },
      { county: "b02", file: "manifest/b02.json", files: 1, sha256: sha(files[2]?.text ?? "") },
    ]);
  });

  it("writes a part as JSON with one input a line", () => {
    const text = manifestFiles(manifest, sha, 100)[1]?.text ?? "";
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      '{"contract":"DATA-CONTRACT.md §1–4, §6","as_of":"2020-12-31","county":"b01","inputs":[',
    );
    expect(lines.slice(1, 3).map((l) => JSON.parse(l.replace(/,$/, "")) as unknown)).toEqual(
      manifest.inputs.slice(0, 2),
    );
    expect(lines.slice(3)).toEqual(["]}", ""]);
    expect(manifestPartSchema.parse(JSON.parse(text)).inputs).toEqual(manifest.inputs.slice(0, 2));
  });

  it("joins the parts back into the same inputs, in the same order", () => {
    const files = new Map(manifestFiles(manifest, sha, 100).map((f) => [f.file, f.text]));
    const top = manifestSchema.parse(JSON.parse(files.get("manifest.json") ?? ""));
    const joined = joinManifest(top, (file) => JSON.parse(files.get(file) ?? "null"));
    expect(joined.inputs).toEqual(manifest.inputs);
  });

  it("fails loudly on a part that does not match the manifest", () => {
    const files = new Map(manifestFiles(manifest, sha, 100).map((f) => [f.file, f.text]));
    const top = manifestSchema.parse(JSON.parse(files.get("manifest.json") ?? ""));
    expect(() =>
      joinManifest(top, (file) =>
        JSON.parse(files.get(file === "manifest/b01.json" ? "manifest/b02.json" : file) ?? ""),
      ),
    ).toThrow(/manifest\/b01.json/);
  });
});
