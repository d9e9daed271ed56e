import { pressStrings } from "../../i18n/press-strings";
import type { Lang } from "../../i18n/strings";
import { formatValue } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import { formatCount } from "../format/format-count";
import { formatShare } from "../format/format-share";
import { isTargetMetric, METRIC_UNIT } from "../metrics/metric-lists";
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

/** The sentence for a county target at its as-of date, e.g. "截至2020年12月31日，平利县共有社区工厂95家，…". */
export function headlineSentence(
  county: County,
  target: TargetResult,
  lang: Lang,
  /** The synthetic-data notice, copied along so sample figures are never pasted as facts; or null. */
  notice: string | null,
): HeadlineSentence {
  // Only a metric a county target can name gets here (the reference schema allows no other); a figure
  // that is not one has no sentence written for it, which must show, not leave a gap in the press kit.
  if (!isTargetMetric(target.metric))
    throw new Error(
      `target ${target.target_id}: metric "${target.metric}" has no press sentence / 指标“${target.metric}”不能作为县目标，没有新闻稿句式`,
    );
  const metric = target.metric;
  const t = pressStrings(lang);
  const zh = lang === "zh-CN";
  // The English sentences name a count's unit themselves ("had 95 community factories"); money carries
  // its own ("RMB 6.0 million").
  const figure = (n: number) =>
    zh || METRIC_UNIT[metric] === "yuan" ? formatValue(n, metric, lang) : formatCount(n, lang);
  const deadlinePassed = target.value_at_deadline !== null && target.deadline < target.as_of;
  const sentence = (value: string) =>
    t.headline({
      asOf: t.longDate(target.as_of),
      county: zh ? county.name : county.name_en,
      metric,
      value,
      target: formatValue(target.target, metric, lang),
      deadline: t.longDate(target.deadline),
      share: formatShare(target.share_of_target, lang),
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
