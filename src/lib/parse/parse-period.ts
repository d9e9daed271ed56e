import { toHalfWidth } from "./to-half-width";

/** The month or quarter a report covers; `start`/`end` are its first and last days (ISO). */
export interface Period {
  /** A report covers one calendar month or one calendar quarter (DATA-CONTRACT §2). */
  kind: "month" | "quarter";
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  /** Stable label: `2018-06` for a month, `2018-Q2` for a quarter. */
  label: string;
}

const CHINESE_NUMBERS: Readonly<Record<string, number | undefined>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

// Years 2000–2099, never glued to other digits (a credit code, a serial number).
const Y = "(?<!\\d)(20\\d{2})";
const QUARTER_FORMS: readonly RegExp[] = [
  new RegExp(`${Y}年?第?([1-4一二三四])季度?`), // 2018年第二季度, 2018年二季度, 2018年第2季度
  new RegExp(`${Y}[-_.]?[Qq]([1-4])(?!\\d)`), // 2018Q2, 2018-Q2, 2018q2
];
const MONTH_RANGE = new RegExp(`${Y}年(\\d{1,2})月?[-~—–至到](\\d{1,2})月`); // 2018年1-3月, 2018年4月至6月
const MONTH_FORMS: readonly RegExp[] = [
  // 2018年6月, 2018年六月, but not 2018年6月12日, which is a day (e.g. a 填报日期).
  new RegExp(
    `${Y}年(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月(?!\\d{1,2}[日号])(?![一二三四五六七八九十]+[日号])`,
  ),
  // 2018-06, 2018.06, 2018/6, 2018_06, but not 2018-06-12.
  new RegExp(`${Y}[-./_](1[0-2]|0?[1-9])(?![-./]?\\d)`),
  new RegExp(`${Y}(0[1-9]|1[0-2])(?!\\d)`), // 201806
];

const pad = (n: number): string => String(n).padStart(2, "0");
const lastDay = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
const toNumber = (text: string): number => CHINESE_NUMBERS[text] ?? Number(text);

function monthPeriod(year: number, month: number): Period {
  const label = `${year}-${pad(month)}`;
  return {
    kind: "month",
    start: `${label}-01`,
    end: `${label}-${pad(lastDay(year, month))}`,
    label,
  };
}

function quarterPeriod(year: number, quarter: number): Period {
  const first = quarter * 3 - 2;
  return {
    kind: "quarter",
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
    label: `${year}-Q${quarter}`,
  };
}

/** Finds the month or quarter in a title row, period cell or file name (2018年6月, 2018年第二季度, 201806, 2018Q2). */
export function parsePeriod(text: string): Period | null {
  const plain = toHalfWidth(text).replace(/\s+/g, "");
  for (const form of QUARTER_FORMS) {
    const m = form.exec(plain);
    if (m?.[1] !== undefined && m[2] !== undefined)
      return quarterPeriod(Number(m[1]), toNumber(m[2]));
  }
  const range = MONTH_RANGE.exec(plain);
  if (range?.[1] !== undefined) {
    const from = Number(range[2]);
    const to = Number(range[3]);
    // Only a whole calendar quarter is a period; 1-6月 (half a year) is not.
    return to === from + 2 && from % 3 === 1
      ? quarterPeriod(Number(range[1]), (from + 2) / 3)
      : null;
  }
  for (const form of MONTH_FORMS) {
    const m = form.exec(plain);
    if (m?.[1] !== undefined && m[2] !== undefined)
      return monthPeriod(Number(m[1]), toNumber(m[2]));
  }
  return null;
}

// 7月, 07月, 七月, 7月份, 十二月报表: a month without its year.
const BARE_MONTH = /(?<!\d)(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月/;
const BARE_QUARTER = /(?<!\d)第?([1-4一二三四])季度/;
const YEAR = /(?<!\d)(20\d{2})(?!\d)/;

/** The first year 2000–2099 in a text (a title row, a file name), to complete a sheet named `7月`. */
export function findYear(text: string): number | null {
  const m = YEAR.exec(toHalfWidth(text));
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * The period a sheet's name gives (DATA-CONTRACT §6): a full period (`2019年7月`, `2019.07`, `201907`), or
 * a month or quarter alone (`7月`, `七月`, `三季度`) completed with `year`, taken from the title rows or
 * the file name; null when the name gives none or the year is unknown.
 */
export function parseSheetPeriod(name: string, year: number | null): Period | null {
  const full = parsePeriod(name);
  if (full) return full;
  if (year === null) return null;
  const plain = toHalfWidth(name).replace(/\s+/g, "");
  const quarter = BARE_QUARTER.exec(plain)?.[1];
  if (quarter !== undefined) return quarterPeriod(year, toNumber(quarter));
  const month = BARE_MONTH.exec(plain)?.[1];
  return month === undefined ? null : monthPeriod(year, toNumber(month));
}
