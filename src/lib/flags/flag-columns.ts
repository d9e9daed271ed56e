import { col } from "../pipeline/output-schema";

/**
 * The columns of flags.parquet, one row per factory, report and flag. `value` is the figure flagged,
 * `baseline` what it is compared with (previous report, county median), `score` the measure the rule
 * tests (modified z-score, identical reports in a row, share of workers lost), `threshold` the rule's
 * limit; what each means per flag is on the methodology page.
 */
export const FLAG_COLUMNS = [
  col("factory_id", "VARCHAR"),
  col("county_id", "VARCHAR"),
  col("town_id", "VARCHAR"),
  col("period_end", "DATE"),
  col("flag", "VARCHAR"),
  col("severity", "VARCHAR"),
  col("value", "DOUBLE"),
  col("baseline", "DOUBLE", true),
  col("score", "DOUBLE", true),
  col("threshold", "DOUBLE"),
  col("explanation_zh", "VARCHAR"),
  col("explanation_en", "VARCHAR"),
] as const;
