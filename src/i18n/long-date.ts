import type { Lang } from "../lib/i18n/lang";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * An ISO date in prose (docs/words-and-numbers.md §2): 2020年12月31日 / "31 December 2020". Anything
 * that is not an ISO date passes through unchanged, so a caller never prints "NaN年".
 */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === "zh-CN"
    ? `${year}年${month}月${day}日`
    : `${day} ${MONTHS_EN[month - 1] ?? ""} ${year}`;
}
