import { ACTIVE_MONTHS } from "../lib/sql/current-reports";
import { enCount, zhCount } from "../lib/site/count-words";
import type { HeadlineStage, HeadlineVerdict } from "../lib/press/headline-sentence";
import { formatValue } from "../lib/charts/metric-label";
import { formatCount } from "../lib/format/format-count";
import type { Metric } from "../lib/reference/schema";
import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** What a ready-to-quote sentence says, its figures already formatted (or a placeholder for one). */
export interface HeadlineParts {
  asOf: string;
  county: string;
  metric: Metric;
  value: string;
  /** The target as quoted: “30家以上”, "more than 30 factories". */
  goal: string;
  /** The deadline in prose: 2020年底, "the end of 2020". */
  deadline: string;
  share: string;
  stage: HeadlineStage;
  verdict: HeadlineVerdict;
  /** The figure on the deadline when D is past it; else null. */
  atDeadline: string | null;
  /** How far short of the target, when short; else null. */
  gap: string | null;
}

/** What a copied sentence's source line names. */
export interface SourceParts {
  document: string;
  clause: string;
  asOf: string;
}

// The terms of docs/words-and-numbers.md: 吸纳就业, 贫困劳动力, 易地搬迁劳动力; "jobs", "workers from poor households".
const zhSubject: Record<Metric, (county: string, value: string) => string> = {
  factories: (c, v) => `${c}共有社区工厂${v}`,
  certified: (c, v) => `${c}已认定社区工厂${v}`,
  leading: (c, v) => `${c}社区工厂中有龙头企业${v}`,
  jobs: (c, v) => `${c}社区工厂吸纳就业${v}`,
  poor_workers: (c, v) => `${c}社区工厂在岗贫困劳动力${v}`,
  relocated_workers: (c, v) => `${c}社区工厂吸纳易地搬迁劳动力就业${v}`,
  output_12m: (c, v) => `${c}社区工厂近12个月实现产值${v}`,
  wages_12m: (c, v) => `${c}社区工厂近12个月发放工资${v}`,
};

const enSubject: Record<Metric, (county: string, value: string) => string> = {
  factories: (c, v) => `${c} had ${v} community factories`,
  certified: (c, v) => `${c} had ${v} certified community factories`,
  leading: (c, v) => `${c} had ${v} leading enterprises among its community factories`,
  jobs: (c, v) => `${c}'s community factories provided ${v} jobs`,
  poor_workers: (c, v) =>
    `${c}'s community factories employed ${v} workers from poor households (current headcount)`,
  relocated_workers: (c, v) => `${c}'s community factories employed ${v} relocated workers`,
  output_12m: (c, v) =>
    `${c}'s community factories produced output of ${v} over the last 12 months`,
  wages_12m: (c, v) => `${c}'s community factories paid ${v} in wages over the last 12 months`,
};

/** The deadline as a press release says it: a year's last day is 2020年底 / "the end of 2020". */
const yearEnd = (iso: string): number | null =>
  iso.endsWith("-12-31") ? Number(iso.slice(0, 4)) : null;

/** What English counts: "30 factories", "1,000 jobs" (a jobs target counts jobs, not people). */
const EN_NOUN: Record<Metric, readonly [one: string, many: string]> = {
  factories: ["factory", "factories"],
  certified: ["certified factory", "certified factories"],
  leading: ["leading enterprise", "leading enterprises"],
  jobs: ["job", "jobs"],
  poor_workers: ["worker", "workers"],
  relocated_workers: ["worker", "workers"],
  output_12m: ["", ""],
  wages_12m: ["", ""],
};
const YUAN: ReadonlySet<Metric> = new Set<Metric>(["output_12m", "wages_12m"]);

const zhDone: Record<HeadlineVerdict, string> = { short: "", met: "完成", exceeded: "超额完成" };

