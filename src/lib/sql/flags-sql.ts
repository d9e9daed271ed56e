import type { QueryParam } from "../connectors/query-runner";
import type { PolicyRules } from "../reference/schema";
import {
  FLAGS,
  MAX_WINDOW_CHANGES,
  type FlagsReference,
  type Flag,
  type Severity,
} from "../flags/flags-schema";

/** SQL for an amount in yuan as the house writes it in Chinese: 亿元 (2 decimals), 万元 (1), else 元. */
const zhMoney = (e: string) =>
  `CASE WHEN ${e} >= 1e8 THEN printf('%.2f亿元', ${e} / 1e8) WHEN ${e} >= 1e4 THEN printf('%.1f万元', ${e} / 1e4) ELSE printf('%,d元', CAST(round(${e}) AS BIGINT)) END`;
/** The same in English: in full below a million, then RMB … million (1 decimal) or billion (2). */
const enMoney = (e: string) =>
  `CASE WHEN ${e} >= 1e9 THEN printf('RMB %.2f billion', ${e} / 1e9) WHEN ${e} >= 1e6 THEN printf('RMB %.1f million', ${e} / 1e6) ELSE printf('RMB %,d', CAST(round(${e}) AS BIGINT)) END`;
/** SQL for a number with 1 decimal whose minus sign is a true minus (−2.5), as the house formatter writes it. */
const oneDecimal = (e: string) => `replace(printf('%.1f', ${e}), '-', '−')`;
/** The same for a share as a signed percentage (−0.3%, +1.2%). */
const signedPercent = (e: string) => `replace(printf('%+.1f%%', 100 * ${e}), '-', '−')`;

// The window is read from MAX_WINDOW_CHANGES − 1 lags, a fixed set of columns, sliced to z_window.
const lagNumbers = Array.from(
  { length: MAX_WINDOW_CHANGES - 1 },
  (_, i) => MAX_WINDOW_CHANGES - 1 - i,
);
/** lag(<m>_change, k) OVER w AS <m>_change_k, for k = MAX − 1 … 1 (m: e employees, o output). */
const lags = (m: string) =>
  lagNumbers.map((k) => `lag(${m}_change, ${k}) OVER w AS ${m}_change_${k}`).join(", ");
/** One measure's candidate changes, with its window's changes oldest first, the current one last. */
const candidates = (m: string, measure: string) => `SELECT s.factory_id, s.county_id, s.town_id,
    s.period_end, '${measure}' AS measure, s.${m}_value AS value, s.${m}_previous AS previous,
    s.${m}_typical AS typical, s.${m}_change AS change,
    list_slice(list_value(${[...lagNumbers.map((k) => `s.${m}_change_${k}`), `s.${m}_change`].join(", ")}),
      ${MAX_WINDOW_CHANGES} - least(s.rn, cfg.z_window) + 1, ${MAX_WINDOW_CHANGES}) AS recent
  FROM scored s, cfg
  WHERE least(s.rn, cfg.z_window) >= cfg.z_min_changes
    AND abs(s.${m}_change) >= cfg.z_min_relative * abs(s.${m}_previous)`;

/**
 * The data-quality flags (督查) of the factories of the counties in $1, all in one query (windows
 * partitioned by factory, so a province costs one pass, not one per county), computed from the published tables
 * `reports` and `factories` only, so DuckDB in Node (pipeline, build) and DuckDB-WASM (browser) give the
 * same rows. One row per factory, report and flag, in a fixed order (reruns are byte-identical).
 *
 * Reports are compared report to report in date order, whatever their length: headcounts are at period
 * end, money is turned into a per-month rate (a quarter's output ÷ 3), so a quarterly reporter's change
 * is the change over its quarter. A report more than max_gap_months months after the previous one starts
 * afresh (no change is computed across a long gap); a factory's first report has no change.
 * An outlier is judged on the change beyond the county's typical change for the same period (Spring
 * Festival, the 2020 epidemic move every factory at once), once enough factories report that period.
 * Thresholds come from data/reference/flags.json ($2–$13), each county's certification rule from its
 * reference data (in $1), severities as `flag:SEVERITY,…` ($14).
 */
