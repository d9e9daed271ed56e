import { searchText } from "./directory-state";

/**
 * The province directory's search index (issue #19): every factory's id, name, county and town, small
 * enough to fetch when a person first types (`/factories/search-index.json`) and to search in a few
 * milliseconds per keystroke, while each county's page keeps the full rows.
 */
export interface FactorySearchIndex {
  /** county_id → [Chinese name, English name] */
  counties: Record<string, [string, string]>;
  /** town_id → [Chinese name, English name] */
  towns: Record<string, [string, string]>;
  /** One row per factory: [factory_id, name, county_id, town_id]. */
  factories: [string, string, string, string][];
}

/** What the index is built from: a factory row and the names of its county and town. */
export interface SearchIndexInput {
  factory_id: string;
  name: string;
  county_id: string;
  town_id: string;
}

interface Named {
  name: string;
  name_en: string;
}

export function buildSearchIndex(
  factories: readonly SearchIndexInput[],
  counties: readonly (Named & {
    county_id: string;
    towns: readonly (Named & { town_id: string })[];
  })[],
): FactorySearchIndex {
  return {
    counties: Object.fromEntries(counties.map((c) => [c.county_id, [c.name, c.name_en]])),
    towns: Object.fromEntries(
      counties.flatMap((c) => c.towns.map((t) => [t.town_id, [t.name, t.name_en]])),
    ),
    factories: factories.map((f) => [f.factory_id, f.name, f.county_id, f.town_id]),
  };
}

/** One factory found: its id, name, and the ids of its county and town. */
export interface SearchHit {
  factory_id: string;
  name: string;
  county_id: string;
  town_id: string;
}

/** A searcher over an index: each factory's text (name, town, county, both languages) prepared once. */
export function factorySearcher(index: FactorySearchIndex): (
  query: string,
  limit: number,
) => {
  hits: SearchHit[];
  total: number;
} {
  const texts = index.factories.map(([, name, county, town]) =>
    searchText([name, ...(index.towns[town] ?? []), ...(index.counties[county] ?? [])].join(" ")),
  );
  return (query, limit) => {
    // Every word must appear, as in a county's own directory (matchesState).
    const words = searchText(query).split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    let total = 0;
    if (words.length === 0) return { hits, total };
    texts.forEach((text, i) => {
      const row = index.factories[i];
      if (!row || !words.every((w) => text.includes(w))) return;
      total += 1;
      if (hits.length < limit)
        hits.push({ factory_id: row[0], name: row[1], county_id: row[2], town_id: row[3] });
    });
    return { hits, total };
  };
}
