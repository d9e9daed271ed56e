/** Calendar helpers on ISO `YYYY-MM-DD` dates, in UTC so the time zone never shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type IsoParts = { year: number; month: number; day: number };
/** Dates already read: the engine reads the same few hundred month ends over and over. */
const parsed = new Map<string, Readonly<IsoParts> | null>();
const PARSED_MAX = 10_000;

/** Year, month (1–12) and day of an ISO date, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): IsoParts | null {
  const known = parsed.get(text);
  if (known !== undefined) return known && { ...known };
  if (parsed.size >= PARSED_MAX) parsed.clear();
  const result = readIsoDate(text);
  parsed.set(text, result && Object.freeze({ ...result }));
  return result;
}

function readIsoDate(text: string): IsoParts | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The last day of the month `month` (1–12, may overflow into other years) of `year`, as ISO. */
export function monthEnd(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 0));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** True when the ISO date is the last day of its month (DATA-CONTRACT §5: D is always a month end). */
export function isMonthEnd(text: string): boolean {
  const d = parseIsoDate(text);
  return d !== null && monthEnd(d.year, d.month) === text;
}

function requireDate(text: string): { year: number; month: number; day: number } {
  const d = parseIsoDate(text);
  if (!d) throw new RangeError(`not an ISO date: ${text}`);
  return d;
}

/** The month end `months` months after (or before, when negative) the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = requireDate(date);
  return monthEnd(d.year, d.month + months);
}

/** The month end of the month that contains `date`. */
export function monthEndOf(date: string): string {
  return addMonths(date, 0);
}

/** The last month end on or before `date` (the month end before it, unless it is one). */
export function monthEndOnOrBefore(date: string): string {
  return isMonthEnd(date) ? date : addMonths(date, -1);
}

/** Whole months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Days since 1970-01-01 of an ISO date. */
export function epochDay(date: string): number {
  const d = requireDate(date);
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return requireDate(date).year;
}

/** Month ends from `from` to `to`, both month ends, inclusive. */
export function monthEndsBetween(from: string, to: string): string[] {
  const n = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonths(from, i));
}
