import { reference, scoring } from "../reference/bundled-reference";
import { strings } from "../../i18n/strings";
import { type Lang, pickName } from "../i18n/lang";
import { townStrings } from "../../i18n/town-strings";
import { exploreStrings } from "../../i18n/explore-strings";
import { statusStrings } from "../../i18n/status-strings";
import { yearOf } from "../figures/month-end";
import { townRanking, type TownRanking } from "../figures/town-ranking";
import { headlineStripHtml } from "../status/headline-strip-html";
import { countyWords } from "../site/county-words";
import { progressChart, progressTable } from "../charts/progress-chart";
import { smallMultiples, smallMultiplesTable } from "../charts/small-multiples";
import { townMap, townMapTable } from "../charts/town-map";
import { notReportingRowSchema, queryRows } from "../figures/decode-rows";
import { figuresAndTargets, type FiguresAndTargets } from "../figures/figures-as-of";
import { NOT_REPORTING_COUNTIES_SQL, notReportingCountiesParams } from "../sql/not-reporting-sql";
import type { QueryRunner } from "../figures/query-runner";
import type { Html } from "../html/html";
import { notReportingCountHtml } from "../overview/not-reporting-count-html";
import { townMapCellExtras } from "../overview/overview-charts";
import { overviewCountyView } from "../overview/overview-view";
import { targetCardHtml } from "../overview/target-card-html";
import { townPanelHtml } from "../overview/town-panel-html";
import { townTasksMatrixHtml } from "../overview/town-tasks-matrix-html";
import type { County } from "../reference/schema";
import { notReportingTableHtml } from "../towns/not-reporting-table";
import { yearlyRuleTableHtml } from "../towns/yearly-rule-table";
import { fillChartTable, fillWhenSeen, redrawChart } from "./chart-dom";
import { flushDrawings } from "./draw-scheduler";
import {
  exploreController,
  showCountySection,
  showsCounty,
  type AppliedState,
  type ExploreController,
} from "./explore-controls";

/** One county's figures for a state: the whole county, and the chosen town's own when one is chosen. */
export interface OverviewFigures {
  whole: FiguresAndTargets;
  town: FiguresAndTargets | null;
}
import type { FigureSource } from "./figure-source";
import { markPartBusy, settled } from "./view-busy";

/**
 * Where the overview gets its figures: the one call to change to answer from another source (a
 * pre-aggregated table), since everything drawn below is a pure function of what this returns.
 */
export async function overviewFigures(
  runner: QueryRunner,
  county: County,
  state: AppliedState,
): Promise<OverviewFigures> {
  const scope = { countyId: county.county_id, townId: null, industries: state.industries };
  const townId = state.county === county.county_id ? state.town : null;
  const [whole, town] = await Promise.all([
    figuresAndTargets(runner, county, state.asOf, scope),
    townId ? figuresAndTargets(runner, county, state.asOf, { ...scope, townId }) : null,
  ]);
  return { whole, town };
}

/**
 * Replaces a part of a county's section (`[data-overview-part=<name>]`) with the build's own markup, made
 * when the part is drawn (chart-dom.ts fillWhenSeen: at once on the screen, else in idle time).
 */
function fill(root: ParentNode, part: string, html: () => Html | null): void {
  const element = root.querySelector<HTMLElement>(`[data-overview-part="${part}"]`);
  if (element)
    fillWhenSeen(
      element,
      () => html()?.markup ?? "",
      (markup) => (element.innerHTML = markup),
    );
}

/**
 * Redraws a target card in place (the same element, so the drawing scheduler knows where it is), keeping
 * its folded parts open or closed.
 */
function fillCard(card: HTMLElement, html: () => Html): void {
  fillWhenSeen(
    card,
    () => html().markup,
    (markup) => {
      const open = Array.from(card.querySelectorAll("details"), (d) => d.open);
      const template = document.createElement("template");
      template.innerHTML = markup;
      const fresh = template.content.firstElementChild;
      if (!fresh) return;
      for (const { name } of Array.from(card.attributes))
        if (!fresh.hasAttribute(name)) card.removeAttribute(name);
      for (const { name, value } of Array.from(fresh.attributes))
        if (card.getAttribute(name) !== value) card.setAttribute(name, value);
      fresh.querySelectorAll("details").forEach((d, i) => (d.open = open[i] ?? false));
      card.replaceChildren(...Array.from(fresh.childNodes));
    },
  );
}

/**
 * A county's section for a state, every part from overviewCountyView and the markup functions that
 * CountyOverview.astro uses at build time: target cards, progress charts and their tables, the chosen
 * town's figures, the not-reporting count and list, the town map, the town small multiples, the yearly
 * rule and the town tasks.
 */
