import { rankingStrings } from "../../i18n/ranking-strings";
import { LIST_SEPARATOR, type Lang, pickLabel, pickName, PUNCTUATION } from "../i18n/lang";
import { townLabel } from "../charts/town-name";
import type { TownRanking } from "../figures/town-ranking";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import type { Scoring } from "../reference/scoring-schema";
import { townPath } from "../towns/town-paths";
import { moneyColumnUnit } from "../format/format-money";
import { indicatorValueText, taskText } from "./indicator-value";
import { rankChange } from "./rank-change";
import { shownDecimals } from "../figures/rank-towns";

/**
 * A county's assessment ranking as a table: rank (ties marked), town, score, then each indicator's value
 * and points, then the change of rank against the previous year in a symbol and in words. Rank and score
 * carry the §5 data-* attributes (`assessment_rank`, `assessment_score`).
 */
export function rankingTableHtml(
  county: County,
  ranking: TownRanking,
  scoring: Scoring,
  lang: Lang,
): Html {
  const r = rankingStrings(lang);
  const decimals = shownDecimals(scoring);
  const signed = (n: number) =>
    `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(decimals)}`;
  const labelOf = (indicator: string) => {
    const spec = scoring.indicators.find((i) => i.indicator === indicator);
    return spec ? pickLabel(spec, lang) : indicator;
  };
  // One unit per money column (docs/words-and-numbers.md): chosen from every town's value of the indicator.
  const units = new Map(
    scoring.indicators.map((spec) => [
      spec.indicator,
      moneyColumnUnit(
        ranking.towns.map(
          (t) => t.breakdown.find((b) => b.indicator === spec.indicator)?.value ?? null,
        ),
        lang,
      ),
    ]),
  );
  const nameEn = new Map(county.towns.map((t) => [t.town_id, t.name_en]));
  const names = new Map(
    ranking.towns.map((t) => [
      t.town_id,
      townLabel(
        { town_id: t.town_id, town_name: t.town_name, town_name_en: nameEn.get(t.town_id) ?? "" },
        lang,
      ),
    ]),
  );
  const figure = (town: TownRanking["towns"][number], metric: string, value: number) =>
    attrs({
      "data-metric": metric,
      "data-county": county.county_id,
      "data-town": town.town_name,
      "data-as-of": ranking.as_of,
      "data-value": value,
    });
  const rows = ranking.towns.map((town) => {
    const change = rankChange(town.rank_change);
    const tied = town.tied_with.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR[lang]);
    const changeWords =
      change.move === "up"
        ? r.change.up(change.places ?? 0)
        : change.move === "down"
          ? r.change.down(change.places ?? 0)
          : change.move === "same"
            ? r.change.same
            : r.change.none;
    // A ranking built before reasons existed (or by hand) has none.
    const why = town.change_reason ?? null;
    const reason =
      why === null
        ? null
        : why.indicator !== null && why.points_delta !== null
          ? r.reasonBy(labelOf(why.indicator), signed(why.points_delta))
          : r.reasonOthers(signed(why.score_delta));
    const indicators = scoring.indicators.map((spec) => {
      const c = town.breakdown.find((b) => b.indicator === spec.indicator);
      const task = c?.task ?? null;
      return markup`<td${attrs({ class: "num", "data-indicator": spec.indicator, "data-value": c?.value ?? "" })}>${indicatorValueText(spec.indicator, c?.value ?? null, lang, units.get(spec.indicator))}${task === null ? null : markup` <span class="task">${r.task(taskText(task, lang))}</span>`}</td>
<td${attrs({ class: "num points", "data-points": spec.indicator, "data-value": c?.points ?? 0 })}>${(c?.points ?? 0).toFixed(decimals)}</td>`;
    });
    return markup`<tr${attrs({ "data-town-id": town.town_id })}>
<td class="num rank"${figure(town, "assessment_rank", town.rank)}>${town.rank}${
      tied
        ? markup` <span class="tie"${attrs({ title: r.tiedWith(tied) })}>${r.tied}<span class="sr-only">${PUNCTUATION[lang].comma}${r.tiedWith(tied)}</span></span>`
        : null
    }</td>
<th scope="row"><a${attrs({ href: townPath(town.town_id, lang) })}>${names.get(town.town_id)}</a></th>
<td class="num score"${figure(town, "assessment_score", town.score)}>${town.score.toFixed(decimals)}</td>
${indicators}
<td${attrs({ class: `change change-${change.move}`, "data-value": town.rank_change ?? "" })}><span aria-hidden="true">${change.glyph}</span><span class="sr-only">${changeWords}</span>${reason === null ? null : markup`<span class="change-reason">${reason}</span>`}</td>
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "ranking-table", "data-testid": "ranking-table", "data-county": county.county_id })}>
<caption>${r.tableCaption(pickName(county, lang), ranking.year)}</caption>
<thead>
<tr>
<th scope="col" rowspan="2" class="num">${r.col.rank}</th>
<th scope="col" rowspan="2">${r.col.town}</th>
<th scope="col" rowspan="2" class="num">${r.col.score}</th>
${scoring.indicators.map((spec) => markup`<th scope="colgroup" colspan="2" class="indicator">${pickLabel(spec, lang)}</th>`)}
<th scope="col" rowspan="2">${r.col.change}</th>
</tr>
<tr>${scoring.indicators.map(
    () =>
      markup`<th scope="col" class="num sub">${r.col.value}</th>
        <th scope="col" class="num sub">${r.col.points}</th>`,
  )}</tr>
</thead>
<tbody>${rows}</tbody>
</table></div>`;
}
