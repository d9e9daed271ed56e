import type { Lang } from "../i18n/lang";
import { NO_VALUE } from "./format-count";
import { numberFormat } from "./number-format";

/** Shares are shown to this many decimals of a percent. */
export const SHARE_DECIMALS = 1;
const STEP = 10 ** SHARE_DECIMALS;

/**
 * A share (0.9 = 90%) as a percent to one decimal at most: `88%`, `99.9%`, `136.7%`. A share below 1 never
 * reads 100%: where rounding would make it so it is floored at the shown decimal (0.9996 → 99.9%), since a
 * target short by a hair is not met. A share of 1 or more shows its rounded value. Null prints as a dash.
 */
export function formatShare(share: number | null, lang: Lang): string {
  if (share === null || !Number.isFinite(share)) return NO_VALUE;
  const percent = share * 100;
  const rounded = Math.round(percent * STEP) / STEP;
  const shown = share < 1 && rounded >= 100 ? Math.floor(percent * STEP) / STEP : rounded;
  return `${numberFormat(lang, SHARE_DECIMALS, false).format(shown + 0)}%`;
}