function zhHeadline(p: HeadlineParts): string {
  const subject = zhSubject[p.metric](p.county, p.value);
  // A target worded “超…” comes here as met when beaten (headline-sentence.ts), never 超额完成“超1亿元”.
  const done = zhDone[p.verdict];
  const outcome =
    p.verdict === "short"
      ? `未完成“${p.goal}”的目标，差${p.gap ?? ""}`
      : `${done}“${p.goal}”的目标`;
  if (p.stage === "before")
    return p.verdict === "short"
      ? `截至${proseDate(p.asOf, "zh-CN")}，${subject}，完成${p.deadline}“${p.goal}”目标的${p.share}。`
      : `截至${proseDate(p.asOf, "zh-CN")}，${subject}，已提前${done}${p.deadline}“${p.goal}”的目标。`;
  if (p.stage === "at") return `截至${p.deadline}，${subject}，${outcome}。`;
  return `截至${proseDate(p.asOf, "zh-CN")}，${subject}；${p.deadline}目标期限时为${p.atDeadline ?? ""}，${outcome}。`;
}

function enHeadline(p: HeadlineParts): string {
  const subject = enSubject[p.metric](p.county, p.value);
  if (p.stage === "before")
    return p.verdict === "short"
      ? `As of ${proseDate(p.asOf, "en")}, ${subject}, ${p.share} of its target of ${p.goal} by ${p.deadline}.`
      : `As of ${proseDate(p.asOf, "en")}, ${subject}, already ${p.verdict === "met" ? "meeting" : "exceeding"} its target of ${p.goal} set for ${p.deadline}.`;
  if (p.stage === "at")
    return p.verdict === "short"
      ? `By ${p.deadline}, ${subject}: its target of ${p.goal} was not met, ${p.gap ?? ""} short.`
      : `By ${p.deadline}, ${subject}, ${p.verdict === "met" ? "meeting" : "exceeding"} its target of ${p.goal}.`;
  const outcome =
    p.verdict === "short"
      ? `the target of ${p.goal} was not met, ${p.gap ?? ""} short`
      : `the target of ${p.goal} was ${p.verdict === "met" ? "met" : "exceeded"}`;
  return `As of ${proseDate(p.asOf, "en")}, ${subject}. At the deadline, ${p.deadline}, the figure was ${p.atDeadline ?? ""}: ${outcome}.`;
}

