import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** UI strings of the assessment ranking page (考核排名), zh-CN and en with the same keys. */
const zh = {
  heading: "各镇考核排名",
  intro: (year: number, asOf: string) =>
    `按本站假设的评分方法，对各县所辖镇 ${year} 年的社区工厂工作打分排名（数值截至${proseDate(asOf, "zh-CN")}）。每个指标的原始数值和折算得分都列在表中。`,
  printHeader: (asOf: string) => `各镇考核排名 · 数据截至${proseDate(asOf, "zh-CN")}`,
  assumptionLead: "评分方法是本站假设，并非官方考核办法。",
  /** What the counties' documents say of the towns' assessment (each cited), before the scoring note. */
  assessmentBasis: (citations: readonly string[]) =>
    `${citations.join("；")}${citations.length > 1 ? "，均" : "，"}要求考核各镇的社区工厂工作，但未找到公开发布的具体考核办法。`,
  assessmentCitation: (document: string, quote: string) => `${document}：“${quote}”`,
  noAssessmentBasis: "未找到公开发布的社区工厂考核办法。",
  scoringNote: (basis: string, note: string) => `${basis}${note}`,
  countyHeading: (county: string, year: number) => `${county} ${year} 年各镇排名`,
  valuesAt: (at: string, previousYear: number) =>
    `数值截至${proseDate(at, "zh-CN")}；名次变化对照 ${previousYear} 年末的排名。`,
  noPrevious: "没有上一年度的排名可对照。",
  provisionalTasks: "新建工厂任务按县级目标临时分配到各镇（本站假设），并非正式任务。",
  industryNote:
    "按行业筛选时，排名只计所选行业的工厂（报表完整率仍按全镇计），仅供分析，并非考核结果。",
  tableCaption: (county: string, year: number) =>
    `${county} ${year} 年各镇考核得分：每个指标的数值与得分（满分 100）`,
  col: {
    rank: "名次",
    town: "镇",
    score: "总分",
    value: "数值",
    points: "得分",
    change: "名次变化",
  },
  tied: "并列",
  tiedWith: (names: string) => `与${names}并列`,
  change: {
    up: (n: number) => `上升 ${n} 位`,
    down: (n: number) => `下降 ${n} 位`,
    same: "名次不变",
    none: "上一年无排名",
  },
  reasonBy: (indicator: string, delta: string) => `${indicator}得分 ${delta}`,
  reasonOthers: (delta: string) => `本镇总分 ${delta}，其他镇提高更多`,
  task: (task: string) => `任务 ${task}`,
  chartTitle: (county: string, year: number) => `${county} ${year} 年各镇考核得分`,
  chartDescription: (county: string, towns: number, first: string, score: string) =>
    `${county} ${towns} 个镇的总分（满分 100）及各指标所占分数，第一名为${first}（${score} 分）。`,
  showTable: "查看图表数据（表格）",
  chartTableCaption: (title: string) => `${title}（数据表）`,
  methodHeading: "评分方法",
  methodIntro:
    "每个指标先折算为 0 到 1 之间的数值（标准化），再乘以权重；各指标得分相加为总分，满分 100。总分相同的镇名次并列，下一名次顺延。",
  pointsRule: "指标得分 = 标准化值 × 权重 ÷ 权重合计 × 100。",
  sourcesHeading: "数据来源与截至日期",
  sources: (asOf: string) =>
    `各镇报送的社区工厂月报、季报，经本站统一整理（整理后的数据表可在“数据”页下载）；数据截至${proseDate(asOf, "zh-CN")}。报表完整率 = 已报期数 ÷ 应报期数（见“数据质量”页）。`,
  methodologyLink: "各指标的定义见“方法”页",
  dataQualityLink: "各镇报送情况见“数据质量”页",
};

export type RankingStrings = typeof zh;

const en: RankingStrings = {
  heading: "Town assessment ranking",
  intro: (year: number, asOf: string) =>
    `The towns of each county scored and ranked on their community-factory work in ${year}, by this site's assumed scoring method (values as of ${proseDate(asOf, "en")}). The table gives each indicator's raw value and the points it earns.`,
  printHeader: (asOf: string) => `Town assessment ranking · data as of ${proseDate(asOf, "en")}`,
  assumptionLead: "The scoring method is this site's assumption, not official scoring rules.",
  assessmentBasis: (citations: readonly string[]) =>
    `${enList(citations)} ${citations.length > 1 ? "each call" : "calls"} for the towns' community-factory work to be assessed, but no published scoring rules (考核办法) were found.`,
  // The Chinese page quotes each clause; the English one names the document only (a quote in Chinese
  // helps no English reader and pushed the printed ranking's first county onto a second page).
  assessmentCitation: (document: string) => document,
  noAssessmentBasis: "No published scoring rules (考核办法) for community factories were found.",
  scoringNote: (basis: string, note: string) => `${basis} ${note}`,
  countyHeading: (county: string, year: number) => `${county}: towns ranked for ${year}`,
  valuesAt: (at: string, previousYear: number) =>
    `Values as of ${proseDate(at, "en")}; rank change against the ranking at the end of ${previousYear}.`,
  noPrevious: "There is no previous year's ranking to compare with.",
  provisionalTasks:
    "New-factory tasks are the county target split provisionally among the towns (our assumption), not official tasks.",
  industryNote:
    "With industries chosen, the ranking counts only factories of those industries (reporting completeness is still the whole town's): for analysis, not an assessment result.",
  tableCaption: (county: string, year: number) =>
    `${county}, ${year}: each town's value and points per indicator (out of 100)`,
  col: {
    rank: "Rank",
    town: "Town",
    score: "Score",
    value: "Value",
    points: "Points",
    change: "Rank change",
  },
  tied: "tied",
  tiedWith: (names: string) => `tied with ${names}`,
  change: {
    up: (n: number) => `up ${n} ${n === 1 ? "place" : "places"}`,
    down: (n: number) => `down ${n} ${n === 1 ? "place" : "places"}`,
    same: "unchanged",
    none: "not ranked the year before",
  },
  reasonBy: (indicator: string, delta: string) => `${indicator} ${delta} points`,
  reasonOthers: (delta: string) => `own score ${delta}; other towns gained more`,
  task: (task: string) => `task ${task}`,
  chartTitle: (county: string, year: number) => `${county}: town scores, ${year}`,
  chartDescription: (county: string, towns: number, first: string, score: string) =>
    `Total score (out of 100) of ${county}'s ${towns} towns and the points each indicator contributes; first is ${first} (${score}).`,
  showTable: "Show the chart's data as a table",
  chartTableCaption: (title: string) => `${title} (data table)`,
  methodHeading: "How the score is computed",
  methodIntro:
    "Each indicator is first turned into a number between 0 and 1 (normalized), then weighted; the indicators' points add up to the score, at most 100. Towns with the same score share a rank, and the next rank is skipped.",
  pointsRule: "Indicator points = normalized value × weight ÷ sum of weights × 100.",
  sourcesHeading: "Sources and as-of date",
  sources: (asOf: string) =>
    `The towns' monthly and quarterly community-factory reports, brought into one form by this site (the resulting tables can be downloaded on the data page); data as of ${proseDate(asOf, "en")}. Reporting completeness = periods reported ÷ periods due (see the data quality page).`,
  methodologyLink: "Definitions of every figure: methodology",
  dataQualityLink: "Each town's reporting: data quality",
};

// "A, B and C": an English list of the documents cited.
function enList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

const DICTIONARIES: Record<Lang, RankingStrings> = { "zh-CN": zh, en };

export const rankingStrings = (lang: Lang): RankingStrings => DICTIONARIES[lang];
