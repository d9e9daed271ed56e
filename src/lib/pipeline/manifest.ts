import { z } from "zod";
import { redactCounted } from "../parse/personal-data";
import { groupBy } from "../collections/group-by";
import { REJECT_REASONS, type Reject } from "./output-schema";
import type { FileResult } from "./parse-report";

const count = z.number().int().nonnegative();

/** Per-file and total row accounting: read = accepted + rejected + skipped, always. */
const rowCounts = { rows_read: count, accepted: count, rejected: count, skipped: count };
export type RowCounts = z.infer<z.ZodObject<typeof rowCounts>>;

const manifestInputSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  encoding: z.string().nullable(),
  /** The period the file covers (from its title or name), e.g. `2018-06` or `2018Q2`; null when rows carry their own. */
  period: z.string().nullable(),
  town_id: z.string().nullable(),
  ...rowCounts,
  skipped_by: z.record(z.string(), count),
  /** Personal data dropped, counted without the values (DATA-CONTRACT §4). */
  personal_columns_dropped: count,
  personal_cells_dropped: count,
  /** Personal values replaced by ＊ in the file's name and published cells (DATA-CONTRACT §4a). */
  personal_values_replaced: count,
  /** Credit-code cells dropped as no valid code (an ID number, a typo): the factory is identified by name. */
  credit_codes_dropped: count,
  /** Why no row could be read from the file at all, else null. */
  error: z.string().nullable(),
  /** Sheets of a workbook passed over whole (DATA-CONTRACT §6): name and why. */
  skipped_sheets: z.array(z.object({ sheet: z.string(), reason: z.string() })),
});
export type ManifestInput = z.infer<typeof manifestInputSchema>;

/**
 * manifest.json: the one statement of its shape, giving the type the pipeline writes and the check
 * its readers (the build, the figures CLI) apply.
 */