function renderCounty(
  section: HTMLElement,
  county: County,
  figures: OverviewFigures,
  lang: Lang,
): void {
  const t = strings(lang);
  const result = figures.whole;
  const view = overviewCountyView(county, result, lang);
  for (const { target, chart } of view.targets) {
    const card = section.querySelector<HTMLElement>(`article[data-target="${target.target_id}"]`);
    if (card) fillCard(card, () => targetCardHtml(county, target, lang));
    const figure = redrawChart(
      chart.id,
      (size, doc) => progressChart(chart.data, { ...size, lang, document: doc }),
      { ...chart, asOf: result.as_of },
    );
    const table = figure?.querySelector<HTMLTableElement>("table.chart-table");
    if (table)
      fillChartTable(table, () => progressTable(chart.data, lang), t.tableCaption(chart.title));
  }

  const town = county.towns.find((tw) => tw.town_id === figures.town?.scope.townId);
  const panel = figures.town;
  fill(section, "town-panel", () =>
    panel && town ? townPanelHtml(county, town, panel, lang) : null,
  );
  const notReporting = view.notReporting;
  if (notReporting !== null)
    fill(section, "not-reporting-count", () =>
      notReportingCountHtml(county.county_id, notReporting, view.asOf, lang),
    );

  const { map, multiples } = view;
  const mapFigure = redrawChart(
    map.id,
    (size, doc) => townMap(map.data, { ...size, lang, document: doc }),
    { ...map, asOf: result.as_of },
  );
  const mapTable = mapFigure?.querySelector<HTMLTableElement>("table.chart-table");
  if (mapTable)
    fillChartTable(
      mapTable,
      () => townMapTable(map.data, lang),
      t.tableCaption(map.title),
      () => townMapCellExtras(map.data, county.county_id, result.as_of, lang),
    );
  const multiplesFigure = redrawChart(
    multiples.id,
    (size, doc) => smallMultiples(multiples.data, { ...size, lang, document: doc }),
    { ...multiples, asOf: result.as_of },
  );
  const multiplesTable = multiplesFigure?.querySelector<HTMLTableElement>("table.chart-table");
  if (multiplesTable)
    fillChartTable(
      multiplesTable,
      () => smallMultiplesTable(multiples.data, lang),
      t.tableCaption(multiples.title),
    );

  fill(section, "rule", () => yearlyRuleTableHtml(county, view.ruleRows, view.ruleCaption, lang));
  fill(section, "tasks", () => townTasksMatrixHtml(county, result.targets, view.asOf, lang));
}

async function applyOverview(state: AppliedState, source: FigureSource, lang: Lang): Promise<void> {
  const sections = Array.from(
    document.querySelectorAll<HTMLElement>("[data-county-section]"),
  ).flatMap((section) => {
    const county = reference.counties.find((c) => c.county_id === section.dataset["countySection"]);
    return county ? [{ section, county }] : [];
  });
  // Measures for bench/engine.ts: the engine's share of a change and the redrawing's.
  const queried = performance.now();
  // Every county's figures first (one engine, queries in a row), then all the drawing at once.
  const results = await Promise.all(
    sections.map(async ({ county }) =>
      showsCounty(state, county.county_id) ? overviewFigures(source.runner, county, state) : null,
    ),
  );
  const drawn = performance.now();
  const intro = document.querySelector('[data-overview-part="intro"]');
  // The intro names the counties in view, as the published page names all of them.
  const inView = reference.counties.filter((c) => showsCounty(state, c.county_id));
  if (intro) intro.textContent = strings(lang).overviewIntro(countyWords(inView, lang), state.asOf);
  const strip = document.querySelector<HTMLElement>("[data-headline-strip]");
  if (strip) await drawStrip(strip, sections, results, state, source, lang);
  sections.forEach(({ section, county }, i) => {
    const result = results[i];
    if (!showCountySection(section, county.county_id, state, `county-${county.county_id}`)) {
      fill(section, "town-panel", () => null);
      return;
    }
    if (result) renderCounty(section, county, result, lang);
  });
  void fillNotReporting(sections, state, source, lang);
  performance.measure("explore:figures", { start: queried, end: drawn });
  flushDrawings();
  performance.measure("explore:draw", { start: drawn, end: performance.now() });
}

let stripFor: AppliedState | null = null;
/** The markup the strip's units were last filled with by this script (not the build's: it may differ). */
const stripMarkup = new WeakMap<Element, string>();

