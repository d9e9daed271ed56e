import { reference } from "../reference/bundled-reference";
import { townStrings } from "../../i18n/town-strings";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { exploreStrings } from "../../i18n/explore-strings";
import type { County, Town } from "../reference/schema";
import { smallMultiples, smallMultiplesTable } from "../charts/small-multiples";
import { notReportingRowSchema, queryRows, reportingHealthRowSchema } from "../figures/decode-rows";
import { NOT_REPORTING_SQL, notReportingParams } from "../sql/not-reporting-sql";
import { REPORTING_HEALTH_SQL, reportingHealthParams } from "../sql/reporting-health-sql";
import { townName } from "../towns/town-paths";
import { headlineStripHtml } from "../status/headline-strip-html";
import { figuresAndTargets } from "../figures/figures-as-of";
import { rejectedByTown, type ManifestInputLike } from "../figures/rejected-by-town";
import type { Html } from "../html/html";
import {
  TOWN_FACTORIES_SQL,
  townFactoriesParams,
  townFactoryRowSchema,
} from "../sql/town-factories-sql";
import { townFactoriesTableHtml } from "../towns/town-factories-table";
import { townFiguresHtml, townHealthHtml } from "../towns/town-figures-html";
import { notReportingTableHtml } from "../towns/not-reporting-table";
import { townPageView } from "../towns/town-page-view";
import { townTaskTableHtml } from "../towns/town-task-table";
import { yearlyRuleTableHtml } from "../towns/yearly-rule-table";
import { fillChartTable, redrawChart } from "./chart-dom";
import { flushDrawings } from "./draw-scheduler";
import {
  exploreController,
  showPublishedOnly,
  type AppliedState,
  type ExploreController,
} from "./explore-controls";
import type { FigureSource } from "./figure-source";
import { markPartBusy, settled } from "./view-busy";

/** Replaces a part of the page (`[data-town-part=<name>]`) with markup made by the build's own function. */
function fill(page: HTMLElement, part: string, markup: Html | string): void {
  const element = page.querySelector<HTMLElement>(`[data-town-part="${part}"]`);
  if (!element) return;
  // A part that already shows this is left alone: no parse, no layout.
  const key = typeof markup === "string" ? `text:${markup}` : markup.markup;
  if (filledWith.get(element) === key) return;
  filledWith.set(element, key);
  if (typeof markup === "string") element.textContent = markup;
  else element.innerHTML = markup.markup;
}

/** What each part was last filled with by this script. */
const filledWith = new WeakMap<Element, string>();

/** The rows rejected from the town's files (embedded at build time, data-rejected-inputs). */
function rejectedInputs(page: HTMLElement): ManifestInputLike[] {
  try {
    const parsed: unknown = JSON.parse(page.dataset["rejectedInputs"] ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (i): i is ManifestInputLike =>
        typeof i === "object" &&
        i !== null &&
        typeof i.rejected === "number" &&
        (typeof i.town_id === "string" || i.town_id === null) &&
        (typeof i.period === "string" || i.period === null),
    );
  } catch {
    return [];
  }
}

let listsFor: AppliedState | null = null;

/**
 * The town's factories, its reporting health and its not-reporting list: factory-level questions the
 * figures cube cannot answer, so they follow from DuckDB-WASM once it is ready, after the figures are on
 * screen. Until then each part stays marked busy on its own, saying why in place; a view no longer chosen
 * is never drawn.
 */
