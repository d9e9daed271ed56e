/** A figure at D against its value at a base month (the month before, or the same month a year earlier). */
export interface Change {
  value: number;
  /** The value at the base month; null when there is no data for that month. */
  base: number | null;
  /** value − base; null when the base is missing. */
  delta: number | null;
  /** delta ÷ base; null when the base is missing or 0 (a change from nothing has no ratio, never Infinity). */
  relative: number | null;
}

/** The change from `base` to `value`: the one rule every block of the changes page and the brief uses. */
export function changeOf(value: number, base: number | null): Change {
  if (base === null || !Number.isFinite(base) || !Number.isFinite(value))
    return { value, base: null, delta: null, relative: null };
  const delta = value - base;
  return { value, base, delta, relative: base === 0 ? null : delta / Math.abs(base) };
}