export const manifestSchema = z.object({
  contract: z.string(),
  /** The latest period end among accepted reports: the data's as-of date. */
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  synthetic: z.boolean(),
  inputs: z.array(manifestInputSchema),
  /** Files below the raw folder that were not read, each with the reason (not a report, a link out, a FIFO, …). */
  ignored_files: z.array(z.object({ path: z.string(), reason: z.string() })),
  totals: z.object({
    ...rowCounts,
    files: count,
    rejected_by_reason: z.partialRecord(z.enum(REJECT_REASONS), count),
    personal_columns_dropped: count,
    personal_cells_dropped: count,
    /** Also counts the replacements in ignored_files. */
    personal_values_replaced: count,
    credit_codes_dropped: count,
  }),
  outputs: z.array(z.object({ file: z.string(), sha256: z.string() })),
  /**
   * Present only when the manifest is split (a province: MANIFEST_SPLIT_BYTES): the inputs are then in
   * one file per county folder, `manifest/<county>.json`, each listed here with its number of inputs and
   * its sha256, and `inputs` above is empty. readManifestFile (src/data/read-manifest.ts) joins them back.
   */
  inputs_by_county: z
    .array(z.object({ county: z.string(), file: z.string(), files: count, sha256: z.string() }))
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One county folder's part of a split manifest, `manifest/<county>.json`. */
export const manifestPartSchema = z.object({
  contract: z.string(),
  as_of: manifestSchema.shape.as_of,
  county: z.string(),
  inputs: z.array(manifestInputSchema),
});
export type ManifestPart = z.infer<typeof manifestPartSchema>;

/**
 * Beyond this the manifest is written in parts: at 40 counties it was 27 MB, past the 25 MB a static
 * host takes per file (Cloudflare Pages); a county's part is under 1 MB.
 */
export const MANIFEST_SPLIT_BYTES = 20 * 1024 * 1024;

/** The manifest as the pipeline writes it: indented JSON, one newline at the end. */
export const manifestText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A county's part of a split manifest as written: JSON with one input a line, still a line to read per
 * file, without `manifestText`'s indent (at 40 counties the 40 parts were 33.2 MB indented, 23.0 MB so).
 */
export function manifestPartText(part: ManifestPart): string {
  const { inputs, ...head } = part;
  const lines = inputs.map((input) => JSON.stringify(input)).join(",\n");
  return `${JSON.stringify(head).slice(0, -1)},"inputs":[\n${lines}\n]}\n`;
}

/** The county folder of an input (its path's first segment: every report is read below `<raw>/<county>/`). */
const countyFolder = (path: string): string => path.split("/")[0] ?? "";

/**
 * The files to write for a manifest: `manifest.json` whole while its text is within `limit` bytes (the
 * sample's 0.4 MB: unchanged), else `manifest.json` without its inputs, listing one part per county
 * folder (`manifest/<county>.json`, manifestPartText) in the order the inputs come. `sha256` hashes a
 * part's text.
 */
export function manifestFiles(
  manifest: Manifest,
  sha256: (text: string) => string,
  limit: number = MANIFEST_SPLIT_BYTES,
): { file: string; text: string }[] {
  const whole = manifestText(manifest);
  if (new TextEncoder().encode(whole).length <= limit)
    return [{ file: "manifest.json", text: whole }];
  const byCounty = groupBy(manifest.inputs, (input) => countyFolder(input.path));
  const parts = [...byCounty].map(([county, inputs]) => {
    const part: ManifestPart = {
      contract: manifest.contract,
      as_of: manifest.as_of,
      county,
      inputs,
    };
    return {
      county,
      file: `manifest/${county}.json`,
      files: inputs.length,
      text: manifestPartText(part),
    };
  });
  const top: Manifest = {
    ...manifest,
    inputs: [],
    inputs_by_county: parts.map(({ county, file, files, text }) => ({
      county,
      file,
      files,
      sha256: sha256(text),
    })),
  };
  return [
    { file: "manifest.json", text: manifestText(top) },
    ...parts.map(({ file, text }) => ({ file, text })),
  ];
}

/**
 * A manifest with its parts joined back (`readPart` reads `manifest/<county>.json` beside it): every
 * reader sees every input, split or not. A part that is missing or not its county's fails loudly.
 */
export function joinManifest(top: Manifest, readPart: (file: string) => unknown): Manifest {
  if (!top.inputs_by_county) return top;
  const inputs = top.inputs_by_county.flatMap(({ county, file, files }) => {
    const part = manifestPartSchema.parse(readPart(file));
    if (part.county !== county || part.inputs.length !== files)
      throw new Error(
        `${file} 与 manifest.json 不符 / ${file} does not match manifest.json (county ${county}, ${files} inputs)`,
      );
    return part.inputs;
  });
  return { ...top, inputs: [...top.inputs, ...inputs] };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The run's manifest: every input with its hash and row accounting, totals, and the outputs' hashes. */
export function buildManifest(run: {
  files: readonly FileResult[];
  inputs: readonly { path: string; sha256: string }[];
  ignored: readonly { path: string; reason: string }[];
  /** Accepted rows per file, after resubmissions are settled. */
  acceptedByFile: ReadonlyMap<string, number>;
  /** The latest period end among accepted rows. */
  asOf: string | null;
  rejects: readonly Reject[];
  outputs: { file: string; sha256: string }[];
  synthetic: boolean;
}): Manifest {
  const acceptedByFile = run.acceptedByFile;
  const rejectedByFile = countBy(run.rejects, (r) => r.source_file);
  const inputs = run.files.map((file, i): ManifestInput => {
    const skipped = Object.values(file.skipped).reduce((s, n) => s + n, 0);
    return {
      path: file.path,
      sha256: run.inputs[i]?.sha256 ?? "",
      encoding: file.encoding,
      period: file.period?.label ?? null,
      town_id: file.town_id,
      rows_read: file.rows_read,
      accepted: acceptedByFile.get(file.path) ?? 0,
      rejected: rejectedByFile.get(file.path) ?? 0,
      skipped,
      skipped_by: { ...file.skipped },
      personal_columns_dropped: file.personal.columns,
      personal_cells_dropped: file.personal.cells,
      personal_values_replaced: file.personal.replaced,
      credit_codes_dropped: file.personal.creditCodes,
      error: file.error,
      skipped_sheets: file.sheets.flatMap((s) =>
        s.skipped_whole === null ? [] : [{ sheet: s.name, reason: s.skipped_whole }],
      ),
    };
  });
  type Counted =
    | keyof RowCounts
    | "personal_columns_dropped"
    | "personal_cells_dropped"
    | "personal_values_replaced"
    | "credit_codes_dropped";
  const sum = (k: Counted) => inputs.reduce((s, f) => s + f[k], 0);
  // Attachments beside the reports are often named after people: their names are published redacted.
  const ignored = run.ignored.map((file) => ({ ...redactCounted(file.path), reason: file.reason }));
  const byReason = Object.fromEntries(
    [...countBy(run.rejects, (r) => r.reason)].sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const asOf = run.asOf;
  return {
    contract: "DATA-CONTRACT.md §1–4, §6",
    as_of: asOf,
    synthetic: run.synthetic,
    inputs,
    ignored_files: ignored.map((i) => ({ path: i.text, reason: i.reason })),
    totals: {
      files: inputs.length,
      rows_read: sum("rows_read"),
      accepted: sum("accepted"),
      rejected: sum("rejected"),
      skipped: sum("skipped"),
      rejected_by_reason: byReason,
      personal_columns_dropped: sum("personal_columns_dropped"),
      personal_cells_dropped: sum("personal_cells_dropped"),
      personal_values_replaced:
        sum("personal_values_replaced") + ignored.reduce((s, i) => s + i.replaced, 0),
      credit_codes_dropped: sum("credit_codes_dropped"),
    },
    outputs: run.outputs,
  };
}
