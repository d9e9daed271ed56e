import { exploreStrings } from "../../i18n/explore-strings";
import { LIST_SEPARATOR, type Lang, PUNCTUATION } from "../i18n/lang";
import { formatMonth } from "../charts/time-axis";
import { townPath } from "../towns/town-paths";
import type { EngineStage } from "./duckdb-engine";
import { parseState, stateQuery, type ExploreChoices, type ExploreState } from "./explore-state";
import { loadFigureSource, type FigureSource } from "./figure-source";
import { pageLang } from "./page-lang";
import { computingLine, markViewBusy } from "./view-busy";

/** The state with its as-of date resolved (the data's own when the URL names none). */
export interface AppliedState extends ExploreState {
  asOf: string;
}

/** Recomputes one page's figures for a state and redraws them: the only page-specific part. */
export type Applier = (state: AppliedState, source: FigureSource, lang: Lang) => Promise<void>;

/** What the page's first script calls once the applier's chunk has loaded. */
export interface ExploreController {
  /** Applies the form as it now is; `changed` is the control that changed (keeps county and town consistent). */
  applyForm(changed?: EventTarget | null): Promise<void>;
  /** Applies the state in the page's URL (a shared link). */
  applyUrl(): Promise<void>;
}

const selectIn = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

/** The other names a URL may use for a choice (`data-names`, comma-separated, written by ExploreControls.astro). */
const namesOf = (element: HTMLElement): string[] =>
  (element.dataset["names"] ?? "").split(",").filter((n) => n !== "");

/** The choices the controls offer (ExploreControls.astro), read from the form itself. */
export function choicesFromForm(form: HTMLFormElement): ExploreChoices {
  const months = Array.from(selectIn(form, "asof")?.options ?? []).map((o) => o.value);
  const counties = new Map<string, { town_id: string; names: string[] }[]>();
  for (const option of Array.from(selectIn(form, "county")?.options ?? []))
    if (option.value !== "") counties.set(option.value, []);
  for (const option of Array.from(selectIn(form, "town")?.options ?? [])) {
    const county = option.dataset["county"];
    if (!county || option.value === "") continue;
    // A page with its county fixed (a town's or a county's own page) has no county control: the towns
    // offered name their county.
    if (!counties.has(county)) counties.set(county, []);
    counties.get(county)?.push({ town_id: option.value, names: namesOf(option) });
  }
  const industries = Array.from(
    form.querySelectorAll<HTMLInputElement>('input[name="industry"]'),
  ).map((i) => ({ code: i.value, names: namesOf(i) }));
  return { months, counties, industries };
}

/**
 * Wires a page's controls to the figure source: form ⇄ state ⇄ URL (history.replaceState), the figures
 * cube loaded on first use and DuckDB-WASM after the first answer, its stages shown in words (aria-live), and changes applied one at a time (a change
 * made while one is computing replaces any waiting one). `form.dataset.state` and `.applied` tell tests
 * and the benchmark where it is.
 */
