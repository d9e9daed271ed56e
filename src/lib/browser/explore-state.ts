/**
 * The exploration state a page's URL carries: `?asof=2019-06-30&county=pingli&town=pingli-laoxian&industry=knitting_garments`
 * (a link written by hand may name the town and industries as people say them: `town=老县镇&industry=针织服装`).
 * Parsed once where the URL enters, against the choices the page offers; anything else is dropped, so
 * what reaches the engine is always one of the page's own values (and then only as a query parameter).
 */
export interface ExploreState {
  /** A month end offered by the page, or null for the data's as-of date. */
  asOf: string | null;
  /** A county_id, or null for every county the page shows. */
  county: string | null;
  /** A town_id of `county`, or null for the whole county. */
  town: string | null;
  /** Industry codes, sorted; empty for every industry. */
  industries: string[];
}

/** What a page offers to choose from: read from its controls or its reference data. */
export interface ExploreChoices {
  months: readonly string[];
  /** Towns by county_id, each with the names a URL may use for it (town_id, full name, short names). */
  counties: ReadonlyMap<string, readonly { town_id: string; names: readonly string[] }[]>;
  /** Industries, each with the names a URL may use for it (code, Chinese and English name). */
  industries: readonly { code: string; names: readonly string[] }[];
}

/** The URL parameters, in the order they are written. */
export const STATE_PARAMS = ["asof", "county", "town", "industry"] as const;

export const DEFAULT_STATE: ExploreState = { asOf: null, county: null, town: null, industries: [] };

/** True when the URL carries any exploration parameter (the engine then loads without a click). */
export function hasState(search: string): boolean {
  const params = new URLSearchParams(search);
  return STATE_PARAMS.some((p) => params.has(p));
}

function findTown(
  choices: ExploreChoices,
  county: string | null,
  text: string,
): { county: string; town: string } | null {
  for (const [countyId, towns] of choices.counties) {
    if (county !== null && countyId !== county) continue;
    const town = towns.find((t) => t.town_id === text || t.names.includes(text));
    if (town) return { county: countyId, town: town.town_id };
  }
  return null;
}

function findIndustry(choices: ExploreChoices, text: string): string | null {
  const lower = text.toLowerCase();
  const industry = choices.industries.find(
    (i) => i.code === text || i.names.some((name) => name.toLowerCase() === lower),
  );
  return industry?.code ?? null;
}

/** The state in a query string; unknown or inconsistent values are left out. */
export function parseState(search: string, choices: ExploreChoices): ExploreState {
  const params = new URLSearchParams(search);
  const asOfText = params.get("asof");
  const asOf = asOfText !== null && choices.months.includes(asOfText) ? asOfText : null;
  const countyText = params.get("county");
  let county = countyText !== null && choices.counties.has(countyText) ? countyText : null;
  const townText = params.get("town");
  const found = townText ? findTown(choices, county, townText) : null;
  if (found) county = found.county;
  const industries = params
    .getAll("industry")
    .flatMap((v) => v.split(","))
    .flatMap((text) => findIndustry(choices, text.trim()) ?? [])
    .filter((code, i, all) => all.indexOf(code) === i)
    .sort();
  return { asOf, county, town: found?.town ?? null, industries };
}

/** The query string for a state ("" for the default view), parameters in a fixed order. */
export function stateQuery(state: ExploreState): string {
  const params = new URLSearchParams();
  if (state.asOf) params.set("asof", state.asOf);
  if (state.county) params.set("county", state.county);
  if (state.town) params.set("town", state.town);
  if (state.industries.length > 0) params.set("industry", state.industries.join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text === "" ? "" : `?${text}`;
}
