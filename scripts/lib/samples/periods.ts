/** How often a town reports. */
export type Cadence = "monthly" | "quarterly";

/** A month as a single integer: year * 12 + (month - 1). */
export type MonthIndex = number;

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + (month - 1);
export const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
export const monthOf = (m: MonthIndex): number => (m % 12) + 1;

/** The samples cover township reports from April 2017 to December 2020. */
export const SAMPLE_FIRST_MONTH: MonthIndex = monthIndex(2017, 4);
export const SAMPLE_LAST_MONTH: MonthIndex = monthIndex(2020, 12);

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Days in a month (UTC calendar). */
export function daysInMonth(m: MonthIndex): number {
  return new Date(Date.UTC(yearOf(m), monthOf(m), 0)).getUTCDate();
}

/** `YYYY-MM-01`. */
export const monthStart = (m: MonthIndex): string => `${yearOf(m)}-${pad2(monthOf(m))}-01`;
/** `YYYY-MM-DD` of the month's last day. */
export const monthEnd = (m: MonthIndex): string =>
  `${yearOf(m)}-${pad2(monthOf(m))}-${pad2(daysInMonth(m))}`;

/** One reporting period: a month or a quarter. */
export interface Period {
  cadence: Cadence;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  index: number;
  startMonth: MonthIndex;
  endMonth: MonthIndex;
  /** `2018-06` or `2018Q2`. */
  key: string;
}

export function monthPeriod(m: MonthIndex): Period {
  return {
    cadence: "monthly",
    year: yearOf(m),
    index: monthOf(m),
    startMonth: m,
    endMonth: m,
    key: `${yearOf(m)}-${pad2(monthOf(m))}`,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const startMonth = monthIndex(year, quarter * 3 - 2);
  return {
    cadence: "quarterly",
    year,
    index: quarter,
    startMonth,
    endMonth: startMonth + 2,
    key: `${year}Q${quarter}`,
  };
}

/** Every period of a cadence whose months lie within [first, last]. */
export function periodsBetween(cadence: Cadence, first: MonthIndex, last: MonthIndex): Period[] {
  const out: Period[] = [];
  if (cadence === "monthly") {
    for (let m = first; m <= last; m++) out.push(monthPeriod(m));
    return out;
  }
  for (let m = first; m + 2 <= last; m++) {
    if (monthOf(m) % 3 === 1) out.push(quarterPeriod(yearOf(m), (monthOf(m) + 2) / 3));
  }
  return out;
}

/** The period of a cadence that contains month m. */
export function periodContaining(cadence: Cadence, m: MonthIndex): Period {
  return cadence === "monthly"
    ? monthPeriod(m)
    : quarterPeriod(yearOf(m), Math.ceil(monthOf(m) / 3));
}

/** Chinese numerals for quarter names (二季度). */
export const CN_QUARTER = ["", "一", "二", "三", "四"] as const;

/** Fills `{yyyy} {mm} {m} {q} {cnq}` from the period. */
export function fillTemplate(template: string, period: Period): string {
  const month = period.cadence === "monthly" ? period.index : period.index * 3;
  return template
    .replaceAll("{yyyy}", String(period.year))
    .replaceAll("{mm}", String(month).padStart(2, "0"))
    .replaceAll("{m}", String(month))
    .replaceAll("{q}", String(period.index))
    .replaceAll("{cnq}", CN_QUARTER[period.index] ?? "");
}
