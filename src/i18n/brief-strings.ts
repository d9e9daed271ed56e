import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/** Strings of the one-page brief (简报) per county, zh-CN and en with the same keys. */
const zh = {
  title: "简报",
  inParens: (text: string) => `（${text}）`,
  pageTitle: (county: string, asOf: string) =>
    `${county}社区工厂工作简报（截至${proseDate(asOf, "zh-CN")}）`,
  intro: (asOf: string) =>
    `每县一页 A4，供领导小组会议使用：目标结论、进度图、落后的镇、考核排名首尾、比上月和同比的变化、数据质量，数据截至${proseDate(asOf, "zh-CN")}。用浏览器打印即可得到每县一页。`,
  chartsHeading: "各目标进度",
  laggingHeading: "落后于任务的镇",
  laggingNone: "没有镇落后于任务。",
  laggingCaption: (county: string) => `${county}落后于任务的镇：最差的一项任务及差距`,
  col: {
    town: "镇",
    task: "任务",
    status: "结论",
    valueTarget: "当前值 / 任务",
    gap: "差距",
    rank: "名次",
    score: "总分",
    metric: "指标",
    now: "本月末",
    change: "比上月",
    yearChange: "同比",
  },
  moreLagging: (n: number) => `另有 ${n} 个镇落后，见“镇”页。`,
  rankingHeading: (year: number) => `${year} 年考核排名（首尾各三名）`,
  rankingCaption: (county: string, year: number) => `${county} ${year} 年考核排名前三和后三名`,
  top: "前三名",
  bottom: "后三名",
  changeHeading: "比上月和同比的变化",
  changeCaption: (county: string, asOf: string) =>
    `${county}各目标指标截至${proseDate(asOf, "zh-CN")}与上月末、上年同月末相比`,
  noPrevious: "无上月数据",
  noYearAgo: "—",
  changesLink: "本月变化详情",
  qualityHeading: "数据质量",
  quality: (files: string, read: string, accepted: string, rejected: string, late: string) =>
    `收到报表 ${files} 份，读取 ${read} 行，采用 ${accepted} 行，拒收 ${rejected} 行；迟报或缺报 ${late} 期。`,
  source: (documents: string, asOf: string) =>
    `来源：各镇上报的社区工厂月报、季报；目标依据 ${documents}。数据截至${proseDate(asOf, "zh-CN")}。排名评分为本站假设，并非官方考核办法。`,
  detailLink: "网页版详情",
  printHint: "打印本页（每县一页 A4）",
};

type BriefStrings = typeof zh;

const en: BriefStrings = {
  title: "Brief",
  inParens: (text: string) => ` (${text})`,
  pageTitle: (county: string, asOf: string) =>
    `${county} community factories: brief (as of ${proseDate(asOf, "en")})`,
  intro: (asOf: string) =>
    `One A4 page per county for the leadership group's meeting: the verdict on each target, progress charts, the towns behind, the ranking's top and bottom, the change on the month and on the year, and data quality, data as of ${proseDate(asOf, "en")}. Print from the browser for one page per county.`,
  chartsHeading: "Progress on each target",
  laggingHeading: "Towns behind their tasks",
  laggingNone: "No town is behind its tasks.",
  laggingCaption: (county: string) =>
    `${county}: towns behind their tasks, the worst task and its gap`,
  col: {
    town: "Town",
    task: "Task",
    status: "Verdict",
    valueTarget: "Value / task",
    gap: "Gap",
    rank: "Rank",
    score: "Score",
    metric: "Figure",
    now: "This month end",
    change: "Since last month",
    yearChange: "On the year",
  },
  moreLagging: (n: number) => `${n} more towns are behind; see the towns page.`,
  rankingHeading: (year: number) => `${year} assessment ranking (top and bottom three)`,
  rankingCaption: (county: string, year: number) =>
    `${county} ${year} assessment ranking: top and bottom three`,
  top: "Top three",
  bottom: "Bottom three",
  changeHeading: "Change on the month and on the year",
  changeCaption: (county: string, asOf: string) =>
    `${county}: each target's figure at ${asOf} against the month before`,
  noPrevious: "no data for the month before",
  noYearAgo: "—",
  changesLink: "What changed, in detail",
  qualityHeading: "Data quality",
  quality: (files: string, read: string, accepted: string, rejected: string, late: string) =>
    `${files} report files, ${read} rows read, ${accepted} accepted, ${rejected} rejected; ${late} periods late or missing.`,
  source: (documents: string, asOf: string) =>
    `Source: the towns' monthly and quarterly community-factory reports; targets from ${documents}. Data as of ${proseDate(asOf, "en")}. The ranking's scoring is this site's assumption, not an official assessment.`,
  detailLink: "Details on the website",
  printHint: "Print this page (one A4 page per county)",
};

const BRIEF_STRINGS: Record<Lang, BriefStrings> = { "zh-CN": zh, en };
export const briefStrings = (lang: Lang): BriefStrings => BRIEF_STRINGS[lang];
