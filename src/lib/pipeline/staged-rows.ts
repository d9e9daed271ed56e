import { col } from "./output-schema";
import type { ParsedRow } from "./report-row";
import { stableHash } from "./stable-hash";

/**
 * Accepted rows as they wait in DuckDB for the cross-file steps (factory ids, resubmissions), so the
 * pipeline holds one file's rows at a time in memory, not a province's.
 */
export const STAGED_COLUMNS = [
  col("county_id", "VARCHAR"),
  col("town_id", "VARCHAR"),
  col("town_name", "VARCHAR"),
  col("credit_code", "VARCHAR", true),
  col("name_key", "VARCHAR"),
  /** stableHash(name_key): the factory id's tail when no report gives a credit code. */
  col("name_hash", "VARCHAR"),
  col("name", "VARCHAR"),
  col("community", "VARCHAR", true),
  col("industry", "VARCHAR"),
  col("industry_raw", "VARCHAR", true),
  col("opened_on", "DATE", true),
  col("certified_on", "DATE", true),
  col("leading", "BOOLEAN"),
  col("base_level", "VARCHAR"),
  col("period_start", "DATE"),
  col("period_end", "DATE"),
  col("period_kind", "VARCHAR"),
  col("employees", "INTEGER"),
  col("poor_workers", "INTEGER"),
  col("relocated_workers", "INTEGER"),
  col("contracts_1y", "INTEGER", true),
  col("output_value_yuan", "DOUBLE"),
  col("wages_yuan", "DOUBLE"),
  col("months_operating", "INTEGER", true),
  col("source_file", "VARCHAR"),
  col("source_row", "INTEGER"),
  col("source_sheet", "VARCHAR"),
] as const;

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell of the staging CSV: NULL is an empty field, text is quoted when it must be (never altered). */
function stagedCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return value === "" || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A row's values in STAGED_COLUMNS order (the test beside this file checks the order). */
function stagedValues(row: ParsedRow, nameHash: string): (string | number | boolean | null)[] {
  return [
    row.county_id,
    row.town_id,
    row.town_name,
    row.credit_code,
    row.name_key,
    nameHash,
    row.name,
    row.community,
    row.industry,
    row.industry_raw,
    row.opened_on,
    row.certified_on,
    row.leading,
    row.base_level,
    row.period.start,
    row.period.end,
    row.period.kind,
    row.employees,
    row.poor_workers,
    row.relocated_workers,
    row.contracts_1y,
    row.output_value_yuan,
    row.wages_yuan,
    row.months_operating,
    row.source_file,
    row.source_row,
    row.source_sheet,
  ];
}

/**
 * A function turning accepted rows into staging CSV lines (STAGED_COLUMNS order), read back by DuckDB's
 * read_csv with allow_quoted_nulls off, so "" stays an empty string: text is far cheaper than row objects
 * to pass between threads and to load. Each factory name is hashed once, however many periods it reports.
 */
export function createStagedCsv(): (rows: readonly ParsedRow[]) => string {
  const hashes = new Map<string, string>();
  return (rows) => {
    let text = "";
    for (const row of rows) {
      let nameHash = hashes.get(row.name_key);
      if (nameHash === undefined) {
        nameHash = stableHash(row.name_key);
        hashes.set(row.name_key, nameHash);
      }
      text += `${stagedValues(row, nameHash).map(stagedCell).join(",")}\n`;
    }
    return text;
  };
}
