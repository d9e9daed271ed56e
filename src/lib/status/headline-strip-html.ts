import { countyPartHref } from "../site/county-paths";
import { formatValue } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import type { TownRanking } from "../figures/town-ranking";
import { attrs, markup, type Html } from "../html/html";
import { type Lang, pickLabelZhEn, pickName } from "../i18n/lang";
import type { County } from "../reference/schema";
import { townName, townPath } from "../towns/town-paths";
import { statusStrings } from "../../i18n/status-strings";
import { HEADLINE_STYLE } from "./headline-style";
import { laggingTowns, rankingEnds, stripRows, taskLabel } from "./strip-rows";

export interface HeadlineStripOptions {
  /** For a town page: that town's tasks; otherwise the county's targets, lagging towns and ranking ends. */
  townId?: string | null;
  ranking?: TownRanking | null;
  /**
   * Said in place of the ranking line while the ranking is still computing (it needs DuckDB-WASM): the
   * line is then marked busy (view-busy.ts's `data-part-busy`).
   */
  rankingPending?: string | null;
  /** Where a target's line links to: its card on this page (default) or the overview. */
  detailBase?: string;
  /** One anchor every line links to instead (a town page's task table). */
  detailAnchor?: string | null;
  /** How many lagging towns are named before "and n in all". */
  maxTowns?: number;
}

/**
 * One county's (or one town's) headline strip: each target's value, deadline and one status, the towns
 * lagging behind their tasks and the ranking's first and last towns. Drawn by HeadlineStrip.astro at
 * build time and by the overview in the browser for any view (explore-overview.ts).
 */
export function headlineStripHtml(
  county: County,
  targets: readonly TargetResult[],
  lang: Lang,
  options: HeadlineStripOptions = {},
): Html {
  const {
    townId = null,
    ranking = null,
    rankingPending = null,
    detailBase = "",
    detailAnchor = null,
    maxTowns = 4,
  } = options;
  const s = statusStrings(lang);
  const countyName = pickName(county, lang);
  const town = townId === null ? null : county.towns.find((t) => t.town_id === townId);
  const heading = town ? s.townStripHeading(townName(town, lang)) : countyName;
  const rows = stripRows(county, targets, townId);
  const lagging = townId === null ? laggingTowns(county, targets) : [];
  const ends = ranking ? rankingEnds(ranking.towns) : null;
  const nameOf = (id: string) => {
    const t = county.towns.find((x) => x.town_id === id);
    return t ? townName(t, lang) : id;
  };
  const label = (t: TargetResult) => taskLabel(t, lang);
  const shown = lagging.slice(0, maxTowns);

  const title = town
    ? heading
    : markup`<a href="${`${detailBase}#county-${county.county_id}`}">${heading}</a>`;
  const table =
    rows.length === 0
      ? markup`<p class="strip-line">${s.townNoTasks}</p>`
      : markup`<table class="strip-table"><caption class="visually-hidden">${town ? heading : s.stripCaption(countyName)}</caption><thead class="visually-hidden"><tr><th scope="col">${s.col.target}</th><th scope="col">${s.col.value}</th><th scope="col">${s.col.deadline}</th><th scope="col">${s.col.status}</th></tr></thead><tbody>${rows.map(
          ({ target, headline }) => {
            const style = HEADLINE_STYLE[headline.status];
            const v = (n: number) => formatValue(n, target.metric, lang);
            // Only a stock figure read at D equals the figures CLI's line; a past year's count does not.
            const value =
              target.year === null
                ? markup`<span${attrs({
                    "data-metric": target.metric,
                    "data-county": county.county_id,
                    "data-town": town?.name ?? "",
                    "data-as-of": target.as_of,
                    "data-value": target.value,
                  })}>${v(target.value)}</span>`
                : markup`<span>${v(target.value)}</span>`;
            const atDeadline =
              headline.status === "missed" &&
              target.value_at_deadline !== null &&
              target.as_of > target.deadline
                ? markup`<span class="strip-at-deadline">${s.valueOnDeadline(v(target.value_at_deadline))}</span>`
                : null;
            return markup`<tr data-strip-target="${target.target_id}"><th scope="row"><a href="${detailAnchor ?? `${detailBase}#target-${target.target_id}`}">${label(target)}</a></th><td class="strip-value">${value} / <span data-target-value="${target.target}">${v(target.target)}</span></td><td class="strip-deadline">${s.deadlineOn(target.deadline)}</td><td class="strip-status" data-headline-status="${headline.status}" style="${`--status-color: ${style.color}`}"><span aria-hidden="true">${style.glyph}</span> ${pickLabelZhEn(style, lang)}${atDeadline}</td></tr>`;
          },
        )}</tbody></table>`;

  const towns =
    townId === null
      ? markup`<div class="strip-line strip-towns"><strong>${lagging.length === 0 ? s.laggingNone : s.laggingTowns}</strong>${
          shown.length > 0
            ? markup`<ul class="strip-list">${shown.map(({ town_id, worst }) => {
                const style = HEADLINE_STYLE[worst.status];
                return markup`<li><a href="${townPath(town_id, lang)}" data-lagging-town="${town_id}" data-headline-status="${worst.status}" style="${`--status-color: ${style.color}`}" class="strip-town"><span aria-hidden="true">${style.glyph}</span>${nameOf(town_id)}</a><span class="strip-task">${s.laggingTask(label(worst.target))}</span></li>`;
              })}</ul>`
            : null
        }${lagging.length > shown.length ? s.moreTowns(lagging.length) : null}</div>`
      : null;

  const rankingLine =
    ends && ranking
      ? markup`<div class="strip-line strip-ranking"><strong><a href="${countyPartHref(county.county_id, "ranking", lang, `#ranking-${county.county_id}`)}">${s.ranking(ranking.year)}</a></strong><span class="strip-end">${s.first}</span><ul class="strip-list">${ends.first.map(
          (t) =>
            markup`<li><a href="${townPath(t.town_id, lang)}" data-rank-first="${t.town_id}">${nameOf(t.town_id)}</a></li>`,
        )}</ul>${
          ends.last.length > 0
            ? markup`<span class="strip-end">${s.last}</span><ul class="strip-list">${ends.last.map(
                (t) =>
                  markup`<li><a href="${townPath(t.town_id, lang)}" data-rank-last="${t.town_id}">${nameOf(t.town_id)}</a></li>`,
              )}</ul>`
            : null
        }</div>`
      : rankingPending !== null
        ? markup`<div class="strip-line strip-ranking" data-part-busy aria-busy="true">${rankingPending}</div>`
        : null;

  return markup`<div class="strip-unit" data-strip-county="${county.county_id}" data-strip-town="${townId ?? ""}"><h3 class="strip-title">${title}</h3>${table}${towns}${rankingLine}</div>`;
}
