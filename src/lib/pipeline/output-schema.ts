/**
 * The columns of the pipeline's Parquet outputs (DATA-CONTRACT §3), in order, with their DuckDB types.
 * Names are fixed by the contract; columns may be added at the end, never renamed.
 */
export type ColumnType = "VARCHAR" | "DATE" | "INTEGER" | "DOUBLE" | "BOOLEAN";

export interface ColumnSpec<
  N extends string = string,
  T extends ColumnType = ColumnType,
  O extends boolean = boolean,
> {
  name: N;
  type: T;
  nullable: O;
}

export function col<N extends string, T extends ColumnType>(
  name: N,
  type: T,
): ColumnSpec<N, T, false>;
export function col<N extends string, T extends ColumnType>(
  name: N,
  type: T,
  nullable: true,
): ColumnSpec<N, T, true>;
export function col(name: string, type: ColumnType, nullable = false): ColumnSpec {
  return { name, type, nullable };
}

export const REPORT_COLUMNS = [
  col("county_id", "VARCHAR"),
  col("town_id", "VARCHAR"),
  col("town_name", "VARCHAR"),
  col("factory_id", "VARCHAR"),
  col("period_start", "DATE"),
  col("period_end", "DATE"),
  col("employees", "INTEGER"),
  col("poor_workers", "INTEGER"),
  col("relocated_workers", "INTEGER"),
  col("contracts_1y", "INTEGER", true),
  col("output_value_yuan", "DOUBLE"),
  col("wages_yuan", "DOUBLE"),
  col("source_file", "VARCHAR"),
  col("source_row", "INTEGER"),
  // Added beyond the contract's minimum:
  col("period_kind", "VARCHAR"),
  col("months_operating", "INTEGER", true),
  /** The worksheet's name; "" for a text file (DATA-CONTRACT §6). */
  col("source_sheet", "VARCHAR"),
] as const;

export const FACTORY_COLUMNS = [
  col("factory_id", "VARCHAR"),
  col("county_id", "VARCHAR"),
  col("town_id", "VARCHAR"),
  col("town_name", "VARCHAR"),
  col("name", "VARCHAR"),
  col("community", "VARCHAR", true),
  col("industry", "VARCHAR"),
  col("industry_raw", "VARCHAR", true),
  col("opened_on", "DATE", true),
  col("certified_on", "DATE", true),
  col("leading", "BOOLEAN"),
  col("base_level", "VARCHAR"),
  // Added beyond the contract's minimum:
  col("credit_code", "VARCHAR", true),
  col("first_period_start", "DATE"),
  col("last_period_end", "DATE"),
  col("reports", "INTEGER"),
] as const;

export const TOWN_COLUMNS = [
  col("county_id", "VARCHAR"),
  col("county_name", "VARCHAR"),
  col("town_id", "VARCHAR"),
  col("town_name", "VARCHAR"),
  col("town_name_en", "VARCHAR"),
  col("short_names", "VARCHAR"),
  col("lat", "DOUBLE"),
  col("lon", "DOUBLE"),
] as const;

export const TARGET_COLUMNS = [
  col("target_id", "VARCHAR"),
  col("county_id", "VARCHAR"),
  /** `county` for a county target, `town` for a town's task or rule. */
  col("scope", "VARCHAR"),
  col("town_id", "VARCHAR", true),
  col("metric", "VARCHAR"),
  col("value", "DOUBLE"),
  col("unit", "VARCHAR"),
  /** For per-year rules (Pingli's ≥2 new factories a year), the year; else null. */
  col("year", "INTEGER", true),
  col("deadline", "DATE"),
  /** `official` when the document states it, `provisional` when it is our stand-in. */
  col("status", "VARCHAR"),
  col("document_id", "VARCHAR"),
  col("document_number", "VARCHAR"),
  col("clause", "VARCHAR"),
  col("quote", "VARCHAR"),
  col("note", "VARCHAR", true),
] as const;

type ValueOf<T extends ColumnType> = T extends "INTEGER" | "DOUBLE"
  ? number
  : T extends "BOOLEAN"
    ? boolean
    : string;
/** A row of a table described by columns C: the DATE type is an ISO `YYYY-MM-DD` string. */
export type RowOf<C extends readonly ColumnSpec[]> = {
  [K in C[number] as K["name"]]: K["nullable"] extends true
    ? ValueOf<K["type"]> | null
    : ValueOf<K["type"]>;
};

export type ReportOutputRow = RowOf<typeof REPORT_COLUMNS>;
export type FactoryOutputRow = RowOf<typeof FACTORY_COLUMNS>;
export type TownOutputRow = RowOf<typeof TOWN_COLUMNS>;
export type TargetOutputRow = RowOf<typeof TARGET_COLUMNS>;

export const REJECT_REASONS = [
  "encoding",
  "no_header",
  "no_period",
  "unknown_town",
  "missing_required",
  "bad_number",
  "bad_date",
  "negative",
  "inconsistent",
  "superseded",
  "duplicate",
] as const;
/** Why a row was not accepted (DATA-CONTRACT §3): a fixed list. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A rejected row, as written to rejects.csv. The message names file, row and column, in Chinese then English. */
export interface Reject {
  source_file: string;
  source_row: number;
  column: string;
  reason: RejectReason;
  message: string;
  /** The worksheet's name, "" for a text file: the last column of rejects.csv (DATA-CONTRACT §6). */
  source_sheet: string;
}

/** rejects.csv's columns, in their order (DATA-CONTRACT §3, §6). */
export const REJECT_COLUMNS = [
  "source_file",
  "source_row",
  "column",
  "reason",
  "message",
  "source_sheet",
] as const satisfies readonly (keyof Reject)[];
