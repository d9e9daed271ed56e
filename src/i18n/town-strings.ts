import type { Lang } from "../lib/i18n/lang";
import { ACTIVE_MONTHS } from "../lib/sql/current-reports";
import { enCount, zhCount } from "../lib/site/count-words";
import type { CountyWords } from "../lib/site/county-words";
import { proseDate } from "../lib/format/format-date";

/** UI strings of the town pages and the overview's town-level sections (zh-CN and en, same keys). */
const zh = {
  townsHeading: "各镇",
  townsIntro: (w: CountyWords, asOf: string) =>
    `${w.all}各镇社区工厂的主要数字和任务完成状态，数据截至${proseDate(asOf, "zh-CN")}。点击镇名查看该镇的详细情况。`,
  townsCaption: (county: string) => `${county}各镇主要数字`,
  townPageTitle: (town: string, county: string) => `${county}${town}`,
  townIntro: (town: string, asOf: string) =>
    `${town}社区工厂的数字、任务、趋势、工厂名单和报送情况，数据截至${proseDate(asOf, "zh-CN")}。`,
  backToCounty: (county: string) => `返回总览中的${county}`,
  allTowns: "全部镇",
  figuresHeading: (asOf: string) => `截至${proseDate(asOf, "zh-CN")}的数字`,
  figuresSource: "来源：各镇上报的社区工厂月报、季报（见“数据质量”页），按“方法”页的定义计算。",
  newFactoriesIn: (year: number) => `${year}年新建工厂数`,
  notReportingFigure: `停报工厂（近${zhCount(ACTIVE_MONTHS)}个月没有报表）`,
  taskHeading: "任务完成情况",
  yearlyRuleIntro: (document: string, quote: string) =>
    `依据${document}：“${quote}”。每年按当年新建（开办日期在该年内）的工厂计数。`,
  yearlyRuleCaption: (scope: string) => `${scope}每年新建社区工厂数（规则：不少于2家）`,
  ruleCell: (value: string, target: string) => `${value} / ≥${target}`,
  yearCol: (year: number) => `${year}年`,
  newFactoriesCol: "新建工厂数",
  ruleCol: "规则",
  statusCol: "结果",
  ruleAtLeast: (n: string) => `不少于 ${n} 家`,
  provisionalLabel: "临时任务",
  provisionalWhy: "文件所附《目标责任表》未能取得，以下为本站临时分配的任务，并非正式任务。",
  methodLabel: "分配方法",
  tasksCaption: (scope: string) => `${scope}的任务（临时分配）`,
  tasksOverviewCaption: (county: string, asOf: string) =>
    `${county}各镇当前值与任务（截至${proseDate(asOf, "zh-CN")}）`,
  tasksOverviewHeading: (county: string) => `${county}各镇任务（临时分配）`,
  ruleHeading: "各镇每年新建工厂规则",
  valueCol: "当前值",
  taskCol: "任务",
  shareCol: "完成比例",
  noTask: "该镇没有分配到单项任务。",
  trendsHeading: "月度趋势",
  trendTitle: (town: string, metric: string) => `${town}${metric}月度变化`,
  trendDescription: (town: string, from: string, to: string, last: string, task: string | null) =>
    `${town}每月末的数值，${from}至${to}；截至最后一个月为 ${last}${task === null ? "" : `，任务为 ${task}（虚线）`}。`,
  multiplesHeading: "各镇吸纳就业人数变化",
  multiplesTitle: (county: string) => `${county}各镇吸纳就业人数月度变化`,
  multiplesDescription: (county: string, towns: number, withTask: boolean) =>
    `${county} ${towns} 个镇每月末的吸纳就业人数，各镇使用相同的纵轴；颜色和符号表示各镇的状态${withTask ? "，虚线为各镇的用工任务" : "（各镇没有用工任务）"}。`,
  factoriesHeading: "工厂名单",
  factoriesCaption: (town: string, asOf: string) =>
    `${town}的社区工厂（截至${proseDate(asOf, "zh-CN")}的最新报表）`,
  factoriesNone: "该镇截至此日期没有报送过工厂。",
  f: {
    name: "工厂",
    industry: "行业",
    opened: "开办日期",
    status: "状态",
    jobs: "吸纳就业人数",
    poor: "贫困劳动力",
    lastReport: "最近报表",
  },
  active: "在报",
  stoppedSince: (date: string) => `停报（最后报表截至 ${date}）`,
  leadingMark: "龙头企业",
  certifiedMark: "已认定",
  healthHeading: "报送情况",
  healthIntro: (asOf: string) =>
    `截至${proseDate(asOf, "zh-CN")}按该镇最近的报送周期计算的应报、已报、迟报和缺报期数，以及数据处理中拒收的行数。`,
  healthNone: "该镇截至此日期没有任何报表。",
  rejectsCaption: (town: string) => `${town}被拒收的行（按原因）`,
  noRejects: "该镇没有被拒收的行。",
  rowsRejected: "拒收行数",
  qualityLink: (town: string) => `在“数据质量”页查看${town}的报送明细`,
  notReportingHeading: `停报工厂（近${zhCount(ACTIVE_MONTHS)}个月没有报表）`,
  notReportingCaption: (scope: string, asOf: string) =>
    `${scope}停报工厂（截至${proseDate(asOf, "zh-CN")}，近${zhCount(ACTIVE_MONTHS)}个月没有报表）`,
  notReportingNone: `没有停报工厂：每家工厂近${zhCount(ACTIVE_MONTHS)}个月都有报表。`,
  nr: { town: "镇", factory: "工厂", lastReport: "最近报表截至", months: "距今月数" },
  paceDetails: "进度评估的计算（R）",
  pace: {
    value: "当前值",
    valueYearAgo: "12个月前",
    target: "目标",
    yearsLeft: "剩余年数",
    observed: "近12个月实际增长率",
    required: "所需年增长率",
    ratio: "R = 实际 ÷ 所需",
    reason: "说明",
  },
  paceReason: "12个月前为零，无法计算增长率",
  paceNoRequired: "无法计算（期限已到或当前为零）",
  notApplicable: "—",
  townStatusCol: "状态",
  townLinkLabel: (town: string) => `${town}详情`,
};

