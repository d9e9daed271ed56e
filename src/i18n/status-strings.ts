import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** Strings of the headline strip and the target card's one status with its explanation, zh-CN and en. */
const zh = {
  stripHeading: "一眼看进展",
  stripIntro: (asOf: string) =>
    `每个目标一个结论（绿：按计划推进；黄：有风险；红：明显落后；截止后：已完成或未完成），数据截至${proseDate(asOf, "zh-CN")}。`,
  stripSource: "来源：各镇上报的社区工厂月报、季报，目标见各县政策文件。",
  stripSourceSynthetic: "来源：各镇月报、季报（本站样例数据，非真实统计）。",
  stripCaption: (county: string) => `${county}：各目标的当前值、目标、期限和结论`,
  col: { target: "目标", value: "当前值 / 目标", deadline: "期限", status: "结论" },
  deadlineOn: (date: string) => `${date.slice(0, 4)}年底前`,
  valueOnDeadline: (value: string) => `截止日为 ${value}`,
  laggingTowns: "落后于任务的镇",
  laggingNone: "没有镇落后于任务",
  laggingTask: (task: string) => `（${task}）`,
  moreTowns: (n: number) => `等 ${n} 个镇`,
  ranking: (year: number) => `${year} 年考核排名`,
  first: "第一",
  last: "最后",
  toDetail: "详情",
  methodLink: "状态怎么定",
  briefLink: "每县一页简报（A4）",
  townStripHeading: (town: string) => `${town}：各项任务一眼看`,
  townNoTasks: "该镇没有分配任务。",
  yearTask: (year: number) => `${year}年新建工厂`,
  // The target card: one verdict, the rest as its explanation.
  verdictLabel: "结论",
  whyHeading: "为什么是这个结论：计划路径、近12个月增长和趋势（说明，不是另一个结论）",
  pointsBehind: (points: string) => `比计划进度落后 ${points} 个百分点（以目标为 100）`,
  pointsAhead: "达到或超过计划进度",
  downgraded: "近12个月增长明显不足，结论下调一档",
  pathExplained: "对照计划路径",
  paceExplained: "近12个月增长节奏",
  trendExplained: "按近12个月趋势推算",
  beyondHorizon: (years: number) => `按当前趋势${years === 10 ? "十" : String(years)}年内难以达到`,
  trendMonth: (month: string) => `约 ${month} 达到目标`,
  trendAfterDeadline: (month: string) => `约 ${month} 达到目标（已在截止日之后）`,
  // Towns index.
  worstCol: "状态（全部任务中最差的一项）",
  worstBasis:
    "状态列取该镇全部任务（新建工厂、就业、产值等，含各年度任务）中结论最差的一项，并注明是哪一项。",
  worstTask: (task: string, more: number) => (more > 1 ? `${task}等 ${more} 项` : task),
  noTask: "无任务",
};

type StatusStrings = typeof zh;

const en: StatusStrings = {
  stripHeading: "At a glance",
  stripIntro: (asOf: string) =>
    `One verdict per target (green: on track; yellow: at risk; red: off track; after the deadline: met or missed), data as of ${proseDate(asOf, "en")}.`,
  stripSource:
    "Source: the towns' monthly and quarterly community-factory reports; targets from each county's policy document.",
  stripSourceSynthetic:
    "Source: the towns' monthly and quarterly reports (sample data on this site, not real statistics).",
  stripCaption: (county: string) => `${county}: each target's value, target, deadline and verdict`,
  col: { target: "Target", value: "Value / target", deadline: "Deadline", status: "Verdict" },
  deadlineOn: (date: string) => `by end ${date.slice(0, 4)}`,
  valueOnDeadline: (value: string) => `${value} at the deadline`,
  laggingTowns: "Towns behind their tasks",
  laggingNone: "No town is behind its tasks",
  laggingTask: (task: string) => ` (${task})`,
  moreTowns: (n: number) => `, ${n} towns in all`,
  ranking: (year: number) => `${year} assessment ranking`,
  first: "first",
  last: "last",
  toDetail: "details",
  methodLink: "how the verdict is set",
  briefLink: "one-page brief per county (A4)",
  townStripHeading: (town: string) => `${town}: its tasks at a glance`,
  townNoTasks: "This town has no tasks.",
  yearTask: (year: number) => `new factories in ${year}`,
  verdictLabel: "Verdict",
  whyHeading:
    "Why this verdict: the planned path, growth over the last 12 months and the trend (an explanation, not another verdict)",
  pointsBehind: (points: string) =>
    `${points} percentage points behind the planned path (target = 100)`,
  pointsAhead: "at or above the planned path",
  downgraded: "growth over the last 12 months clearly falls short: verdict lowered one step",
  pathExplained: "Against the planned path",
  paceExplained: "Growth over the last 12 months",
  trendExplained: "The last 12 months' trend carried on",
  beyondHorizon: (years: number) => `hard to reach within ${years} years at the current trend`,
  trendMonth: (month: string) => `target reached around ${month}`,
  trendAfterDeadline: (month: string) => `target reached around ${month} (after the deadline)`,
  worstCol: "Status (the worst of all its tasks)",
  worstBasis:
    "The status column gives the worst verdict among all the town's tasks (new factories, jobs, output and so on, every year's included) and names that task.",
  worstTask: (task: string, more: number) => (more > 1 ? `${task} and ${more - 1} more` : task),
  noTask: "no task",
};

const STATUS_STRINGS: Record<Lang, StatusStrings> = { "zh-CN": zh, en };
export const statusStrings = (lang: Lang): StatusStrings => STATUS_STRINGS[lang];
