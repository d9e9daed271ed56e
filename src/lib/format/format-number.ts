import type { Lang } from "../i18n/lang";

/** One formatter per language, made once: `toLocaleString` builds a new one on every call, which shows. */
const FORMATTERS: Record<Lang, Intl.NumberFormat> = {
  "zh-CN": new Intl.NumberFormat("zh-CN"),
  en: new Intl.NumberFormat("en-US"),
};

/** Formats a count or amount for reading: 万/亿 in Chinese, thousands separators in English. */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === "zh-CN") {
    if (Math.abs(value) >= 1e8) return `${trim(value / 1e8)}亿`;
    if (Math.abs(value) >= 1e5) return `${trim(value / 1e4)}万`;
    return FORMATTERS["zh-CN"].format(value);
  }
  if (Math.abs(value) >= 1e9) return `${trim(value / 1e9)} billion`;
  if (Math.abs(value) >= 1e6) return `${trim(value / 1e6)} million`;
  return FORMATTERS.en.format(value);
}

function trim(x: number): string {
  return Number(x.toFixed(2)).toString();
}