export function exploreController(form: HTMLFormElement, apply: Applier): ExploreController {
  const lang = pageLang();
  const x = exploreStrings(lang);
  const choices = choicesFromForm(form);
  const defaultAsOf = form.dataset["defaultAsof"] ?? choices.months[0] ?? "";
  const status = document.querySelector<HTMLElement>("[data-explore-status]");
  const county = selectIn(form, "county");
  const town = selectIn(form, "town");
  const asOf = selectIn(form, "asof");
  // On a town's own page the town (and so its county) is the page's: the URL carries neither, and
  // choosing another town opens that town's page with the same month and industries.
  const ownTown = form.dataset["ownTown"] ?? null;
  const ownCounty =
    Array.from(town?.options ?? []).find((o) => o.value === ownTown)?.dataset["county"] ?? null;
  // On a county's own page (a province site) the county is the page's: the URL names only the town.
  const fixedCounty = form.dataset["ownCounty"] ?? null;
  const onPage = (state: ExploreState): ExploreState =>
    ownTown
      ? { ...state, county: ownCounty, town: ownTown }
      : fixedCounty
        ? { ...state, county: fixedCounty }
        : state;
  const queryOf = (state: ExploreState): string =>
    stateQuery(
      ownTown
        ? { ...state, county: null, town: null }
        : fixedCounty
          ? { ...state, county: null }
          : state,
    );

  const say = (stage: string, text: string) => {
    if (!status) return;
    status.dataset["stage"] = stage;
    status.textContent = text;
  };
  const onStage = (stage: EngineStage) => {
    // DuckDB-WASM also loads in the background after the first answer: its stages are news only while a
    // change waits for it.
    if (!running) return;
    if (stage === "engine") say(stage, x.stageEngine);
    if (stage === "data") say(stage, x.stageData);
  };
  // The figures cube first (issue #15): DuckDB-WASM starts only when a question needs it, or after the
  // first answer is on screen (below), never before a person's first interaction.
  const source = loadFigureSource({ counties: [...choices.counties.keys()], onStage });
  // A failed start is reported when a change is applied; this keeps it from being "unhandled" meanwhile.
  source.catch(() => undefined);
  let engineStarted = false;
  const startEngineLater = (ready: FigureSource) => {
    if (engineStarted) return;
    engineStarted = true;
    const start = () => void ready.engine().catch(() => undefined);
    if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  };

  const showTowns = (countyId: string | null) => {
    for (const group of Array.from(town?.querySelectorAll("optgroup") ?? []))
      group.hidden = !ownTown && countyId !== null && group.dataset["county"] !== countyId;
  };

  const writeForm = (state: ExploreState) => {
    if (asOf) asOf.value = state.asOf ?? defaultAsOf;
    if (county) county.value = state.county ?? "";
    if (town) town.value = state.town ?? "";
    showTowns(state.county);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="industry"]'))
      box.checked = state.industries.includes(box.value);
  };

  const readForm = (changed: EventTarget | null | undefined): ExploreState => {
    let countyId = county?.value || null;
    let townId = town?.value || null;
    const townCounty = town?.selectedOptions[0]?.dataset["county"] ?? null;
    if (townId !== null && townCounty !== countyId) {
      // Choosing a town picks its county; choosing another county drops the town.
      if (changed === county) townId = null;
      else countyId = townCounty;
    }
    const month = asOf?.value ?? defaultAsOf;
    const industries = Array.from(
      form.querySelectorAll<HTMLInputElement>('input[name="industry"]:checked'),
    )
      .map((i) => i.value)
      .sort();
    return {
      asOf: month === defaultAsOf ? null : month,
      county: countyId,
      town: townId,
      industries,
    };
  };

  const describe = (state: AppliedState): string => {
    const text = (select: HTMLSelectElement | null) =>
      select?.selectedOptions[0]?.textContent?.trim() ?? "";
    const parts = [text(county)].filter((p) => p !== "");
    if (state.town) parts.push(text(town));
    const names = Array.from(
      form.querySelectorAll<HTMLInputElement>('input[name="industry"]:checked'),
    ).map((i) => form.querySelector(`label[for="${i.id}"]`)?.textContent?.trim() ?? i.value);
    parts.push(names.length > 0 ? x.scopeIndustries(names.join(LIST_SEPARATOR[lang])) : x.scopeAll);
    const showing = x.showing(formatMonth(state.asOf, lang), parts.join(PUNCTUATION[lang].comma));
    const note = form.dataset["industryNote"] ?? x.industryNote;
    return names.length > 0 ? `${showing} ${note}` : showing;
  };

  let waiting: ExploreState | null = null;
  let running = false;
  let applies = 0;
  const applyState = async (state: ExploreState): Promise<void> => {
    waiting = state;
    writeForm(state);
    if (running) return;
    running = true;
    try {
      while (waiting) {
        const next: ExploreState = waiting;
        waiting = null;
        const query = queryOf(next);
        history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
        // Until the page is redrawn, every part still shows the last view: marked so, and the state
        // being computed named (the live region says it too; the floating line is for the eye).
        const computing = computingLine(form);
        markViewBusy(computing);
        form.dataset["state"] = "loading";
        say("loading", computing);
        const ready = await source;
        form.dataset["state"] = "computing";
        say("computing", computing);
        const applied: AppliedState = { ...next, asOf: next.asOf ?? defaultAsOf };
        await apply(applied, ready, lang);
        // For bench/engine.ts: a shared link's figures are on screen at the first of these (from navigation).
        performance.mark("explore:applied");
        startEngineLater(ready);
        // Downloads of tables without a date of their own name the month now shown (site-as-of.ts).
        document.querySelector("main")?.setAttribute("data-view-as-of", applied.asOf);
        form.dataset["applied"] = query;
        // Counted for bench/engine.ts, which times each change until the page is redrawn.
        form.dataset["applies"] = String(++applies);
        if (!waiting) {
          markViewBusy(null);
          say("ready", describe(applied));
        }
      }
      form.dataset["state"] = "ready";
    } catch (error) {
      waiting = null;
      // The error line says the page still shows the published figures; nothing is left marked busy.
      markViewBusy(null);
      form.dataset["state"] = "error";
      const why = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
      say("error", x.stageError(why));
    } finally {
      running = false;
    }
  };

  return {
    applyForm: async (changed) => {
      const state = readForm(changed);
      if (ownTown && state.town !== null && state.town !== ownTown) {
        form.dataset["state"] = "leaving";
        location.assign(`${townPath(state.town, lang)}${queryOf(state)}`);
        return;
      }
      return applyState(onPage(state));
    },
    applyUrl: () => applyState(onPage(parseState(location.search, choices))),
  };
}

/**
 * Parts of a page drawn for the published data only (marked `data-published-only`: on a town page the
 * rejects by reason, which count every file received)
 * are hidden, with their note (`data-published-note`) shown, whenever the state asks for another month or
 * for some industries: the page never shows a figure for a view it was not computed for.
 */
export function showPublishedOnly(root: ParentNode, state: AppliedState): void {
  const publishedAsOf =
    document.querySelector<HTMLFormElement>("form[data-explore]")?.dataset["defaultAsof"];
  const published = state.asOf === publishedAsOf && state.industries.length === 0;
  for (const part of root.querySelectorAll<HTMLElement>("[data-published-only]"))
    part.hidden = !published;
  for (const note of root.querySelectorAll<HTMLElement>("[data-published-note]"))
    note.hidden = published;
}

/** Whether the state shows a county: every county is shown until one is chosen. */
export const showsCounty = (state: ExploreState, countyId: string): boolean =>
  state.county === null || state.county === countyId;

/**
 * Shows a county's section when the state shows it (`showsCounty`), and hides it otherwise, with its
 * entry in the page's county links (`a[href="#<anchor>"]`). Returns whether it is shown.
 */
export function showCountySection(
  section: HTMLElement,
  countyId: string,
  state: AppliedState,
  anchor: string,
): boolean {
  const shown = showsCounty(state, countyId);
  section.hidden = !shown;
  document.querySelector(`a[href="#${anchor}"]`)?.closest("li")?.toggleAttribute("hidden", !shown);
  return shown;
}
