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
  return numberFormat(lang, 0).format(Math.round(value) + 0);
}
