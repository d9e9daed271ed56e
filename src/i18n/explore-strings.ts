import type { CountyWords } from "../lib/site/county-words";
import type { PublishedTable } from "../lib/browser/published-columns";
import type { Lang } from "../lib/i18n/lang";
import { ACTIVE_MONTHS } from "../lib/sql/current-reports";
import { proseDate } from "../lib/format/format-date";

/** A column of a published table, explained for the data dictionary. */
type Meanings = Record<PublishedTable, Record<string, string>>;

/**
 * The console's first example counts what the site calls 社区工厂数 / community factories: factories
 * reporting at the as-of date (the month end of the latest report), i.e. whose latest report ends in
 * the three months up to it. Counting every row of `factories` instead gives the factories ever
 * reported (15 for 平利县城关镇 where the site says 14).
 */
const REPORTING_FACTORIES_SQL = `-- 在报 / reporting: the latest report ends in the ${ACTIVE_MONTHS} months up to the as-of date
WITH latest AS (
  SELECT county_id, town_name, period_end, max(period_end) OVER () AS as_of
  FROM reports
  QUALIFY row_number() OVER (PARTITION BY factory_id ORDER BY period_end DESC, period_start DESC) = 1
)
SELECT county_id, town_name, count(*) AS reporting_factories
FROM latest
WHERE period_end > last_day(as_of - INTERVAL ${ACTIVE_MONTHS} MONTH)
GROUP BY ALL
ORDER BY county_id, reporting_factories DESC;`;

const zhMeanings: Meanings = {
  reports: {
    county_id: "县代码（各县的代码和名称见 towns 表）",
    town_id: "报表所属镇的代码",
    town_name: "镇的中文全称，如 涧池镇",
    factory_id:
      "工厂代码：有统一社会信用代码时即为该代码，否则由县、镇和规范化的名称生成；跨期稳定",
    period_start: "报告期第一天",
    period_end: "报告期最后一天",
    employees: "报告期末用工人数",
    poor_workers: "其中贫困劳动力人数",
    relocated_workers: "其中搬迁群众人数",
    contracts_1y: "签订一年以上劳动合同人数（未填为空）",
    output_value_yuan: "报告期内产值（元）",
    wages_yuan: "报告期内发放工资总额（元）",
    source_file: "来源文件（相对于原始数据目录的路径）",
    source_row: "来源行号：工作表中 Excel 显示的行号，文本文件中的行号（从 1 起）",
    source_sheet: "来源工作表名称（CSV 等文本文件为空）",
    period_kind: "报告期类型：month 月报，quarter 季报",
    months_operating: "本年生产经营月数（未填为空）",
  },
  factories: {
    factory_id: "工厂代码（与报表表中的工厂代码相同）",
    county_id: "县代码",
    town_id: "所在镇代码",
    town_name: "所在镇中文全称",
    name: "工厂名称",
    community: "所在社区或安置点（未填为空）",
    industry: "行业代码（取自本站固定的行业代码表）",
    industry_raw: "报表中的行业原文",
    opened_on: "投产日期（未填为空）",
    certified_on: "认定日期（未认定为空）",
    leading: "是否龙头企业",
    base_level: "就业扶贫基地级别：none 无、county 县级、city 市级、province 省级",
    credit_code: "统一社会信用代码（未填为空）",
    first_period_start: "最早一期报表的第一天",
    last_period_end: "最近一期报表的最后一天",
    reports: "报表期数",
  },
  towns: {
    county_id: "县代码",
    county_name: "县的中文名称",
    town_id: "镇代码",
    town_name: "镇的中文全称",
    town_name_en: "镇的英文（拼音）名称",
    short_names: "镇的简称（逗号分隔），用于识别报表中的镇名",
    lat: "镇政府驻地大致纬度（示意）",
    lon: "镇政府驻地大致经度（示意）",
  },
  targets: {
    target_id: "目标代码",
    county_id: "县代码",
    scope: "范围：county 全县目标，town 镇任务或每镇规则",
    town_id: "镇代码（全县目标为空）",
    metric: "指标（factories、jobs、output_12m 等，见方法页）",
    value: "目标值",
    unit: "单位",
    year: "按年规则的年份（否则为空）",
    deadline: "期限",
    status: "official 文件明确规定，provisional 本站临时设定",
    document_id: "文件代码",
    document_number: "文号",
    clause: "条款",
    quote: "原文",
    note: "说明（可为空）",
  },
  flags: {
    factory_id: "工厂代码（同 reports）",
    county_id: "县代码",
    town_id: "镇代码",
    period_end: "被提示的那一期报表的最后一天",
    flag: "提示类型的代码，每种一个英文代码（含义见方法页“督查提示”）",
    severity: "程度：INFO 提示，WARNING 注意，SEVERE 请核实",
    value: "被提示的数字（人数、月均产值或人均月工资等）",
    baseline: "用来比较的数字（上期数、全县中位数），可为空",
    score: "规则检验的量（修正 z 分数、连续相同期数、减少比例），可为空",
    threshold: "规则的界限",
    explanation_zh: "中文说明（请核实）",
    explanation_en: "英文说明",
  },
};

