import { pressStrings } from "../../i18n/press-strings";
import { type Lang, NUMBER_LOCALE, pickName } from "../i18n/lang";
import { formatValue } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import { formatNumber } from "../format/format-number";
import type { County, Metric } from "../reference/schema";

/** A county target as one ready-to-quote sentence, split around its figure so the page can mark it up. */
export interface HeadlineSentence {
  metric: Metric;
  /** The whole sentence, as copied. */
  text: string;
  before: string;
  /** The figure as the sentence writes it. */
  value: string;
  after: string;
  /** Document number and clause. */
  source: string;
  /** What the copy button puts on the clipboard: the sentence, its source line, and the notice if any. */
  copyText: string;
}

// Stands in for the figure while the sentence is written, then splits it; never part of any text.
const MARK = "\u0000";

const METRICS: ReadonlySet<string> = new Set<Metric>([
  "factories",
  "certified",
  "leading",
  "jobs",
  "poor_workers",
  "relocated_workers",
  "output_12m",
  "wages_12m",
]);
const isMetric = (m: string): m is Metric => METRICS.has(m);

/**
 * `88%`, `136.7%`: rounded to one decimal as the overview's target cards do, so both pages quote the same
 * share; a target short by a hair still reads 99.9%, never 100%.
 */
export function sharePercent(share: number, lang: Lang): string {
  const locale = NUMBER_LOCALE[lang];
  const percent = share < 1 ? Math.min(share * 100, 99.9) : share * 100;
  return `${percent.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}

/** The sentence for a county target at its as-of date, e.g. "截至2020年12月31日，平利县共有社区工厂95家，…". */
export function headlineSentence(
  county: County,
  target: TargetResult,
  lang: Lang,
  /** The synthetic-data notice, copied along so sample figures are never pasted as facts; or null. */
  notice: string | null,
): HeadlineSentence | null {
  if (!isMetric(target.metric)) return null;
  const metric = target.metric;
  const t = pressStrings(lang);
  const zh = lang === "zh-CN";
  // The English sentences name the unit themselves ("had 95 community factories").
  const figure = (n: number) =>
    zh ? formatValue(n, metric, lang) : formatNumber(Math.round(n), lang);
  const deadlinePassed = target.value_at_deadline !== null && target.deadline < target.as_of;
  const sentence = (value: string) =>
    t.headline({
      asOf: t.longDate(target.as_of),
      county: pickName(county, lang),
      metric,
      value,
      target: formatValue(target.target, metric, lang),
      deadline: t.longDate(target.deadline),
      share: sharePercent(target.share_of_target, lang),
      atDeadline:
        deadlinePassed && target.value_at_deadline !== null
          ? formatValue(target.value_at_deadline, metric, lang)
          : null,
    });
  const value = figure(target.value);
  const [before = "", after = ""] = sentence(MARK).split(MARK);
  const text = `${before}${value}${after}`;
  const source = t.sourceLine(target.document_number, target.clause);
  const copyText = [text, source, ...(notice === null ? [] : [notice])].join(t.lineBreak);
  return { metric, text, before, value, after, source, copyText };
}
