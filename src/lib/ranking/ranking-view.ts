import { rankingStrings } from "../../i18n/ranking-strings";
import { type Lang, pickName } from "../i18n/lang";
import type { RankingBarsData } from "../charts/ranking-bars";
import { townLabel } from "../charts/town-name";
import type { TownRanking } from "../figures/town-ranking";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import type { Scoring } from "../reference/scoring-schema";

/**
 * What a county's ranking section shows for one ranking, the same at build time (CountyRanking.astro) and
 * in the browser after a person changes the month or industries (src/lib/browser/explore-ranking.ts).
 */
export interface RankingView {
  heading: string;
  chart: { data: RankingBarsData; title: string; description: string };
}

export function rankingView(
  county: County,
  ranking: TownRanking,
  scoring: Scoring,
  lang: Lang,
): RankingView {
  const r = rankingStrings(lang);
  const name = pickName(county, lang);
  const data: RankingBarsData = {
    towns: ranking.towns,
    indicators: scoring.indicators,
    townNamesEn: Object.fromEntries(county.towns.map((t) => [t.town_id, t.name_en])),
  };
  const first = ranking.towns[0];
  const firstName = first
    ? townLabel(
        {
          town_id: first.town_id,
          town_name: first.town_name,
          town_name_en: data.townNamesEn?.[first.town_id] ?? "",
        },
        lang,
      )
    : "";
  return {
    heading: r.countyHeading(name, ranking.year),
    chart: {
      data,
      title: r.chartTitle(name, ranking.year),
      description: r.chartDescription(
        name,
        ranking.towns.length,
        firstName,
        first ? first.score.toFixed(1) : "",
      ),
    },
  };
}

/** The line under a county's heading: the date the values are read at, and the provisional-task note. */
export function rankingAsOfHtml(ranking: TownRanking, lang: Lang): Html {
  const r = rankingStrings(lang);
  const hasPrevious = ranking.towns.some((t) => t.previous_rank !== null);
  return markup`<time${attrs({ datetime: ranking.as_of })}>${hasPrevious ? r.valuesAt(ranking.as_of, ranking.year - 1) : r.noPrevious}</time>${
    ranking.provisional_tasks
      ? markup` <span class="provisional">${r.provisionalTasks}</span>`
      : null
  }`;
}
