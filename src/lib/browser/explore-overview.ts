import { reference } from "../reference/bundled-reference";
import { strings, type Lang } from "../../i18n/strings";
import { exploreStrings } from "../../i18n/explore-strings";
import { statusStyle } from "../charts/chart-style";
import { formatValue, metricName } from "../charts/metric-label";
import { progressChart, progressTable } from "../charts/progress-chart";
import { townMap, townMapTable } from "../charts/town-map";
import { figuresAndTargets, type FiguresAndTargets } from "../figures/figures-as-of";
import { FIGURE_METRICS } from "../figures/metrics";
import { yearOf } from "../figures/month-end";
import type { County } from "../reference/schema";
import {
  countyTargets,
  progressChartData,
  townMapCellExtras,
  townMapData,
  townStatusBasis,
} from "../overview/overview-charts";
import { fillChartTable, redrawChart } from "./chart-dom";
import { flushDrawings } from "./draw-scheduler";
import {
  exploreController,
  showCountySection,
  showsCounty,
  showPublishedOnly,
  type AppliedState,
  type ExploreController,
} from "./explore-controls";
import type { FigureSource } from "./figure-source";
import { updateTargetCard } from "./target-card-dom";

/**
 * The overview's figures for a state, redrawn in place: each county's target cards, progress charts and
 * their tables, the not-reporting count and the town map with its table (CountyOverview.astro's parts,
 * found by their ids and data-* attributes), plus a table of the chosen town's own figures.
 */
function renderCounty(section: HTMLElement, county: County, result: FiguresAndTargets, lang: Lang) {
  const t = strings(lang);
  const zh = lang === "zh-CN";
  const name = zh ? county.name : county.name_en;
  for (const target of countyTargets(county, result)) {
    const card = section.querySelector<HTMLElement>(`article[data-target="${target.target_id}"]`);
    if (card) updateTargetCard(card, target, lang);
    const status = statusStyle(target.path_status);
    const data = progressChartData(county, result, target);
    const title = t.progressChartTitle(name, metricName(target.metric, lang));
    const figure = redrawChart(
      `progress-${target.target_id}`,
      (size, doc) => progressChart(data, { ...size, lang, document: doc }),
      {
        title,
        asOf: result.as_of,
        data,
        description: t.progressChartDescription(
          target.as_of,
          formatValue(target.value, target.metric, lang),
          formatValue(target.target, target.metric, lang),
          `${status.glyph} ${zh ? status.label_zh : status.label_en}`,
          target.as_of < target.deadline,
        ),
      },
    );
    const table = figure?.querySelector<HTMLTableElement>("table.chart-table");
    if (table) fillChartTable(table, progressTable(data, lang), t.tableCaption(title));
  }

  const whole = result.figures.find((r) => r.town_id === null);
  const notReporting = section.querySelector<HTMLElement>(
    '[data-metric="not_reporting"][data-town=""]',
  );
  if (whole && notReporting) {
    notReporting.dataset["value"] = String(whole.not_reporting);
    notReporting.dataset["asOf"] = result.as_of;
    notReporting.textContent = t.notReportingCount(String(whole.not_reporting));
  }

  const map = townMapData(county, result);
  const mapTitle = t.townMapTitle(name);
  const figure = redrawChart(
    `town-map-${county.county_id}`,
    (size, doc) => townMap(map, { ...size, lang, document: doc }),
    {
      title: mapTitle,
      asOf: result.as_of,
      data: map,
      description: `${t.townMapDescription(name, county.towns.length)}${t.sentenceGap}${t.townStatusBasis[townStatusBasis(result)]}`,
    },
  );
  const table = figure?.querySelector<HTMLTableElement>("table.chart-table");
  if (!table) return;
  fillChartTable(
    table,
    townMapTable(map, lang),
    t.tableCaption(mapTitle),
    townMapCellExtras(map, county.county_id, result.as_of, lang),
  );
}

