import {
  FACTORY_COLUMNS,
  REPORT_COLUMNS,
  TARGET_COLUMNS,
  TOWN_COLUMNS,
  type ColumnSpec,
} from "../pipeline/output-schema";
import { FLAG_COLUMNS } from "../flags/flag-columns";

/**
 * The published tables, each at `/data/<name>.parquet` and `/data/<name>.csv`. The figures engine loads
 * the first four (flags feed no figure); the SQL console loads all five.
 */
export const PUBLISHED_TABLES = ["reports", "factories", "towns", "targets", "flags"] as const;
export type PublishedTable = (typeof PUBLISHED_TABLES)[number];

/** Every column of each table, in the order the pipeline writes them (output-schema.ts). */
export const TABLE_COLUMNS: Record<PublishedTable, readonly ColumnSpec[]> = {
  reports: REPORT_COLUMNS,
  factories: FACTORY_COLUMNS,
  towns: TOWN_COLUMNS,
  targets: TARGET_COLUMNS,
  flags: FLAG_COLUMNS,
};

/**
 * The columns the figures SQL (src/lib/figures/*-sql.ts) reads: the overview loads only these, so the
 * browser decodes no text it never uses. A figures query touching another column fails loudly in the
 * browser tests ("column not found"), which is how this list is kept honest.
 */
export const FIGURE_COLUMNS: Record<PublishedTable, readonly string[]> = {
  reports: [
    "factory_id",
    "period_start",
    "period_end",
    "period_kind",
    "employees",
    "poor_workers",
    "relocated_workers",
    "contracts_1y",
    "output_value_yuan",
    "wages_yuan",
    "months_operating",
    "source_file",
    "source_row",
  ],
  factories: [
    "factory_id",
    "county_id",
    "town_id",
    "town_name",
    "name",
    "industry",
    "opened_on",
    "certified_on",
    "leading",
    "base_level",
  ],
  towns: ["county_id", "town_id", "town_name"],
  targets: TARGET_COLUMNS.map((c) => c.name),
  flags: [],
};

/** The tables a column selection loads: a table none of whose columns are wanted is not fetched. */
export function tablesFor(selection: ColumnSelection): PublishedTable[] {
  return PUBLISHED_TABLES.filter((t) => selection === "all" || FIGURE_COLUMNS[t].length > 0);
}

/** Which columns to load: only what the figures need, or everything (the SQL console). */
export type ColumnSelection = "figures" | "all";

export function columnsFor(table: PublishedTable, selection: ColumnSelection): ColumnSpec[] {
  const all = TABLE_COLUMNS[table];
  if (selection === "all") return [...all];
  const wanted = new Set(FIGURE_COLUMNS[table]);
  return all.filter((c) => wanted.has(c.name));
}
