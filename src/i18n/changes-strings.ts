import { proseDate, proseMonth } from "../lib/format/format-date";
import type { Lang } from "../lib/i18n/lang";
import { ACTIVE_MONTHS } from "../lib/sql/current-reports";
import { enCount } from "../lib/site/count-words";

// Dates and months by the one date formatter (docs/words-and-numbers.md).
const zhMonth = (iso: string) => proseMonth(iso, "zh-CN");
const enMonth = (iso: string) => proseMonth(iso, "en");
const zhDate = (iso: string) => proseDate(iso, "zh-CN");
const enDate = (iso: string) => proseDate(iso, "en");

/** Strings of the changes page (本月变化 · What changed), zh-CN and en with the same keys. */
const zh = {
  nav: "本月变化",
  heading: "本月变化",
  intro: (month: string) =>
    `${zhMonth(month)}与上月、与上年同月相比：各项指标的变化，新报、停报和复报的工厂，吸纳就业增减最多的工厂，以及任务状态有变化的镇。`,
  terms: `在报：近${ACTIVE_MONTHS}个月内有报表；停报：上月末在报、本月末已不在报；复报：中断报送后重新在报；新报：第一次报送。“—”表示上月或上年同月没有数据，或基数为0，无法计算比例。`,
  month: zhMonth,
  dated: (label: string) => ({ before: `${label}（`, after: "）" }),
  countyHeading: (county: string, month: string) => `${county} · ${zhMonth(month)}`,
  townInCounty: (town: string, county: string) => `${county}${town}`,
  figuresHeading: "各项指标的变化",
  figuresCaption: (place: string, asOf: string) =>
    `${place}截至${zhDate(asOf)}各项指标与上月、上年同月比较`,
  col: {
    metric: "指标",
    now: "本月末",
    previous: "上月末",
    change: "比上月",
    changePct: "比上月（%）",
    yearAgo: "上年同月末",
    yearChange: "同比",
    yearChangePct: "同比（%）",
    factory: "工厂",
    town: "镇",
    event: "变化",
    lastReport: "最近一期报表期末",
    jobs: "吸纳就业人数（人）",
    jobsBefore: "上月末吸纳就业（人）",
    jobsNow: "本月末吸纳就业（人）",
    jobsChange: "变化（人）",
    statusBefore: "上月末状态",
    statusNow: "本月末状态",
  },
  event: { new: "新报", stopped: "停报", back: "复报" },
  eventsHeading: "新报、停报和复报的工厂",
  eventsCaption: (place: string, month: string) =>
    `${place}${zhMonth(month)}新报、停报和复报的工厂`,
  eventsNone: "本月没有新报、停报或复报的工厂。",
  moversHeading: "吸纳就业增减最多的工厂",
  moversNote: "只比较上月末和本月末都在报的工厂；新报、停报和复报的工厂见上表。",
  moversUpCaption: (place: string) => `${place}吸纳就业增加最多的工厂`,
  moversDownCaption: (place: string) => `${place}吸纳就业减少最多的工厂`,
  moversNone: "在报工厂的吸纳就业人数与上月相同。",
  statusHeading: "任务状态有变化的镇",
  statusCaption: (place: string, month: string) =>
    `${place}${zhMonth(month)}任务状态有变化的镇（各项任务中最差的一项）`,
  statusNone: "没有镇的任务状态发生变化。",
  statusNoBase: "上月没有数据，无法比较任务状态。",
  noStatus: "无任务",
  townsHeading: "各镇",
  townSummary: (town: string) => town,
  sentenceLabel: "可引用的句子",
  copy: "复制",
  copyLabel: (what: string) => `复制：${what}`,
  copied: "已复制",
  copyFailed: "无法复制，请手动选择文字复制",
  sources: (documents: string, asOf: string) =>
    `来源：${documents}；各镇社区工厂月报、季报汇总；数据截至${zhDate(asOf)}。`,
  /** 截至2020年12月底，汉阴县社区工厂吸纳就业1,302人，比上月增加12人，同比增长8.1%。 */
  jobsSentence: (p: {
    asOf: string;
    place: string;
    jobs: string;
    delta: { n: string; up: boolean | null } | null;
    yearPct: { pct: string; up: boolean | null } | null;
  }) => {
    const month = p.delta
      ? p.delta.up === null
        ? "，与上月持平"
        : `，比上月${p.delta.up ? "增加" : "减少"}${p.delta.n}人`
      : "";
    const year = p.yearPct
      ? p.yearPct.up === null
        ? "，与上年同期持平"
        : `，同比${p.yearPct.up ? "增长" : "下降"}${p.yearPct.pct}`
      : "";
    return `截至${zhMonth(p.asOf)}底，${p.place}社区工厂吸纳就业${p.jobs}人${month}${year}。`;
  },
  eventsSentence: (
    month: string,
    place: string,
    n: { new: string; stopped: string; back: string },
  ) => `${zhMonth(month)}，${place}新报社区工厂${n.new}家，停报${n.stopped}家，复报${n.back}家。`,
  moversSentence: (
    month: string,
    place: string,
    up: { name: string; n: string } | null,
    down: { name: string; n: string } | null,
  ) =>
    `${zhMonth(month)}，${place}在报社区工厂中，${up ? `吸纳就业增加最多的是${up.name}（增加${up.n}人）` : "没有工厂吸纳就业增加"}，${down ? `减少最多的是${down.name}（减少${down.n}人）` : "没有工厂吸纳就业减少"}。`,
  statusSentence: (month: string, place: string, n: string, better: string, worse: string) =>
    `${zhMonth(month)}，${place}有${n}个镇的任务状态发生变化，其中${better}个好转、${worse}个变差。`,
  statusSentenceNone: (month: string, place: string) =>
    `${zhMonth(month)}，${place}各镇的任务状态与上月相同。`,
  townsLink: "镇的详情",
  controlsIntro: "选择截至月份、县、镇或行业，重新计算与上月、上年同月的比较；选择镇时只显示该镇。",
  countyControlsIntro:
    "选择截至月份、本县的镇或行业，重新计算与上月、上年同月的比较；选择镇时只显示该镇。",
  industryNote: "按行业筛选时，数字、工厂名单和任务状态只计所选行业的工厂（分析用）。",
};

