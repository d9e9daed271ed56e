import type { Reject, RejectReason } from "./output-schema";
import type { FileResult } from "./parse-report";

/** Per-file and total row accounting: read = accepted + rejected + skipped, always. */
export interface RowCounts {
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
}

export interface ManifestInput extends RowCounts {
  path: string;
  sha256: string;
  encoding: string | null;
  /** The period the file covers (from its title or name), e.g. `2018-06` or `2018Q2`; null when rows carry their own. */
  period: string | null;
  town_id: string | null;
  skipped_by: Record<string, number>;
  /** Personal data dropped, counted without the values (DATA-CONTRACT §4). */
  personal_columns_dropped: number;
  personal_cells_dropped: number;
  /** Why no row could be read from the file at all, else null. */
  error: string | null;
}

export interface Manifest {
  contract: string;
  /** The latest period end among accepted reports: the data's as-of date. */
  as_of: string | null;
  synthetic: boolean;
  inputs: ManifestInput[];
  /** Files below the raw folder that were not read, each with the reason (not a report, a link out, a FIFO, …). */
  ignored_files: { path: string; reason: string }[];
  totals: RowCounts & {
    files: number;
    rejected_by_reason: Partial<Record<RejectReason, number>>;
    personal_columns_dropped: number;
    personal_cells_dropped: number;
  };
  outputs: { file: string; sha256: string }[];
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
      error: file.error,
    };
  });
  const sum = (k: keyof RowCounts | "personal_columns_dropped" | "personal_cells_dropped") =>
    inputs.reduce((s, f) => s + f[k], 0);
  const byReason = Object.fromEntries(
    [...countBy(run.rejects, (r) => r.reason)].sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const asOf = run.asOf;
  return {
    contract: "DATA-CONTRACT.md §1–4",
    as_of: asOf,
    synthetic: run.synthetic,
    inputs,
    ignored_files: [...run.ignored],
    totals: {
      files: inputs.length,
      rows_read: sum("rows_read"),
      accepted: sum("accepted"),
      rejected: sum("rejected"),
      skipped: sum("skipped"),
      rejected_by_reason: byReason,
      personal_columns_dropped: sum("personal_columns_dropped"),
      personal_cells_dropped: sum("personal_cells_dropped"),
    },
    outputs: run.outputs,
  };
}