const zh = {
  download: {
    png: "下载 PNG",
    svg: "下载 SVG",
    csv: "下载 CSV",
    pngLabel: (title: string) => `下载 PNG：${title}`,
    svgLabel: (title: string) => `下载 SVG：${title}`,
    csvLabel: (caption: string) => `下载 CSV：${caption}`,
    failed: "下载失败，请刷新页面后重试。",
  },
  /** The source line inside a downloaded chart. */
  chartSource: (documents: string) =>
    `来源：目标依据${documents}；完成情况为各镇（街道）社区工厂月报、季报汇总`,
  chartAsOf: (asOf: string) => `数据截至${proseDate(asOf, "zh-CN")}`,
  pressHeading: "新闻发布",
  pressDescription: "可直接引用的主要数字（注明截至日期和出处）、可下载的图表和典型社区工厂。",
  pressIntro: (asOf: string) =>
    `供新闻发布和宣传使用：每个数字一句话，注明截至日期（${asOf}）和出处，可一键复制；图表可下载为 PNG 或 SVG 图片，图片内含标题、来源和截至日期。`,
  usageHeading: "使用这些数字",
  usage: [
    (asOf: string) =>
      `所有数字均截至${proseDate(asOf, "zh-CN")}（最近一期报表的月末），引用时请写明截至日期。`,
    () =>
      `“社区工厂数”只计在报工厂，即近${zhCount(ACTIVE_MONTHS)}个月内有报表的工厂；人数为各厂最近一期报表的在岗人数；产值和工资为截至日前12个月的合计。`,
    () =>
      "引用时请注明来源：目标出自所列政策文件及条款，完成情况为各镇（街道）社区工厂月报、季报汇总。",
  ],
  syntheticUse: "本站当前数字由示例数据（合成数据）算出，不是真实统计，不得作为事实对外发布。",
  /** Whether a headline sentence names a count's unit itself (English: "had 95 community factories"). */
  sentenceNamesUnit: false,
  headlinesHeading: "主要数字",
  headlinesIntro:
    "每句话可直接引用；“复制”按钮会同时复制这句话和完整出处（政策文件及条款、镇级报表、截至日期），使用示例数据时还附带示例数据说明。",
  countyHeading: (county: string) => county,
  deadlineDate: (iso: string) => {
    const year = yearEnd(iso);
    return year === null ? proseDate(iso, "zh-CN") : `${year}年底`;
  },
  amount: (metric: Metric, value: number) => formatValue(value, metric, "zh-CN"),
  headline: zhHeadline,
  sourceLine: (s: SourceParts) =>
    `来源：目标依据${s.document}“${s.clause}”；完成情况为各镇（街道）社区工厂月报、季报汇总，数据截至${proseDate(s.asOf, "zh-CN")}。`,
  copy: "复制",
  copyLabel: (what: string) => `复制：${what}`,
  copied: "已复制",
  copyFailed: "无法复制，请手动选择文字复制",
  lineBreak: "\n",
  chartsHeading: "进展图表",
  chartsIntro:
    "每张图可下载为 PNG（适合演示文稿）或 SVG（适合排版印刷）；图片内含标题、来源和截至日期。",
  chartsCountyHeading: (county: string) => `${county}进展图表`,
  showcaseHeading: "典型社区工厂",
  showcaseIntro: (asOf: string) =>
    `各县截至${proseDate(asOf, "zh-CN")}的三家典型工厂，每家只出现一次：吸纳就业最多的工厂；其余工厂中吸纳贫困劳动力最多的；再其余工厂中就业增长最快的。只计在报工厂（截至日前${zhCount(ACTIVE_MONTHS)}个月内有报表），人数取各厂最近一期报表。`,
  growthDefinition: (yearAgo: string, asOf: string) =>
    `“就业增长最快”指吸纳就业人数增加最多：${asOf}最近一期报表的人数减去${yearAgo}最近一期报表的人数，只比较两个日期都在报的工厂。`,
  showcaseKind: {
    jobs: "吸纳就业最多",
    poor_workers: "吸纳贫困劳动力最多",
    growth: "就业增长最快",
  },
  showcaseCountyHeading: (county: string) => `${county}典型工厂`,
  factoryTown: "所在镇",
  factoryJobs: "吸纳就业人数",
  factoryPoor: "贫困劳动力",
  factoryGrowth: "近12个月就业增加",
  factoryReported: "最近报表期末",
  people: (n: string) => `${n}人`,
  growthValue: (added: string, from: string, to: string) => `${added}人（${from}人 → ${to}人）`,
  noGrowth: "近12个月没有工厂用工增加。",
};

export type PressStrings = typeof zh;

