/**
 * The cross-file steps of the pipeline, in SQL over the table `staged` (STAGED_COLUMNS), run by DuckDB
 * in Node so that a province's rows never sit in JavaScript memory at once.
 *
 * 1. Factory id: the report's credit code; else the code any report of the same town and normalized
 *    name gives (the first, by file and row); else `<town_id>-<stableHash(name)>`. A factory keeps one id
 *    whether or not a month's report carries its code (DATA-CONTRACT §3 invariants).
 * 2. Resubmissions: of the reports of one factory and period, the one in the file that sorts later by
 *    name wins; the others are rejected as `superseded` (DATA-CONTRACT §2).
 */
export const RANK_STAGED_SQL = `
CREATE OR REPLACE TABLE ranked AS
WITH codes AS (
  SELECT town_id, name_key, first(credit_code ORDER BY source_file, source_row) AS code
  FROM staged WHERE credit_code IS NOT NULL
  GROUP BY town_id, name_key
),
identified AS (
  SELECT s.*, COALESCE(s.credit_code, c.code) AS factory_code,
         COALESCE(s.credit_code, c.code, s.town_id || '-' || s.name_hash) AS factory_id
  FROM staged s LEFT JOIN codes c ON c.town_id = s.town_id AND c.name_key = s.name_key
)
SELECT *,
  row_number() OVER latest_first AS version,
  first_value(source_file) OVER latest_first AS winner_file,
  first_value(source_row) OVER latest_first AS winner_row
FROM identified
WINDOW latest_first AS (PARTITION BY factory_id, period_start, period_end ORDER BY source_file DESC, source_row DESC)`;

/** reports.parquet rows, in REPORT_COLUMNS order, sorted so the file's bytes are the same every run. */
export const REPORTS_SQL = `
SELECT county_id, town_id, town_name, factory_id, period_start, period_end, employees, poor_workers,
  relocated_workers, contracts_1y, output_value_yuan, wages_yuan, source_file, source_row, period_kind,
  months_operating, source_sheet
FROM ranked WHERE version = 1
ORDER BY county_id, town_id, factory_id, period_start, period_end, source_file, source_row`;

/**
 * factories.parquet rows, in FACTORY_COLUMNS order: each factory as its latest report describes it;
 * a field some reports leave blank (community, opened, certified) from the latest report that gives it.
 */
export const FACTORIES_SQL = `
WITH kept AS (
  SELECT *, struct_pack(e := period_end, f := source_file, r := source_row) AS k FROM ranked WHERE version = 1
)
SELECT factory_id,
  arg_max(county_id, k) AS county_id,
  arg_max(town_id, k) AS town_id,
  arg_max(town_name, k) AS town_name,
  arg_max(name, k) AS name,
  arg_max(community, k) FILTER (WHERE community IS NOT NULL) AS community,
  arg_max(industry, k) AS industry,
  arg_max(industry_raw, k) FILTER (WHERE industry_raw IS NOT NULL) AS industry_raw,
  arg_max(opened_on, k) FILTER (WHERE opened_on IS NOT NULL) AS opened_on,
  arg_max(certified_on, k) FILTER (WHERE certified_on IS NOT NULL) AS certified_on,
  arg_max("leading", k) AS "leading",
  arg_max(base_level, k) AS base_level,
  arg_max(factory_code, k) AS credit_code,
  min(period_start) AS first_period_start,
  max(period_end) AS last_period_end,
  CAST(count(*) AS INTEGER) AS reports
FROM kept
GROUP BY factory_id
ORDER BY county_id, town_id, factory_id`;

/** The reports a later file replaced, with the row that replaced them. */
export const SUPERSEDED_SQL = `
SELECT source_file, source_row, source_sheet, winner_file, winner_row
FROM ranked WHERE version > 1
ORDER BY source_file, source_row`;

/** Accepted rows per file, and the as-of date: the latest period end among accepted rows. */
export const ACCEPTED_SQL = `
SELECT source_file, CAST(count(*) AS INTEGER) AS accepted, CAST(max(period_end) AS VARCHAR) AS last_end
FROM ranked WHERE version = 1
GROUP BY source_file ORDER BY source_file`;
