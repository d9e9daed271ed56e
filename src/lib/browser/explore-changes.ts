import { reference } from "../reference/bundled-reference";
import { changesStrings } from "../../i18n/changes-strings";
import { strings } from "../../i18n/strings";
import { type Lang, pickName } from "../i18n/lang";
import { changesAsOf } from "../changes/changes-as-of";
import { countyChangesHtml } from "../changes/changes-html";
import type { FigureSource } from "./figure-source";
import {
  exploreController,
  showCountySection,
  type AppliedState,
  type ExploreController,
} from "./explore-controls";

/**
 * The changes page for a state: each county shown gets changesAsOf at the chosen month (with the chosen
 * town and industries) drawn by countyChangesHtml, the function ChangesPage.astro uses at build time.
 */
async function applyChanges(state: AppliedState, source: FigureSource, lang: Lang): Promise<void> {
  // Factories new, stopped and back are factory-level questions: DuckDB-WASM answers them, not the cube.
  const engine = await source.engine();
  const s = changesStrings(lang);
  const notice = document.querySelector("[data-testid='synthetic-notice']")
    ? strings(lang).syntheticNotice
    : null;
  const intro = document.querySelector('[data-changes-part="intro"]');
  if (intro) intro.textContent = s.intro(state.asOf);
  for (const section of document.querySelectorAll<HTMLElement>("[data-county-changes]")) {
    const county = reference.counties.find((c) => c.county_id === section.dataset["countyChanges"]);
    if (!county) continue;
    if (!showCountySection(section, county.county_id, state, `changes-${county.county_id}`))
      continue;
    const townId = state.town !== null && state.county === county.county_id ? state.town : null;
    const scope = { countyId: county.county_id, townId, industries: state.industries };
    const queried = performance.now();
    const result = await changesAsOf(engine.runner, county, state.asOf, scope);
    const drawn = performance.now();
    const heading = section.querySelector('[data-changes-part="heading"]');
    if (heading) heading.textContent = s.countyHeading(pickName(county, lang), state.asOf);
    const body = section.querySelector('[data-changes-part="body"]');
    if (body) body.innerHTML = countyChangesHtml(county, result, lang, notice).markup;
    performance.measure("explore:figures", { start: queried, end: drawn });
  }
  // This page draws no chart later (draw-scheduler.ts): say so, as pages with charts do once they are drawn.
  document.documentElement.dataset["chartsPending"] = "0";
}

/** Called by ExploreControls.astro's script once this chunk has loaded. */
export function startExplore(form: HTMLFormElement): ExploreController {
  return exploreController(form, applyChanges);
}
