import { AT_RISK_SHARE } from "./path-status";
import { PACE_THRESHOLDS, type PaceStatus } from "./pace-status";
import { TREND_MONTHS } from "./project-trend";
import { STATUS_RULES } from "../reference/bundled-reference";
import type { County } from "../reference/schema";
import { enCount, zhCount } from "../site/count-words";
import { ACTIVE_MONTHS } from "../sql/current-reports";

const rules = STATUS_RULES;
const PACE_WORDS_ZH: Partial<Record<PaceStatus, string>> = {
  limited_progress: "进展有限",
  deterioration: "倒退",
};
const downgrade = {
  zh: rules.downgrade_paces.map((p) => PACE_WORDS_ZH[p] ?? p).join("或"),
  en: rules.downgrade_paces.map((p) => p.replace("_", " ")).join(" or "),
};

/** A methodology paragraph in both languages, rendered by the site's methodology page. */
export interface MethodologyText {
  id: string;
  title: { zh: string; en: string };
  /** Definitions are said in words; a formula, when it helps, sits apart in a 计算公式 / Formula disclosure. */
  body: { zh: string; en: string };
  formula?: { zh: string; en: string };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** What the methodology reads from a county's reference file. */
export type MethodologyCounty = Pick<
  County,
  "name" | "name_en" | "documents" | "town_allocation" | "policy_rules"
>;

const months = { zh: `${zhCount(ACTIVE_MONTHS)}个月`, en: `${enCount(ACTIVE_MONTHS)} months` };
// "Hanyin County" → "Hanyin", for "Hanyin's town tasks".
const shortEn = (c: MethodologyCounty) => c.name_en.replace(/\s+County\b.*$/, "");
const enList = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;

/** "三、（四）" and "三、（五）" → "三（四）（五）": a chapter once, then its sub-clauses, as quoted in prose. */
export function joinClauses(clauses: readonly string[]): string {
  const byChapter = new Map<string, string[]>();
  for (const clause of clauses) {
    const m = /^([一二三四五六七八九十]+)、?((?:（[一二三四五六七八九十]+）)*)/.exec(clause);
    const chapter = m?.[1] ?? clause;
    const subs = byChapter.get(chapter) ?? [];
    if (m?.[2] && !subs.includes(m[2])) subs.push(m[2]);
    byChapter.set(chapter, subs);
  }
  return [...byChapter].map(([chapter, subs]) => chapter + subs.join("")).join("、");
}

/** The certification and subsidy paragraph of one county whose documents state them. */
function policyRulesText(county: MethodologyCounty, rules: NonNullable<County["policy_rules"]>) {
  const c = rules.certification;
  const doc =
    county.documents.find((d) => d.document_id === c.document_id)?.number ?? c.document_id;
  const subsidies = joinClauses(rules.subsidies.map((s) => s.clause));
  return {
    zh:
      `认定条件（${doc} ${joinClauses([c.clause])}）：本年各期报表用工均不少于${c.min_workers}人、本年生产经营不少于${c.min_months_per_year}个月；“居住农户${c.min_households}户以上”“在社区${c.max_area_km2}平方公里之内”报表无法反映，一律显示为“未知”，不作为通过。` +
      (subsidies ? `补贴金额（${subsidies}）均为根据报表数字的估算，并非实际发放金额。` : ""),
    en:
      `Certification (${doc} ${joinClauses([c.clause])}): at least ${c.min_workers} workers in every report of the year and at least ${c.min_months_per_year} months of production in the year; the community of ≥${c.min_households} households and the ${c.max_area_km2} km² distance are not in the reports and are shown as unknown, never as passed.` +
      (subsidies
        ? ` Subsidy amounts (${subsidies}) are estimates from reported figures, not amounts paid.`
        : ""),
  };
}

/**
 * How every figure, status, projection and score is computed: the text the methodology page shows.
 * The rules' numbers come from the reference data (the counties' files, status.json) and ACTIVE_MONTHS.
 */
export function methodologyTexts(counties: readonly MethodologyCounty[]): MethodologyText[] {
  const provisional = counties.filter((c) => c.town_allocation?.status === "provisional");
  const withRules = counties.flatMap((c) =>
    c.policy_rules ? [policyRulesText(c, c.policy_rules)] : [],
  );
  const texts: MethodologyText[] = [
    {
      id: "figures",
      title: { zh: "指标口径", en: "What the figures mean" },
      body: {
        zh: `D 为截至日期，总是月末。工厂在截至日前${months.zh}内有报表，即为“在报”；其当期报表是截至日当天或之前的最新一期。${months.zh}内没有报表的工厂为“停报”，不计入工厂数，但列入停报名单，可逐家查看。吸纳就业人数、贫困劳动力和易地搬迁劳动力为在报工厂当期报表人数之和；近12个月产值、工资为报告期全部落在截至日前12个月内的报表之和。`,
        en: `D is the as-of date, always a month end. A factory is reporting when it has a report ending in the ${months.en} up to D; its current report is its latest one ending on or before D. A factory without a report in those ${months.en} has stopped reporting: it is not counted, but it is listed by name as stopped reporting. Jobs, workers from poor households and relocated workers sum the current reports of reporting factories; output and wages over 12 months sum the reports whose whole period lies in the 12 months ending at D.`,
      },
      formula: {
        zh: `在报：报告期末日在 (D − ${ACTIVE_MONTHS}个月, D] 之内。当期报表：报告期末日 ≤ D 的最新一期。近12个月：报告期起日 > D − 12个月，且报告期末日 ≤ D。`,
        en: `Reporting: the report's period end lies in (D − ${ACTIVE_MONTHS} months, D]. Current report: the latest with period end ≤ D. Last 12 months: period start after D − 12 months and period end ≤ D.`,
      },
    },
    {
      id: "target-path",
      title: { zh: "目标路径", en: "Target path" },
      body: {
        zh: "路径从文件印发日所在月之前的月末（基期，取当时的实际值）到目标期限。文件给出分阶段要求时（“一年打基础、两年上规模、三年全覆盖”），按参考数据中的里程碑（各年末依次完成差距的30%、70%、100%，为本站解读）分段线性；文件未说明时按直线。各镇每年新建工厂的任务从当年1月1日起按直线计算。",
        en: "The path runs from the month end on or before the document's date (the baseline, at the value then observed) to the deadline. Where the document phases the work (一年打基础、两年上规模、三年全覆盖), it follows the milestones in the reference data (30%, 70% and 100% of the gap closed at successive year ends: our reading), linearly between them; where the document says nothing, a straight line. A town's yearly new-factory task runs in a straight line from 1 January.",
      },
    },
    {
      id: "path-status",
      title: { zh: "路径状态", en: "Path status" },
      body: {
        zh: `不低于路径值为“超前”，不低于路径值的${pct(AT_RISK_SHARE)}为“有风险”，否则为“落后”；到期后按期限当日的数值判定“完成”或“未完成”。`,
        en: `At or above the path: ahead; at least ${pct(AT_RISK_SHARE)} of it: at risk; below: behind. On and after the deadline: met or missed, by the value at the deadline.`,
      },
    },
    {
      id: "headline-status",
      title: { zh: "结论：每个目标只有一个状态", en: "The verdict: one status per target" },
      body: {
        zh: `每个目标只给一个结论，颜色旁总有符号和文字。截止日前：按实际值比计划路径落后多少个百分点（以目标为 100）判定，落后不超过 ${rules.green_max_points_behind} 个百分点为绿色“按计划推进”，${rules.green_max_points_behind}–${rules.yellow_max_points_behind} 个百分点为黄色“有风险”，超过 ${rules.yellow_max_points_behind} 个百分点为红色“明显落后”（参照银川市红黄绿灯督查的分档）；近12个月增长节奏为“${downgrade.zh}”时再下调一档（绿变黄、黄变红），已达到目标的不下调。截止日当天及以后只看截止日的数值：“已完成”或“未完成”，其他指标不再参与。路径状态、增长节奏和趋势预测只作为结论的说明，折叠在目标卡片中；按趋势推算超过 ${rules.projection_horizon_years} 年才达到的，写作“按当前趋势${rules.projection_horizon_years === 10 ? "十" : rules.projection_horizon_years}年内难以达到”，不写具体月份。各镇的状态取其全部任务中最差的一项。阈值保存在参考数据中，可修改。`,
        en: `Each target gets one verdict, always with a symbol and a word beside the colour. Before the deadline it is set by how many percentage points of the target the value is behind the planned path: at most ${rules.green_max_points_behind} points, green "on track"; ${rules.green_max_points_behind}–${rules.yellow_max_points_behind} points, yellow "at risk"; more than ${rules.yellow_max_points_behind}, red "off track" (the bands of Yinchuan's red-yellow-green supervision); when growth over the last 12 months is ${downgrade.en}, one step lower (green to yellow, yellow to red), unless the target is already reached. On and after the deadline only the value on the deadline counts: met or missed, and nothing else competes. The path status, the pace and the projection are the verdict's explanation, folded in the target card; a projection more than ${rules.projection_horizon_years} years away reads "hard to reach within ${rules.projection_horizon_years} years at the current trend", not a month. A town's status is the worst over all its tasks. The thresholds are reference data and can be changed.`,
      },
    },
    {
      id: "pace",
      title: { zh: "进度评估（Open SDG 方法）", en: "Pace (the Open SDG method)" },
      body: {
        zh: `采用 Open SDG 公布的方法（源自加拿大统计局）：把近12个月的实际增长速度，与从现在起按期达到目标所需的增长速度相比，两者之比记为 R。已达目标为“已完成”；R ≥ ${PACE_THRESHOLDS.on_track} 为“进度正常”；${PACE_THRESHOLDS.acceleration_needed} ≤ R < ${PACE_THRESHOLDS.on_track} 为“需加快”；0 ≤ R < ${PACE_THRESHOLDS.acceleration_needed} 为“进展有限”；R < 0 为“倒退”。12个月前为零时无法计算增长率，标为“数据不足”。已到期限或当前值为零时，所需增长速度视为无穷大，R 计为 0。每项结果旁公布全部输入，可自行复算。`,
        en: `The method Open SDG publishes (after Statistics Canada): growth over the last 12 months is compared with the growth needed from now on to reach the target by the deadline; their ratio is R. Achieved once the target is reached; on track when R ≥ ${PACE_THRESHOLDS.on_track}; acceleration needed when ${PACE_THRESHOLDS.acceleration_needed} ≤ R < ${PACE_THRESHOLDS.on_track}; limited progress when 0 ≤ R < ${PACE_THRESHOLDS.acceleration_needed}; deterioration when R < 0. A zero 12 months ago gives no growth rate: insufficient data. With no time left, or a current value of zero, the growth needed is infinite and R is 0. Every input is published beside the result so anyone can redo it.`,
      },
      formula: {
        zh: "R = 近12个月实际复合增长率 ÷ 所需年复合增长率；实际增长率 = 当前值 ÷ 12个月前的值 − 1；所需增长率 = (目标 ÷ 当前值)^(1 ÷ 剩余年数) − 1。",
        en: "R = observed compound growth over the last 12 months ÷ yearly compound growth required; observed = value now ÷ value 12 months ago − 1; required = (target ÷ value now)^(1 ÷ years left) − 1.",
      },
    },
    {
      id: "projection",
      title: { zh: "趋势预测", en: "Projection" },
      body: {
        zh: `用最小二乘法对近${TREND_MONTHS}个月（D−${TREND_MONTHS} 至 D 的各月末）的数值拟合直线，从当前值按该斜率延伸到期限，并给出达到目标的月份；斜率不为正时显示“按此速度无法达到”；超过 ${rules.projection_horizon_years} 年才达到的显示为“${rules.projection_horizon_years === 10 ? "十" : rules.projection_horizon_years}年内难以达到”。`,
        en: `A straight line fitted by least squares through the month-end values of the last ${TREND_MONTHS} months (D − ${TREND_MONTHS} to D), carried from the current value to the deadline, with the month it would reach the target; when the slope is not positive, "not at this pace"; more than ${rules.projection_horizon_years} years away, "hard to reach within ${rules.projection_horizon_years} years".`,
      },
    },
    {
      id: "reporting-health",
      title: { zh: "报送情况", en: "Reporting health" },
      body: {
        zh: `报表不含报送日期，因此按报告期判断：各镇按其最近一期报表的周期（月报或季报），从首期报表起每期均应报送；有报表覆盖的为“已报”，近${months.zh}内缺少的为“迟报”（仍可补报），更早缺少的为“缺报”。被拒收的行数来自数据整理时的记录。`,
        en: `Reports carry no submission date, so periods are judged: each town owes a report every period of its cadence (that of its latest report, monthly or quarterly) from its first report on. A period some report covers is reported; one without a report in the last ${months.en} is late (it can still arrive); older ones are missing. Rejected rows are counted when the reports are processed.`,
      },
    },
    {
      id: "scoring",
      title: { zh: "各镇考核排名", en: "Town assessment ranking" },
      body: {
        zh: `未找到公开的社区工厂考核办法，排名所用指标、权重和折算方法为本站假设，作为参考数据保存，修改参考数据即可改变排名，无需改程序。每项指标先折算为 0 到 1 之间的数，乘以权重后相加，满分 100。新建工厂按完成任务的比例给分；任务按整数家分配（县里分给各镇的总数按分阶段进度逐年累计取整，各年相加等于总数）；某年没有任务的镇，该项按新建最多的镇折算。总分按显示的一位小数比较，相同即并列同一名次（下一名次顺延），并列公开列出；名次变化与上一年相比，并注明得分变化最大的一项。${provisional.length > 0 ? `${provisional.map((c) => c.name).join("、")}各镇任务为临时平均分配，相关得分标注为临时。` : ""}`,
        en: `No published scoring rules were found; the indicators, weights and normalizations are our assumption, kept as reference data, so the ranking changes without program changes. Each indicator is first turned into a number between 0 and 1, then weighted; the points add up to at most 100. New factories earn points in proportion to the task; tasks are whole factories (a town's allocation phased year by year on the running total and rounded, so the years add up to it); a town without a task in a year is scored on that indicator against the town that opened the most. Scores are compared at the one decimal shown: equal ones share a rank (the next rank is skipped) and are listed as ties; the change of rank is against the previous year, with the indicator whose points moved most.${provisional.length > 0 ? ` ${enList(provisional.map((c) => `${shortEn(c)}'s`))} town tasks are a provisional equal split, and scores built on them are marked provisional.` : ""}`,
      },
      formula: {
        zh: "得分 = Σ(折算值 × 权重) ÷ Σ权重 × 100。",
        en: "Score = Σ(normalized value × weight) ÷ Σ weights × 100.",
      },
    },
  ];
  if (withRules.length > 0)
    texts.push({
      id: "policy-rules",
      title: { zh: "政策规则", en: "Policy rules" },
      body: {
        zh: withRules.map((t) => t.zh).join(""),
        en: withRules.map((t) => t.en).join(" "),
      },
    });
  return texts;
}
