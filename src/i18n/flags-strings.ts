import type { Flag, Severity } from "../lib/flags/flags-schema";
import type { Lang } from "../lib/i18n/lang";

/** UI strings of the follow-up flags (督查) on the data-quality, town, factory, brief and methodology pages. */
const zh = {
  followUpHeading: "督查清单",
  followUpIntro: (count: string) =>
    `以下 ${count} 条提示指出需要再看一眼的报表：它们不是结论，也不改动任何数字，请核实后再用于排名或发布。每条提示的判断规则见“方法”页。`,
  followUpCaption: "督查清单：需要核实的报表",
  townFollowUpHeading: "督查提示",
  townFollowUpIntro: (town: string, count: string) =>
    count === "0" ? `${town}目前没有需要核实的报表。` : `${town}有 ${count} 条督查提示，请核实。`,
  townFollowUpCaption: (town: string) => `${town}的督查提示`,
  factoryFlagsCol: "督查提示",
  factoryFlagsSummary: (count: string) =>
    `本厂报表有 ${count} 条督查提示（请核实），列在所涉报表的同一行。`,
  briefFlags: (count: string) => `督查提示 ${count} 条（请核实）`,
  methodLink: "判断规则",
  all: "全部",
  filterCounty: "县",
  filterTown: "镇",
  filterSeverity: "程度",
  shown: "显示 {shown} / {total} 条",
  none: "没有符合条件的提示。",
  col: {
    town: "镇",
    factory: "工厂",
    period: "报告期",
    severity: "程度",
    flag: "提示",
    explanation: "说明",
  },
  severity: { INFO: "提示", WARNING: "注意", SEVERE: "请核实" } satisfies Record<Severity, string>,
  flag: {
    outlier_employees: "吸纳就业人数变化异常",
    outlier_output: "产值变化异常",
    stale_figures: "数字连续未变",
    sudden_drop: "吸纳就业骤降",
    output_without_wages: "有产值无工资",
    wages_without_output: "有工资无产值",
    wages_per_worker: "人均工资超出常见范围",
    certified_below_workers: "少于认定人数",
    certified_below_months: "少于认定生产月数",
  } satisfies Record<Flag, string>,
  methodologyHeading: "督查提示",
  methodologyIntro:
    "督查提示只指出需要再看一眼的报表（请核实），不是结论，也不改动任何数字。程度分三级：提示、注意、请核实。每条规则的界限取自本站参考数据，出处如下。",
  source: "出处：",
};

type FlagsStrings = typeof zh;

const en: FlagsStrings = {
  followUpHeading: "Follow-up list",
  followUpIntro: (count: string) =>
    `These ${count} flags point to reports worth a second look: they are not findings and change no figure; please verify before ranking or publishing. The rule behind each flag is on the Methodology page.`,
  followUpCaption: "Follow-up list: reports to verify",
  townFollowUpHeading: "Follow-up flags",
  townFollowUpIntro: (town: string, count: string) =>
    count === "0"
      ? `${town} has no report to verify at present.`
      : `${town} has ${count} follow-up ${count === "1" ? "flag" : "flags"}: please verify.`,
  townFollowUpCaption: (town: string) => `Follow-up flags of ${town}`,
  factoryFlagsCol: "Follow-up",
  factoryFlagsSummary: (count: string) =>
    `This factory's reports carry ${count} follow-up ${count === "1" ? "flag" : "flags"} (please verify), shown on the row of the report concerned.`,
  briefFlags: (count: string) => `Follow-up flags: ${count} (please verify)`,
  methodLink: "the rules",
  all: "All",
  filterCounty: "County",
  filterTown: "Town",
  filterSeverity: "Severity",
  shown: "Showing {shown} of {total}",
  none: "No flag matches.",
  col: {
    town: "Town",
    factory: "Factory",
    period: "Report",
    severity: "Severity",
    flag: "Flag",
    explanation: "Explanation",
  },
  severity: { INFO: "INFO", WARNING: "WARNING", SEVERE: "SEVERE" },
  flag: {
    outlier_employees: "Unusual change in jobs",
    outlier_output: "Unusual change in output",
    stale_figures: "Figures unchanged",
    sudden_drop: "Sudden drop in jobs",
    output_without_wages: "Output without wages",
    wages_without_output: "Wages without output",
    wages_per_worker: "Wages per worker out of range",
    certified_below_workers: "Below the certification's workers",
    certified_below_months: "Below the certification's months",
  },
  methodologyHeading: "Follow-up flags",
  methodologyIntro:
    "A follow-up flag points to a report worth a second look (please verify); it is not a finding and changes no figure. Severities: INFO, WARNING, SEVERE. Each rule's limits come from the site's reference data; sources below.",
  source: "Source: ",
};

const DICTIONARIES: Record<Lang, FlagsStrings> = { "zh-CN": zh, en };

export function flagsStrings(lang: Lang): FlagsStrings {
  return DICTIONARIES[lang];
}
