import { reference, scoring } from "../reference/bundled-reference";
import { rankingStrings } from "../../i18n/ranking-strings";
import { strings } from "../../i18n/strings";
import { type Lang, PUNCTUATION } from "../i18n/lang";
import { exploreStrings } from "../../i18n/explore-strings";
import { rankingBars, rankingTable } from "../charts/ranking-bars";
import { yearOf } from "../figures/month-end";
import { townRanking } from "../figures/town-ranking";
import { rankingTableHtml } from "../ranking/ranking-table";
import { rankingAsOfHtml, rankingView } from "../ranking/ranking-view";
import { fillChartTable, redrawChart } from "./chart-dom";
import { flushDrawings } from "./draw-scheduler";
import {
  exploreController,
  showCountySection,
  showsCounty,
  type AppliedState,
  type ExploreController,
} from "./explore-controls";
import type { FigureSource } from "./figure-source";
import { markPartBusy } from "./view-busy";

/** Marks the chosen town's row (or none): a class for the eye, a visually hidden word for screen readers. */
function markChosenTown(section: HTMLElement, townId: string | null, lang: Lang): void {
  for (const row of section.querySelectorAll<HTMLTableRowElement>("tr[data-town-id]")) {
    const chosen = row.dataset["townId"] === townId;
    row.classList.toggle("chosen-town", chosen);
    row.querySelector(".chosen-mark")?.remove();
    if (!chosen) continue;
    const mark = document.createElement("span");
    mark.className = "chosen-mark sr-only";
    const word = exploreStrings(lang).chosenTown;
    mark.textContent = PUNCTUATION[lang].aside(word);
    row.querySelector("th")?.append(mark);
  }
}

/**
 * The ranking page for a state: each county shown gets the ranking for the year of the chosen month (values
 * at 31 December, or at that month in its own year), with the chosen industries, drawn by the same
 * functions CountyRanking.astro uses at build time; the chosen town's row is marked.
 */
async function applyRanking(state: AppliedState, source: FigureSource, lang: Lang): Promise<void> {
  const r = rankingStrings(lang);
  const t = strings(lang);
  const year = yearOf(state.asOf);
  // The figures cube answers every indicator, reporting completeness included (its reporting health at
  // each month end): the ranking is drawn at once. Only a county whose cube could not be read waits for
  // DuckDB-WASM, and says so in place.
  const sections = Array.from(document.querySelectorAll<HTMLElement>("[data-county-ranking]"));
  for (const section of sections) {
    const county = reference.counties.find((c) => c.county_id === section.dataset["countyRanking"]);
    if (!county) continue;
    if (!showCountySection(section, county.county_id, state, `ranking-${county.county_id}`)) {
      markPartBusy(section, null);
      continue;
    }
    if (!source.engineReady() && !(await source.cubeHolds(county.county_id)))
      markPartBusy(section, exploreStrings(lang).rankingWaitsForEngine);
  }
  for (const section of sections) {
    const county = reference.counties.find((c) => c.county_id === section.dataset["countyRanking"]);
    if (!county || !showsCounty(state, county.county_id)) continue;
    const queried = performance.now();
    const ranking = await townRanking(
      source.runner,
      county,
      scoring,
      year,
      state.asOf,
      state.industries,
    );
    const drawn = performance.now();
    const view = rankingView(county, ranking, scoring, lang);
    const heading = section.querySelector('[data-ranking-part="heading"]');
    if (heading) heading.textContent = view.heading;
    const asOf = section.querySelector('[data-ranking-part="as-of"]');
    if (asOf) asOf.innerHTML = rankingAsOfHtml(ranking, lang).markup;
    const note = section.querySelector<HTMLElement>("[data-ranking-industry-note]");
    if (note) note.hidden = state.industries.length === 0;
    const table = section.querySelector('[data-ranking-part="table"]');
    if (table) table.innerHTML = rankingTableHtml(county, ranking, scoring, lang).markup;
    markChosenTown(section, state.town, lang);
    const { data, title, description } = view.chart;
    const figure = redrawChart(
      `ranking-bars-${county.county_id}`,
      (size, doc) => rankingBars(data, { ...size, lang, document: doc }),
      { title, description, asOf: ranking.as_of, data },
    );
    const chartTable = figure?.querySelector<HTMLTableElement>("table.chart-table");
    if (chartTable)
      fillChartTable(chartTable, () => rankingTable(data, lang), r.chartTableCaption(title));
    markPartBusy(section, null);
    performance.measure("explore:figures", { start: queried, end: drawn });
    flushDrawings();
    performance.measure("explore:draw", { start: drawn, end: performance.now() });
  }
  // The words that name the view change with the rankings they describe, not while those still compute.
  const intro = document.querySelector('[data-ranking-part="intro"]');
  if (intro) intro.textContent = r.intro(year, state.asOf);
  const printHeader = document.querySelector('[data-ranking-part="print-header"]');
  if (printHeader) printHeader.textContent = `${t.siteTitle} · ${r.printHeader(state.asOf)}`;
}

/** Called by ExploreControls.astro's script once this chunk has loaded. */
export function startExplore(form: HTMLFormElement): ExploreController {
  return exploreController(form, applyRanking);
}
