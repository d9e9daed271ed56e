import { changesStrings } from "../../i18n/changes-strings";
import { type Lang, pickName, pickLabelZhEn, PUNCTUATION } from "../i18n/lang";
import { metricTitle } from "../charts/metric-label";
import { FIGURE_METRICS, type FigureMetric } from "../figures/metrics";
import { headlineHtml } from "../html/headline-html";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import { HEADLINE_STYLE } from "../status/headline-style";
import type { HeadlineStatus } from "../status/headline-status";
import { provinceSite } from "../site/county-paths";
import { factoryPath, townName, townPath } from "../towns/town-paths";
import type { ChangesAsOf, PlaceFigures } from "./changes-as-of";
import { changeOf } from "./change-of";
import { formatDelta, formatRelative, formatWhole, ratioValue } from "./change-format";
import {
  eventsSentence,
  jobsSentence,
  moversSentence,
  sentenceHtml,
  statusSentence,
  type SentenceContext,
} from "./change-sentence";
import { jobMovers, type FactoryChange } from "./factory-change";

/** Every figure of DATA-CONTRACT §5 (the base-level counts are extras the overview shows). */
const SHOWN: readonly FigureMetric[] = FIGURE_METRICS.filter((m) => !m.startsWith("base_"));
/** How many factories the movers lists name each way. */
const MOVERS = 5;

/** A place's name in sentences and captions: 汉阴县, 汉阴县城关镇; Hanyin County, Chengguan (Hanyin County). */
export function placeName(county: County, townId: string | null, lang: Lang): string {
  const town = county.towns.find((t) => t.town_id === townId);
  const countyName = pickName(county, lang);
  if (!town) return countyName;
  return changesStrings(lang).townInCounty(pickName(town, lang), countyName);
}

const num = (value: number | null, at: Html | null) =>
  markup`<td${attrs({ class: "num", "data-value": value ?? "" })}>${at ?? "—"}</td>`;

/**
 * A place's figures at D, the month before and a year earlier, with each change (absolute and relative).
 * Each value carries the five data-* attributes of its own month; a CSV gets the exact numbers (data-value)
 * with the unit in the row's header.
 */
