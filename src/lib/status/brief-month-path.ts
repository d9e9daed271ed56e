/**
 * Where the brief of one as-of month lives: the latest month at `/brief/` (the link the strip and
 * readers already have), every earlier month end at `/brief/YYYY-MM/`, English under `/en`.
 */
export function briefMonthPath(asOf: string, latest: string, lang: "zh-CN" | "en"): string {
  const prefix = lang === "en" ? "/en" : "";
  return asOf === latest ? `${prefix}/brief/` : `${prefix}/brief/${briefMonthSlug(asOf)}/`;
}

/** The URL segment of a month end: `2019-06-30` → `2019-06`. */
export function briefMonthSlug(asOf: string): string {
  return asOf.slice(0, 7);
}