const enMeanings: Meanings = {
  reports: {
    county_id: "County code (each county's code and name: see the towns table)",
    town_id: "Code of the town the report belongs to",
    town_name: "Full Chinese name of the town, e.g. 涧池镇",
    factory_id:
      "Factory code: the credit code when given, else made from county, town and normalised name; stable across periods",
    period_start: "First day of the reporting period",
    period_end: "Last day of the reporting period",
    employees: "Workers at the end of the period",
    poor_workers: "Of whom poor workers",
    relocated_workers: "Of whom relocated people",
    contracts_1y: "Workers with a contract of one year or more (empty if not reported)",
    output_value_yuan: "Output value over the period (yuan)",
    wages_yuan: "Wages paid over the period (yuan)",
    source_file: "Source file (path relative to the raw data folder)",
    source_row:
      "Source row: the row number Excel shows on the sheet, or the line of a text file (from 1)",
    source_sheet: "Source sheet of a workbook (empty for CSV and other text files)",
    period_kind: "Period type: month or quarter",
    months_operating: "Months operating this year (empty if not reported)",
  },
  factories: {
    factory_id: "Factory code (the same as in the reports table)",
    county_id: "County code",
    town_id: "Town code",
    town_name: "Full Chinese name of the town",
    name: "Factory name",
    community: "Community or resettlement site (empty if not reported)",
    industry: "Industry code (from the site's fixed list of industries)",
    industry_raw: "Industry as written in the report",
    opened_on: "Date production started (empty if not reported)",
    certified_on: "Date certified (empty if not certified)",
    leading: "Leading enterprise",
    base_level: "Poverty-relief employment base level: none, county, city, province",
    credit_code: "Unified social credit code (empty if not reported)",
    first_period_start: "First day of its earliest report",
    last_period_end: "Last day of its latest report",
    reports: "Number of reports",
  },
  towns: {
    county_id: "County code",
    county_name: "County name in Chinese",
    town_id: "Town code",
    town_name: "Full Chinese name of the town",
    town_name_en: "Town name in English (pinyin)",
    short_names: "Short forms of the name (comma-separated), used to recognise the town in reports",
    lat: "Approximate latitude of the town seat (indicative)",
    lon: "Approximate longitude of the town seat (indicative)",
  },
  targets: {
    target_id: "Target code",
    county_id: "County code",
    scope: "Scope: county (county target) or town (a town's task or a per-town rule)",
    town_id: "Town code (empty for a county target)",
    metric: "Figure (factories, jobs, output_12m, …; see Methodology)",
    value: "Target value",
    unit: "Unit",
    year: "Year of a per-year rule (else empty)",
    deadline: "Deadline",
    status: "official: stated by the document; provisional: our stand-in",
    document_id: "Document code",
    document_number: "Document number",
    clause: "Clause",
    quote: "Quoted text",
    note: "Note (may be empty)",
  },
  flags: {
    factory_id: "Factory code (as in reports)",
    county_id: "County code",
    town_id: "Town code",
    period_end: "Last day of the report flagged",
    flag: "The kind of flag, as a short English code (each explained under Methodology, follow-up flags)",
    severity: "INFO, WARNING or SEVERE",
    value: "The figure flagged (workers, output per month, wages per worker, …)",
    baseline: "What it is compared with (previous report, county median); may be empty",
    score:
      "What the rule tests (modified z-score, identical reports in a row, share lost); may be empty",
    threshold: "The rule's limit",
    explanation_zh: "Explanation in Chinese (please verify)",
    explanation_en: "Explanation in English",
  },
};

