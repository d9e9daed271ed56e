import { redactPersonalData } from "./personal-data";
import { toHalfWidth } from "./to-half-width";

/** A parsed cell: a number, `null` for an empty or dash cell, or a bilingual message why it is not a number. */
export type NumberResult = { ok: true; value: number | null } | { ok: false; message: string };

// Cells a clerk fills in to mean "nothing to report".
const EMPTY_MARKS = new Set(["", "-", "--", "—", "——", "–", "/", "\\"]);
// A unit written in the cell overrides the header's: "3000元" under 产值（万元） is still 3000 yuan.
const CELL_UNITS: Readonly<Record<string, number | undefined>> = {
  亿元: 1e8,
  万元: 1e4,
  千元: 1e3,
  元: 1,
  亿: 1e8,
  万: 1e4,
};
// Count words that only label the number; they keep the header's multiplier.
const CELL_COUNTERS = /(?:人次|个月|人|家|个|户|月|名)$/;
const CELL_UNIT = /(亿元|万元|千元|元|亿|万)$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DISPLAY_LIMIT = 40;
const ACCOUNTING = /^\((\d[\d,.]*)\)$/;
// Up to 15 digits: exact as a double, and times a power of ten up to 1e8 it stays exact.
const DIGITS = /^\d{1,7}$/;

/** Multiplier a header's unit implies: 产值（万元） → 10,000, 产值(亿元) → 100,000,000, otherwise 1. */
export function headerUnitMultiplier(header: string): number {
  const text = toHalfWidth(header).replace(/\s+/g, "");
  const match =
    /[([【]\s*(?:单位[:]?)?(亿元|万元|千元|元|亿|万)[)\]】]/.exec(text) ??
    /(亿元|万元|千元)$/.exec(text);
  return match?.[1] === undefined ? 1 : (CELL_UNITS[match[1]] ?? 1);
}

// Scales by a power of ten through the decimal exponent, so 12.5万 is exactly 125000, not 12.5 * 10000.
function scale(numeral: string, multiplier: number): number {
  if (multiplier === 1) return Number(numeral);
  const power = Math.log10(multiplier);
  if (!Number.isInteger(power)) return Number(numeral) * multiplier;
  const [mantissa = "", exponent = "0"] = numeral.toLowerCase().split("e");
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

const notANumber = (raw: string): NumberResult => {
  const shown = redactPersonalData(raw.trim()).slice(0, DISPLAY_LIMIT);
  return { ok: false, message: `“${shown}” 不是数字 / "${shown}" is not a number` };
};

/** Parses a numeric cell: full-width digits, thousands separators, 万/亿/元 suffixes; `multiplier` comes from the header. */
export function parseNumber(raw: string, multiplier = 1): NumberResult {
  // Most cells are plain whole numbers: read them without the general path's regular expressions.
  if (DIGITS.test(raw)) return { ok: true, value: Number(raw) * multiplier };
  let text = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (EMPTY_MARKS.has(text)) return { ok: true, value: null };
  // Accounting notation, (1,234) or （1234）: a negative number, rejected as `negative`, not `bad_number`.
  const accounting = ACCOUNTING.exec(text)?.[1];
  if (accounting !== undefined) {
    const inner = parseNumber(accounting, multiplier);
    return inner.ok && inner.value !== null && inner.value > 0
      ? { ok: true, value: -inner.value }
      : notANumber(raw);
  }
  let factor = multiplier;
  const unit = CELL_UNIT.exec(text)?.[1];
  if (unit !== undefined) {
    factor = CELL_UNITS[unit] ?? 1;
    text = text.slice(0, -unit.length);
  } else {
    text = text.replace(CELL_COUNTERS, "");
  }
  if (GROUPED.test(text)) text = text.replace(/,/g, "");
  if (!PLAIN.test(text)) return notANumber(raw);
  const value = scale(text, factor);
  if (!Number.isFinite(value)) return notANumber(raw);
  return { ok: true, value: value === 0 ? 0 : value };
}
