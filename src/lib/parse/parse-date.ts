import { redactPersonalData } from "./personal-data";
import { toHalfWidth } from "./to-half-width";

/** A parsed date cell: ISO `YYYY-MM-DD`, `null` when empty, or a bilingual message why it is not a date. */
export type DateResult = { ok: true; value: string | null } | { ok: false; message: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
// Excel serials from 1954-10-03 to 2064-04-08: wide enough for any factory, narrow enough not to
// read a headcount or an amount as a date.
const SERIAL_MIN = 20000;
const SERIAL_MAX = 60000;
// Excel's 1900 date system counts a non-existent 1900-02-29, so serials after it start from 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const EMPTY_MARKS = new Set(["", "-", "—", "/"]);

const FORMS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/, // 2017-06-12, 2017/6/12, 2017.6, 2017.6.12
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号]?)?$/, // 2017年6月, 2017年6月12日
  /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?$/, // 20170612, 201706
];
// Excel CSV exports of date-time cells add a time: 2017/6/12 0:00 or 2017-06-12T00:00:00.
const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** The ISO date for year, month and day, or null when that day does not exist (2017-02-30). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromSerial(text: string): string | null {
  const serial = Math.floor(Number(text));
  if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return null;
  return new Date(EXCEL_EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10);
}

function fromForms(text: string): string | null {
  for (const form of FORMS) {
    const m = form.exec(text);
    if (m === null) continue;
    // A month without a day means its first day (DATA-CONTRACT §2).
    return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
  }
  return null;
}

/** Parses a date cell (2017-06-12, 2017/6/12, 2017.6, 2017年6月12日, Excel serial 42898) to ISO `YYYY-MM-DD`. */
export function parseDate(raw: string): DateResult {
  const trimmed = toHalfWidth(raw).trim().replace(TIME_SUFFIX, "");
  const text = trimmed.replace(/\s+/g, "");
  if (EMPTY_MARKS.has(text)) return { ok: true, value: null };
  const value = /^\d{5}(?:\.\d+)?$/.test(text) ? fromSerial(text) : fromForms(text);
  if (value !== null) return { ok: true, value };
  const shown = redactPersonalData(raw.trim()).slice(0, 40);
  return {
    ok: false,
    message: `“${shown}” 不是有效日期（应如 2017-06-12 或 2017年6月） / "${shown}" is not a valid date (expected e.g. 2017-06-12 or 2017年6月)`,
  };
}
