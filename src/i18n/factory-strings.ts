import { ACTIVE_MONTHS } from "../lib/sql/current-reports";
import { enCount, zhCount } from "../lib/site/count-words";
import type { CountyWords } from "../lib/site/county-words";
import type { CertificationCondition, ConditionStatus } from "../lib/figures/certification-check";
import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** Names of the subsidies of policy_rules.subsidies (data/reference), by subsidy_id. */
const zhSubsidyNames: Record<string, string> = {
  "poor-worker-post": "贫困劳动力一次性岗位补贴",
  "rent-utilities": "厂房租金和水电费补贴",
  "start-up": "一次性创业补贴",
  "base-award": "就业扶贫基地奖励",
};

/** UI strings of the factory directory (工厂名录) and the factory pages, zh-CN and en with the same keys. */
const zh = {
  directoryHeading: "社区工厂名录",
  /** `checked`: some listed county's documents set conditions or subsidies the reports can check. */
  directoryIntro: (w: CountyWords, asOf: string, checked: boolean) =>
    `${w.all}全部社区工厂，数据截至${proseDate(asOf, "zh-CN")}。“最新用工”和“贫困劳动力”取每家工厂截至该日的最近一期报表；近${zhCount(ACTIVE_MONTHS)}个月有报表的工厂为“在报”，没有报表的为“停报”。点工厂名称查看其历次报表${checked ? "、认定条件核对和补贴估算" : ""}。`,
  filtersLabel: "筛选工厂",
  search: "搜索（名称、镇、行业）",
  county: "县",
  town: "镇",
  industry: "行业",
  all: "全部",
  reset: "清除筛选",
  /** Filled in the browser: `{shown}` and `{total}` are replaced by numbers. */
  countTemplate: "显示 {shown} / {total} 家",
  /** When more rows match than the table shows at once (`{matched}` too). */
  countCappedTemplate: "符合 {matched} / {total} 家，显示前 {shown} 家",
  showAll: "显示全部 {matched} 家",
  total: (total: number) => `共 ${total} 家`,
  empty: "没有符合条件的工厂。请放宽筛选条件或清除筛选。",
  tableCaption: (asOf: string) => `社区工厂名录（截至${proseDate(asOf, "zh-CN")}）`,
  sortBy: (column: string) => `按${column}排序`,
  col: {
    name: "工厂名称",
    county: "县",
    town: "镇",
    industry: "行业",
    opened: "投产时间",
    status: "状态",
    jobs: "最新用工（人）",
    poor: "其中贫困劳动力（人）",
    certified: "已认定",
    leading: "龙头企业",
  },
  // One term per state (docs/words-and-numbers.md §3): a report proves reporting, not production (never 在产).
  status: { open: "在报", closed: "停报" },
  statusNote: `“停报”：截至该日前${zhCount(ACTIVE_MONTHS)}个月内没有报表，不计入社区工厂数，但仍在名录和停报名单中列出。`,
  yes: "是",
  no: "否",
  unknown: "不详",
  // Factory page
  factoryTitle: (name: string) => `${name}`,
  identityHeading: "基本情况",
  community: "所在社区",
  openedOn: "投产时间",
  closed: "停报",
  closedSince: (period: string) => `停报（最后一期报表截至${proseDate(period, "zh-CN")}）`,
  stillOpen: (period: string) => `在报（最近一期报表截至${proseDate(period, "zh-CN")}）`,
  certifiedOn: "认定时间",
  notCertified: "未认定",
  leading: "龙头企业",
  baseLevel: "就业扶贫基地",
  baseLevels: { none: "否", county: "县级", city: "市级", province: "省级" },
  historyHeading: "历次报表",
  historyIntro:
    "每一行是一期报表，注明来源文件和行号，可追溯到镇里报送的原始报表。产值、工资为该期合计。",
  historyCaption: (name: string) => `${name}的历次报表`,
  h: {
    period: "报告期",
    jobs: "吸纳就业人数（人）",
    poor: "贫困劳动力（人）",
    relocated: "易地搬迁劳动力（人）",
    output: "产值（元）",
    wages: "工资总额（元）",
    source: "来源（文件：行）",
  },
  noReports: "截至该日没有报表。",
  trendTitle: (name: string) => `${name}吸纳就业人数变化`,
  trendDescription: (first: string, last: string, from: string, to: string) =>
    `每期报表末的吸纳就业人数和其中贫困劳动力人数，从 ${from} 的 ${first} 人到 ${to} 的 ${last} 人。`,
  certificationHeading: "社区工厂认定条件核对",
  certificationIntro: (year: number, document: string) =>
    `按${document}的认定条件，用 ${year} 年的报表逐条核对。报表无法说明的条件标为“无法判断”，不视为符合。`,
  noCertificationRule: (county: string) =>
    `${county}的政策文件没有规定可用报表核对的认定条件，本页不做核对。`,
  conditionCaption: "认定条件逐条核对",
  c: { condition: "条件", result: "结果", why: "依据", clause: "条款" },
  condition: (c: CertificationCondition): string => {
    switch (c.condition) {
      case "min_workers":
        return `用工人数稳定在 ${c.threshold} 人以上`;
      case "min_months":
        return `每年正常生产经营 ${c.threshold} 个月以上`;
      case "min_households":
        return `所在社区居住农户 ${c.threshold} 户以上`;
      case "max_area":
        return `工厂在社区 ${c.threshold} 平方公里之内`;
    }
  },
  conditionStatus: {
    pass: { glyph: "✓", label: "符合" },
    fail: { glyph: "✕", label: "不符合" },
    unknown: { glyph: "?", label: "无法判断" },
  } satisfies Record<ConditionStatus, { glyph: string; label: string }>,
  overall: {
    fails: "有条件不符合（以报表为准）。",
    undetermined: "报表能反映的条件均符合，但有的条件报表无法反映，因此不能判定是否符合认定条件。",
  },
  subsidyHeading: "补贴估算",
  estimateWarning: "以下均为估算，并非实际发放金额。",
  noSubsidyRule: (county: string) =>
    `${county}的政策文件没有规定可用报表估算的补贴，本页不做估算。`,
  subsidyCaption: (asOf: string) => `按政策条款估算的补贴（截至${proseDate(asOf, "zh-CN")}）`,
  s: { subsidy: "补贴", amount: "估算金额（元）", basis: "依据", clause: "政策条款" },
  subsidyName: zhSubsidyNames,
  noAmount: "无法估算",
  subsidyTotal: "估算合计",
  /** Beside the total row, where "以下" (below) would point at nothing. */
  estimateNote: "均为估算，并非实际发放金额。",
  asOfLine: (asOf: string) => `数据截至${proseDate(asOf, "zh-CN")}`,
  sourceLine: "来源：各镇（街道）报送的社区工厂月报、季报。",
  noPersonalData: "本页不含任何个人信息（姓名、电话、身份证号）。",
  backToDirectory: "返回工厂名录",
  /** A town's factory book (province site): every factory of the town on one page or a few. */
  bookHeading: (town: string, county: string) => `${county}${town}社区工厂台账`,
  /** `checked`: whether the county's documents set conditions and subsidies the book checks per factory. */
  bookIntro: (count: string, asOf: string, checked: boolean) =>
    `本镇 ${count} 家社区工厂的基本情况、历次报表（注明来源文件和行号）${checked ? "、认定条件核对和补贴估算" : ""}，数据截至${proseDate(asOf, "zh-CN")}。`,
  /** Said once at a book's top, instead of under each factory (noCertificationRule, noSubsidyRule). */
  bookNoPolicyRules: (county: string) =>
    `${county}的政策文件没有规定可用报表核对的认定条件，也没有规定可用报表估算的补贴，本台账不做认定条件核对和补贴估算。`,
  bookContents: "本镇工厂",
  bookPages: "台账分页",
  bookPageOf: (page: string, pages: string) => `第 ${page} 页，共 ${pages} 页`,
  bookOnPage: (page: string) => `（见第 ${page} 页）`,
  bookSourcesNote:
    "本镇各厂的报表来自同一批镇报表文件：报表行的“来源”写文件编号和行号（如 3: 7 即 3 号文件第 7 行），文件列在本页末。",
  bookSources: "本页报表的来源文件",
  bookSourcesIntro: "编号即报表行“来源”一栏中的文件编号；路径为县、镇文件夹下的原始报表文件。",
  backToTown: (town: string) => `返回${town}`,
};

