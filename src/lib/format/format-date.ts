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

// Each language writes dates in its own order and words: a table keyed by language, not a comparison.
const PROSE: Record<
  Lang,
  {
    date: (year: number, month: number, day: number) => string;
    month: (year: number, month: number) => string;
  }
> = {
  "zh-CN": {
    date: (year, month, day) => `${year}年${month}月${day}日`,
    month: (year, month) => `${year}年${month}月`,
  },
  en: {
    date: (year, month, day) => `${day} ${MONTHS_EN[month - 1] ?? ""} ${year}`,
    month: (year, month) => `${MONTHS_EN[month - 1] ?? ""} ${year}`,
  },
};

/**
 * A date in prose and captions (docs/words-and-numbers.md): `2020-12-31` reads `2020年12月31日` /
 * `31 December 2020`. The site's one date formatter: text that is not an ISO date `YYYY-MM-DD` (a month,
 * a dash for no date, a date a reference file writes in words) passes through unchanged, so a caption
 * never prints "NaN年" nor invents the first of a month.
 */
export function proseDate(iso: string, lang: Lang): string {
  if (!ISO_DATE.test(iso)) return iso;
  const { year, month, day } = parts(iso);
  return PROSE[lang].date(year, month, day);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A month in prose: `2020年12月` / `December 2020` (from `2020-12` or any date in it). */
export function proseMonth(iso: string, lang: Lang): string {
  const { year, month } = parts(iso);
  return PROSE[lang].month(year, month);
}

/** A month in tables, CSV, file names and URLs: `2020-12`. */
export const isoMonth = (iso: string): string => iso.slice(0, 7);
