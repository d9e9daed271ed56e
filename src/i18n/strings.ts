/** The site's languages: Chinese first, English second. */
export const LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  siteTitle: "社区工厂就业扶贫进展看板",
  siteSubtitle: "汉阴县、平利县社区工厂建设目标完成情况",
  skipToContent: "跳到正文",
  switchLanguage: "English",
  switchLanguageLabel: "切换到英文版",
  metric: {
    factories: "社区工厂数",
    certified: "已认定工厂数",
    leading: "龙头企业数",
    jobs: "吸纳就业人数",
    poor_workers: "贫困劳动力就业人数",
    relocated_workers: "搬迁群众就业人数",
    output_12m: "近12个月产值",
    wages_12m: "近12个月工资总额",
  },
  unit: { factories: "家", people: "人", yuan: "元" },
  syntheticNotice:
    "注意：本站当前显示的镇级报表为程序生成的示例数据（合成数据），并非真实统计，仅用于演示。",
  footerSource: "目标出处：汉人社发〔2017〕132号；平办发〔2017〕31号。",
  overviewHeading: "总览",
  colon: "：",
  overviewIntro: (asOf: string) =>
    `两县社区工厂对照政策文件目标的完成情况，数据截至 ${asOf}。每个数字均注明截至日期和出处。`,
  dataAsOf: (asOf: string) => `数据截至 ${asOf}`,
  countyOverviewHeading: (county: string, document: string) => `${county}（${document}）`,
  countyTargetsHeading: "县级目标",
  asOf: (date: string) => `截至 ${date}`,
  targetIs: (target: string, deadline: string) => `目标 ${target}，期限 ${deadline}`,
  shareOfTarget: (share: string) => `完成目标的 ${share}`,
  pathStatusLabel: "路径状态",
  paceStatusLabel: "进度评估",
  projectionLabel: "趋势预测",
  sourceLabel: "依据",
  noteLabel: "说明",
  valueAtDeadline: (value: string, deadline: string) => `期限 ${deadline} 当日为 ${value}`,
  missedPlainly: (target: string, deadline: string, atDeadline: string) =>
    `未完成：期限 ${deadline} 当日为 ${atDeadline}，未达到目标 ${target}。`,
  reachesOn: (month: string) => `按近12个月趋势，预计 ${month} 达到目标`,
  reachedAlready: "已达到目标",
  notAtThisPace: "按此速度无法达到目标",
  paceStatus: {
    achieved: { glyph: "✓", label: "已完成" },
    on_track: { glyph: "↑", label: "进度正常" },
    acceleration_needed: { glyph: "↗", label: "需加快" },
    limited_progress: { glyph: "→", label: "进展有限" },
    deterioration: { glyph: "↓", label: "倒退" },
    insufficient_data: { glyph: "?", label: "数据不足" },
  },
  progressChartTitle: (county: string, metric: string) => `${county}${metric}进展`,
  progressChartDescription: (
    asOf: string,
    value: string,
    target: string,
    status: string,
    withTrend: boolean,
  ) =>
    `截至 ${asOf} 为 ${value}，目标 ${target}，${status}；图中为每月末实际值、目标路径${withTrend ? "和近12个月趋势" : ""}。`,
  showTable: "查看图表数据（表格）",
  tableCaption: (title: string) => `${title}（数据表）`,
  townMapHeading: "各镇分布示意",
  townMapTitle: (county: string) => `${county}各镇社区工厂用工示意图`,
  townMapDescription: (county: string, towns: number) =>
    `${county} ${towns} 个镇的用工人数（圆的面积）和进度状态（颜色和符号），位置为示意。`,
  approximateNote: "镇的位置为镇政府驻地的大致坐标（约 ±0.1°），仅为示意，并非精确地图。",
  townStatusBasis: {
    jobs_task: "颜色表示各镇用工任务（临时平均分配）的完成状态。",
    yearly_rule: "颜色表示各镇最近一年“每年新建不少于2个社区工厂”的完成状态。",
    none: "各镇没有任务，不显示状态。",
  },
  notReporting: "近三个月未报送的工厂：",
  notReportingCount: (n: string) => `${n} 家`,
  sentenceGap: "",
};

export type Strings = typeof zh;