async function fillTownLists(
  page: HTMLElement,
  county: County,
  town: Town,
  state: AppliedState,
  source: FigureSource,
  lang: Lang,
): Promise<void> {
  listsFor = state;
  const s = townStrings(lang);
  const why = exploreStrings(lang).partWaitsForEngine;
  const part = (name: string) =>
    page.querySelector<HTMLElement>(`[data-town-part="${name}"]`) ?? null;
  // The health's intro and table sit together: one line says why for both.
  const parts: [HTMLElement | null, string][] = [
    [part("factories"), why],
    [part("health-intro"), why],
    [part("health"), ""],
    [part("not-reporting"), why],
  ];
  for (const [element, reason] of parts) if (element) markPartBusy(element, reason);
  const scope = { countyId: county.county_id, townId: town.town_id, industries: state.industries };
  try {
    await settled();
    if (listsFor !== state) return;
    const engine = await source.engine();
    if (listsFor !== state) return;
    const asOf = state.asOf;
    // The same queries as figuresAsOf's lists and TownPage.astro's factories, on DuckDB-WASM.
    const [factories, notReporting, healthRows] = await Promise.all([
      queryRows(
        engine.runner,
        townFactoryRowSchema,
        TOWN_FACTORIES_SQL,
        townFactoriesParams(scope, asOf),
      ),
      queryRows(
        engine.runner,
        notReportingRowSchema,
        NOT_REPORTING_SQL,
        notReportingParams(scope, asOf),
      ),
      queryRows(
        engine.runner,
        reportingHealthRowSchema,
        REPORTING_HEALTH_SQL,
        reportingHealthParams(scope.countyId, scope.townId, asOf, "0001-01-01"),
      ),
    ]);
    if (listsFor !== state) return;
    const name = townName(town, lang);
    const at = { countyId: county.county_id, townName: town.name, asOf };
    fill(
      page,
      "factories",
      townFactoriesTableHtml(factories, reference.industries, s.factoriesCaption(name, asOf), lang),
    );
    fill(page, "health-intro", s.healthIntro(asOf));
    const health = healthRows.find((h) => h.town_id === town.town_id) ?? null;
    const rejected = rejectedByTown(rejectedInputs(page), asOf).get(town.town_id) ?? 0;
    fill(page, "health", townHealthHtml(health, rejected, at, lang));
    fill(
      page,
      "not-reporting",
      notReportingTableHtml(county, notReporting, s.notReportingCaption(name, asOf), false, lang),
    );
    for (const [element] of parts) if (element) markPartBusy(element, null);
  } catch {
    // The engine could not start: these parts keep their busy mark and say why; the figures are current.
  }
}

/**
 * A town page for a state: the town's figures, its task or yearly rule and its trend charts and their
 * tables from the figures cube (figuresAndTargets), drawn at once by the same functions TownPage.astro
 * uses at build time; its factories, reporting health and not-reporting list then from DuckDB-WASM
 * (fillTownLists).
 */
async function applyTown(state: AppliedState, source: FigureSource, lang: Lang): Promise<void> {
  const page = document.querySelector<HTMLElement>("[data-town-page]");
  const county = reference.counties.find((c) => c.county_id === page?.dataset["county"]);
  const town = county?.towns.find((t) => t.town_id === page?.dataset["townPage"]);
  if (!page || !county || !town) return;
  const t = strings(lang);
  const s = townStrings(lang);
  const scope = { countyId: county.county_id, townId: town.town_id, industries: state.industries };
  const queried = performance.now();
  const result = await figuresAndTargets(source.runner, county, state.asOf, scope);
  const drawn = performance.now();
  const view = townPageView(county, town, result, lang);
  const at = { countyId: county.county_id, townName: town.name, asOf: result.as_of };

  fill(page, "intro", view.intro);
  fill(page, "figures-heading", view.figuresHeading);
  const row = result.figures.find((r) => r.town_id === town.town_id);
  if (row) fill(page, "figures", townFiguresHtml(row, at, lang));
  fill(
    page,
    "rule",
    yearlyRuleTableHtml(county, view.ruleRows, s.yearlyRuleCaption(view.name), lang),
  );
  fill(page, "tasks", townTaskTableHtml(view.tasks, s.tasksCaption(view.name), lang));
  for (const trend of view.trends) {
    const figure = redrawChart(
      trend.id,
      (size, doc) => smallMultiples(trend.data, { ...size, lang, document: doc }),
      { title: trend.title, description: trend.description, asOf: result.as_of, data: trend.data },
    );
    const table = figure?.querySelector<HTMLTableElement>("table.chart-table");
    if (table)
      fillChartTable(
        table,
        () => smallMultiplesTable(trend.data, lang),
        t.tableCaption(trend.title),
      );
  }
  // The town's strip follows the view too (its tasks at the month, from the figures just computed).
  const strip = page.querySelector<HTMLElement>("[data-headline-strip]");
  if (strip) {
    const html = headlineStripHtml(county, result.targets, lang, {
      townId: town.town_id,
      detailAnchor: "#town-task",
    }).markup;
    if (filledWith.get(strip) !== html) {
      filledWith.set(strip, html);
      strip.innerHTML = html;
    }
  }
  showPublishedOnly(page, state);
  void fillTownLists(page, county, town, state, source, lang);
  performance.measure("explore:figures", { start: queried, end: drawn });
  flushDrawings();
  performance.measure("explore:draw", { start: drawn, end: performance.now() });
}

/** Called by ExploreControls.astro's script once this chunk has loaded. */
export function startExplore(form: HTMLFormElement): ExploreController {
  return exploreController(form, applyTown);
}