const zh = {
  // Overview controls
  controlsHeading: "按条件查看",
  controlsIntro:
    "选择截至月份、县、镇或行业，数字、状态、图表和表格将在浏览器中按同一口径重新计算。",
  countyControlsIntro:
    "选择截至月份、本县的镇或行业，数字、状态、图表和表格将在浏览器中按同一口径重新计算。",
  asOfLabel: "截至月份",
  countyLabel: "县",
  allCounties: (w: CountyWords) => w.all,
  townLabel: "镇",
  wholeCounty: "全县",
  industriesLabel: "行业（不选即全部）",
  resetLink: "恢复默认视图",
  shareLink: "本视图链接",
  stageIdle:
    "更改条件后在浏览器中重新计算：数字和图表随即更新；工厂名单等表格需载入查询引擎（首次约需数秒）。",
  stageEngine: "正在载入查询引擎…",
  stageData: "正在载入数据…",
  stageComputing: "正在计算…",
  computing: (view: string) => `正在计算 ${view}…`,
  stripRankingWaits: (year: number) =>
    `${year} 年考核排名计入各镇的报送完整率，正在浏览器中载入查询引擎后计算（首次约需数秒）…`,
  rankingWaitsForEngine:
    "本县的汇总数据未能载入，排名需在浏览器中载入查询引擎后才能重新计算（首次约需数秒）；在此之前，下方仍是上一个视图的排名。",
  partWaitsForEngine:
    "工厂名单需在浏览器中载入查询引擎后才能重新计算（首次约需数秒）；在此之前，下方仍是上一个视图的内容。",
  stageError: (why: string) => `无法重新计算：${why}。页面上显示的仍是截至最新数据的数字。`,
  showing: (asOf: string, scope: string) =>
    `已显示截至${proseDate(asOf, "zh-CN")}的数字（${scope}）。`,
  scopeAll: "全部行业",
  scopeIndustries: (names: string) => `行业：${names}`,
  industryNote: "按行业筛选时，图表和数字只计所选行业的工厂，目标仍为全县目标。",
  townPanelHeading: (town: string) => `${town}的数字`,
  // Town pages
  townControlsIntro:
    "选择截至月份或行业，本镇的数字、任务、趋势图和表格将在浏览器中按同一口径重新计算；选择其他镇会打开该镇的页面，并保留所选条件。",
  townIndustryNote: "按行业筛选时，图表和数字只计所选行业的工厂，任务仍为全镇的任务。",
  townPublishedOnly: (asOf: string) =>
    `按原因分列的拒收行数统计全部已收文件（数据截至${proseDate(asOf, "zh-CN")}），不随所选月份重新计算，因此此时已隐藏；点“恢复默认视图”可再次查看。`,
  // Ranking page
  rankingControlsIntro:
    "选择截至月份、县、镇或行业，排名将在浏览器中按同一评分方法重新计算：月份决定考核年度（取当年12月31日或所选月份的数值），所选的镇在表中突出显示。",
  rankingCountyControlsIntro:
    "选择截至月份、本县的镇或行业，排名将在浏览器中按同一评分方法重新计算：月份决定考核年度（取当年12月31日或所选月份的数值），所选的镇在表中突出显示。",
  chosenTown: "所选镇",
  townPanelCaption: (town: string, asOf: string) =>
    `${town}截至${proseDate(asOf, "zh-CN")}的各项数字`,
  townTarget: "本镇目标",
  noTownTarget: "—",
  colMetric: "指标",
  colValue: "数值",
  colStatus: "状态",
  // Data page
  dataHeading: "数据",
  dataIntro: (asOf: string) =>
    `本站全部数字都来自下列公开数据表（数据截至${proseDate(asOf, "zh-CN")}）。可下载 Parquet 或 CSV 文件，也可以在本页用 SQL 直接查询。`,
  contractLead: "镇里的报表须包含什么、本站发布什么、每个数字的意思和本站的承诺，见",
  contractLink: "数据约定",
  contractTitle: "数据约定：本站承诺什么",
  contractDescription:
    "镇里报送什么、本站发布什么、每个数字是什么意思，以及本站对每个数字的承诺：截至日期、口径和出处，决不公布个人信息。",
  contractBack: "返回“数据”页",
  tablesHeading: "数据表下载",
  tablesCaption: "公开数据表",
  colTable: "数据表",
  colRows: "行数",
  colRowMeaning: "每行是",
  colParquet: "Parquet",
  colCsv: "CSV（UTF-8，带 BOM）",
  rowMeaning: {
    reports: "一家工厂的一期报表",
    factories: "一家工厂",
    towns: "一个镇",
    targets: "一项目标或规则",
    flags: "一期报表的一条督查提示（请核实）",
  } satisfies Record<PublishedTable, string>,
  download: (file: string, size: string) => `${file}（${size}）`,
  otherFilesHeading: "处理记录",
  manifestLink: "manifest.json：每个输入文件的校验值、编码、报告期和行数统计",
  rejectsLink: "rejects.csv：全部拒收行及原因",
  templatesHeading: "报表模板",
  templatesIntro:
    "各镇填报社区工厂月报、季报请用本县模板：表头、单位和下拉选项与数据处理一致，第一页“填表说明”写明怎么填、何时报、哪些内容不能填。",
  templateLink: (county: string) => `${county}社区工厂报表模板（.xlsx）`,
  dictionaryHeading: "数据字典",
  dictionaryCaption: (table: string) => `${table} 的列`,
  colColumn: "列名",
  colType: "类型",
  colNullable: "可为空",
  colMeaning: "含义",
  figuresHeading: "网页上的指标和下载的 CSV",
  figuresIntro:
    "网页上每个表格和图表都可以“下载 CSV”。CSV 保存数值本身，而不是网页上的写法：金额以元为单位（网页上写作万元、亿元），人数和家数为整数，比例为小数（1 表示 100%），最多保留 4 位小数；日期写作 2020-12-31，月份写作 2020-12；单位写在表头的括号中。",
  figuresCaption: "网页上的指标",
  colFigure: "指标",
  colFigureName: "名称",
  colUnit: "单位",
  colTargetable: "可设目标",
  colRanked: "用于排名",
  yes: "是",
  no: "否",
  meanings: zhMeanings,
  consoleHeading: "SQL 查询",
  consoleIntro:
    "在浏览器中用 DuckDB 查询上面五张表（reports、factories、towns、targets、flags），数据不离开本机。",
  consoleNoScript: "SQL 查询需要启用 JavaScript；也可以下载上面的文件自行分析。",
  sqlLabel: "SQL 语句（Ctrl+Enter 或 ⌘+Enter 运行）",
  examplesLabel: "示例查询",
  examples: [
    {
      label: "各镇在报工厂数（与本站“社区工厂数”相同）",
      sql: REPORTING_FACTORIES_SQL,
    },
    {
      label: "各行业最近一期吸纳就业人数",
      sql: "SELECT f.industry, sum(r.employees) AS employees\nFROM reports r JOIN factories f USING (factory_id)\nWHERE r.period_end = (SELECT max(period_end) FROM reports)\nGROUP BY f.industry\nORDER BY employees DESC;",
    },
    {
      label: "各县每年产值",
      sql: "SELECT county_id, year(period_end) AS year, sum(output_value_yuan) AS output_yuan\nFROM reports\nGROUP BY ALL\nORDER BY ALL;",
    },
    {
      label: "全县目标",
      sql: "SELECT county_id, metric, value, deadline, document_number, clause\nFROM targets\nWHERE scope = 'county'\nORDER BY county_id, deadline;",
    },
  ],
  run: "运行",
  downloadCsv: "下载结果（CSV）",
  consoleLoading: "正在载入查询引擎和数据…",
  consoleReady: "查询引擎已就绪。",
  consoleRunning: "正在查询…",
  resultSummary: (rows: string, ms: string) => `共 ${rows} 行，用时 ${ms} 毫秒。`,
  resultTruncated: (shown: string) => `表中只显示前 ${shown} 行；CSV 下载包含全部行。`,
  resultCaption: "查询结果",
  queryError: "查询出错：",
  emptySql: "请先输入 SQL 语句。",
  engineError: (why: string) => `查询引擎无法启动：${why}`,
  consoleRefused:
    "此控制台只读取本站发布的五张表（reports、factories、towns、targets、flags）：不能读取网址或文件、写出文件、安装扩展，也不能更改这些设置。",
  consoleNoWasm:
    "此浏览器不支持 WebAssembly，不能在页面中运行 SQL 查询；可以下载上面的文件自行分析。",
  exploreNoWasm:
    "此浏览器不支持 WebAssembly，不能在页面中按月份、县、镇或行业重新计算；下面的数字和图表是发布时的数据。新版 Chrome、Edge、Firefox 或 360 浏览器的极速模式可以使用此功能。",
};

