import { townStrings } from "../../i18n/town-strings";
import type { Lang } from "../i18n/lang";
import { formatCount } from "../charts/metric-label";
import { attrs, markup, type Html } from "../html/html";
import { statusColorStyle, statusHtml } from "../html/status-html";
import type { County } from "../reference/schema";
import { townName, townPath } from "./town-paths";
import { ruleYears, type TownYearlyRule } from "./town-tasks";

/** A county's per-town yearly rule (Pingli: ≥2 new factories a year): a row per town, a column per year. */
export function yearlyRuleTableHtml(
  county: County,
  rows: readonly TownYearlyRule[],
  caption: string,
  lang: Lang,
): Html {
  const s = townStrings(lang);
  const years = ruleYears(rows);
  const body = rows.map((row) => {
    const town = county.towns.find((t) => t.town_id === row.town_id);
    const cells = years.map((year) => {
      const cell = row.years.find((c) => c.year === year);
      if (!cell) return markup`<td class="num">—</td>`;
      return markup`<td${attrs({
        class: "num rule-cell",
        "data-year": year,
        "data-status": cell.status,
        "data-new-factories": cell.value,
        style: statusColorStyle(cell.status),
      })}>${s.ruleCell(formatCount(cell.value, lang), formatCount(cell.target, lang))} <span class="status-tag">${statusHtml(cell.status, lang)}</span></td>`;
    });
    return markup`<tr${attrs({ "data-town-row": row.town_id })}>
<th scope="row">${town ? markup`<a${attrs({ href: townPath(town.town_id, lang) })}>${townName(town, lang)}</a>` : row.town_id}</th>
${cells}
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "rule-table", "data-rule-county": county.county_id })}>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.nr.town}</th>
${years.map((y) => markup`<th scope="col" class="num">${s.yearCol(y)}</th>`)}
</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}