export type TownStrings = typeof zh;

const en: TownStrings = {
  townsHeading: "Towns",
  townsIntro: (_w: CountyWords, asOf: string) =>
    `Each town's key figures and the status of its task, with data as of ${proseDate(asOf, "en")}. Follow a town's name for its page.`,
  townsCaption: (county: string) => `${county}: key figures by town`,
  townPageTitle: (town: string, county: string) => `${town}, ${county}`,
  townIntro: (town: string, asOf: string) =>
    `${town}: community factory figures, task, trends, factories and reporting, with data as of ${proseDate(asOf, "en")}.`,
  backToCounty: (county: string) => `Back to ${county} on the overview`,
  allTowns: "All towns",
  figuresHeading: (asOf: string) => `Figures as of ${proseDate(asOf, "en")}`,
  figuresSource:
    "Source: the towns' monthly and quarterly community factory reports (see Data quality), computed as defined under Methodology.",
  newFactoriesIn: (year: number) => `New factories in ${year}`,
  notReportingFigure: `Factories that stopped reporting (no report in the last ${enCount(ACTIVE_MONTHS)} months)`,
  taskHeading: "Task",
  yearlyRuleIntro: (document: string, quote: string) =>
    `Source: ${document}, "${quote}" (every town to build at least 2 community factories each year). A factory counts in the year it opened.`,
  yearlyRuleCaption: (scope: string) =>
    `${scope}: new community factories per year (rule: at least 2)`,
  ruleCell: (value: string, target: string) => `${value} / ≥${target}`,
  yearCol: (year: number) => String(year),
  newFactoriesCol: "New factories",
  ruleCol: "Rule",
  statusCol: "Result",
  ruleAtLeast: (n: string) => `at least ${n}`,
  provisionalLabel: "Provisional task",
  provisionalWhy:
    "The document's attached target responsibility table is not available: these are the site's provisional tasks, not official ones.",
  methodLabel: "Method",
  tasksCaption: (scope: string) => `${scope}: tasks (provisional)`,
  tasksOverviewCaption: (county: string, asOf: string) =>
    `${county}: each town now against its task (as of ${proseDate(asOf, "en")})`,
  tasksOverviewHeading: (county: string) => `${county}: town tasks (provisional)`,
  ruleHeading: "Yearly new-factory rule by town",
  valueCol: "Now",
  taskCol: "Task",
  shareCol: "Share of task",
  noTask: "This town has no task of its own.",
  trendsHeading: "Monthly trends",
  trendTitle: (town: string, metric: string) => `${town}: ${metric}, month by month`,
  trendDescription: (town: string, from: string, to: string, last: string, task: string | null) =>
    `${town}'s month-end values from ${from} to ${to}; ${last} in the last month${task === null ? "" : `, against a task of ${task} (dashed)`}.`,
  multiplesHeading: "Jobs by town over time",
  multiplesTitle: (county: string) => `${county}: jobs by town, month by month`,
  multiplesDescription: (county: string, towns: number, withTask: boolean) =>
    `Month-end jobs in ${county}'s ${towns} towns on one shared scale; colour and symbol show each town's status${withTask ? ", the dashed line its jobs task" : " (towns have no jobs task)"}.`,
  factoriesHeading: "Factories",
  factoriesCaption: (town: string, asOf: string) =>
    `${town}: community factories (latest report as of ${proseDate(asOf, "en")})`,
  factoriesNone: "No factory of this town has reported by this date.",
  f: {
    name: "Factory",
    industry: "Industry",
    opened: "Opened",
    status: "Status",
    jobs: "Jobs",
    poor: "Workers from poor households",
    lastReport: "Latest report",
  },
  active: "reporting",
  stoppedSince: (date: string) => `stopped reporting (last report to ${date})`,
  leadingMark: "leading enterprise",
  certifiedMark: "certified",
  healthHeading: "Reporting",
  healthIntro: (asOf: string) =>
    `Periods due, reported, late and missing as of ${proseDate(asOf, "en")} at the town's latest reporting cadence, and rows rejected when the reports were processed.`,
  healthNone: "This town has sent no report by this date.",
  rejectsCaption: (town: string) => `${town}: rejected rows by reason`,
  noRejects: "No row from this town was rejected.",
  rowsRejected: "Rows rejected",
  qualityLink: (town: string) => `${town} on the Data quality page`,
  notReportingHeading: `Factories that stopped reporting (no report in the last ${enCount(ACTIVE_MONTHS)} months)`,
  notReportingCaption: (scope: string, asOf: string) =>
    `${scope}: factories that stopped reporting (as of ${proseDate(asOf, "en")}, no report in the last ${enCount(ACTIVE_MONTHS)} months)`,
  notReportingNone: `Every factory has reported in the last ${enCount(ACTIVE_MONTHS)} months.`,
  nr: { town: "Town", factory: "Factory", lastReport: "Last report to", months: "Months since" },
  paceDetails: "How the pace is computed (R)",
  pace: {
    value: "Value now",
    valueYearAgo: "12 months ago",
    target: "Target",
    yearsLeft: "Years left",
    observed: "Observed growth, last 12 months",
    required: "Required growth per year",
    ratio: "R = observed ÷ required",
    reason: "Note",
  },
  paceReason: "Zero 12 months ago: growth from zero has no rate",
  paceNoRequired: "none (deadline reached or nothing to grow from)",
  notApplicable: "—",
  townStatusCol: "Status",
  townLinkLabel: (town: string) => `${town} details`,
};

const DICTIONARIES: Record<Lang, TownStrings> = { "zh-CN": zh, en };

/** The town pages' UI strings for a language. */
export function townStrings(lang: Lang): TownStrings {
  return DICTIONARIES[lang];
}
