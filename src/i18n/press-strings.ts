import { proseDate } from "../lib/format/format-date";
import type { Metric } from "../lib/reference/schema";
import type { Lang } from "./strings";

/** What a ready-to-quote sentence says, its figure already formatted (or a placeholder for it). */
export interface HeadlineParts {
  asOf: string;
  county: string;
  metric: Metric;
  value: string;
  target: string;
  deadline: string;
  share: string;
  /** The figure on the deadline, once the deadline has passed; else null. */
  atDeadline: string | null;
}

const zhSubject: Record<Metric, (county: string, value: string) => string> = {
  factories: (c, v) => `${c}共有社区工厂${v}`,
  certified: (c, v) => `${c}已认定社区工厂${v}`,
  leading: (c, v) => `${c}社区工厂中有龙头企业${v}`,
  jobs: (c, v) => `${c}社区工厂吸纳就业${v}`,
  poor_workers: (c, v) => `${c}社区工厂在岗贫困劳动力${v}`,
  relocated_workers: (c, v) => `${c}社区工厂吸纳易地搬迁劳动力就业${v}`,
  output_12m: (c, v) => `${c}社区工厂近12个月产值${v}`,
  wages_12m: (c, v) => `${c}社区工厂近12个月发放工资${v}`,
};

const enSubject: Record<Metric, (county: string, value: string) => string> = {
  factories: (c, v) => `${c} had ${v} community factories`,
  certified: (c, v) => `${c} had ${v} certified community factories`,
  leading: (c, v) => `${c} had ${v} leading enterprises among its community factories`,
  jobs: (c, v) => `${c}'s community factories employed ${v} people`,
  poor_workers: (c, v) =>
    `${c}'s community factories employed ${v} workers from poor households (current headcount)`,
  relocated_workers: (c, v) => `${c}'s community factories employed ${v} relocated workers`,
  output_12m: (c, v) =>
    `${c}'s community factories produced output of ${v} over the last 12 months`,
  wages_12m: (c, v) => `${c}'s community factories paid ${v} in wages over the last 12 months`,
};

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
  chartSource: (documents: string) => `来源：目标依据${documents}；数据为各镇社区工厂报表汇总`,
  chartAsOf: (asOf: string) => `数据截至 ${asOf}`,
  pressHeading: "新闻发布",
  pressDescription: "可直接引用的主要数字（注明截至日期和出处）、可下载的图表和典型社区工厂。",
  pressIntro: (asOf: string) =>
    `供新闻发布和宣传使用：每个数字一句话，注明截至日期（${asOf}）和政策依据，可一键复制；图表可下载为 PNG 或 SVG 图片，图片内含标题、来源和截至日期。`,
  usageHeading: "使用这些数字",
  usage: [
    (asOf: string) => `所有数字均截至 ${asOf}（最近一期报表的月末），引用时请写明截至日期。`,
    () =>
      "“社区工厂数”只计近三个月内报送过报表的工厂；人数为各厂最近一期报表的在岗人数；产值和工资为截至日前12个月的合计。",
    () => "引用时请注明来源：目标出自所列政策文件及条款，完成情况为各镇社区工厂报表汇总。",
  ],
  syntheticUse: "本站当前数字由示例数据（合成数据）算出，不是真实统计，不得作为事实对外发布。",
  headlinesHeading: "主要数字",
  headlinesIntro: "每句话可直接引用；“复制”按钮会同时复制这句话和出处。",
  countyHeading: (county: string) => county,
  longDate: (iso: string) => proseDate(iso, "zh-CN"),
  headline: (p: HeadlineParts) =>
    `截至${p.asOf}，${zhSubject[p.metric](p.county, p.value)}，为${p.deadline}目标${p.target}的${p.share}${p.atDeadline === null ? "" : `；期限当日为${p.atDeadline}`}。`,
  sourceLine: (number: string, clause: string) => `来源：${number}，${clause}`,
  asOfLine: (asOf: string) => `截至 ${asOf}`,
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
    `各县截至 ${asOf} 的三家典型工厂。只计截至日前三个月内报送过报表的工厂，人数取各厂最近一期报表。`,
  growthDefinition: (yearAgo: string, asOf: string) =>
    `“增长最快”指用工人数增加最多：${asOf} 最近一期报表的用工人数减去 ${yearAgo} 最近一期报表的用工人数，只比较两个日期都在报送的工厂。`,
  showcaseKind: {
    jobs: "用工最多",
    poor_workers: "吸纳贫困劳动力最多",
    growth: "用工增长最快",
  },
  showcaseCountyHeading: (county: string) => `${county}典型工厂`,
  factoryTown: "所在镇",
  factoryJobs: "吸纳就业人数",
  factoryPoor: "贫困劳动力",
  factoryGrowth: "近12个月用工增加",
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
    `Source: targets from ${documents}; figures summed from the towns' community factory reports`,
  chartAsOf: (asOf: string) => `Data as of ${asOf}`,
  pressHeading: "Press kit",
  pressDescription:
    "Ready-to-quote figures with as-of dates and sources, downloadable charts and showcase community factories.",
  pressIntro: (asOf: string) =>
    `For press releases and publicity: each figure in one sentence with its as-of date (${asOf}) and policy source, copied with one click; every chart downloads as a PNG or SVG image with its title, source and as-of date inside.`,
  usageHeading: "Using these figures",
  usage: [
    (asOf: string) =>
      `Every figure is as of ${asOf} (the month end of the latest reports); please give the as-of date when quoting.`,
    () =>
      "Community factories count only factories that reported in the last three months; headcounts come from each factory's latest report; output and wages are totals over the 12 months to the as-of date.",
    () =>
      "Please cite the source: targets come from the policy documents and clauses listed; progress is summed from the towns' community factory reports.",
  ],
  syntheticUse:
    "The figures on this site are now computed from generated sample data (synthetic), not real statistics: do not publish them as facts.",
  headlinesHeading: "Headline figures",
  headlinesIntro:
    "Each sentence is ready to quote; the Copy button copies the sentence together with its source.",
  countyHeading: (county: string) => county,
  longDate: (iso: string) => proseDate(iso, "en"),
  headline: (p: HeadlineParts) =>
    `As of ${p.asOf}, ${enSubject[p.metric](p.county, p.value)}, ${p.share} of the target of ${p.target} set for ${p.deadline}${p.atDeadline === null ? "" : `; at the deadline the figure was ${p.atDeadline}`}.`,
  sourceLine: (number: string, clause: string) => `Source: ${number}, ${clause}`,
  asOfLine: (asOf: string) => `As of ${asOf}`,
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
    `Three showcase factories per county as of ${asOf}. Only factories that reported in the three months to that date count; headcounts come from each factory's latest report.`,
  growthDefinition: (yearAgo: string, asOf: string) =>
    `"Fastest growth" means the most jobs added: the headcount of the factory's latest report on ${asOf} minus that of its latest report on ${yearAgo}, among factories reporting at both dates.`,
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
