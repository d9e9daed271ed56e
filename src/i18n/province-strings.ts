import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** Strings of a province site's own pages (issue #19): the county table on `/`, county pages, county directories. */
const zh = {
  countiesHeading: "各县进展",
  countiesIntro: (asOf: string) =>
    `每县一行：主要数字和各目标的结论（对照本县政策文件），数据截至${proseDate(asOf, "zh-CN")}。点县名打开该县的总览页：目标卡片、进展图、镇地图和各镇任务。`,
  countiesCaption: (asOf: string) => `各县主要数字和目标结论（截至${proseDate(asOf, "zh-CN")}）`,
  col: {
    county: "县",
    factories: "工厂数（家）",
    jobs: "吸纳就业人数（人）",
    poor: "贫困劳动力（人）",
    targets: "各目标结论",
    directory: "工厂名录",
  },
  jobsBarNote: "条形长度：吸纳就业人数，以最多的县为满格。",
  noMap: "各县地图暂缺：参考数据只有镇的位置，没有县界，画不出县的地图；各县页面上有本县的镇地图。",
  countyPageTitle: (county: string) => `${county}总览`,
  countyIntro: (county: string, asOf: string) =>
    `${county}社区工厂对照本县政策文件目标的完成情况，数据截至${proseDate(asOf, "zh-CN")}。每个数字均注明截至日期和出处。`,
  toProvince: "返回各县总览",
  countyDirectoryLink: (county: string) => `${county}工厂名录`,
  directoryCountiesIntro: (asOf: string) =>
    `工厂较多，名录按县分页：每县一页，页内可搜索、筛选和排序。数据截至${proseDate(asOf, "zh-CN")}。`,
  directoryCountiesCaption: "各县工厂名录",
  countyDirectoryHeading: (county: string) => `${county}社区工厂名录`,
  otherCounties: "其他县的名录",
  townsOfCounty: (county: string) => `${county}各镇`,
  searchHeading: "按名称查找工厂",
  searchLabel: "工厂名称、镇或县",
  searchCount: "找到 {total} 家，显示前 {shown} 家",
  searchCountAll: "找到 {total} 家",
  searchNone: "没有名称、镇或县含这些字的工厂。",
  searchError: "搜索索引没有加载成功，请稍后再试，或打开下面各县的名录。",
  // A province-wide page (towns, ranking, changes, data quality, brief): a row per county, each county's own page.
  countyPartTitle: (county: string, heading: string) => `${county}${heading}`,
  summaryIntro: (heading: string, asOf: string) =>
    `县较多，${heading}按县分页：下表每县一行，点县名打开该县的页面，查看各镇的详情。数据截至${proseDate(asOf, "zh-CN")}。`,
  summaryCaption: (heading: string, asOf: string) =>
    `${heading}：各县汇总（截至${proseDate(asOf, "zh-CN")}）`,
  pressSummaryIntro: (asOf: string) =>
    `县较多，新闻发布按县分页：下表每县一行，点县名打开该县的新闻发布页：可引用的句子、进展图表和典型工厂。数据截至${proseDate(asOf, "zh-CN")}。`,
  partOfCounty: (heading: string) => `本县${heading}`,
  allCountiesPart: (heading: string) => `各县${heading}`,
  countyOverviewLink: (county: string) => `${county}总览`,
  countyPartsLabel: "本县各页",
  summaryCol: {
    towns: "镇数",
    worst: "各镇状态（全部任务中最差的一项）",
    year: "考核年度",
    first: "第一名",
    last: "最后一名",
    jobsChange: "吸纳就业人数较上月",
    newFactories: "新报工厂（家）",
    stopped: "停报工厂（家）",
    back: "复报工厂（家）",
    statusChanged: "状态有变化的镇",
    followUp: "督查清单（条）",
    showcases: "典型工厂",
  },
  countyQuality: {
    totalsHeading: (county: string) => `${county}全部文件合计`,
    totalsCaption: (county: string) => `${county}全部文件的行数合计`,
    reasonsCaption: (county: string) => `各拒收原因的行数（${county}全部文件）`,
    downloadRejects: (county: string, file: string) => `下载${county}全部拒收行及原因（${file}）`,
  },
  townScore: (town: string, score: string) => `${town}（${score} 分）`,
  statusCount: (glyph: string, label: string, n: string) => `${glyph} ${label} ${n}`,
};