type ChangesStrings = typeof zh;

const en: ChangesStrings = {
  nav: "What changed",
  heading: "What changed",
  intro: (month: string) =>
    `${enMonth(month)} against the month before and the same month a year earlier: the change in each figure, factories new, stopped and back, the factories whose jobs rose or fell most, and the towns whose status changed.`,
  terms: `Reporting: a report in the last ${enCount(ACTIVE_MONTHS)} months; stopped reporting: reporting at the end of last month, not at the end of this month; back after a gap: reporting again after a break; new: a first report. “—” means there is no data for that month, or the base is 0 so no ratio can be given.`,
  month: enMonth,
  dated: (label: string) => ({ before: `${label} (`, after: ")" }),
  countyHeading: (county: string, month: string) => `${county} · ${enMonth(month)}`,
  townInCounty: (town: string, county: string) => `${town} (${county})`,
  figuresHeading: "Change in each figure",
  figuresCaption: (place: string, asOf: string) =>
    `${place}: each figure at ${enDate(asOf)} against the month before and a year earlier`,
  col: {
    metric: "Figure",
    now: "This month end",
    previous: "Last month end",
    change: "Change on month",
    changePct: "Change on month (%)",
    yearAgo: "A year earlier",
    yearChange: "Change on year",
    yearChangePct: "Change on year (%)",
    factory: "Factory",
    town: "Town",
    event: "Change",
    lastReport: "Latest report's period end",
    jobs: "Jobs (people)",
    jobsBefore: "Jobs last month end (people)",
    jobsNow: "Jobs this month end (people)",
    jobsChange: "Change (people)",
    statusBefore: "Status last month end",
    statusNow: "Status this month end",
  },
  event: { new: "New", stopped: "Stopped reporting", back: "Back after a gap" },
  eventsHeading: "Factories new, stopped and back",
  eventsCaption: (place: string, month: string) =>
    `${place}: factories new, stopped reporting and back after a gap in ${enMonth(month)}`,
  eventsNone: "No factory is new, stopped reporting or came back this month.",
  moversHeading: "Biggest changes in jobs",
  moversNote:
    "Only factories reporting at both month ends are compared; new, stopped and returning factories are in the table above.",
  moversUpCaption: (place: string) => `${place}: factories whose jobs rose most`,
  moversDownCaption: (place: string) => `${place}: factories whose jobs fell most`,
  moversNone: "Reporting factories have the same jobs as a month earlier.",
  statusHeading: "Towns whose status changed",
  statusCaption: (place: string, month: string) =>
    `${place}: towns whose status (their worst task) changed in ${enMonth(month)}`,
  statusNone: "No town's status changed.",
  statusNoBase: "No data for the month before: statuses cannot be compared.",
  noStatus: "no task",
  townsHeading: "Towns",
  townSummary: (town: string) => town,
  sentenceLabel: "Ready to quote",
  copy: "Copy",
  copyLabel: (what: string) => `Copy: ${what}`,
  copied: "Copied",
  copyFailed: "Could not copy; select the text and copy it by hand",
  sources: (documents: string, asOf: string) =>
    `Source: ${documents}; township community factory reports; data as of ${enDate(asOf)}.`,
  jobsSentence: (p) => {
    const month = p.delta
      ? p.delta.up === null
        ? ", the same as a month earlier"
        : `, ${p.delta.n} ${p.delta.up ? "more" : "fewer"} than a month earlier`
      : "";
    const year = p.yearPct
      ? p.yearPct.up === null
        ? ", unchanged on a year earlier"
        : `, ${p.yearPct.up ? "up" : "down"} ${p.yearPct.pct} on a year earlier`
      : "";
    return `As of the end of ${enMonth(p.asOf)}, community factories in ${p.place} employed ${p.jobs} people${month}${year}.`;
  },
  eventsSentence: (month, place, n) =>
    `In ${enMonth(month)}, in ${place}, ${n.new} community ${n.new === "1" ? "factory" : "factories"} reported for the first time, ${n.stopped} stopped reporting and ${n.back} came back after a gap.`,
  moversSentence: (month, place, up, down) =>
    `In ${enMonth(month)}, among reporting community factories in ${place}, ${up ? `jobs rose most at ${up.name} (${up.n} more)` : "no factory added jobs"} and ${down ? `fell most at ${down.name} (${down.n} fewer)` : "none lost jobs"}.`,
  statusSentence: (month, place, n, better, worse) =>
    `In ${enMonth(month)}, the status of ${n} ${n === "1" ? "town" : "towns"} in ${place} changed: ${better} improved, ${worse} worsened.`,
  statusSentenceNone: (month, place) =>
    `In ${enMonth(month)}, every town in ${place} kept last month's status.`,
  townsLink: "Town details",
  controlsIntro:
    "Choose the as-of month, county, town or industries to recompute the comparison with the month before and a year earlier; a chosen town is shown alone.",
  countyControlsIntro:
    "Choose the as-of month, one of this county's towns or industries to recompute the comparison with the month before and a year earlier; a chosen town is shown alone.",
  industryNote:
    "With industries chosen, the figures, factory lists and statuses count only those industries' factories (for analysis).",
};

const DICTIONARIES: Record<Lang, ChangesStrings> = { "zh-CN": zh, en };

export function changesStrings(lang: Lang): ChangesStrings {
  return DICTIONARIES[lang];
}