const en: Strings = {
  siteTitle: "Community Factory Progress Dashboard",
  siteSubtitle: "Progress of Hanyin and Pingli counties against their community factory targets",
  skipToContent: "Skip to content",
  switchLanguage: "中文",
  switchLanguageLabel: "切换到中文版 (switch to Chinese)",
  metric: {
    factories: "Community factories",
    certified: "Certified factories",
    leading: "Leading enterprises",
    jobs: "Jobs",
    poor_workers: "Poor laborers employed",
    relocated_workers: "Relocated residents employed",
    output_12m: "Output, last 12 months",
    wages_12m: "Wages paid, last 12 months",
  },
  unit: { factories: "factories", people: "people", yuan: "yuan" },
  syntheticNotice:
    "Note: the township reports shown here are generated sample data (synthetic), not real statistics, for demonstration only.",
  footerSource: "Targets from 汉人社发〔2017〕132号 (Hanyin) and 平办发〔2017〕31号 (Pingli).",
  overviewHeading: "Overview",
  colon: ": ",
  overviewIntro: (asOf: string) =>
    `How the two counties' community factories stand against the targets of their policy documents, with data as of ${asOf}. Every figure gives its as-of date and source.`,
  dataAsOf: (asOf: string) => `Data as of ${asOf}`,
  countyOverviewHeading: (county: string, document: string) => `${county} (${document})`,
  countyTargetsHeading: "County targets",
  asOf: (date: string) => `As of ${date}`,
  targetIs: (target: string, deadline: string) => `Target ${target} by ${deadline}`,
  shareOfTarget: (share: string) => `${share} of the target`,
  pathStatusLabel: "Path status",
  paceStatusLabel: "Pace",
  projectionLabel: "Projection",
  sourceLabel: "Source",
  noteLabel: "Note",
  valueAtDeadline: (value: string, deadline: string) => `${value} at the deadline, ${deadline}`,
  missedPlainly: (target: string, deadline: string, atDeadline: string) =>
    `Missed: ${atDeadline} at the deadline, ${deadline}, short of the target of ${target}.`,
  reachesOn: (month: string) =>
    `At the trend of the last 12 months, the target is reached in ${month}`,
  reachedAlready: "Target reached",
  notAtThisPace: "Not reached at this pace",
  paceStatus: {
    achieved: { glyph: "✓", label: "achieved" },
    on_track: { glyph: "↑", label: "on track" },
    acceleration_needed: { glyph: "↗", label: "acceleration needed" },
    limited_progress: { glyph: "→", label: "limited progress" },
    deterioration: { glyph: "↓", label: "deterioration" },
    insufficient_data: { glyph: "?", label: "insufficient data" },
  },
  progressChartTitle: (county: string, metric: string) => `${county}: ${metric}, progress`,
  progressChartDescription: (
    asOf: string,
    value: string,
    target: string,
    status: string,
    withTrend: boolean,
  ) =>
    `${value} as of ${asOf} against a target of ${target}, ${status}; the chart shows month-end values${withTrend ? ", the target path and the trend of the last 12 months" : " and the target path"}.`,
  showTable: "Show the chart's data as a table",
  tableCaption: (title: string) => `${title} (data table)`,
  townMapHeading: "Towns at a glance",
  townMapTitle: (county: string) => `${county}: jobs in community factories by town (schematic)`,
  townMapDescription: (county: string, towns: number) =>
    `Jobs (circle area) and status (colour and symbol) of ${county}'s ${towns} towns, at approximate positions.`,
  approximateNote:
    "Towns are placed at the approximate coordinates of their seats (about ±0.1°): a schematic, not an accurate map.",
  townStatusBasis: {
    jobs_task: "Colour shows each town's progress on its jobs task (a provisional equal split).",
    yearly_rule:
      "Colour shows whether each town met the rule of at least 2 new factories in the latest year.",
    none: "Towns have no tasks, so no status is shown.",
  },
  notReporting: "Factories without a report in the last 3 months: ",
  notReportingCount: (n: string) => `${n} factories`,
  sentenceGap: " ",
};

const DICTIONARIES: Record<Lang, Strings> = { "zh-CN": zh, en };

/** The UI strings for a language. */
export function strings(lang: Lang): Strings {
  return DICTIONARIES[lang];
}

/** The URL of the same page in the other language (zh-CN at `/`, English under `/en/`). */
export function alternatePath(pathname: string, to: Lang): string {
  const bare = pathname.replace(/^\/en(\/|$)/, "/");
  return to === "en" ? `/en${bare === "/" ? "/" : bare}` : bare;
}
