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
  const amount = Math.abs(yuan);
  const whole = Math.round(amount);
  if (lang === "zh-CN") {
    if (Math.round(amount / 1e3) / 10 >= 1e4)
      return `${sign}${decimals(amount / 1e8, 2, lang)}亿元`;
    if (whole >= 1e4) return `${sign}${decimals(amount / 1e4, 1, lang)}万元`;
    return `${sign}${decimals(whole, 0, lang)}元`;
  }
  if (Math.round(amount / 1e5) / 10 >= 1e3)
    return `${sign}RMB ${decimals(amount / 1e9, 2, lang)} billion`;
  if (whole >= 1e6) return `${sign}RMB ${decimals(amount / 1e6, 1, lang)} million`;
  return `${sign}RMB ${decimals(whole, 0, lang)}`;
}

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
  if (lang === "zh-CN") return smallest >= 1e8 ? "yi" : smallest >= 1e4 ? "wan" : "full";
  return smallest >= 1e9 ? "billion" : smallest >= 1e6 ? "million" : "full";
}

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
      return lang === "zh-CN"
        ? `${sign}${decimals(Math.round(amount), 0, lang)}元`
        : `${sign}RMB ${decimals(Math.round(amount), 0, lang)}`;
  }
}