export type ExploreStrings = typeof zh;

const en: ExploreStrings = {
  controlsHeading: "Explore",
  controlsIntro:
    "Choose the as-of month, county, town or industries: figures, statuses, charts and tables are recomputed in your browser by the same definitions.",
  countyControlsIntro:
    "Choose the as-of month, one of this county's towns or industries: figures, statuses, charts and tables are recomputed in your browser by the same definitions.",
  asOfLabel: "As of",
  countyLabel: "County",
  allCounties: (w: CountyWords) => w.all.charAt(0).toUpperCase() + w.all.slice(1),
  townLabel: "Town",
  wholeCounty: "Whole county",
  industriesLabel: "Industries (none ticked: all)",
  resetLink: "Back to the default view",
  shareLink: "Link to this view",
  stageIdle:
    "Changing a choice recomputes in your browser: figures and charts at once; lists of factories once the query engine has loaded (a few seconds the first time).",
  stageEngine: "Loading the query engine…",
  stageData: "Loading the data…",
  stageComputing: "Computing…",
  computing: (view: string) => `Computing ${view}…`,
  stripRankingWaits: (year: number) =>
    `The ${year} ranking counts each town's reporting completeness: computing once the query engine has loaded in your browser (a few seconds the first time)…`,
  rankingWaitsForEngine:
    "The county's summary figures could not be loaded, so the ranking is recomputed once the query engine has loaded in your browser (a few seconds the first time); until then, the ranking below is the previous view's.",
  partWaitsForEngine:
    "Lists of factories are recomputed once the query engine has loaded in your browser (a few seconds the first time); until then, what is below still shows the previous view.",
  stageError: (why: string) =>
    `Could not recompute: ${why}. The page still shows the figures at the latest data.`,
  showing: (asOf: string, scope: string) =>
    `Showing figures as of ${proseDate(asOf, "en")} (${scope}).`,
  scopeAll: "all industries",
  scopeIndustries: (names: string) => `industries: ${names}`,
  industryNote:
    "With industries chosen, charts and figures count only factories of those industries; targets stay the county's.",
  townPanelHeading: (town: string) => `Figures for ${town}`,
  townControlsIntro:
    "Choose the as-of month or industries, and this town's figures, tasks, trend charts and tables are recomputed in your browser with the same definitions; choosing another town opens its page with the same choices.",
  townIndustryNote:
    "With industries chosen, charts and figures count only factories of those industries; tasks stay the whole town's.",
  townPublishedOnly: (asOf: string) =>
    `The rejected rows by reason count every file received (data as of ${proseDate(asOf, "en")}), not the month chosen, so they are hidden now; choose "Back to the default view" to see them again.`,
  rankingControlsIntro:
    "Choose the as-of month, county, town or industries, and the ranking is recomputed in your browser by the same scoring: the month sets the assessment year (values at 31 December, or at the month chosen in its own year); the chosen town is highlighted in the table.",
  rankingCountyControlsIntro:
    "Choose the as-of month, one of this county's towns or industries, and the ranking is recomputed in your browser by the same scoring: the month sets the assessment year (values at 31 December, or at the month chosen in its own year); the chosen town is highlighted in the table.",
  chosenTown: "chosen town",
  townPanelCaption: (town: string, asOf: string) =>
    `${town}: figures as of ${proseDate(asOf, "en")}`,
  townTarget: "Town target",
  noTownTarget: "—",
  colMetric: "Figure",
  colValue: "Value",
  colStatus: "Status",
  dataHeading: "Data",
  dataIntro: (asOf: string) =>
    `Every figure on this site comes from the published tables below (data as of ${proseDate(asOf, "en")}). Download them as Parquet or CSV, or query them with SQL on this page.`,
  contractLead:
    "What the towns' reports must hold, what the site publishes, what each figure means and what the site promises: see",
  contractLink: "what the data promises",
  contractTitle: "What the data promises",
  contractDescription:
    "What the towns send, what the site publishes, what each figure means, and what the site promises about every figure: as-of date, definition and source, and no personal data ever.",
  contractBack: "Back to the data page",
  tablesHeading: "Download the tables",
  tablesCaption: "Published tables",
  colTable: "Table",
  colRows: "Rows",
  colRowMeaning: "One row per",
  colParquet: "Parquet",
  colCsv: "CSV (UTF-8 with BOM)",
  rowMeaning: {
    reports: "factory report for one period",
    factories: "factory",
    towns: "town",
    targets: "target or rule",
    flags: "follow-up flag on one report (please verify)",
  },
  download: (file: string, size: string) => `${file} (${size})`,
  otherFilesHeading: "Processing records",
  manifestLink:
    "manifest.json: every input file with its checksum, encoding, period and row counts",
  rejectsLink: "rejects.csv: every rejected row and why",
  templatesHeading: "Report templates",
  templatesIntro:
    "Towns fill in their monthly or quarterly report on their county's template: its headers, units and dropdowns are what the pipeline reads, and its first sheet (填表说明, in Chinese) says what to fill, by when, and what must not be in it.",
  templateLink: (county: string) => `${county} report template (.xlsx, Chinese)`,
  dictionaryHeading: "Data dictionary",
  dictionaryCaption: (table: string) => `Columns of ${table}`,
  colColumn: "Column",
  colType: "Type",
  colNullable: "May be empty",
  colMeaning: "Meaning",
  figuresHeading: "Figures on the pages, and the CSV downloads",
  figuresIntro:
    "Every table and chart on the site has a CSV download. The CSV holds the values themselves, not the way the page writes them: money in yuan (the pages say RMB 6.0 million), headcounts and factories as whole numbers, shares as fractions (1 means 100%), at most 4 decimals; dates as 2020-12-31 and months as 2020-12; the unit is in brackets in the header.",
  figuresCaption: "Figures shown on the pages",
  colFigure: "Figure",
  colFigureName: "Name",
  colUnit: "Unit",
  colTargetable: "Can be a target",
  colRanked: "Used in the ranking",
  yes: "yes",
  no: "no",
  meanings: enMeanings,
  consoleHeading: "SQL console",
  consoleIntro:
    "Query the five tables above (reports, factories, towns, targets, flags) with DuckDB in your browser; the data never leaves your machine.",
  consoleNoScript:
    "The SQL console needs JavaScript; you can also download the files above and analyse them yourself.",
  sqlLabel: "SQL (Ctrl+Enter or ⌘+Enter runs it)",
  examplesLabel: "Example queries",
  examples: [
    {
      label: "Reporting factories per town (as the site counts community factories)",
      sql: REPORTING_FACTORIES_SQL,
    },
    {
      label: "Jobs by industry, latest period",
      sql: "SELECT f.industry, sum(r.employees) AS employees\nFROM reports r JOIN factories f USING (factory_id)\nWHERE r.period_end = (SELECT max(period_end) FROM reports)\nGROUP BY f.industry\nORDER BY employees DESC;",
    },
    {
      label: "Output per county and year",
      sql: "SELECT county_id, year(period_end) AS year, sum(output_value_yuan) AS output_yuan\nFROM reports\nGROUP BY ALL\nORDER BY ALL;",
    },
    {
      label: "County targets",
      sql: "SELECT county_id, metric, value, deadline, document_number, clause\nFROM targets\nWHERE scope = 'county'\nORDER BY county_id, deadline;",
    },
  ],
  run: "Run",
  downloadCsv: "Download the result (CSV)",
  consoleLoading: "Loading the query engine and the data…",
  consoleReady: "The query engine is ready.",
  consoleRunning: "Running…",
  resultSummary: (rows: string, ms: string) => `${rows} rows in ${ms} ms.`,
  resultTruncated: (shown: string) =>
    `The table shows the first ${shown} rows; the CSV download has them all.`,
  resultCaption: "Query result",
  queryError: "The query failed: ",
  emptySql: "Type a SQL statement first.",
  engineError: (why: string) => `The query engine could not start: ${why}`,
  consoleRefused:
    "This console reads only the site's five published tables (reports, factories, towns, targets, flags): it cannot read URLs or files, write files, install extensions or change these settings.",
  consoleNoWasm:
    "This browser has no WebAssembly, so SQL queries cannot run on this page; you can download the files above and analyse them yourself.",
  exploreNoWasm:
    "This browser has no WebAssembly, so this page cannot recompute for another month, county, town or industry; the figures and charts below are as published. A current Chrome, Edge or Firefox (or 360's high-speed mode) can.",
};

const DICTIONARIES: Record<Lang, ExploreStrings> = { "zh-CN": zh, en };

/** The exploration UI's strings (overview controls, data page, SQL console) for a language. */
export function exploreStrings(lang: Lang): ExploreStrings {
  return DICTIONARIES[lang];
}