export function figureChangesTableHtml(
  county: County,
  result: ChangesAsOf,
  place: PlaceFigures,
  lang: Lang,
): Html {
  const s = changesStrings(lang);
  // The date stays on one line: a column head may wrap between its words, never inside 2020-12-31.
  const dated = (label: string, date: string) => {
    const { before, after } = s.dated(label);
    return markup`${before}<span class="changes-date">${date}</span>${after}`;
  };
  const town = county.towns.find((t) => t.town_id === place.town_id)?.name ?? "";
  const figure = (metric: FigureMetric, asOf: string, value: number) =>
    headlineHtml({
      metric,
      county: county.county_id,
      town,
      asOf,
      value,
      text: formatWhole(value, lang),
    });
  const rows = SHOWN.map((m) => {
    const month = changeOf(place.now[m], place.previous?.[m] ?? null);
    const year = changeOf(place.now[m], place.yearAgo?.[m] ?? null);
    return markup`<tr${attrs({ "data-change-metric": m })}>
<th scope="row">${metricTitle(m, lang)}</th>
${num(place.now[m], figure(m, result.as_of, place.now[m]))}
${num(place.previous?.[m] ?? null, place.previous ? figure(m, result.previous, place.previous[m]) : null)}
<td${attrs({ class: "num", "data-value": month.delta ?? "", "data-change": "month" })}>${formatDelta(month.delta, lang)}</td>
<td${attrs({ class: "num", "data-value": ratioValue(month.relative) })}>${formatRelative(month.relative)}</td>
${num(place.yearAgo?.[m] ?? null, place.yearAgo ? figure(m, result.year_ago, place.yearAgo[m]) : null)}
<td${attrs({ class: "num", "data-value": year.delta ?? "", "data-change": "year" })}>${formatDelta(year.delta, lang)}</td>
<td${attrs({ class: "num", "data-value": ratioValue(year.relative) })}>${formatRelative(year.relative)}</td>
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "changes-table", "data-changes-figures": place.town_id ?? county.county_id })}>
<caption>${s.figuresCaption(placeName(county, place.town_id, lang), result.as_of)}</caption>
<thead><tr>
<th scope="col">${s.col.metric}</th>
<th scope="col" class="num">${dated(s.col.now, result.as_of)}</th>
<th scope="col" class="num">${dated(s.col.previous, result.previous)}</th>
<th scope="col" class="num">${s.col.change}</th>
<th scope="col" class="num">${s.col.changePct}</th>
<th scope="col" class="num">${dated(s.col.yearAgo, result.year_ago)}</th>
<th scope="col" class="num">${s.col.yearChange}</th>
<th scope="col" class="num">${s.col.yearChangePct}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

const factoryCell = (c: FactoryChange, lang: Lang) =>
  markup`<th scope="row"><a${attrs({ href: factoryPath(c.row, lang, provinceSite()), lang: "zh-CN" })}>${c.row.name}</a></th>`;

function townLink(county: County, townId: string, fallback: string, lang: Lang): Html | string {
  const town = county.towns.find((t) => t.town_id === townId);
  return town
    ? markup`<a${attrs({ href: townPath(town.town_id, lang) })}>${townName(town, lang)}</a>`
    : fallback;
}

const townCell = (county: County, townId: string, lang: Lang) =>
  markup`<td>${townLink(county, townId, townId, lang)}</td>`;

const EVENT_ORDER = { new: 0, back: 1, stopped: 2 } as const;

/** Factories new this month, back after a gap, and stopped reporting, with their jobs when reporting. */
export function factoryEventsTableHtml(
  county: County,
  changes: readonly FactoryChange[],
  caption: string,
  lang: Lang,
): Html {
  const s = changesStrings(lang);
  const listed = changes
    .flatMap((c) => (c.event === "new" || c.event === "back" || c.event === "stopped" ? [c] : []))
    .map((c) => ({ c, event: c.event as keyof typeof EVENT_ORDER }))
    .sort(
      (a, b) =>
        EVENT_ORDER[a.event] - EVENT_ORDER[b.event] ||
        a.c.row.town_id.localeCompare(b.c.row.town_id) ||
        a.c.row.factory_id.localeCompare(b.c.row.factory_id),
    );
  if (listed.length === 0) return markup`<p class="changes-none">${s.eventsNone}</p>`;
  const rows = listed.map(({ c, event }) => {
    const jobs = event === "stopped" ? c.jobsBefore : c.jobsNow;
    return markup`<tr${attrs({ "data-factory": c.row.factory_id, "data-event": event })}>
${factoryCell(c, lang)}
${townCell(county, c.row.town_id, lang)}
<td>${s.event[event]}</td>
<td>${c.row.last_period_end}</td>
<td${attrs({ class: "num", "data-value": jobs })}>${formatWhole(jobs, lang)}</td>
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "changes-table", "data-changes-events": county.county_id })}>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.col.factory}</th>
<th scope="col">${s.col.town}</th>
<th scope="col">${s.col.event}</th>
<th scope="col">${s.col.lastReport}</th>
<th scope="col" class="num">${s.col.jobs}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

/** One direction of the jobs movers: factory, town, jobs at both month ends, change. */
export function moversTableHtml(
  county: County,
  movers: readonly FactoryChange[],
  caption: string,
  direction: "up" | "down",
  lang: Lang,
): Html {
  const s = changesStrings(lang);
  if (movers.length === 0) return markup``;
  const rows = movers.map(
    (c) => markup`<tr${attrs({ "data-factory": c.row.factory_id })}>
${factoryCell(c, lang)}
${townCell(county, c.row.town_id, lang)}
<td${attrs({ class: "num", "data-value": c.jobsBefore })}>${formatWhole(c.jobsBefore, lang)}</td>
<td${attrs({ class: "num", "data-value": c.jobsNow })}>${formatWhole(c.jobsNow, lang)}</td>
<td${attrs({ class: "num", "data-value": c.jobsDelta })}>${formatDelta(c.jobsDelta, lang)}</td>
</tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "changes-table", "data-changes-movers": direction })}>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.col.factory}</th>
<th scope="col">${s.col.town}</th>
<th scope="col" class="num">${s.col.jobsBefore}</th>
<th scope="col" class="num">${s.col.jobsNow}</th>
<th scope="col" class="num">${s.col.jobsChange}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function statusCell(status: HeadlineStatus | null, lang: Lang): Html {
  if (status === null) return markup`<td>${changesStrings(lang).noStatus}</td>`;
  const style = HEADLINE_STYLE[status];
  return markup`<td${attrs({ style: `--status-color: ${style.color}`, "data-status": status })}><span class="changes-status"><span aria-hidden="true">${style.glyph}</span> ${pickLabelZhEn(style, lang)}</span></td>`;
}

/** The towns whose status (their worst task, src/lib/status) differs from the month before. */
export function statusChangesTableHtml(
  county: County,
  result: ChangesAsOf,
  caption: string,
  lang: Lang,
): Html {
  const s = changesStrings(lang);
  if (!result.places[0]?.previous) return markup`<p class="changes-none">${s.statusNoBase}</p>`;
  if (result.statuses.length === 0) return markup`<p class="changes-none">${s.statusNone}</p>`;
  const rows = result.statuses.map(
    (x) => markup`<tr${attrs({ "data-town-id": x.town_id })}>
<th scope="row">${townLink(county, x.town_id, x.town_name, lang)}</th>
${statusCell(x.before, lang)}
${statusCell(x.now, lang)}
</tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "changes-table", "data-changes-status": county.county_id })}>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${s.col.town}</th>
<th scope="col">${s.col.statusBefore}</th>
<th scope="col">${s.col.statusNow}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

