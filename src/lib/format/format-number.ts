import type { Lang } from "../i18n/lang";
import { numberFormat } from "./number-format";

/**
 * A number in the fewest characters, for axis ticks and labels inside charts where width is short and the
 * unit is said once: 万/亿 in Chinese from 100,000 (12.35万), million/billion in English, at most 2 decimals.
 * Text outside charts uses formatCount, formatMoney and formatShare, which follow the house rules.
 */
export function formatNumber(value: number, lang: Lang): string {
  // Three decimals at most, as a default Intl.NumberFormat writes (callers pass whole numbers).
  return LARGE[lang](value) ?? numberFormat(lang, 3, false).format(value);
}

// Each language groups large numbers in its own units (万/亿 against million/billion): a table keyed by
// language; undefined for a number written out in full.
const LARGE: Record<Lang, (value: number) => string | undefined> = {
  "zh-CN": (value) => {
    if (Math.abs(value) >= 1e8) return `${trim(value / 1e8)}亿`;
    if (Math.abs(value) >= 1e5) return `${trim(value / 1e4)}万`;
    return undefined;
  },
  en: (value) => {
    if (Math.abs(value) >= 1e9) return `${trim(value / 1e9)} billion`;
    if (Math.abs(value) >= 1e6) return `${trim(value / 1e6)} million`;
    return undefined;
  },
};

function trim(x: number): string {
  return Number(x.toFixed(2)).toString();
}
