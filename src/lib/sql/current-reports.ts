/**
 * DATA-CONTRACT §5: a factory is active at D when a report ends in the ACTIVE_MONTHS months up to D,
 * i.e. its period_end lies in (last_day(D − ACTIVE_MONTHS months), D]. Every query and every sentence
 * that states the rule reads this number, so changing the window is a one-line change.
 */
export const ACTIVE_MONTHS = 3;

/**
 * SQL: whether a report ending on `periodEnd` (already ≤ D) still makes its factory active at `asOf`.
 * Both arguments are SQL expressions of type DATE.
 */
export const endsInActiveWindow = (periodEnd: string, asOf: string): string =>
  `${periodEnd} > last_day(${asOf} - INTERVAL ${ACTIVE_MONTHS} MONTH)`;

/**
 * SQL: the last month end at which a report ending on `periodEnd` still makes its factory active (the
 * same window seen from the report: from its period end to ACTIVE_MONTHS − 1 month ends after it).
 */
export const activeUntil = (periodEnd: string): string =>
  `last_day(${periodEnd} + INTERVAL ${ACTIVE_MONTHS - 1} MONTH)`;

/**
 * The CTE `current_reports`: each factory's current report at `asOf` (a DATE expression), its latest
 * report from `source` with period_end ≤ D. When a month and a quarter report end on the same day the
 * shorter (later-starting) one is current; a report read twice keeps its last source row. `source` is a
 * table or CTE with the columns of `reports` (scoped_reports, or reports itself).
 */
export const currentReportsCte = (source: string, asOf: string): string => `
current_reports AS (
  SELECT * FROM ${source} WHERE period_end <= ${asOf}
  QUALIFY row_number() OVER (
    PARTITION BY factory_id
    ORDER BY period_end DESC, period_start DESC, source_file DESC, source_row DESC) = 1
)`;
