/** Decimals a CSV keeps: enough for a ratio (0.8812 = 88.12%), and no float noise (6.406557377049181). */
export const CSV_DECIMALS = 4;

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * A machine value as the CSV writes it: a number rounded to 4 decimals at most, an integer staying an
 * integer (no `.0`), `-0` as `0`; any other text unchanged.
 */
export function csvNumber(text: string): string {
  if (!NUMBER.test(text)) return text;
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  const rounded = Number(value.toFixed(CSV_DECIMALS)) + 0;
  return String(rounded);
}
