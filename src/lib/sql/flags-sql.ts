import type { QueryParam } from "../connectors/query-runner";
import type { PolicyRules } from "../reference/schema";
import { FLAGS, type FlagsReference, type Flag, type Severity } from "../flags/flags-schema";

/**
 * The data-quality flags (督查) of one county's factories ($1), computed from the published tables
 * `reports` and `factories` only, so DuckDB in Node (pipeline, build) and DuckDB-WASM (browser) give the
 * same rows. One row per factory, report and flag, in a fixed order (reruns are byte-identical).
 *
 * Reports are compared report to report in date order, whatever their length: headcounts are at period
 * end, money is turned into a per-month rate (a quarter's output ÷ 3), so a quarterly reporter's change
 * is the change over its quarter. A report more than max_gap_months months after the previous one starts
 * afresh (no change is computed across a long gap); a factory's first report has no change.
 * Thresholds come from data/reference/flags.json ($2–$12), the certification rule from the county's
 * reference data ($13–$14, NULL when the county has none), severities as `flag:SEVERITY,…` ($15).
 */
export const FLAGS_SQL = `
WITH cfg AS (
  SELECT CAST($1 AS VARCHAR) AS scope_county, CAST($2 AS DOUBLE) AS z_max,
         CAST($3 AS INTEGER) AS z_window, CAST($4 AS INTEGER) AS z_min_changes,
         CAST($5 AS DOUBLE) AS z_min_relative, CAST($6 AS INTEGER) AS z_max_gap,
         CAST($7 AS INTEGER) AS stale_reports, CAST($8 AS DOUBLE) AS drop_share,
         CAST($9 AS INTEGER) AS drop_min_previous, CAST($10 AS INTEGER) AS drop_max_gap,
         CAST($11 AS DOUBLE) AS iqr_k, CAST($12 AS INTEGER) AS wage_min_reports,
         CAST($13 AS INTEGER) AS cert_workers, CAST($14 AS INTEGER) AS cert_months
),
severities AS (
  SELECT split_part(s, ':', 1) AS flag, split_part(s, ':', 2) AS severity
  FROM (SELECT unnest(string_split(CAST($15 AS VARCHAR), ',')) AS s)
),
base AS (
  SELECT r.factory_id, f.county_id, f.town_id, f.certified_on, r.period_start, r.period_end,
         r.employees, r.poor_workers, r.output_value_yuan, r.wages_yuan, r.months_operating,
         date_diff('month', r.period_start, r.period_end) + 1 AS months,
         r.output_value_yuan / (date_diff('month', r.period_start, r.period_end) + 1) AS output_pm,
         r.wages_yuan / (date_diff('month', r.period_start, r.period_end) + 1) AS wages_pm
  FROM reports r JOIN factories f ON f.factory_id = r.factory_id, cfg
  WHERE f.county_id = cfg.scope_county
),
seq AS (
  SELECT b.*,
    lag(period_end) OVER w AS prev_end,
    lag(employees) OVER w AS prev_employees,
    lag(poor_workers) OVER w AS prev_poor,
    lag(output_pm) OVER w AS prev_output_pm,
    -- months with no report between the previous report and this one
    date_diff('month', lag(period_end) OVER w, period_start) - 1 AS gap_months
  FROM base b
  WINDOW w AS (PARTITION BY factory_id ORDER BY period_end, period_start)
),
changes AS (
  SELECT s.*, m.measure, m.value, m.previous, m.value - m.previous AS change
  FROM seq s, cfg,
  LATERAL (VALUES ('employees', CAST(s.employees AS DOUBLE), CAST(s.prev_employees AS DOUBLE)),
                  ('output', s.output_pm, s.prev_output_pm)) AS m(measure, value, previous)
  WHERE s.prev_end IS NOT NULL AND s.gap_months <= cfg.z_max_gap
),
windows AS (
  SELECT c.*, list(change) OVER (PARTITION BY factory_id, measure ORDER BY period_end
    ROWS BETWEEN cfg.z_window - 1 PRECEDING AND CURRENT ROW) AS recent
  FROM changes c, cfg
),
scored AS (
  SELECT w.*, list_aggregate(recent, 'median') AS med, list_aggregate(recent, 'mad') AS mad
  FROM windows w
),
zscores AS (
  SELECT s.*,
    CASE WHEN mad > 0 THEN 0.6745 * (change - med) / mad
         -- MAD = 0 (half the changes equal): the mean absolute deviation stands in (Iglewicz & Hoaglin)
         WHEN list_avg(list_transform(recent, lambda x: abs(x - med))) > 0
           THEN (change - med) / (1.253314 * list_avg(list_transform(recent, lambda x: abs(x - med))))
         ELSE 0 END AS z
  FROM scored s
),
outliers AS (
  SELECT factory_id, county_id, town_id, period_end,
    CASE measure WHEN 'employees' THEN 'outlier_employees' ELSE 'outlier_output' END AS flag,
    value, previous AS baseline, z AS score, cfg.z_max AS threshold,
    CASE measure
      WHEN 'employees' THEN printf('用工人数由上期 %d 人变为 %d 人，变化幅度明显不同于该厂近期各期（修正 z 分数 %.1f，超过 %.1f），请核实。', CAST(previous AS BIGINT), CAST(value AS BIGINT), z, cfg.z_max)
      ELSE printf('月均产值由上期 %.1f 万元变为 %.1f 万元，变化幅度明显不同于该厂近期各期（修正 z 分数 %.1f，超过 %.1f），请核实。', previous / 10000, value / 10000, z, cfg.z_max) END AS explanation_zh,
    CASE measure
      WHEN 'employees' THEN printf('Employees went from %d to %d, a change unlike this factory''s recent ones (modified z-score %.1f, beyond %.1f): please verify.', CAST(previous AS BIGINT), CAST(value AS BIGINT), z, cfg.z_max)
      ELSE printf('Output per month went from %.1f to %.1f ten-thousand yuan, a change unlike this factory''s recent ones (modified z-score %.1f, beyond %.1f): please verify.', previous / 10000, value / 10000, z, cfg.z_max) END AS explanation_en
  FROM zscores, cfg
  WHERE len(recent) >= cfg.z_min_changes AND abs(z) > cfg.z_max
    AND abs(change) >= cfg.z_min_relative * abs(previous)
),
runs AS (
  SELECT s.*, sum(CASE WHEN employees = prev_employees AND poor_workers = prev_poor
                        AND output_pm = prev_output_pm THEN 0 ELSE 1 END)
                OVER (PARTITION BY factory_id ORDER BY period_end, period_start ROWS UNBOUNDED PRECEDING) AS run_id
  FROM seq s
),
run_lengths AS (
  SELECT r.*, row_number() OVER (PARTITION BY factory_id, run_id ORDER BY period_end, period_start) AS run_length
  FROM runs r
),
stale AS (
  SELECT factory_id, county_id, town_id, period_end, 'stale_figures' AS flag,
    CAST(employees AS DOUBLE) AS value, CAST(employees AS DOUBLE) AS baseline,
    CAST(run_length AS DOUBLE) AS score, CAST(cfg.stale_reports AS DOUBLE) AS threshold,
    printf('用工人数（%d）、贫困劳动力（%d）和月均产值已连续 %d 期完全相同，请核实是否照抄上期。', employees, poor_workers, run_length) AS explanation_zh,
    printf('Employees (%d), poor workers (%d) and output per month have been identical in %d reports in a row: please verify they were not copied from the last report.', employees, poor_workers, run_length) AS explanation_en
  FROM run_lengths, cfg
  WHERE run_length >= cfg.stale_reports AND employees > 0
),
drops AS (
  SELECT factory_id, county_id, town_id, period_end, 'sudden_drop' AS flag,
    CAST(employees AS DOUBLE) AS value, CAST(prev_employees AS DOUBLE) AS baseline,
    1 - employees / prev_employees AS score, cfg.drop_share AS threshold,
    printf('用工人数由上期 %d 人降至 %d 人（减少 %.0f%%），工厂仍在报送，请核实。', prev_employees, employees, 100 * (1 - employees / prev_employees)) AS explanation_zh,
    printf('Employees fell from %d to %d (down %.0f%%) while the factory keeps reporting: please verify.', prev_employees, employees, 100 * (1 - employees / prev_employees)) AS explanation_en
  FROM seq, cfg
  WHERE prev_end IS NOT NULL AND gap_months <= cfg.drop_max_gap
    AND prev_employees >= cfg.drop_min_previous
    AND employees <= prev_employees * (1 - cfg.drop_share)
),
money AS (
  SELECT factory_id, county_id, town_id, period_end,
    CASE WHEN output_value_yuan > 0 THEN 'output_without_wages' ELSE 'wages_without_output' END AS flag,
    CASE WHEN output_value_yuan > 0 THEN output_value_yuan ELSE wages_yuan END AS value,
    CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score, 0.0 AS threshold,
    CASE WHEN output_value_yuan > 0
      THEN printf('报告产值 %.1f 万元，但工资总额为 0，请核实。', output_value_yuan / 10000)
      ELSE printf('报告工资总额 %.1f 万元，但产值为 0，请核实。', wages_yuan / 10000) END AS explanation_zh,
    CASE WHEN output_value_yuan > 0
      THEN printf('Output of %.1f ten-thousand yuan reported with no wages paid: please verify.', output_value_yuan / 10000)
      ELSE printf('Wages of %.1f ten-thousand yuan reported with no output: please verify.', wages_yuan / 10000) END AS explanation_en
  FROM base
  WHERE (output_value_yuan > 0 AND wages_yuan = 0) OR (wages_yuan > 0 AND output_value_yuan = 0)
),
per_worker AS (
  SELECT b.*, wages_pm / employees AS wpw
  FROM base b WHERE employees > 0 AND wages_yuan > 0
),
wage_ranges AS (
  SELECT period_end, count(*) AS n, median(wpw) AS med,
    quantile_cont(wpw, 0.25) AS q1, quantile_cont(wpw, 0.75) AS q3
  FROM per_worker GROUP BY period_end
),
wages AS (
  SELECT p.factory_id, p.county_id, p.town_id, p.period_end, 'wages_per_worker' AS flag,
    p.wpw AS value, g.med AS baseline, CAST(NULL AS DOUBLE) AS score,
    CASE WHEN p.wpw < g.q1 THEN g.q1 - cfg.iqr_k * (g.q3 - g.q1) ELSE g.q3 + cfg.iqr_k * (g.q3 - g.q1) END AS threshold,
    printf('人均月工资 %.0f 元，远离本县同期的范围（中位数 %.0f 元，正常范围 %.0f–%.0f 元），请核实工资或人数。', p.wpw, g.med, g.q1 - cfg.iqr_k * (g.q3 - g.q1), g.q3 + cfg.iqr_k * (g.q3 - g.q1)) AS explanation_zh,
    printf('Wages per worker per month of %.0f yuan lie far outside the county''s range for the period (median %.0f, usual range %.0f–%.0f yuan): please verify wages or headcount.', p.wpw, g.med, g.q1 - cfg.iqr_k * (g.q3 - g.q1), g.q3 + cfg.iqr_k * (g.q3 - g.q1)) AS explanation_en
  FROM per_worker p JOIN wage_ranges g ON g.period_end = p.period_end, cfg
  WHERE g.n >= cfg.wage_min_reports
    AND (p.wpw < g.q1 - cfg.iqr_k * (g.q3 - g.q1) OR p.wpw > g.q3 + cfg.iqr_k * (g.q3 - g.q1))
),
below_workers AS (
  SELECT factory_id, county_id, town_id, period_end, 'certified_below_workers' AS flag,
    CAST(employees AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score,
    CAST(cfg.cert_workers AS DOUBLE) AS threshold,
    printf('该厂已认定为社区工厂，本期用工 %d 人，少于认定条件的 %d 人，请核实。', employees, cfg.cert_workers) AS explanation_zh,
    printf('The factory is certified, but this report shows %d workers, fewer than the %d the certification requires: please verify.', employees, cfg.cert_workers) AS explanation_en
  FROM base, cfg
  WHERE cfg.cert_workers IS NOT NULL AND certified_on IS NOT NULL AND certified_on <= period_end
    AND employees < cfg.cert_workers
),
as_of AS (SELECT max(period_end) AS d FROM base),
report_months AS (
  SELECT DISTINCT factory_id, CAST(unnest(generate_series(CAST(period_start AS TIMESTAMP),
    CAST(period_end AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM base WHERE employees > 0
),
months_per_year AS (
  SELECT factory_id, year(month_start) AS y, count(*) AS months
  FROM report_months GROUP BY factory_id, year(month_start)
),
years AS (
  SELECT b.factory_id, any_value(b.county_id) AS county_id, any_value(b.town_id) AS town_id,
    year(b.period_end) AS y, max(b.period_end) AS last_end, any_value(b.certified_on) AS certified_on,
    greatest(COALESCE(any_value(m.months), 0), COALESCE(max(b.months_operating), 0)) AS months
  FROM base b LEFT JOIN months_per_year m ON m.factory_id = b.factory_id AND m.y = year(b.period_end)
  GROUP BY b.factory_id, year(b.period_end)
),
first_years AS (SELECT factory_id, min(year(period_start)) AS y FROM base GROUP BY factory_id),
below_months AS (
  SELECT y.factory_id, y.county_id, y.town_id, y.last_end AS period_end, 'certified_below_months' AS flag,
    CAST(y.months AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score,
    CAST(cfg.cert_months AS DOUBLE) AS threshold,
    printf('该厂已认定为社区工厂，%d 年报表显示生产 %d 个月，少于认定条件的 %d 个月，请核实。', y.y, y.months, cfg.cert_months) AS explanation_zh,
    printf('The factory is certified, but its reports for %d show %d months of production, fewer than the %d the certification requires: please verify.', y.y, y.months, cfg.cert_months) AS explanation_en
  FROM years y JOIN first_years fy ON fy.factory_id = y.factory_id, cfg, as_of
  WHERE cfg.cert_months IS NOT NULL AND y.certified_on IS NOT NULL
    AND y.certified_on <= make_date(y.y, 12, 31)
    -- a year counts once it is over, and not in the year the factory began reporting (a part year)
    AND make_date(y.y, 12, 31) <= as_of.d AND y.y > fy.y
    AND y.months < cfg.cert_months
),
flagged AS (
  SELECT * FROM outliers UNION ALL SELECT * FROM stale UNION ALL SELECT * FROM drops
  UNION ALL SELECT * FROM money UNION ALL SELECT * FROM wages
  UNION ALL SELECT * FROM below_workers UNION ALL SELECT * FROM below_months
)
SELECT f.factory_id, f.county_id, f.town_id, CAST(f.period_end AS VARCHAR) AS period_end, f.flag,
  s.severity, CAST(f.value AS DOUBLE) AS value, CAST(f.baseline AS DOUBLE) AS baseline,
  CAST(f.score AS DOUBLE) AS score, CAST(f.threshold AS DOUBLE) AS threshold,
  f.explanation_zh, f.explanation_en
FROM flagged f JOIN severities s ON s.flag = f.flag
ORDER BY f.county_id, f.town_id, f.factory_id, f.period_end, f.flag
`;

