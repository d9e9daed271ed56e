import type { Lang } from "../i18n/lang";
import { addMonths, monthsBetween } from "../figures/month-end";
import { textWidth } from "./text-width";

const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** An ISO date as a Date at UTC midnight, so the time zone never moves a month end. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** `2019年6月` or `Jun 2019`, written here because Plot's own tick format is English only. */
export function formatMonth(date: Date | string, lang: Lang): string {
  const d = typeof date === "string" ? utcDate(date) : date;
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return MONTH_FORMAT[lang](year, month);
}

/** `2019年` or `2019`: a month end's year, where a whole month label has no room. */
export function formatYear(date: Date | string, lang: Lang): string {
  const year = (typeof date === "string" ? utcDate(date) : date).getUTCFullYear();
  return YEAR_FORMAT[lang](year);
}
// Tick labels in each language's own order (a table keyed by language, as YEAR_FORMAT below).
const MONTH_FORMAT: Record<Lang, (year: number, month: number) => string> = {
  "zh-CN": (year, month) => `${year}年${month + 1}月`,
  en: (year, month) => `${EN_MONTHS[month] ?? ""} ${year}`,
};

const YEAR_FORMAT: Record<Lang, (year: number) => string> = {
  "zh-CN": (year) => `${year}年`,
  en: (year) => String(year),
};

/** Steps between ticks, in months; each divides a whole number of years so December gets a tick. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60] as const;
/** Room between two tick labels, in pixels. */
const TICK_GAP = 16;

/**
 * Month-end ticks from `from` to `to` (both month ends), as many as fit in `pixels`: on the month ends
 * counted a multiple of the step from year 0, so a December deadline and the milestones fall on a tick.
 */
export function monthEndTicks(
  from: string,
  to: string,
  pixels: number,
  lang: Lang,
  fontSize: number,
): Date[] {
  const months = Math.max(1, monthsBetween(from, to));
  const labelWidth = textWidth(formatMonth("2020-12-31", lang), fontSize) + TICK_GAP;
  const fits = Math.max(2, Math.floor(pixels / labelWidth));
  const step = TICK_STEPS.find((s) => months / s < fits) ?? 60;
  const ticks: Date[] = [];
  for (let i = 0; i <= months; i += 1) {
    const date = addMonths(from, i);
    const count = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
    if (count % step === 0) ticks.push(utcDate(date));
  }
  return ticks;
}
