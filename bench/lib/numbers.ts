import { UsageError } from "../../scripts/lib/cli-args";

/** A `--name N` option: a positive whole number (`1_000_000` allowed), or `fallback` when not given. */
export function positiveInt(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} needs a positive whole number`);
  return n;
}

/** Nearest rank: the smallest value with at least `q` of the values at or below it; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
