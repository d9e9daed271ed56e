import { addMonths, monthsBetween } from "./month-end";

/** A figure at a month end. */
export interface TrendPoint {
  date: string;
  value: number;
}

/** Months of history the trend is fitted on (the last 12 months: 13 month ends, D − 12 … D). */
export const TREND_MONTHS = 12;

export interface Projection {
  /** Least-squares slope of the month-end values over the last 12 months, per month. */
  slope_per_month: number;
  /** Month ends used for the fit. */
  points_used: number;
  /** The value at the deadline if the slope carries on from today's value; null once the deadline is past. */
  value_at_deadline: number | null;
  /** The month end the target is reached at this pace (D when already reached); null: not at this pace. */
  reaches_target_on: string | null;
  /** Whether that is on or before the deadline; null when it is never reached at this pace. */
  by_deadline: boolean | null;
}

function slope(points: readonly TrendPoint[], asOf: string): number {
  if (points.length < 2) return 0;
  const xs = points.map((p) => monthsBetween(asOf, p.date));
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] ?? 0) - meanX;
    num += dx * (p.value - meanY);
    den += dx * dx;
  });
  return den === 0 ? 0 : num / den;
}

/**
 * The trend of the last 12 months carried to the deadline: a straight line fitted (least squares) through
 * the month-end values from D − 12 to D, continued from the value at D. Gives the value at the deadline
 * and the month the target would be reached, or null ("not at this pace") when the trend is flat or falling.
 */
export function projectTrend(input: {
  points: readonly TrendPoint[];
  asOf: string;
  deadline: string;
  target: number;
}): Projection {
  const window = input.points.filter(
    (p) => p.date <= input.asOf && monthsBetween(p.date, input.asOf) <= TREND_MONTHS,
  );
  const current = window.find((p) => p.date === input.asOf)?.value ?? 0;
  const perMonth = slope(window, input.asOf);
  const monthsLeft = monthsBetween(input.asOf, input.deadline);
  const value_at_deadline = monthsLeft >= 0 ? current + perMonth * monthsLeft : null;
  let reaches_target_on: string | null = null;
  if (current >= input.target) reaches_target_on = input.asOf;
  else if (perMonth > 0) {
    // Rounded first so that 2.0000000001 months (float noise) is 2, not 3.
    const months = Math.ceil(Number(((input.target - current) / perMonth).toFixed(9)));
    reaches_target_on = addMonths(input.asOf, months);
  }
  return {
    slope_per_month: perMonth,
    points_used: window.length,
    value_at_deadline,
    reaches_target_on,
    by_deadline: reaches_target_on === null ? null : reaches_target_on <= input.deadline,
  };
}
