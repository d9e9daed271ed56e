import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { markup, type Html } from "../html/html";
import { headlineHtml } from "../html/headline-html";

/** The county's count of factories without a report in the last three months, as a marked figure. */
export function notReportingCountHtml(
  countyId: string,
  count: number,
  asOf: string,
  lang: Lang,
): Html {
  const t = strings(lang);
  return markup`${t.notReporting}${headlineHtml({
    metric: "not_reporting",
    county: countyId,
    town: "",
    asOf,
    value: count,
    text: t.notReportingCount(String(count)),
  })}`;
}