const en: typeof zh = {
  countiesHeading: "The counties",
  countiesIntro: (asOf: string) =>
    `One row per county: its main figures and the verdict on each of its targets (against its own policy documents), data as of ${proseDate(asOf, "en")}. Open a county for its overview: target cards, progress charts, town map and town tasks.`,
  countiesCaption: (asOf: string) =>
    `Each county's main figures and target verdicts (as of ${proseDate(asOf, "en")})`,
  col: {
    county: "County",
    factories: "Factories",
    jobs: "Jobs",
    poor: "Workers from poor households",
    targets: "Target verdicts",
    directory: "Factory directory",
  },
  jobsBarNote: "Bar length: jobs, the county with the most filling the cell.",
  noMap:
    "No map of the counties: the reference data has the towns' locations but no county boundaries; each county's page has its town map.",
  countyPageTitle: (county: string) => `${county} overview`,
  countyIntro: (county: string, asOf: string) =>
    `The community factories of ${county} against the targets of its policy documents, data as of ${proseDate(asOf, "en")}. Every figure gives its date and source.`,
  toProvince: "Back to all counties",
  countyDirectoryLink: (county: string) => `${county}: factory directory`,
  directoryCountiesIntro: (asOf: string) =>
    `With this many factories the directory has one page per county, each searchable, filterable and sortable. Data as of ${proseDate(asOf, "en")}.`,
  directoryCountiesCaption: "Factory directory by county",
  countyDirectoryHeading: (county: string) => `Community factories of ${county}`,
  otherCounties: "Other counties' directories",
  townsOfCounty: (county: string) => `Towns of ${county}`,
  searchHeading: "Find a factory by name",
  searchLabel: "Factory name, town or county",
  searchCount: "{total} found, the first {shown} shown",
  searchCountAll: "{total} found",
  searchNone: "No factory has these words in its name, town or county.",
  searchError:
    "The search index did not load: try again later, or open a county's directory below.",
  countyPartTitle: (county: string, heading: string) => `${heading}: ${county}`,
  summaryIntro: (heading: string, asOf: string) =>
    `With this many counties, "${heading}" has one page per county: one row per county below; open a county for its towns' details. Data as of ${proseDate(asOf, "en")}.`,
  summaryCaption: (heading: string, asOf: string) =>
    `${heading}: by county (as of ${proseDate(asOf, "en")})`,
  pressSummaryIntro: (asOf: string) =>
    `With this many counties, the press kit has one page per county: one row per county below; open a county for its quotable sentences, progress charts and showcase factories. Data as of ${proseDate(asOf, "en")}.`,
  partOfCounty: (heading: string) => `${heading} (this county)`,
  allCountiesPart: (heading: string) => `${heading} (all counties)`,
  countyOverviewLink: (county: string) => `${county} overview`,
  countyPartsLabel: "This county's pages",
  summaryCol: {
    towns: "Towns",
    worst: "Towns by status (the worst of all their tasks)",
    year: "Assessment year",
    first: "First",
    last: "Last",
    jobsChange: "Jobs against the month before",
    newFactories: "New factories",
    stopped: "Stopped reporting",
    back: "Back",
    statusChanged: "Towns whose status changed",
    followUp: "Follow-up list (entries)",
    showcases: "Showcase factories",
  },
  countyQuality: {
    totalsHeading: (county: string) => `All files of ${county}`,
    totalsCaption: (county: string) => `Rows over all files of ${county}`,
    reasonsCaption: (county: string) => `Rejected rows by reason (all files of ${county})`,
    downloadRejects: (county: string, file: string) =>
      `Download every rejected row of ${county} with its reason (${file})`,
  },
  townScore: (town: string, score: string) => `${town} (${score} points)`,
  statusCount: (glyph: string, label: string, n: string) => `${glyph} ${label} ${n}`,
};

export type ProvinceStrings = typeof zh;
const PROVINCE_STRINGS: Record<Lang, ProvinceStrings> = { "zh-CN": zh, en };
export const provinceStrings = (lang: Lang): ProvinceStrings => PROVINCE_STRINGS[lang];
