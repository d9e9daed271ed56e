import { townStrings } from "../../i18n/town-strings";
import { type Lang, pickName } from "../i18n/lang";
import { formatCount } from "../charts/metric-label";
import { bodyRows } from "../html/body-rows";
import { attrs, classList, markup, type Html } from "../html/html";
import type { Industry } from "../reference/schema";
import type { TownFactoryRow } from "../sql/town-factories-sql";
import { provinceSite } from "../site/county-paths";
import { factoryPath } from "./town-paths";

/** A town's factories with their current report at D; a factory that stopped reporting says so. */
export function townFactoriesTableHtml(
  factories: readonly TownFactoryRow[],
  industries: readonly Industry[],
  caption: string,
  lang: Lang,
): Html {
  const s = townStrings(lang);
  if (factories.length === 0) return markup`<p class="factories-none">${s.factoriesNone}</p>`;
  const industry = (code: string) => {
    const found = industries.find((i) => i.code === code);
    return found ? pickName(found, lang) : code;
  };
  const rows = factories.map(
    (f) => markup`<tr${attrs({ "data-factory": f.factory_id, "data-active": String(f.active) })}>
<th scope="row"><a${attrs({ href: factoryPath(f, lang, provinceSite()), lang: "zh-CN" })}>${f.name}</a>${f.is_leading ? markup` <span class="factory-mark">${s.leadingMark}</span>` : null}</th>
<td>${industry(f.industry)}</td>
<td class="date">${f.opened_on ?? "—"}</td>
<td${attrs({ class: classList("factory-status", !f.active && "stopped") })}>${f.active ? s.active : s.stoppedSince(f.last_period_end)}</td>
<td class="num">${formatCount(f.employees, lang)}</td>
<td class="num">${formatCount(f.poor_workers, lang)}</td>
</tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0"><table class="factories-table">
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.f.name}</th>
<th scope="col">${s.f.industry}</th>
<th scope="col">${s.f.opened}</th>
<th scope="col">${s.f.status}</th>
<th scope="col" class="num">${s.f.jobs}</th>
<th scope="col" class="num">${s.f.poor}</th>
</tr></thead>
<tbody>${bodyRows(rows)}</tbody>
</table></div>`;
}
