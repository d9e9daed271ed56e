/**
 * The factory directory's filter and sort state, kept in the URL (`?county=&town=&industry=&q=&sort=&dir=`)
 * so a link reproduces the view, and the pure filtering and sorting the browser script applies. Nothing
 * here touches the DOM: the script reads each row's values from its data attributes.
 */

/** Columns the directory sorts by. */
export const SORT_KEYS = [
  "name",
  "county",
  "town",
  "industry",
  "opened",
  "status",
  "jobs",
  "poor",
  "certified",
  "leading",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface DirectoryState {
  county: string;
  town: string;
  industry: string;
  /** Free text matched against the factory's name, town, county and industry. */
  q: string;
  sort: SortKey | null;
  dir: SortDirection;
}

export const EMPTY_STATE: DirectoryState = {
  county: "",
  town: "",
  industry: "",
  q: "",
  sort: null,
  dir: "asc",
};

const isSortKey = (s: string | null): s is SortKey =>
  s !== null && (SORT_KEYS as readonly string[]).includes(s);

/** Reads the state from a URL query; unknown sort keys and directions fall back to the defaults. */
export function parseDirectoryState(search: string): DirectoryState {
  const params = new URLSearchParams(search);
  const text = (key: string) => (params.get(key) ?? "").trim();
  const sort = params.get("sort");
  return {
    county: text("county"),
    town: text("town"),
    industry: text("industry"),
    q: text("q"),
    sort: isSortKey(sort) ? sort : null,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
  };
}

/** The URL query for a state (`""` for the unfiltered view), empty fields left out. */
export function directorySearch(state: DirectoryState): string {
  const params = new URLSearchParams();
  for (const key of ["county", "town", "industry", "q"] as const)
    if (state[key] !== "") params.set(key, state[key]);
  if (state.sort !== null) {
    params.set("sort", state.sort);
    if (state.dir === "desc") params.set("dir", "desc");
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** One row of the directory as the filter and the sort see it. */
export interface DirectoryItem {
  county: string;
  town: string;
  industry: string;
  /** Everything the text search looks in, already passed through `searchText`. */
  text: string;
  /** The value sorted on per column: numbers compare as numbers, null sorts last either way. */
  values: Readonly<Record<SortKey, string | number | null>>;
}

/** Full-width letters and digits folded (Ｑ → q, １ → 1) and lower-cased, so searches match as typed. */
export const searchText = (text: string): string => text.normalize("NFKC").toLowerCase().trim();

/** The words of a search, folded (searchText): each must appear for a factory to match. */
export const searchWords = (query: string): string[] =>
  searchText(query).split(/\s+/).filter(Boolean);

// The last query's words: a table asks once per row for the same query.
let lastQuery = "";
let lastWords: string[] = [];

/** True when the item passes every set filter; every word of `q` must appear in its text. */
export function matchesState(item: DirectoryItem, state: DirectoryState): boolean {
  if (state.county !== "" && item.county !== state.county) return false;
  if (state.town !== "" && item.town !== state.town) return false;
  if (state.industry !== "" && item.industry !== state.industry) return false;
  if (state.q !== lastQuery) {
    lastQuery = state.q;
    lastWords = searchWords(state.q);
  }
  return lastWords.every((w) => item.text.includes(w));
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

function compareValues(a: string | number | null, b: string | number | null): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The items sorted by one column, stably (equal values keep their order), with missing values last in
 * both directions: a factory without a report is never the "top" of a column.
 */
export function sortItems<T extends DirectoryItem>(
  items: readonly T[],
  key: SortKey,
  dir: SortDirection,
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => {
      const a = x.item.values[key];
      const b = y.item.values[key];
      if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
      return sign * compareValues(a, b) || x.index - y.index;
    })
    .map(({ item }) => item);
}

/** A cell as the sort reads it: its `data-sort` and `data-value` attributes (if any) and its text. */
export interface SortCell {
  sort: string | undefined;
  value: string | undefined;
  text: string;
}

/**
 * A row's sort values from its cells, `keys[i]` being the column of `cells[i]` (null for a column that
 * does not sort): a cell's `data-sort` where its text is not the value (open/closed, yes/no, no date),
 * else its `data-value` (the number behind a formatted one), else its text. An empty attribute is no
 * value (sorted last); an attribute holding a number sorts as a number. A key without a column is null.
 */
export function cellSortValues(
  keys: readonly (SortKey | null)[],
  cells: readonly SortCell[],
): Record<SortKey, string | number | null> {
  const values: Record<SortKey, string | number | null> = {
    name: null,
    county: null,
    town: null,
    industry: null,
    opened: null,
    status: null,
    jobs: null,
    poor: null,
    certified: null,
    leading: null,
  };
  keys.forEach((key, i) => {
    const cell = cells[i];
    if (key === null || cell === undefined) return;
    const exact = cell.sort ?? cell.value;
    if (exact === undefined) values[key] = cell.text.trim();
    else if (exact === "") values[key] = null;
    else values[key] = Number.isFinite(Number(exact)) ? Number(exact) : exact;
  });
  return values;
}