type Certification = PolicyRules["certification"];

/** The severity each flag takes, from the rule it belongs to. */
export function flagSeverities(reference: FlagsReference): Record<Flag, Severity> {
  const r = reference.rules;
  return {
    outlier_employees: r.outlier_change.severity,
    outlier_output: r.outlier_change.severity,
    stale_figures: r.stale_figures.severity,
    sudden_drop: r.sudden_drop.severity,
    output_without_wages: r.output_without_wages.severity,
    wages_without_output: r.wages_without_output.severity,
    wages_per_worker: r.wages_per_worker.severity,
    certified_below_workers: r.certified_below_workers.severity,
    certified_below_months: r.certified_below_months.severity,
  };
}

/** $1–$15 of FLAGS_SQL for one county; `certification` is null when the county has no such rule. */
export function flagsParams(
  countyId: string,
  reference: FlagsReference,
  certification: Certification | null,
): QueryParam[] {
  const r = reference.rules;
  const severities = flagSeverities(reference);
  return [
    countyId,
    r.outlier_change.z_max,
    r.outlier_change.window_changes,
    r.outlier_change.min_changes,
    r.outlier_change.min_relative_change,
    r.outlier_change.max_gap_months,
    r.stale_figures.min_reports,
    r.sudden_drop.drop_share,
    r.sudden_drop.min_previous_employees,
    r.sudden_drop.max_gap_months,
    r.wages_per_worker.iqr_k,
    r.wages_per_worker.min_reports,
    certification?.min_workers ?? null,
    certification?.min_months_per_year ?? null,
    FLAGS.map((flag) => `${flag}:${severities[flag]}`).join(","),
  ];
}
