import type { Lang } from "../i18n/lang";
import { numberFormat } from "./number-format";

/** Shown where there is no value. */
export const NO_VALUE = "–";

/**
 * A headcount or count as a whole number with thousands separators in both languages (1,302), never in
 * 万: a reader compares headcounts digit by digit. Null prints as a dash.
 */
export function formatCount(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  // Math.round(-0.4) is -0, which Intl writes as "-0".
  const whole = Math.round(value) + 0;
  return Number.isSafeInteger(whole) ? grouped(whole) : numberFormat(lang, 0).format(whole);
}

/**
 * A safe integer's digits grouped by threes with commas, as both languages' Intl format writes it
 * (1,302; -12): a province's factory books format ~2 million report cells, and Intl's format was the
 * largest part of a book's own CPU time.
 */
function grouped(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