export const FLAGS_SQL = `
WITH cfg AS (
  SELECT CAST($2 AS DOUBLE) AS z_max,
         CAST($3 AS INTEGER) AS z_window, CAST($4 AS INTEGER) AS z_min_changes,
         CAST($5 AS DOUBLE) AS z_min_relative, CAST($6 AS INTEGER) AS z_max_gap,
         CAST($7 AS INTEGER) AS stale_reports, CAST($8 AS DOUBLE) AS drop_share,
         CAST($9 AS INTEGER) AS drop_min_previous, CAST($10 AS INTEGER) AS drop_max_gap,
         CAST($11 AS DOUBLE) AS iqr_k, CAST($12 AS INTEGER) AS wage_min_reports,
         CAST($13 AS INTEGER) AS season_min_changes
),
-- the counties in scope with their certification rule, \`county:min_workers:min_months,…\` (empty: none)
scope AS (
  SELECT split_part(s, ':', 1) AS county_id,
         TRY_CAST(NULLIF(split_part(s, ':', 2), '') AS INTEGER) AS cert_workers,
         TRY_CAST(NULLIF(split_part(s, ':', 3), '') AS INTEGER) AS cert_months
  FROM (SELECT unnest(string_split(CAST($1 AS VARCHAR), ',')) AS s)
),
severities AS (
  SELECT split_part(s, ':', 1) AS flag, split_part(s, ':', 2) AS severity
  FROM (SELECT unnest(string_split(CAST($14 AS VARCHAR), ',')) AS s)
),
base AS (
  SELECT r.factory_id, f.county_id, f.town_id, f.certified_on, r.period_start, r.period_end,
         r.employees, r.poor_workers, r.output_value_yuan, r.wages_yuan, r.months_operating,
         sc.cert_workers, sc.cert_months,
         date_diff('month', r.period_start, r.period_end) + 1 AS months,
         r.output_value_yuan / (date_diff('month', r.period_start, r.period_end) + 1) AS output_pm,
         r.wages_yuan / (date_diff('month', r.period_start, r.period_end) + 1) AS wages_pm
  FROM reports r JOIN factories f ON f.factory_id = r.factory_id
  JOIN scope sc ON sc.county_id = f.county_id
),
seq AS (
  SELECT b.*,
    lag(period_end) OVER w AS prev_end,
    lag(employees) OVER w AS prev_employees,
    lag(poor_workers) OVER w AS prev_poor,
    lag(output_pm) OVER w AS prev_output_pm,
    row_number() OVER w AS report_no,
    -- months with no report between the previous report and this one
    date_diff('month', lag(period_end) OVER w, period_start) - 1 AS gap_months
  FROM base b
  WINDOW w AS (PARTITION BY factory_id ORDER BY period_end, period_start)
),
-- one row per report with both measures side by side (e_: employees, o_: output per month), so each
-- window below sorts the reports once, not once per measure; only the columns the outlier rule reads
raw_changes AS (
  SELECT s.factory_id, s.county_id, s.town_id, s.period_start, s.period_end, s.months,
    CAST(s.employees AS DOUBLE) AS e_value, CAST(s.prev_employees AS DOUBLE) AS e_previous,
    s.output_pm AS o_value, s.prev_output_pm AS o_previous
  FROM seq s, cfg WHERE s.prev_end IS NOT NULL AND s.gap_months <= cfg.z_max_gap
),
-- the county's typical relative change for the same period and report length (Spring Festival, the
-- 2020 epidemic): a change every factory shares is the season's, not the factory's
season AS (
  SELECT county_id, period_end, months,
    count(*) FILTER (WHERE e_previous > 0) AS e_n,
    median((e_value - e_previous) / e_previous) FILTER (WHERE e_previous > 0) AS e_typical,
    count(*) FILTER (WHERE o_previous > 0) AS o_n,
    median((o_value - o_previous) / o_previous) FILTER (WHERE o_previous > 0) AS o_typical
  FROM raw_changes
  GROUP BY county_id, period_end, months
),
changes AS (
  SELECT c.*,
    CASE WHEN se.e_n >= cfg.season_min_changes THEN se.e_typical ELSE 0 END AS e_typical,
    CASE WHEN se.o_n >= cfg.season_min_changes THEN se.o_typical ELSE 0 END AS o_typical
  FROM raw_changes c
  LEFT JOIN season se ON se.county_id = c.county_id AND se.period_end = c.period_end
    AND se.months = c.months, cfg
),
-- each change with the changes before it (lag 1 … MAX_WINDOW_CHANGES − 1) and its place in its factory's
-- series, all from one sort; lags are cheap where a list per row of every report was most of the flags' time
-- on a province
scored AS (
  SELECT c.*, row_number() OVER w AS rn, ${lags("e")}, ${lags("o")}
  FROM (SELECT *, e_value - e_previous * (1 + e_typical) AS e_change,
          o_value - o_previous * (1 + o_typical) AS o_change FROM changes) c
  -- in seq's order (a quarter and a month ending on the same day: the longer report first), so that the
  -- window does not depend on how the rows arrive, whatever the number of threads
  WINDOW w AS (PARTITION BY factory_id ORDER BY period_end, period_start)
),
-- only a change that could be flagged needs its score: enough changes in its window (the last
-- min(rn, z_window) of them), and large enough against the previous figure; its window listed in date
-- order; one row per measure from here on
candidates AS (
  ${candidates("e", "employees")}
  UNION ALL
  ${candidates("o", "output")}
),
scores AS (
  SELECT k.*, list_aggregate(recent, 'median') AS med, list_aggregate(recent, 'mad') AS mad
  FROM candidates k
),
zscores AS (
  SELECT sc.*,
    CASE WHEN mad > 0 THEN 0.6745 * (change - med) / mad
         -- MAD = 0 (half the changes equal): the mean absolute deviation stands in (Iglewicz & Hoaglin)
         WHEN list_avg(list_transform(recent, lambda x: abs(x - med))) > 0
           THEN (change - med) / (1.253314 * list_avg(list_transform(recent, lambda x: abs(x - med))))
         ELSE 0 END AS z
  FROM scores sc
),
outliers AS (
  SELECT factory_id, county_id, town_id, period_end,
    CASE measure WHEN 'employees' THEN 'outlier_employees' ELSE 'outlier_output' END AS flag,
    value, previous AS baseline, z AS score, cfg.z_max AS threshold,
    CASE measure
      WHEN 'employees' THEN printf('吸纳就业人数由上期 %,d人变为 %,d人（全县同期一般变化 %s），变化幅度明显不同于该厂近期各期（修正 z 分数 %s，超过 %.1f），请核实。', CAST(previous AS BIGINT), CAST(value AS BIGINT), ${signedPercent("typical")}, ${oneDecimal("z")}, cfg.z_max)
      ELSE printf('月均产值由上期 %s变为 %s（全县同期一般变化 %s），变化幅度明显不同于该厂近期各期（修正 z 分数 %s，超过 %.1f），请核实。', ${zhMoney("previous")}, ${zhMoney("value")}, ${signedPercent("typical")}, ${oneDecimal("z")}, cfg.z_max) END AS explanation_zh,
    CASE measure
      WHEN 'employees' THEN printf('Jobs went from %,d to %,d (county-wide the usual change that period was %s), a change unlike this factory''s recent ones (modified z-score %s, beyond %.1f): please verify.', CAST(previous AS BIGINT), CAST(value AS BIGINT), ${signedPercent("typical")}, ${oneDecimal("z")}, cfg.z_max)
      ELSE printf('Output per month went from %s to %s (county-wide the usual change that period was %s), a change unlike this factory''s recent ones (modified z-score %s, beyond %.1f): please verify.', ${enMoney("previous")}, ${enMoney("value")}, ${signedPercent("typical")}, ${oneDecimal("z")}, cfg.z_max) END AS explanation_en
  FROM zscores, cfg
  WHERE abs(z) > cfg.z_max
),
-- a run of identical reports starts at a report unlike the one before (or a first report); its length is
-- counted from its start in one window over seq's order, not by numbering each run apart
run_lengths AS (
  SELECT s.*, report_no + 1 - max(CASE WHEN employees = prev_employees AND poor_workers = prev_poor
                                         AND output_pm = prev_output_pm THEN NULL ELSE report_no END)
      OVER (PARTITION BY factory_id ORDER BY period_end, period_start ROWS UNBOUNDED PRECEDING) AS run_length
  FROM seq s
),
stale AS (
  SELECT factory_id, county_id, town_id, period_end, 'stale_figures' AS flag,
    CAST(employees AS DOUBLE) AS value, CAST(employees AS DOUBLE) AS baseline,
    CAST(run_length AS DOUBLE) AS score, CAST(cfg.stale_reports AS DOUBLE) AS threshold,
    printf('吸纳就业人数（%,d人）、贫困劳动力（%,d人）和月均产值已连续 %d 期完全相同，请核实是否照抄上期。', employees, poor_workers, run_length) AS explanation_zh,
    printf('Jobs (%,d), workers from poor households (%,d) and output per month have been identical in %d reports in a row: please verify they were not copied from the last report.', employees, poor_workers, run_length) AS explanation_en
  FROM run_lengths, cfg
  WHERE run_length >= cfg.stale_reports AND employees > 0
),
drops AS (
  SELECT s.factory_id, s.county_id, s.town_id, s.period_end, 'sudden_drop' AS flag,
    CAST(s.employees AS DOUBLE) AS value, CAST(s.prev_employees AS DOUBLE) AS baseline,
    1 - s.employees / s.prev_employees AS score, cfg.drop_share AS threshold,
    printf('吸纳就业人数由上期 %,d人降至 %,d人（减少 %.1f%%%s），工厂仍在报送，请核实。', s.prev_employees, s.employees, 100 * (1 - s.employees / s.prev_employees),
      CASE WHEN d.dip < 0 THEN '；全县同期一般变化 ' || ${signedPercent("d.dip")} ELSE '' END) AS explanation_zh,
    printf('Jobs fell from %,d to %,d (down %.1f%%%s) while the factory keeps reporting: please verify.', s.prev_employees, s.employees, 100 * (1 - s.employees / s.prev_employees),
      CASE WHEN d.dip < 0 THEN '; county-wide the usual change that period was ' || ${signedPercent("d.dip")} ELSE '' END) AS explanation_en
  FROM seq s CROSS JOIN cfg
  -- a dip every factory shares (the 2020 epidemic) lowers the bar by the same share: the season's typical
  -- change in jobs, for a report the outlier rule compares too (as changes has it), straight from season
  LEFT JOIN (SELECT se.county_id, se.period_end, se.months,
               least(CASE WHEN se.e_n >= c2.season_min_changes THEN se.e_typical ELSE 0 END, 0) AS dip
             FROM season se, cfg c2) d
    ON d.county_id = s.county_id AND d.period_end = s.period_end AND d.months = s.months
    AND s.gap_months <= cfg.z_max_gap
  WHERE s.prev_end IS NOT NULL AND s.gap_months <= cfg.drop_max_gap
    AND s.prev_employees >= cfg.drop_min_previous
    AND s.employees <= s.prev_employees * (1 + COALESCE(d.dip, 0)) * (1 - cfg.drop_share)
),
money AS (
  SELECT factory_id, county_id, town_id, period_end,
    CASE WHEN output_value_yuan > 0 THEN 'output_without_wages' ELSE 'wages_without_output' END AS flag,
    CASE WHEN output_value_yuan > 0 THEN output_value_yuan ELSE wages_yuan END AS value,
    CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score, 0.0 AS threshold,
    CASE WHEN output_value_yuan > 0
      THEN printf('报告产值 %s，但工资总额为 0，请核实。', ${zhMoney("output_value_yuan")})
      ELSE printf('报告工资总额 %s，但产值为 0，请核实。', ${zhMoney("wages_yuan")}) END AS explanation_zh,
    CASE WHEN output_value_yuan > 0
      THEN printf('Output of %s reported with no wages paid: please verify.', ${enMoney("output_value_yuan")})
      ELSE printf('Wages of %s reported with no output: please verify.', ${enMoney("wages_yuan")}) END AS explanation_en
  FROM base
  WHERE (output_value_yuan > 0 AND wages_yuan = 0) OR (wages_yuan > 0 AND output_value_yuan = 0)
),
-- not a factory's first report: it may cover only the part of the period after the factory opened
per_worker AS (
  SELECT s.*, wages_pm / employees AS wpw
  FROM seq s WHERE employees > 0 AND wages_yuan > 0 AND prev_end IS NOT NULL
),
wage_ranges AS (
  SELECT county_id, period_end, count(*) AS n, median(wpw) AS med,
    quantile_cont(wpw, 0.25) AS q1, quantile_cont(wpw, 0.75) AS q3
  FROM per_worker GROUP BY county_id, period_end
),
wages AS (
  SELECT p.factory_id, p.county_id, p.town_id, p.period_end, 'wages_per_worker' AS flag,
    p.wpw AS value, g.med AS baseline, CAST(NULL AS DOUBLE) AS score,
    CASE WHEN p.wpw < g.q1 THEN g.q1 - cfg.iqr_k * (g.q3 - g.q1) ELSE g.q3 + cfg.iqr_k * (g.q3 - g.q1) END AS threshold,
    printf('人均月工资 %,d元，远离本县同期的范围（中位数 %,d元，正常范围 %,d–%,d元），请核实工资或人数。', CAST(round(p.wpw) AS BIGINT), CAST(round(g.med) AS BIGINT), CAST(round(g.q1 - cfg.iqr_k * (g.q3 - g.q1)) AS BIGINT), CAST(round(g.q3 + cfg.iqr_k * (g.q3 - g.q1)) AS BIGINT)) AS explanation_zh,
    printf('Wages per worker per month of RMB %,d lie far outside the county''s range for the period (median RMB %,d, usual range RMB %,d–%,d): please verify wages or headcount.', CAST(round(p.wpw) AS BIGINT), CAST(round(g.med) AS BIGINT), CAST(round(g.q1 - cfg.iqr_k * (g.q3 - g.q1)) AS BIGINT), CAST(round(g.q3 + cfg.iqr_k * (g.q3 - g.q1)) AS BIGINT)) AS explanation_en
  FROM per_worker p JOIN wage_ranges g ON g.county_id = p.county_id AND g.period_end = p.period_end, cfg
  WHERE g.n >= cfg.wage_min_reports
    AND (p.wpw < g.q1 - cfg.iqr_k * (g.q3 - g.q1) OR p.wpw > g.q3 + cfg.iqr_k * (g.q3 - g.q1))
),
below_workers AS (
  SELECT factory_id, county_id, town_id, period_end, 'certified_below_workers' AS flag,
    CAST(employees AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score,
    CAST(cert_workers AS DOUBLE) AS threshold,
    printf('该厂已认定为社区工厂，本期吸纳就业 %,d人，少于认定条件的 %,d人，请核实。', employees, cert_workers) AS explanation_zh,
    printf('The factory is certified, but this report shows %,d jobs, fewer than the %,d the certification requires: please verify.', employees, cert_workers) AS explanation_en
  FROM base
  WHERE cert_workers IS NOT NULL AND certified_on IS NOT NULL AND certified_on <= period_end
    AND employees < cert_workers
),
as_of AS (SELECT county_id, max(period_end) AS d FROM base GROUP BY county_id),
report_months AS (
  SELECT DISTINCT factory_id, CAST(unnest(generate_series(CAST(period_start AS TIMESTAMP),
    CAST(period_end AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM base WHERE employees > 0 AND cert_months IS NOT NULL AND certified_on IS NOT NULL
),
months_per_year AS (
  SELECT factory_id, year(month_start) AS y, count(*) AS months
  FROM report_months GROUP BY factory_id, year(month_start)
),
years AS (
  SELECT b.factory_id, any_value(b.county_id) AS county_id, any_value(b.town_id) AS town_id,
    year(b.period_end) AS y, max(b.period_end) AS last_end, any_value(b.certified_on) AS certified_on,
    any_value(b.cert_months) AS cert_months,
    greatest(COALESCE(any_value(m.months), 0), COALESCE(max(b.months_operating), 0)) AS months
  FROM base b LEFT JOIN months_per_year m ON m.factory_id = b.factory_id AND m.y = year(b.period_end)
  WHERE b.cert_months IS NOT NULL AND b.certified_on IS NOT NULL
  GROUP BY b.factory_id, year(b.period_end)
),
first_years AS (SELECT factory_id, min(year(period_start)) AS y FROM base GROUP BY factory_id),
below_months AS (
  SELECT y.factory_id, y.county_id, y.town_id, y.last_end AS period_end, 'certified_below_months' AS flag,
    CAST(y.months AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS baseline, CAST(NULL AS DOUBLE) AS score,
    CAST(y.cert_months AS DOUBLE) AS threshold,
    printf('该厂已认定为社区工厂，%d年报表显示生产 %d 个月，少于认定条件的 %d 个月，请核实。', y.y, y.months, y.cert_months) AS explanation_zh,
    printf('The factory is certified, but its reports for %d show %d months of production, fewer than the %d the certification requires: please verify.', y.y, y.months, y.cert_months) AS explanation_en
  FROM years y JOIN first_years fy ON fy.factory_id = y.factory_id
  JOIN as_of a ON a.county_id = y.county_id
  WHERE y.certified_on <= make_date(y.y, 12, 31)
    -- a year counts once it is over, and not in the year the factory began reporting (a part year)
    AND make_date(y.y, 12, 31) <= a.d AND y.y > fy.y
    AND y.months < y.cert_months
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

/** A county in scope of FLAGS_SQL, with its certification rule (null: none). */
export interface FlagsCounty {
  county_id: string;
  certification: Pick<NonNullable<Certification>, "min_workers" | "min_months_per_year"> | null;
}

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

/** $1–$14 of FLAGS_SQL: every county given is computed in the one query. */
export function flagsParams(
  counties: readonly FlagsCounty[],
  reference: FlagsReference,
): QueryParam[] {
  const r = reference.rules;
  const severities = flagSeverities(reference);
  return [
    counties
      .map(
        (c) =>
          `${c.county_id}:${c.certification?.min_workers ?? ""}:${c.certification?.min_months_per_year ?? ""}`,
      )
      .join(","),
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
    r.outlier_change.season_min_changes,
    FLAGS.map((flag) => `${flag}:${severities[flag]}`).join(","),
  ];
}
