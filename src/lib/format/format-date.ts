import type { Lang } from "../i18n/lang";

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

/** Year, month and day of an ISO date `YYYY-MM-DD` (or month `YYYY-MM`), read as written: no time zone. */
function parts(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: "${iso}" / 不是 YYYY-MM-DD 格式的日期`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3] ?? "1") };
}

/** A date in prose and captions: `2020年12月31日` / `31 December 2020`. */
export function proseDate(iso: string, lang: Lang): string {
  const { year, month, day } = parts(iso);
  return lang === "zh-CN"
    ? `${year}年${month}月${day}日`
    : `${day} ${MONTHS_EN[month - 1] ?? ""} ${year}`;
}

/** A month in prose: `2020年12月` / `December 2020`. */
export function proseMonth(iso: string, lang: Lang): string {
  const { year, month } = parts(iso);
  return lang === "zh-CN" ? `${year}年${month}月` : `${MONTHS_EN[month - 1] ?? ""} ${year}`;
}

/** A month in tables, CSV, file names and URLs: `2020-12`. */
export const isoMonth = (iso: string): string => iso.slice(0, 7);
