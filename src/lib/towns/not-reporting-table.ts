import { townStrings } from "../../i18n/town-strings";
import type { Lang } from "../i18n/lang";
import { formatCount } from "../charts/metric-label";
import type { NotReportingRow } from "../figures/decode-rows";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import { provinceSite } from "../site/county-paths";
import { factoryPath, townName, townPath } from "./town-paths";

/**
 * The factories without a report in the three months to D (DATA-CONTRACT §5: listed, never dropped), with a
 * town column on a county's list and without one on a town's own page.
 */
export function notReportingTableHtml(
  county: County,
  rows: readonly NotReportingRow[],
  caption: string,
  showTown: boolean,
  lang: Lang,
): Html {
  const s = townStrings(lang);
  if (rows.length === 0) return markup`<p class="not-reporting-none">${s.notReportingNone}</p>`;
  const body = rows.map((row) => {
    const town = county.towns.find((t) => t.town_id === row.town_id);
    const townCell = showTown
      ? markup`<td>${town ? markup`<a${attrs({ href: townPath(town.town_id, lang) })}>${townName(town, lang)}</a>` : row.town_name}</td>`
      : null;
    return markup`<tr${attrs({ "data-factory": row.factory_id })}>
<th scope="row"><a${attrs({ href: factoryPath(row, lang, provinceSite()), lang: "zh-CN" })}>${row.name}</a></th>
${townCell}
<td>${row.last_period_end}</td>
<td class="num">${formatCount(row.months_since, lang)}</td>
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "not-reporting-table", "data-not-reporting": county.county_id })}>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.nr.factory}</th>
${showTown ? markup`<th scope="col">${s.nr.town}</th>` : null}
<th scope="col">${s.nr.lastReport}</th>
<th scope="col" class="num">${s.nr.months}</th>
</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}
