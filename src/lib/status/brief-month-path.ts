import { localizedPath } from "../i18n/lang";
/**
 * Where the brief of one as-of month lives: the latest month at `/brief/` (the link the strip and
 * readers already have), every earlier month end at `/brief/YYYY-MM/`, English under `/en`. On a
 * province site a county's own brief is below its page: `/county/<county_id>/brief/[YYYY-MM/]`.
 */
export function briefMonthPath(
  asOf: string,
  latest: string,
  lang: "zh-CN" | "en",
  countyId?: string,
): string {
  const base = countyId === undefined ? "/brief/" : `/county/${countyId}/brief/`;
  return asOf === latest
    ? localizedPath(base, lang)
    : localizedPath(`${base}${briefMonthSlug(asOf)}/`, lang);
}

/** The URL segment of a month end: `2019-06-30` → `2019-06`. */
export function briefMonthSlug(asOf: string): string {
  return asOf.slice(0, 7);
}

/**
 * The month ends the brief is pre-rendered for, of those the data covers: quarter ends and the latest
 * month. Every month (two languages × ~45 months of figures and rankings) added ~19 s to ~31 s of
 * page generation on the sample data; quarter ends add ~4 s, and a meeting looks back by quarter.
 */
export function briefMonthsOf(monthEnds: readonly string[], latest: string): string[] {
  return monthEnds.filter((m) => m === latest || ["03", "06", "09", "12"].includes(m.slice(5, 7)));
}
