import type { MethodologyText } from "../figures/methodology";
import type { FlagsReference } from "./flags-schema";

/** The sources of the rules each methodology entry explains (data/reference/flags.json), in both languages. */
export function flagSources(
  reference: FlagsReference,
): Record<string, readonly FlagsReference["rules"]["stale_figures"]["source"][]> {
  const r = reference.rules;
  return {
    "flag-outlier-change": [r.outlier_change.source],
    "flag-stale-figures": [r.stale_figures.source],
    "flag-sudden-drop": [r.sudden_drop.source],
    "flag-consistency": [r.output_without_wages.source, r.wages_per_worker.source],
    "flag-policy-thresholds": [r.certified_below_workers.source, r.certified_below_months.source],
  };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/**
 * The methodology page's sentences on the data-quality flags (督查), one per rule, with every number read
 * from data/reference/flags.json and the county's certification rule, so the text follows the data.
 */
export function flagsMethodology(reference: FlagsReference): MethodologyText[] {
  const {
    outlier_change: o,
    stale_figures: s,
    sudden_drop: d,
    wages_per_worker: w,
  } = reference.rules;
  return [
    {
      id: "flags",
      title: { zh: "督查提示：原则", en: "Follow-up flags: principles" },
      body: {
        zh: "督查提示只提示需要再看一眼的报表（请核实），不是结论，也从不改动任何数字。报表按时间逐期比较，不论月报还是季报：人数取期末数，产值和工资折算为月均值（季度产值 ÷ 3）；工厂的第一期报表没有“上期”，不作变化比较。程度沿用 DHIS2 的三级：提示（INFO）、注意（WARNING）、请核实（SEVERE）。",
        en: "A flag asks for a second look at a report (please verify); it is not a finding and never changes a figure. Reports are compared one to the next in date order, monthly or quarterly alike: headcounts at the period's end, output and wages as a per-month rate (a quarter's output ÷ 3); a factory's first report has nothing to compare with. Severities follow DHIS2: INFO, WARNING, SEVERE.",
      },
    },
    {
      id: "flag-outlier-change",
      title: { zh: "异常变化", en: "Outlier change" },
      body: {
        zh: `吸纳就业人数或月均产值较上期的变化（先扣除全县同期、同类报表的一般变化，如春节前后各厂同时减产），与该厂最近 ${o.window_changes} 次变化（含本次，至少 ${o.min_changes} 次）相比，修正 z 分数 0.6745×(变化−中位数)÷MAD 的绝对值超过 ${o.z_max}（DHIS2 的默认值），且变化至少为上期的 ${pct(o.min_relative_change)}。MAD 为 0 时（一半以上的变化相同）改用平均绝对偏差：(变化−中位数)÷(1.253314×平均绝对偏差)。与上期之间缺报超过 ${o.max_gap_months} 个月时不作比较。`,
        en: `A change in jobs or in output per month from the previous report, less the county's usual change for the same period (the Spring Festival dip every factory shares), whose modified z-score, 0.6745·(change − median)/MAD over the factory's last ${o.window_changes} changes (this one included, at least ${o.min_changes}), is beyond ${o.z_max} (DHIS2's default), and at least ${pct(o.min_relative_change)} of the previous figure. When MAD is 0 (over half the changes alike), the mean absolute deviation stands in: (change − median)/(1.253314·mean absolute deviation). No change is computed across more than ${o.max_gap_months} missing months.`,
      },
    },
    {
      id: "flag-stale-figures",
      title: { zh: "数字未变", en: "Stale figures" },
      body: {
        zh: `吸纳就业人数、贫困劳动力和月均产值连续 ${s.min_reports} 期或更多完全相同（吸纳就业人数大于 0），可能照抄了上期。`,
        en: `Jobs, workers from poor households and output per month identical in ${s.min_reports} or more reports in a row (with jobs above 0): perhaps copied from the last report.`,
      },
    },
    {
      id: "flag-sudden-drop",
      title: { zh: "吸纳就业骤降", en: "Sudden drop" },
      body: {
        zh: `吸纳就业人数较上期减少（全县同期普遍减少时，按同样比例放宽） ${pct(d.drop_share)} 或以上，而工厂仍在报送（上期至少 ${d.min_previous_employees} 人，缺报不超过 ${d.max_gap_months} 个月）。`,
        en: `Jobs down ${pct(d.drop_share)} or more from the previous report (less a drop the whole county shares) while the factory keeps reporting (at least ${d.min_previous_employees} jobs before, no more than ${d.max_gap_months} missing months between).`,
      },
    },
    {
      id: "flag-consistency",
      title: { zh: "数字之间不一致", en: "Figures that disagree" },
      body: {
        zh: `报告了产值却没有工资，或有工资却没有产值；或人均月工资（月均工资 ÷ 吸纳就业人数）落在本县同期（同一报告期末）范围 [Q1 − ${w.iqr_k}×IQR, Q3 + ${w.iqr_k}×IQR] 之外（同期至少 ${w.min_reports} 份报表时才判断；工厂的第一期报表可能只含开办后的几天，不作判断）。`,
        en: `Output reported with no wages, or wages with no output; or wages per worker per month (wages per month ÷ jobs) outside the county's range for the same period end, [Q1 − ${w.iqr_k}·IQR, Q3 + ${w.iqr_k}·IQR] (judged when the period has at least ${w.min_reports} reports; not a factory's first report, which may cover only the days after it opened).`,
      },
    },
    {
      id: "flag-policy-thresholds",
      title: { zh: "认定条件", en: "Certification thresholds" },
      body: {
        zh: "已认定的社区工厂，某期报表吸纳就业人数少于县认定条件的最低人数；或某个已结束的年度（不含开始报送的第一年）报表显示的生产月数少于认定条件。条件取自参考数据中该县的认定文件，与认定条件核对相同；没有认定条件的县不作此项。",
        en: "A certified factory whose report shows fewer jobs than the county's certification minimum, or whose reports for a finished year (not the first year it reported) show fewer months of production than the rule requires. The conditions come from the county's certification document in the reference data, as in the certification check; counties without such a rule are not checked.",
      },
    },
  ];
}