const en: PressStrings = {
  download: {
    png: "Download PNG",
    svg: "Download SVG",
    csv: "Download CSV",
    pngLabel: (title: string) => `Download PNG: ${title}`,
    svgLabel: (title: string) => `Download SVG: ${title}`,
    csvLabel: (caption: string) => `Download CSV: ${caption}`,
    failed: "The download failed: reload the page and try again.",
  },
  chartSource: (documents: string) =>
    `Source: targets from ${documents}; progress summed from the towns' monthly and quarterly community factory reports`,
  chartAsOf: (asOf: string) => `Data as of ${proseDate(asOf, "en")}`,
  pressHeading: "Press kit",
  pressDescription:
    "Ready-to-quote figures with as-of dates and sources, downloadable charts and showcase community factories.",
  pressIntro: (asOf: string) =>
    `For press releases and publicity: each figure in one sentence with its as-of date (${asOf}) and policy source, copied with one click; every chart downloads as a PNG or SVG image with its title, source and as-of date inside.`,
  usageHeading: "Using these figures",
  usage: [
    (asOf: string) =>
      `Every figure is as of ${proseDate(asOf, "en")} (the month end of the latest reports); please give the as-of date when quoting.`,
    () =>
      `Community factories count only reporting factories, those with a report in the last ${enCount(ACTIVE_MONTHS)} months; headcounts come from each factory's latest report; output and wages are totals over the 12 months to the as-of date.`,
    () =>
      "Please cite the source: targets come from the policy documents and clauses listed; progress is summed from the towns' monthly and quarterly community factory reports.",
  ],
  syntheticUse:
    "The figures on this site are now computed from generated sample data (synthetic), not real statistics: do not publish them as facts.",
  sentenceNamesUnit: true,
  headlinesHeading: "Headline figures",
  headlinesIntro:
    "Each sentence is ready to quote; the Copy button copies it with its full source (policy document and clause, township reports, as-of date) and, while the data are samples, the sample-data notice.",
  countyHeading: (county: string) => county,
  deadlineDate: (iso: string) => {
    const year = yearEnd(iso);
    return year === null ? proseDate(iso, "en") : `the end of ${year}`;
  },
  amount: (metric: Metric, value: number) => {
    if (YUAN.has(metric)) return formatValue(value, metric, "en");
    const rounded = Math.round(value);
    const [one, many] = EN_NOUN[metric];
    return `${formatCount(rounded, "en")} ${rounded === 1 ? one : many}`;
  },
  headline: enHeadline,
  sourceLine: (s: SourceParts) =>
    `Source: target from ${s.document}, clause “${s.clause}”; progress summed from the towns' monthly and quarterly community factory reports; data as of ${proseDate(s.asOf, "en")}.`,
  copy: "Copy",
  copyLabel: (what: string) => `Copy: ${what}`,
  copied: "Copied",
  copyFailed: "Could not copy: please select the text and copy it by hand",
  lineBreak: "\n",
  chartsHeading: "Progress charts",
  chartsIntro:
    "Every chart downloads as a PNG (for slides) or an SVG (for layout and print), with its title, source and as-of date inside the image.",
  chartsCountyHeading: (county: string) => `${county}: progress charts`,
  showcaseHeading: "Showcase community factories",
  showcaseIntro: (asOf: string) =>
    `Three showcase factories per county as of ${proseDate(asOf, "en")}, each shown once: the factory with the most jobs; of the others, the one employing the most workers from poor households; of the rest, the one whose jobs grew fastest. Only reporting factories count (a report in the ${enCount(ACTIVE_MONTHS)} months to that date); headcounts come from each factory's latest report.`,
  growthDefinition: (yearAgo: string, asOf: string) =>
    `"Fastest growth in jobs" means the most jobs added: the jobs in the factory's latest report on ${asOf} minus those in its latest report on ${yearAgo}, among factories reporting at both dates.`,
  showcaseKind: {
    jobs: "Most jobs",
    poor_workers: "Most workers from poor households",
    growth: "Fastest growth in jobs",
  },
  showcaseCountyHeading: (county: string) => `${county}: showcase factories`,
  factoryTown: "Town",
  factoryJobs: "Jobs",
  factoryPoor: "Workers from poor households",
  factoryGrowth: "Jobs added in 12 months",
  factoryReported: "Latest report ends",
  people: (n: string) => n,
  growthValue: (added: string, from: string, to: string) => `${added} (${from} → ${to})`,
  noGrowth: "No factory added jobs in the last 12 months.",
};

const DICTIONARIES: Record<Lang, PressStrings> = { "zh-CN": zh, en };

/** The press kit's and the download buttons' UI strings for a language. */
export function pressStrings(lang: Lang): PressStrings {
  return DICTIONARIES[lang];
}
