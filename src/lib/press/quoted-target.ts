import { type Lang, NUMBER_LOCALE } from "../i18n/lang";
import { pressStrings } from "../../i18n/press-strings";
import type { Metric } from "../reference/schema";

const YUAN_METRICS: ReadonlySet<Metric> = new Set<Metric>(["output_12m", "wages_12m"]);

/** A round target as its document writes it: 1亿元 / 10亿元 / RMB 100 million, never 1.00亿元. */
function roundAmount(value: number, lang: Lang): string {
  return ROUND_AMOUNT[lang](value, (x) => x.toLocaleString(NUMBER_LOCALE[lang]));
}

// Each language's money units (万/亿 against million/billion), keyed by language.
const ROUND_AMOUNT: Record<Lang, (value: number, n: (x: number) => string) => string> = {
  "zh-CN": (value, n) => {
    if (value >= 1e8) return `${n(value / 1e8)}亿元`;
    if (value >= 1e4) return `${n(value / 1e4)}万元`;
    return `${n(value)}元`;
  },
  en: (value, n) => {
    if (value >= 1e9) return `RMB ${n(value / 1e9)} billion`;
    if (value >= 1e6) return `RMB ${n(value / 1e6)} million`;
    return `RMB ${n(value)}`;
  },
};

// How each language marks "at least": Chinese follows the document (以上 after the number, 超 before it),
// English says "more than" for both.
const AT_LEAST: Record<Lang, (amount: string, above: boolean, over: boolean) => string> = {
  "zh-CN": (amount, above, over) => (above ? `${amount}以上` : over ? `超${amount}` : amount),
  en: (amount, above, over) => (above || over ? `more than ${amount}` : amount),
};

/** Whether the document words its target as “超…” (over an amount), not “…以上” (at least). */
export const quotedAsOver = (quote: string): boolean =>
  !quote.includes("以上") && quote.includes("超");

/**
 * The target in the words a press release quotes it with: “30家以上”, “超1亿元”, “100家”; "more than 30
 * factories". The document's own quote decides between "at least" wordings: 以上 follows the number,
 * 超 leads it (平办发〔2017〕31号: 务工收入超亿元); English says "more than" for both.
 */
export function quotedTarget(
  target: { metric: Metric; target: number; quote: string },
  lang: Lang,
): string {
  const amount = YUAN_METRICS.has(target.metric)
    ? roundAmount(target.target, lang)
    : pressStrings(lang).amount(target.metric, target.target);
  const above = target.quote.includes("以上");
  const over = quotedAsOver(target.quote);
  return AT_LEAST[lang](amount, above, over);
}