export type FactoryStrings = typeof zh;

const en: FactoryStrings = {
  directoryHeading: "Factory directory",
  directoryIntro: (w: CountyWords, asOf: string, checked: boolean) =>
    `Every community factory of ${w.all}, data as of ${proseDate(asOf, "en")}. Latest jobs and workers from poor households come from each factory's latest report up to that date; factories with a report in the last ${enCount(ACTIVE_MONTHS)} months are reporting, the others have stopped reporting. Open a factory's page for its reports${checked ? ", certification check and estimated subsidies" : ""}.`,
  filtersLabel: "Filter factories",
  search: "Search (name, town, industry)",
  county: "County",
  town: "Town",
  industry: "Industry",
  all: "All",
  reset: "Clear filters",
  countTemplate: "Showing {shown} of {total} factories",
  countCappedTemplate: "{matched} of {total} factories match, the first {shown} shown",
  showAll: "Show all {matched}",
  total: (total: number) => `${total} factories`,
  empty: "No factory matches these filters. Widen them or clear the filters.",
  tableCaption: (asOf: string) => `Community factories (as of ${proseDate(asOf, "en")})`,
  sortBy: (column: string) => `Sort by ${column}`,
  col: {
    name: "Factory",
    county: "County",
    town: "Town",
    industry: "Industry",
    opened: "Opened",
    status: "Status",
    jobs: "Latest jobs",
    poor: "of which poor workers",
    certified: "Certified",
    leading: "Leading firm",
  },
  status: { open: "reporting", closed: "stopped reporting" },
  statusNote: `Stopped reporting: no report in the ${enCount(ACTIVE_MONTHS)} months up to the as-of date; not counted among the community factories, but still listed here and among the factories that stopped reporting.`,
  yes: "yes",
  no: "no",
  unknown: "unknown",
  factoryTitle: (name: string) => `${name}`,
  identityHeading: "Identity",
  community: "Community",
  openedOn: "Opened",
  closed: "Stopped reporting",
  closedSince: (period: string) =>
    `stopped reporting (last report up to ${proseDate(period, "en")})`,
  stillOpen: (period: string) => `reporting (latest report up to ${proseDate(period, "en")})`,
  certifiedOn: "Certified",
  notCertified: "not certified",
  leading: "Leading firm",
  baseLevel: "Employment base",
  baseLevels: {
    none: "no",
    county: "county level",
    city: "city level",
    province: "province level",
  },
  historyHeading: "Reports",
  historyIntro:
    "One row per report, with the file and row it came from, so every figure traces back to the town's own report. Output and wages are totals over the period.",
  historyCaption: (name: string) => `${name}: every report`,
  h: {
    period: "Period",
    jobs: "Jobs (people)",
    poor: "Workers from poor households (people)",
    relocated: "Relocated workers (people)",
    output: "Output (yuan)",
    wages: "Wages (yuan)",
    source: "Source (file: row)",
  },
  noReports: "No report up to the as-of date.",
  trendTitle: (name: string) => `${name}: jobs over time`,
  trendDescription: (first: string, last: string, from: string, to: string) =>
    `Jobs and poor workers at the end of each reported period, from ${first} in ${from} to ${last} in ${to}.`,
  certificationHeading: "Certification check",
  certificationIntro: (year: number, document: string) =>
    `Each certification condition of ${document}, checked against the reports of ${year}. A condition the reports cannot show is marked "cannot tell", never as met.`,
  noCertificationRule: (county: string) =>
    `${county}'s policy documents state no certification condition the reports could check, so none is checked here.`,
  conditionCaption: "Certification conditions, one by one",
  c: { condition: "Condition", result: "Result", why: "Why", clause: "Clause" },
  condition: (c: CertificationCondition): string => {
    switch (c.condition) {
      case "min_workers":
        return `At least ${c.threshold} workers, held steadily`;
      case "min_months":
        return `At least ${c.threshold} months of production a year`;
      case "min_households":
        return `Community of at least ${c.threshold} households`;
      case "max_area":
        return `Within ${c.threshold} km² of the community`;
    }
  },
  conditionStatus: {
    pass: { glyph: "✓", label: "met" },
    fail: { glyph: "✕", label: "not met" },
    unknown: { glyph: "?", label: "cannot tell" },
  },
  overall: {
    fails: "A condition is not met (on the reports' evidence).",
    undetermined:
      "Every condition the reports show is met, but some conditions are not in the reports, so there is no verdict.",
  },
  subsidyHeading: "Estimated subsidies",
  estimateWarning: "Every amount below is an estimate, not money actually paid.",
  noSubsidyRule: (county: string) =>
    `${county}'s policy documents state no subsidy the reports could estimate, so none is estimated here.`,
  subsidyCaption: (asOf: string) =>
    `Subsidies estimated from the policy clauses (as of ${proseDate(asOf, "en")})`,
  s: { subsidy: "Subsidy", amount: "Estimate (yuan)", basis: "Basis", clause: "Policy clause" },
  subsidyName: {
    "poor-worker-post": "One-off job subsidy per poor worker",
    "rent-utilities": "Rent and utilities subsidy",
    "start-up": "One-off start-up subsidy",
    "base-award": "Employment base award",
  },
  noAmount: "cannot estimate",
  subsidyTotal: "Estimated total",
  estimateNote: "All estimates, not money actually paid.",
  asOfLine: (asOf: string) => `Data as of ${proseDate(asOf, "en")}`,
  sourceLine: "Source: the towns' monthly and quarterly community factory reports.",
  noPersonalData: "This page holds no personal data (no names, phone numbers or ID numbers).",
  backToDirectory: "Back to the factory directory",
  bookHeading: (town: string, county: string) => `Community factory ledger: ${town}, ${county}`,
  bookIntro: (count: string, asOf: string, checked: boolean) =>
    `The town's ${count} community factories: identity, every report (with its source file and row)${checked ? ", certification check and estimated subsidies" : ""}, data as of ${proseDate(asOf, "en")}.`,
  bookNoPolicyRules: (county: string) =>
    `${county}'s policy documents state no certification condition the reports could check and no subsidy they could estimate, so this ledger checks no factory's certification and estimates no subsidies.`,
  bookContents: "The town's factories",
  bookPages: "Pages of the ledger",
  bookPageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  bookOnPage: (page: string) => ` (on page ${page})`,
  bookSourcesNote:
    "The town's factories report on the same town files: a report row's source gives the file's number and the row (3: 7 is file 3, row 7), and the files are listed at the end of this page.",
  bookSources: "Source files of the reports on this page",
  bookSourcesIntro:
    "Numbered as in the report rows' source column; each path is the original report file in its county and town folder.",
  backToTown: (town: string) => `Back to ${town}`,
};

const DICTIONARIES: Record<Lang, FactoryStrings> = { "zh-CN": zh, en };

export const factoryStrings = (lang: Lang): FactoryStrings => DICTIONARIES[lang];
