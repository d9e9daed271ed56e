import { searchText, searchWords } from "./directory-state";

/**
 * The province directory's search index (issue #19): every factory's id and name, grouped by town, with
 * the names of the towns and counties, fetched when a person first types (`/factories/search-index.json`).
 * It is compact so that 20,000 factories parse and search fast: the ids and the names are each one string
 * of lines (two strings to parse, not 20,000 arrays), and a town's factories are consecutive lines, so a
 * town or county is named once rather than on each factory.
 */
export interface FactorySearchIndex {
  /** One row per county: [county_id, Chinese name, English name]. */
  counties: [string, string, string][];
  /**
   * One row per town: [town_id, the county's row in `counties`, Chinese name, English name, how many
   * factories]. The town's factories are the next that many lines of `ids` and `names`, in this order.
   */
  towns: [string, number, string, string, number][];
  /** The factories' ids, one a line. */
  ids: string;
  /** The factories' names, one a line, in the order of `ids`. */
  names: string;
}

/** What the index is built from: a factory row and the ids of its county and town. */
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

/** A name or id on one line of the index (a line break in one would shift every factory after it). */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The index of `factories`, town by town in the reference's order (`counties` and their towns). A
 * factory whose town or county the reference lacks is kept, named by its id.
 */
export function buildSearchIndex(
  factories: readonly SearchIndexInput[],
  counties: readonly (Named & {
    county_id: string;
    towns: readonly (Named & { town_id: string })[];
  })[],
): FactorySearchIndex {
  const countyRows: FactorySearchIndex["counties"] = counties.map((c) => [
    c.county_id,
    c.name,
    c.name_en,
  ]);
  const countyRow = new Map(countyRows.map(([id], i) => [id, i]));
  const towns = new Map<string, { county: number; zh: string; en: string }>();
  counties.forEach((c, i) => {
    for (const t of c.towns) towns.set(t.town_id, { county: i, zh: t.name, en: t.name_en });
  });
  const byTown = new Map<string, SearchIndexInput[]>([...towns.keys()].map((id) => [id, []]));
  for (const f of factories) {
    if (!countyRow.has(f.county_id)) {
      countyRow.set(f.county_id, countyRows.length);
      countyRows.push([f.county_id, f.county_id, f.county_id]);
    }
    if (!towns.has(f.town_id))
      towns.set(f.town_id, {
        county: countyRow.get(f.county_id) ?? 0,
        zh: f.town_id,
        en: f.town_id,
      });
    const list = byTown.get(f.town_id);
    if (list) list.push(f);
    else byTown.set(f.town_id, [f]);
  }
  const townRows: FactorySearchIndex["towns"] = [];
  const listed: SearchIndexInput[] = [];
  for (const [id, list] of byTown) {
    const town = towns.get(id);
    if (!town || list.length === 0) continue;
    townRows.push([id, town.county, town.zh, town.en, list.length]);
    listed.push(...list);
  }
  return {
    counties: countyRows,
    towns: townRows,
    ids: listed.map((f) => oneLine(f.factory_id)).join("\n"),
    names: listed.map((f) => oneLine(f.name)).join("\n"),
  };
}

/** One factory found: its id and name, the ids of its county and town, and their names (Chinese, English). */
export interface SearchHit {
  factory_id: string;
  name: string;
  county_id: string;
  town_id: string;
  county_name: [string, string];
  town_name: [string, string];
}

/** Every factory of an index, in its order (what a check or a benchmark reads; the page searches instead). */
export function indexedFactories(index: FactorySearchIndex): SearchHit[] {
  const ids = index.ids === "" ? [] : index.ids.split("\n");
  const names = index.names === "" ? [] : index.names.split("\n");
  const hits: SearchHit[] = [];
  for (const [town_id, county, zh, en, n] of index.towns) {
    const [county_id, countyZh, countyEn] = index.counties[county] ?? ["", "", ""];
    for (let k = 0; k < n; k++) {
      const i = hits.length;
      hits.push({
        factory_id: ids[i] ?? "",
        name: names[i] ?? "",
        county_id,
        town_id,
        county_name: [countyZh, countyEn],
        town_name: [zh, en],
      });
    }
  }
  return hits;
}

/**
 * A searcher over an index, prepared once: the names folded (searchText) into one string, searched with
 * `indexOf` per word, and each town's names (with its county's) matched once for all its factories.
 * Every word must appear in the factory's name, town or county, as in a county's own directory.
 */
export function factorySearcher(
  index: FactorySearchIndex,
): (query: string, limit: number) => { hits: SearchHit[]; total: number } {
  const ids = index.ids === "" ? [] : index.ids.split("\n");
  const names = index.names === "" ? [] : index.names.split("\n");
  const n = names.length;
  // Folded as a whole: a fold may change a name's length, so the lines are found in the folded text.
  const folded = index.names.normalize("NFKC").toLowerCase();
  const starts = new Int32Array(n + 1);
  for (
    let i = 1, at = folded.indexOf("\n");
    i < n && at !== -1;
    i++, at = folded.indexOf("\n", at + 1)
  )
    starts[i] = at + 1;
  starts[n] = folded.length + 1;
  const lineAt = (position: number) => {
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const townText = index.towns.map(([, county, zh, en]) => {
    const [, countyZh = "", countyEn = ""] = index.counties[county] ?? [];
    return searchText([zh, en, countyZh, countyEn].join(" "));
  });
  const townOf = new Int32Array(n);
  const townStart = new Int32Array(index.towns.length);
  let line = 0;
  index.towns.forEach(([, , , , count], t) => {
    townStart[t] = line;
    townOf.fill(t, line, Math.min(n, line + count));
    line += count;
  });
  // Per factory, how many of the query's words it has matched so far.
  const matched = new Uint8Array(n);

  return (query, limit) => {
    const words = searchWords(query).slice(0, 255);
    const hits: SearchHit[] = [];
    if (words.length === 0 || n === 0) return { hits, total: 0 };
    matched.fill(0);
    words.forEach((word, w) => {
      // Each factory counts a word once: in its town's or county's names, else in its own name.
      index.towns.forEach(([, , , , count], t) => {
        if (!(townText[t] ?? "").includes(word)) return;
        const from = townStart[t] ?? 0;
        for (let i = from; i < from + count && i < n; i++) if (matched[i] === w) matched[i] = w + 1;
      });
      for (let at = folded.indexOf(word); at !== -1;) {
        const i = lineAt(at);
        if (matched[i] === w) matched[i] = w + 1;
        at = folded.indexOf(word, starts[i + 1] ?? folded.length);
      }
    });
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (matched[i] !== words.length) continue;
      total += 1;
      if (hits.length >= limit) continue;
      const town = index.towns[townOf[i] ?? 0];
      const [county_id, countyZh, countyEn] = index.counties[town?.[1] ?? 0] ?? ["", "", ""];
      hits.push({
        factory_id: ids[i] ?? "",
        name: names[i] ?? "",
        county_id,
        town_id: town?.[0] ?? "",
        county_name: [countyZh, countyEn],
        town_name: [town?.[2] ?? "", town?.[3] ?? ""],
      });
    }
    return { hits, total };
  };
}