/** The chosen town's own figures (every §5 metric) with its own target where it has one. */
function renderTownPanel(
  section: HTMLElement,
  county: County,
  result: FiguresAndTargets | null,
  lang: Lang,
) {
  section.querySelector(".town-panel")?.remove();
  const row = result?.figures.find((r) => r.town_id === null);
  const town = county.towns.find((tw) => tw.town_id === result?.scope.townId);
  if (!result || !row || !town) return;
  const x = exploreStrings(lang);
  const zh = lang === "zh-CN";
  const townName = zh ? town.name : town.name_en;
  const panel = document.createElement("section");
  panel.className = "town-panel";
  const headingId = `town-panel-${county.county_id}`;
  panel.setAttribute("aria-labelledby", headingId);
  const heading = panel.appendChild(document.createElement("h3"));
  heading.id = headingId;
  heading.textContent = x.townPanelHeading(townName);
  const wrap = panel.appendChild(document.createElement("div"));
  wrap.className = "table-scroll";
  const table = wrap.appendChild(document.createElement("table"));
  table.className = "chart-table";
  table.createCaption().textContent = x.townPanelCaption(townName, result.as_of);
  const head = table.createTHead().insertRow();
  for (const [label, numeric] of [
    [x.colMetric, false],
    [x.colValue, true],
    [x.townTarget, true],
    [x.colStatus, false],
  ] as const) {
    const th = document.createElement("th");
    th.scope = "col";
    if (numeric) th.className = "num";
    th.textContent = label;
    head.appendChild(th);
  }
  const body = table.createTBody();
  const year = yearOf(result.as_of);
  for (const metric of FIGURE_METRICS) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = metricName(metric, lang);
    tr.appendChild(th);
    const value = tr.insertCell();
    value.className = "num";
    value.textContent = formatValue(row[metric], metric, lang);
    Object.assign(value.dataset, {
      metric,
      county: county.county_id,
      town: town.name,
      asOf: result.as_of,
      value: String(row[metric]),
    });
    const target = result.targets.find(
      (tg) => tg.metric === metric && (tg.year === null || tg.year === year),
    );
    const targetCell = tr.insertCell();
    targetCell.className = "num";
    targetCell.textContent = target ? formatValue(target.target, metric, lang) : x.noTownTarget;
    const status = target ? statusStyle(target.path_status) : null;
    tr.insertCell().textContent = status
      ? `${status.glyph} ${zh ? status.label_zh : status.label_en}`
      : x.noTownTarget;
  }
  section.querySelector("ol.targets")?.after(panel);
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
    sections.map(async ({ county }) => {
      if (!showsCounty(state, county.county_id)) return null;
      const scope = { countyId: county.county_id, townId: null, industries: state.industries };
      const townId = state.county === county.county_id ? state.town : null;
      const [whole, town] = await Promise.all([
        figuresAndTargets(source.runner, county, state.asOf, scope),
        townId ? figuresAndTargets(source.runner, county, state.asOf, { ...scope, townId }) : null,
      ]);
      return { whole, town };
    }),
  );
  const drawn = performance.now();
  // The headline strip above the counties is drawn for the published view only (HeadlineStrips.astro).
  const strip = document.querySelector<HTMLElement>("[data-headline-strip]");
  if (strip) showPublishedOnly(strip, state);
  sections.forEach(({ section, county }, i) => {
    const result = results[i];
    if (!showCountySection(section, county.county_id, state, `county-${county.county_id}`)) {
      renderTownPanel(section, county, null, lang);
      return;
    }
    if (!result) return;
    renderCounty(section, county, result.whole, lang);
    showPublishedOnly(section, state);
    renderTownPanel(section, county, result.town, lang);
  });
  performance.measure("explore:figures", { start: queried, end: drawn });
  flushDrawings();
  performance.measure("explore:draw", { start: drawn, end: performance.now() });
}

/** Called by ExploreControls.astro's script once this chunk has loaded. */
export function startExplore(form: HTMLFormElement): ExploreController {
  return exploreController(form, applyOverview);
}