/**
 * A county's (or, with a town chosen, a town's) whole changes section below its heading: the figures with
 * their changes, the factory events, the jobs movers, the towns whose status changed and each town's own
 * figures, every block with its sentence for the press kit. The same markup at build time
 * (ChangesCounty.astro) and after a change of the controls (explore-changes.ts).
 */
export function countyChangesHtml(
  county: County,
  result: ChangesAsOf,
  lang: Lang,
  notice: string | null,
): Html {
  const s = changesStrings(lang);
  const id = county.county_id;
  const [main, ...towns] = result.places;
  if (!main) return markup``;
  const c: SentenceContext = { county, asOf: result.as_of, lang, notice };
  const where = placeName(county, main.town_id, lang);
  const { up, down } = jobMovers(result.factories, MOVERS);
  const heading = (part: string, text: string) =>
    markup`<h3${attrs({ id: `changes-${id}-${part}` })}>${text}</h3>`;
  const townBlocks = towns.map((place) => {
    const town = county.towns.find((t) => t.town_id === place.town_id);
    const name = placeName(county, place.town_id, lang);
    const jobs = changeOf(place.now.jobs, place.previous?.jobs ?? null);
    return markup`<details class="changes-town"${attrs({ "data-changes-town": place.town_id })}>
<summary>${town ? townName(town, lang) : place.town_name} <span class="changes-summary-delta">${metricTitle("jobs", lang)} ${formatDelta(jobs.delta, lang)}</span></summary>
${sentenceHtml(jobsSentence(place, name, c), name, lang)}
${figureChangesTableHtml(county, result, place, lang)}
</details>`;
  });
  return markup`<section class="changes-block"${attrs({ "aria-labelledby": `changes-${id}-figures` })}>
${heading("figures", s.figuresHeading)}
${sentenceHtml(jobsSentence(main, where, c), `${where}${PUNCTUATION[lang].colon}${s.figuresHeading}`, lang)}
${figureChangesTableHtml(county, result, main, lang)}
</section>
<section class="changes-block"${attrs({ "aria-labelledby": `changes-${id}-events` })}>
${heading("events", s.eventsHeading)}
${sentenceHtml(eventsSentence(result.factories, where, c), `${where}${PUNCTUATION[lang].colon}${s.eventsHeading}`, lang)}
${factoryEventsTableHtml(county, result.factories, s.eventsCaption(where, result.as_of), lang)}
</section>
<section class="changes-block"${attrs({ "aria-labelledby": `changes-${id}-movers` })}>
${heading("movers", s.moversHeading)}
${sentenceHtml(moversSentence(up[0], down[0], where, c), `${where}${PUNCTUATION[lang].colon}${s.moversHeading}`, lang)}
<p class="changes-note">${s.moversNote}</p>
${up.length === 0 && down.length === 0 ? markup`<p class="changes-none">${s.moversNone}</p>` : null}
${moversTableHtml(county, up, s.moversUpCaption(where), "up", lang)}
${moversTableHtml(county, down, s.moversDownCaption(where), "down", lang)}
</section>
<section class="changes-block"${attrs({ "aria-labelledby": `changes-${id}-status` })}>
${heading("status", s.statusHeading)}
${main.previous ? sentenceHtml(statusSentence(result.statuses, where, c), `${where}${PUNCTUATION[lang].colon}${s.statusHeading}`, lang) : null}
${statusChangesTableHtml(county, result, s.statusCaption(where, result.as_of), lang)}
</section>
${
  towns.length > 0
    ? markup`<section class="changes-block"${attrs({ "aria-labelledby": `changes-${id}-towns` })}>
${heading("towns", s.townsHeading)}
${townBlocks}
</section>`
    : null
}`;
}
