import type { Lang } from "../i18n/lang";

const WHOLE: Record<Lang, Intl.NumberFormat> = {
  "zh-CN": new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/**
 * A whole number with thousands separators, never 万/亿: a table column keeps one unit on every row (the
 * header names it, 元 for money), and headcounts are written in full (1,302人).
 */
export const formatWhole = (value: number, lang: Lang): string =>
  WHOLE[lang].format(Math.round(value));

/** The minus sign the site prints (U+2212), not a hyphen. */
const MINUS = "−";

/** A change as a table shows it: `+12`, `−1,300`, `0`; "—" when there is no base. */
export function formatDelta(delta: number | null, lang: Lang): string {
  if (delta === null) return "—";
  const rounded = Math.round(delta);
  if (rounded === 0) return "0";
  return `${rounded > 0 ? "+" : MINUS}${formatWhole(Math.abs(rounded), lang)}`;
}

/** A relative change, one decimal: `+8.1%`, `−3.0%`; "—" when the base is missing or 0. */
export function formatRelative(relative: number | null): string {
  if (relative === null) return "—";
  const percent = Math.round(relative * 1000) / 10;
  if (percent === 0) return "0.0%";
  return `${percent > 0 ? "+" : MINUS}${Math.abs(percent).toFixed(1)}%`;
}

/** A ratio as the CSV carries it: rounded to 4 decimals; empty when there is none. */
export const ratioValue = (relative: number | null): string =>
  relative === null ? "" : String(Math.round(relative * 10000) / 10000);
