import { pressStrings } from "../../i18n/press-strings";
import { type Lang, pickName } from "../i18n/lang";
import { formatValue } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import { formatCount } from "../format/format-count";
import { proseDate } from "../format/format-date";
import { formatShare } from "../format/format-share";
import { isTargetMetric, METRIC_UNIT } from "../metrics/metric-lists";
import type { County, Metric } from "../reference/schema";
import { quotedAsOver, quotedTarget } from "./quoted-target";

/** A county target as one ready-to-quote sentence, split around its figure so the page can mark it up. */
export interface HeadlineSentence {
  metric: Metric;
  /** The whole sentence, as copied. */
  text: string;
  before: string;
  /** The figure as the sentence writes it. */
  value: string;
  after: string;
  /** The full source: document number and clause, the township reports, the as-of date. */
  source: string;
  /** What the copy button puts on the clipboard: the sentence, its source line, and the notice if any. */
  copyText: string;
}

// Stands in for the figure while the sentence is written, then splits it; never part of any text.
const MARK = "\u0000";

/** Where D stands against the deadline: the sentence is about progress, the deadline, or both. */
export type HeadlineStage = "before" | "at" | "after";
/** Against the target: short of it, met exactly, or beyond it (超额完成). */
export type HeadlineVerdict = "short" | "met" | "exceeded";

const verdictOf = (value: number, target: number): HeadlineVerdict =>
  value < target ? "short" : value > target ? "exceeded" : "met";

/**
 * The sentence for a county target at its as-of date, as a county press office writes it:
 * "截至2020年底，汉阴县共有社区工厂41家，超额完成“30家以上”的目标。"; a missed target says 未完成 and
 * the gap; once the deadline has passed, the figure at the deadline follows today's.
 */
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
  // The English sentences name counted units themselves ("had 95 community factories"); amounts carry theirs.
  const figure = (n: number) =>
    t.sentenceNamesUnit && METRIC_UNIT[metric] !== "yuan"
      ? formatCount(n, lang)
      : formatValue(n, metric, lang);
  const stage: HeadlineStage =
    target.as_of < target.deadline ? "before" : target.as_of === target.deadline ? "at" : "after";
  const judged = stage === "before" ? target.value : (target.value_at_deadline ?? target.value);
  // Beating a target worded “超…” is meeting it (完成“超1亿元”, "meeting its target of more than RMB 100
  // million"): saying 超额完成 / "exceeding" would say "over" twice. Decided here, so both languages agree.
  const reached = verdictOf(judged, target.target);
  const verdict = reached === "exceeded" && quotedAsOver(target.quote) ? "met" : reached;
  const sentence = (value: string) =>
    t.headline({
      asOf: proseDate(target.as_of, lang),
      county: pickName(county, lang),
      metric,
      value,
      goal: quotedTarget({ ...target, metric }, lang),
      deadline: t.deadlineDate(target.deadline),
      share: formatShare(target.share_of_target, lang),
      stage,
      verdict,
      atDeadline: stage === "after" ? t.amount(metric, judged) : null,
      gap: verdict === "short" ? t.amount(metric, target.target - judged) : null,
    });
  const value = figure(target.value);
  const [before = "", after = ""] = sentence(MARK).split(MARK);
  const text = `${before}${value}${after}`;
  const source = t.sourceLine({
    document: target.document_number,
    clause: target.clause,
    asOf: proseDate(target.as_of, lang),
  });
  const copyText = [text, source, ...(notice === null ? [] : [notice])].join(t.lineBreak);
  return { metric, text, before, value, after, source, copyText };
}
