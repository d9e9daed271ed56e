import type { Lang } from "../i18n/lang";
import { NO_VALUE } from "./format-count";
import { numberFormat } from "./number-format";

/**
 * An amount in yuan as the house rules write it: from 1亿元 in 亿元 with 2 decimals (1.23亿元), from 1万元 in
 * 万元 with 1 decimal (602.1万元), below that in 元 with separators (9,999元). English: in full below a
 * million (RMB 186,500), then RMB 6.0 million (1 decimal), from a billion RMB 1.23 billion (2 decimals).
 * The unit is chosen on the value as rounded for display, so 99,999,999 reads 1.00亿元, never 10,000.0万元.
 * Null prints as a dash.
 */
export function formatMoney(yuan: number | null, lang: Lang): string {
  if (yuan === null || !Number.isFinite(yuan)) return NO_VALUE;
  const sign = yuan < 0 ? "-" : "";
  return `${sign}${MONEY[lang](Math.abs(yuan))}`;
}

// Each language counts money in its own units (万/亿 against million/billion), so the rules are a table
// keyed by language rather than a comparison: a third language would be a type error until it has rules.
const MONEY: Record<Lang, (amount: number) => string> = {
  "zh-CN": (amount) => {
    if (Math.round(amount / 1e3) / 10 >= 1e4) return `${decimals(amount / 1e8, 2, "zh-CN")}亿元`;
    const whole = Math.round(amount);
    if (whole >= 1e4) return `${decimals(amount / 1e4, 1, "zh-CN")}万元`;
    return `${decimals(whole, 0, "zh-CN")}元`;
  },
  en: (amount) => {
    if (Math.round(amount / 1e5) / 10 >= 1e3)
      return `RMB ${decimals(amount / 1e9, 2, "en")} billion`;
    const whole = Math.round(amount);
    if (whole >= 1e6) return `RMB ${decimals(amount / 1e6, 1, "en")} million`;
    return `RMB ${decimals(whole, 0, "en")}`;
  },
};

const decimals = (x: number, digits: number, lang: Lang) => numberFormat(lang, digits).format(x);

/** The unit one table column writes all its amounts in: 元/万元/亿元, or RMB in full/million/billion. */
export type MoneyUnit = "full" | "wan" | "yi" | "million" | "billion";

/**
 * The unit for a column of amounts (docs/words-and-numbers.md: one unit for every row of a column): the
 * largest unit that the column's smallest non-zero amount still reaches, so no row reads 0.03亿元 and a
 * column never mixes 万元 with 亿元. Unlike formatMoney, which rounds one amount before choosing its unit, a
 * column's unit is chosen on the raw smallest amount: a column whose smallest amount is 9,999.6元 stays in 元
 * (reading 10,000元 in that row) rather than switching every other row to 万元 for one rounding.
 */
export function moneyColumnUnit(values: readonly (number | null)[], lang: Lang): MoneyUnit {
  const amounts = values.flatMap((v) =>
    v !== null && Number.isFinite(v) && v !== 0 ? [Math.abs(v)] : [],
  );
  const smallest = amounts.length > 0 ? Math.min(...amounts) : 0;
  return COLUMN_UNIT[lang](smallest);
}

const COLUMN_UNIT: Record<Lang, (smallest: number) => MoneyUnit> = {
  "zh-CN": (smallest) => (smallest >= 1e8 ? "yi" : smallest >= 1e4 ? "wan" : "full"),
  en: (smallest) => (smallest >= 1e9 ? "billion" : smallest >= 1e6 ? "million" : "full"),
};

/** A whole amount in yuan, written out in full. */
const IN_FULL: Record<Lang, (amount: string) => string> = {
  "zh-CN": (amount) => `${amount}元`,
  en: (amount) => `RMB ${amount}`,
};

/** An amount in a column's unit (moneyColumnUnit), with the same decimals as formatMoney. */
export function formatMoneyIn(yuan: number | null, unit: MoneyUnit, lang: Lang): string {
  if (yuan === null || !Number.isFinite(yuan)) return NO_VALUE;
  const sign = yuan < 0 ? "-" : "";
  const amount = Math.abs(yuan);
  switch (unit) {
    case "yi":
      return `${sign}${decimals(amount / 1e8, 2, lang)}亿元`;
    case "wan":
      return `${sign}${decimals(amount / 1e4, 1, lang)}万元`;
    case "billion":
      return `${sign}RMB ${decimals(amount / 1e9, 2, lang)} billion`;
    case "million":
      return `${sign}RMB ${decimals(amount / 1e6, 1, lang)} million`;
    case "full":
      return `${sign}${IN_FULL[lang](decimals(Math.round(amount), 0, lang))}`;
  }
}