/**
 * The headline strip above the counties, for the view (the first thing a leader reads): each county in
 * view's targets and lagging towns from the figures just computed, drawn at once by the build's own
 * function, with its ranking line (a whole year's assessment, reporting completeness included) from the
 * figures cube too. Only a county whose cube could not be read has its ranking line follow from
 * DuckDB-WASM, said in place until then.
 */
async function drawStrip(
  strip: HTMLElement,
  sections: readonly { county: County }[],
  results: readonly (OverviewFigures | null)[],
  state: AppliedState,
  source: FigureSource,
  lang: Lang,
): Promise<void> {
  stripFor = state;
  const year = yearOf(state.asOf);
  const asOf = strip.querySelector("[data-strip-as-of]");
  if (asOf) asOf.textContent = statusStrings(lang).stripIntro(state.asOf);
  const units = strip.querySelector<HTMLElement>("[data-strip-units]");
  if (!units) return;
  const shown = sections.flatMap(({ county }, i) => {
    const result = results[i];
    return result ? [{ county, targets: result.whole.targets }] : [];
  });
  const rank = (county: County) =>
    townRanking(source.runner, county, scoring, year, state.asOf, state.industries);
  const draw = (rankings: ReadonlyMap<string, TownRanking>) => {
    const markup = shown
      .map(({ county, targets }) =>
        headlineStripHtml(county, targets, lang, {
          ranking: rankings.get(county.county_id) ?? null,
          rankingPending: rankings.has(county.county_id)
            ? null
            : exploreStrings(lang).stripRankingWaits(year),
        }),
      )
      .join("");
    if (stripMarkup.get(units) === markup) return;
    stripMarkup.set(units, markup);
    units.innerHTML = markup;
  };
  const holds = await Promise.all(shown.map(({ county }) => source.cubeHolds(county.county_id)));
  const fromCube = await Promise.all(
    shown.map(({ county }, i) => (holds[i] ? rank(county).catch(() => null) : null)),
  );
  const rankings = new Map(fromCube.flatMap((r) => (r ? [[r.county_id, r] as const] : [])));
  draw(rankings);
  const waiting = shown.filter(({ county }) => !rankings.has(county.county_id));
  if (waiting.length === 0) return;
  void settled()
    .then(() => (stripFor === state ? Promise.all(waiting.map(({ county }) => rank(county))) : []))
    .then(
      (later) => {
        if (stripFor !== state || later.length === 0) return;
        draw(new Map([...rankings, ...later.map((r) => [r.county_id, r] as const)]));
      },
      // The engine could not start: the ranking line keeps saying it waits; the figures are current.
      () => undefined,
    );
}

let listsFor: AppliedState | null = null;

/**
 * The not-reporting lists name factories, which the figures cube does not hold: they follow from
 * DuckDB-WASM once it is ready, after every figure is on screen, in one query for every county shown
 * (each row names its county). Until then each list stays marked busy on its own, saying why in place
 * (the page's marks are cleared when the figures are drawn), and a list of a view no longer chosen is
 * never drawn.
 */
async function fillNotReporting(
  sections: readonly { section: HTMLElement; county: County }[],
  state: AppliedState,
  source: FigureSource,
  lang: Lang,
): Promise<void> {
  listsFor = state;
  const shown = sections.filter(({ county }) => showsCounty(state, county.county_id));
  const lists = shown.flatMap(({ section, county }) => {
    const list = section.querySelector<HTMLElement>('[data-overview-part="not-reporting"]');
    return list ? [{ list, county }] : [];
  });
  const why = exploreStrings(lang).partWaitsForEngine;
  for (const { list } of lists) markPartBusy(list, why);
  try {
    await settled();
    if (listsFor !== state) return;
    const engine = await source.engine();
    if (listsFor !== state || lists.length === 0) return;
    const rows = await queryRows(
      engine.runner,
      notReportingRowSchema,
      NOT_REPORTING_COUNTIES_SQL,
      notReportingCountiesParams(
        lists.map(({ county }) => county.county_id),
        state.industries,
        state.asOf,
      ),
    );
    if (listsFor !== state) return;
    for (const { list, county } of lists) {
      const own = rows.filter((r) => r.county_id === county.county_id);
      const caption = townStrings(lang).notReportingCaption(pickName(county, lang), state.asOf);
      list.innerHTML = notReportingTableHtml(county, own, caption, true, lang).markup;
      markPartBusy(list, null);
    }
  } catch {
    // The engine could not start: the list keeps its busy mark, the figures above are current.
  }
}

/** Called by ExploreControls.astro's script once this chunk has loaded. */
export function startExplore(form: HTMLFormElement): ExploreController {
  return exploreController(form, applyOverview);
}
