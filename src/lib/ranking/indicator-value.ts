import { type Lang, NUMBER_LOCALE } from "../i18n/lang";
import { formatNumber } from "../format/format-number";
import type { ScoringIndicator } from "../reference/scoring-schema";

/** How an indicator's raw value reads: a count, an amount in yuan, or a share (reporting completeness). */
const KIND: Record<ScoringIndicator, "count" | "yuan" | "share"> = {
  new_factories: "count",
  factories: "count",
  jobs: "count",
  poor_workers: "count",
  relocated_workers: "count",
  output_12m: "yuan",
  wages_12m: "yuan",
  reporting_completeness: "share",
};

const YUAN: Record<Lang, string> = { "zh-CN": "元", en: " yuan" };

/**
 * An indicator's raw value as the ranking table prints it: `2`, `1,234`, `1.2亿元` / `120 million yuan`,
 * `92%`. Null (no value) prints as a dash.
 */
export function indicatorValueText(
  indicator: ScoringIndicator,
  value: number | null,
  lang: Lang,
): string {
  if (value === null) return "–";
  switch (KIND[indicator]) {
    case "share":
      return `${Math.round(value * 100)}%`;
    case "yuan":
      return `${formatNumber(Math.round(value), lang)}${YUAN[lang]}`;
    case "count":
      return formatNumber(Math.round(value), lang);
  }
}

/** A task, which can be fractional (a provisional share of a county target): one decimal at most. */
export function taskText(task: number, lang: Lang): string {
  const rounded = Number(task.toFixed(1));
  return rounded.toLocaleString(NUMBER_LOCALE[lang]);
}
