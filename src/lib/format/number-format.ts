import type { Lang } from "../i18n/lang";

const LOCALE: Record<Lang, string> = { "zh-CN": "zh-CN", en: "en-US" };

// Building an Intl.NumberFormat costs far more than using one (a factory page formats ~250 numbers), so
// each language and number of decimals gets one, made on first use and kept.
const made = new Map<string, Intl.NumberFormat>();

/** The page language's number format with thousands separators and exactly `decimals` decimals (at most, when `fixed` is false). */
export function numberFormat(lang: Lang, decimals: number, fixed = true): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${fixed}`;
  const known = made.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: fixed ? decimals : 0,
    maximumFractionDigits: decimals,
  });
  made.set(key, format);
  return format;
}

/** How many formats have been made so far: a test checks that formatting a page does not make more. */
export const numberFormatsMade = (): number => made.size;
