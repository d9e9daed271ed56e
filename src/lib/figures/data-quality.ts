import Papa from "papaparse";
import { gridToCsv, UTF8_BOM } from "../csv/to-csv";
import { REJECT_REASONS, type RejectReason } from "../pipeline/output-schema";
import type { County } from "../reference/schema";
import type { ReportingHealthRow } from "./decode-rows";

/** The part of a manifest input this needs: where the file came from and its row accounting. */
export interface QualityInput {
  path: string;
  town_id: string | null;
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  /** Why the file could not be read at all (DATA-CONTRACT §6), else null. */
  error?: string | null | undefined;
}

/** A file of the county that could not be read, with what to do, as the manifest says it. */
export interface UnreadableFile {
  path: string;
  error: string;
}

/** The part of a rejects.csv row this needs. */
export interface QualityReject {
  source_file: string;
  reason: RejectReason;
}

/** Files received and rows read / accepted / rejected / skipped, with rejected rows by reason. */
export interface RowTally {
  files: number;
  rows_read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  by_reason: Record<RejectReason, number>;
}

/** One town's data quality: its row tally and its reporting health at the as-of date (null: no report). */
export interface TownQuality {
  town_id: string;
  name: string;
  name_en: string;
  tally: RowTally;
  health: ReportingHealthRow | null;
}

export interface CountyQuality {
  county: County;
  towns: TownQuality[];
  /** Files under the county's folder that name no town of it (notices, unknown towns). */
  unassigned: RowTally;
  total: RowTally;
  /** Files under the county's folder that could not be read: listed so no town's report is missed. */
  unreadable: UnreadableFile[];
}

export interface DataQuality {
  counties: CountyQuality[];
  /** Files in no county's folder. */
  unplaced: RowTally;
  total: RowTally;
}

export function emptyTally(): RowTally {
  const by_reason = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<
    RejectReason,
    number
  >;
  return { files: 0, rows_read: 0, accepted: 0, rejected: 0, skipped: 0, by_reason };
}

function add(
  into: RowTally,
  input: QualityInput,
  reasons: ReadonlyMap<RejectReason, number>,
): void {
  into.files += 1;
  into.rows_read += input.rows_read;
  into.accepted += input.accepted;
  into.rejected += input.rejected;
  into.skipped += input.skipped;
  for (const [reason, n] of reasons) into.by_reason[reason] += n;
}

function merge(into: RowTally, from: RowTally): void {
  into.files += from.files;
  into.rows_read += from.rows_read;
  into.accepted += from.accepted;
  into.rejected += from.rejected;
  into.skipped += from.skipped;
  for (const reason of REJECT_REASONS) into.by_reason[reason] += from.by_reason[reason];
}

/**
 * The county a received file counts under: its town's county, else its top folder's (the raw layout is
 * `<county_id>/…`), else null (a file in no county's folder, counted as unplaced).
 */
export function fileCounty(
  counties: readonly County[],
  input: Pick<QualityInput, "path" | "town_id">,
): string | null {
  const { countyOfTown, countyIds } = countyIndex(counties);
  const byTown = input.town_id === null ? undefined : countyOfTown.get(input.town_id);
  if (byTown !== undefined) return byTown;
  const folder = input.path.split("/")[0] ?? "";
  return countyIds.has(folder) ? folder : null;
}

/**
 * Each town's county and the county ids, made once per list of counties: a province's 40,000 files each
 * searching 1,000 towns made the data-quality summary quadratic (minutes of a 40-county build).
 */
const countyIndexes = new WeakMap<
  readonly County[],
  { countyOfTown: Map<string, string>; countyIds: Set<string> }
>();
function countyIndex(counties: readonly County[]) {
  let index = countyIndexes.get(counties);
  if (!index) {
    index = {
      countyOfTown: new Map(
        counties.flatMap((c) => c.towns.map((t) => [t.town_id, c.county_id] as const)),
      ),
      countyIds: new Set(counties.map((c) => c.county_id)),
    };
    countyIndexes.set(counties, index);
  }
  return index;
}

/**
 * The rows of rejects.csv (its text) that came from `files`, header first, as a CSV of their own: the
 * same bytes as those rows in the whole file (the pipeline writes it with toCsv, which this re-applies
 * to the cells it reads back). A county's data-quality page offers its files' rejected rows this way.
 */
export function rejectsOfFiles(csv: string, files: ReadonlySet<string>): string {
  const text = csv.startsWith(UTF8_BOM) ? csv.slice(UTF8_BOM.length) : csv;
  const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return gridToCsv([header, ...rows.filter((row) => files.has(row[0] ?? ""))]);
}

/**
 * Per county and town: the manifest's row accounting, rejected rows by reason (rejects.csv, joined by
 * source file) and the engine's reporting health. A file with no town goes to its county by its top
 * folder (the raw layout is `<county_id>/…`), else to `unplaced`, so the totals always add up.
 */
export function summarizeDataQuality(
  counties: readonly County[],
  inputs: readonly QualityInput[],
  rejects: readonly QualityReject[],
  health: readonly ReportingHealthRow[],
): DataQuality {
  const reasonsByFile = new Map<string, Map<RejectReason, number>>();
  for (const reject of rejects) {
    const counts = reasonsByFile.get(reject.source_file) ?? new Map<RejectReason, number>();
    counts.set(reject.reason, (counts.get(reject.reason) ?? 0) + 1);
    reasonsByFile.set(reject.source_file, counts);
  }
  const healthByTown = new Map(health.map((h) => [h.town_id, h]));
  const result: DataQuality = {
    counties: counties.map((county) => ({
      county,
      towns: county.towns.map((town) => ({
        town_id: town.town_id,
        name: town.name,
        name_en: town.name_en,
        tally: emptyTally(),
        health: healthByTown.get(town.town_id) ?? null,
      })),
      unassigned: emptyTally(),
      total: emptyTally(),
      unreadable: inputs.flatMap((input) =>
        input.error && input.path.split("/")[0] === county.county_id
          ? [{ path: input.path, error: input.error }]
          : [],
      ),
    })),
    unplaced: emptyTally(),
    total: emptyTally(),
  };
  const townById = new Map(result.counties.flatMap((c) => c.towns.map((t) => [t.town_id, t])));
  const countyById = new Map(result.counties.map((c) => [c.county.county_id, c]));
  for (const input of inputs) {
    const reasons = reasonsByFile.get(input.path) ?? new Map<RejectReason, number>();
    const town = input.town_id === null ? undefined : townById.get(input.town_id);
    if (town) add(town.tally, input, reasons);
    else {
      const id = fileCounty(counties, input);
      const county = id === null ? undefined : countyById.get(id);
      add(county ? county.unassigned : result.unplaced, input, reasons);
    }
  }
  for (const county of result.counties) {
    for (const town of county.towns) merge(county.total, town.tally);
    merge(county.total, county.unassigned);
    merge(result.total, county.total);
  }
  merge(result.total, result.unplaced);
  return result;
}
