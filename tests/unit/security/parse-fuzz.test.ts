import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { containsPersonalData } from "../../../src/lib/parse/personal-data";
import { parseReportFile, type FileResult } from "../../../src/lib/pipeline/parse-report";
import { findCounty, type Reference } from "../../../src/lib/reference/parse-reference";

// Property tests of the parsing core (issue 13): whatever bytes arrive, parseReportFile never throws,
// every row read is accounted for, and no personal data reaches a text it returns for publishing.
const RAW = join(import.meta.dirname, "../../../data/raw");
// Fixed seeds keep the run the same everywhere; the counts keep it to a few seconds on a shared machine.
const SEED = 13;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}
const reports = filesUnder(RAW)
  .map((f) => relative(RAW, f).split("\\").join("/"))
  .filter((f) => /^[a-z]+\/.+\.(csv|xlsx)$/i.test(f));
// Every 40th report (different towns, years and quirks) and two workbooks.
const samples = [
  ...reports.filter((f) => f.endsWith(".csv")).filter((_, i) => i % 40 === 0),
  ...reports.filter((f) => f.endsWith(".xlsx")).slice(0, 2),
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(RAW, path))) }));

let reference: Reference;
beforeAll(async () => {
  reference = await readReference();
});

async function parse(path: string, bytes: Uint8Array): Promise<FileResult> {
  const countyId = path.slice(0, path.indexOf("/"));
  return parseReportFile({
    path,
    bytes,
    countyId,
    county: findCounty(reference, countyId),
    industries: reference.industries,
  });
}

/** DATA-CONTRACT §3: rows read = accepted + rejected + skipped, and nothing published holds §4a data. */
function expectSound(result: FileResult): void {
  const skipped = Object.values(result.skipped).reduce((s, n) => s + n, 0);
  expect(result.rows_read).toBe(result.rows.length + result.rejects.length + skipped);
  const published = [
    result.path,
    ...result.rows.flatMap((r) => [r.name, r.community ?? "", r.industry_raw ?? "", r.source_file]),
    ...result.rejects.flatMap((r) => [r.column, r.message, r.source_file]),
  ];
  for (const text of published) expect(containsPersonalData(text), text).toBe(false);
  for (const row of result.rows) expect(row.credit_code ?? "").not.toMatch(/^\d{17}[\dX]$/);
}

/** A CSV's lines and cells, if it is UTF-8; GB18030 files are mutated as bytes only. */
function cellsOf(bytes: Uint8Array): string[][] | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.split(/\r?\n/).map((line) => line.split(","));
  } catch {
    return null;
  }
}

const byteEdit = fc.oneof(
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 64 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 32 }),
  }),
);
type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer T> ? T : never;

function applyBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out = [...bytes];
  for (const edit of edits) {
    if (out.length === 0) break;
    if (edit.kind === "swap") {
      const a = edit.a % out.length;
      const b = edit.b % out.length;
      [out[a], out[b]] = [out[b] ?? 0, out[a] ?? 0];
    } else if (edit.kind === "delete") {
      out.splice(edit.at % out.length, edit.length);
    } else
      out = [
        ...out.slice(0, edit.at % out.length),
        ...edit.bytes,
        ...out.slice(edit.at % out.length),
      ];
  }
  return Uint8Array.from(out);
}

// Cells a clerk or a copy-paste puts in the wrong place: numbers, dates, words, personal data, quotes.
const cellText = fc.oneof(
  fc.constantFrom(
    "",
    "合计",
    "12",
    "-3",
    "１２.５万",
    "2018年6月",
    "N/A",
    '"',
    '"a,b"',
    "填报人：覃婷",
    "13812345678",
    "610926199001011234",
    "城关镇",
    "2019Q2",
    "=1+1",
  ),
  fc.string({ maxLength: 20 }),
);
const cellEdit = fc.oneof(
  fc.record({ kind: fc.constant("swapCells" as const), row: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("deleteCell" as const), row: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insertCell" as const),
    row: fc.nat(),
    at: fc.nat(),
    text: cellText,
  }),
  fc.record({ kind: fc.constant("setCell" as const), row: fc.nat(), at: fc.nat(), text: cellText }),
  fc.record({ kind: fc.constant("swapRows" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("deleteRow" as const), row: fc.nat() }),
);
type CellEdit = typeof cellEdit extends fc.Arbitrary<infer T> ? T : never;

function applyCells(grid: readonly string[][], edits: readonly CellEdit[]): Uint8Array {
  const rows = grid.map((r) => [...r]);
  for (const edit of edits) {
    if (rows.length === 0) break;
    if (edit.kind === "swapRows") {
      const a = edit.a % rows.length;
      const b = edit.b % rows.length;
      [rows[a], rows[b]] = [rows[b] ?? [], rows[a] ?? []];
      continue;
    }
    if (edit.kind === "deleteRow") {
      rows.splice(edit.row % rows.length, 1);
      continue;
    }
    const row = rows[edit.row % rows.length] ?? [];
    const width = Math.max(row.length, 1);
    if (edit.kind === "swapCells") {
      const a = edit.a % width;
      const b = edit.b % width;
      [row[a], row[b]] = [row[b] ?? "", row[a] ?? ""];
    } else if (edit.kind === "deleteCell") row.splice(edit.at % width, 1);
    else if (edit.kind === "insertCell") row.splice(edit.at % (width + 1), 0, edit.text);
    else row[edit.at % width] = edit.text;
  }
  return new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n"));
}

describe("parseReportFile on hostile and damaged input", () => {
  it("has sample reports to mutate", () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it("never throws on random bytes, and rejects or skips every line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("pingli/城关镇/2019-06.csv", "hanyin/x.xlsx", "nowhere/a.csv"),
        fc.uint8Array({ maxLength: 2000 }),
        async (path, bytes) => {
          const result = await parse(path, bytes);
          expectSound(result);
          expect(result.rows).toHaveLength(0);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("never throws on sample reports with bytes swapped, deleted or inserted, and always reconciles", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...samples),
        fc.array(byteEdit, { minLength: 1, maxLength: 8 }),
        async (sample, edits) =>
          expectSound(await parse(sample.path, applyBytes(sample.bytes, edits))),
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("never throws on sample reports with cells and rows swapped, deleted, inserted or overwritten", async () => {
    const csvs = samples.flatMap((s) => {
      const grid = s.path.endsWith(".csv") ? cellsOf(s.bytes) : null;
      return grid ? [{ path: s.path, grid }] : [];
    });
    expect(csvs.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...csvs),
        fc.array(cellEdit, { minLength: 1, maxLength: 12 }),
        async (sample, edits) =>
          expectSound(await parse(sample.path, applyCells(sample.grid, edits))),
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("parses every unmutated sample soundly, dropping none of the generator's credit codes", async () => {
    for (const sample of samples) {
      const result = await parse(sample.path, sample.bytes);
      expectSound(result);
      // The generator's codes carry a GB 32100 check character (scripts/lib/samples/fake-identity.ts).
      expect(result.personal.creditCodes, sample.path).toBe(0);
    }
  });
});
