import type { Lang } from "../lib/i18n/lang";
import { proseDate } from "../lib/format/format-date";

/**
 * An ISO date in prose (docs/words-and-numbers.md §2), by the one date formatter (`proseDate`):
 * 2020年12月31日 / "31 December 2020". Anything that is not an ISO date passes through unchanged, so a
 * caller never prints "NaN年".
 */
export const longDate = (iso: string, lang: Lang): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? proseDate(iso, lang) : iso;
