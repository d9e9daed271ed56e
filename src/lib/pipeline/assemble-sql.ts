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
 * Written with windows rather than arg_max aggregates: DuckDB spills a window's sort to disk, but not
 * arg_max states, which ran out of the writer's memory at 200,000 factories.
 */
export const FACTORIES_SQL = `
WITH described AS (
  SELECT factory_id, county_id, town_id, town_name, name, industry, "leading", base_level,
    factory_code AS credit_code,
    last_value(community IGNORE NULLS) OVER reports_of AS community,
    last_value(industry_raw IGNORE NULLS) OVER reports_of AS industry_raw,
    last_value(opened_on IGNORE NULLS) OVER reports_of AS opened_on,
    last_value(certified_on IGNORE NULLS) OVER reports_of AS certified_on,
    min(period_start) OVER reports_of AS first_period_start,
    max(period_end) OVER reports_of AS last_period_end,
    CAST(count(*) OVER reports_of AS INTEGER) AS reports,
    row_number() OVER (PARTITION BY factory_id ORDER BY period_end DESC, source_file DESC, source_row DESC) AS newest
  FROM ranked WHERE version = 1
  WINDOW reports_of AS (
    PARTITION BY factory_id ORDER BY period_end, source_file, source_row
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT factory_id, county_id, town_id, town_name, name, community, industry, industry_raw, opened_on,
  certified_on, "leading", base_level, credit_code, first_period_start, last_period_end, reports
FROM described WHERE newest = 1
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
