import {
  directorySearch,
  matchesState,
  parseDirectoryState,
  cellSortValues,
  searchText,
  type SortKey,
  sortItems,
  type DirectoryItem,
  type DirectoryState,
  SORT_KEYS,
} from "../factories/directory-state";
import { headerSortKeys, offerTownsOf, tableFilter, townWithin } from "./table-filter";

/**
 * The factory directory in the browser: text search, county / town / industry selects, sortable column
 * headers and a live count, with the state in the URL (table-filter.ts). The page is complete without it:
 * the server-rendered table lists every factory, and the form shows only when scripts run
 * (`data-needs-script`).
 */

interface Row extends DirectoryItem {
  element: HTMLTableRowElement;
}

interface Parts {
  form: HTMLFormElement;
  table: HTMLTableElement;
  tbody: HTMLTableSectionElement;
  count: HTMLElement;
  empty: HTMLElement;
  q: HTMLInputElement;
  /** Absent on one county's directory page (a province site): the page is the county. */
  county: HTMLSelectElement | null;
  town: HTMLSelectElement;
  industry: HTMLSelectElement;
}

/**
 * The most rows the directory shows at once with scripts on (a county's page lists ~500): typing then
 * lays out at most this many, and a button shows the rest. The sample's 141 factories all show.
 */
const ROWS_AT_ONCE = 150;

/** The page's directory elements, or null on a page without them. */
function findParts(): Parts | null {
  const form = document.querySelector<HTMLFormElement>("[data-directory-filters]");
  const table = document.querySelector<HTMLTableElement>('[data-testid="directory-table"]');
  const tbody = table?.tBodies[0];
  const count = document.querySelector<HTMLElement>('[data-testid="directory-count"]');
  const empty = document.querySelector<HTMLElement>('[data-testid="directory-empty"]');
  const select = (name: string) => form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const q = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const county = select("county") ?? null;
  const town = select("town");
  const industry = select("industry");
  if (!form || !table || !tbody || !count || !empty || !q || !town || !industry) return null;
  return { form, table, tbody, count, empty, q, county, town, industry };
}

/** Each key's column (headerSortKeys), a header that is not one of the directory's keys null. */
const columnKeys = (table: HTMLTableElement): (SortKey | null)[] =>
  headerSortKeys(table).map((key) =>
    (SORT_KEYS as readonly string[]).includes(key ?? "") ? (key as SortKey) : null,
  );

/**
 * The rows as the filter and the sort see them. The names of a row's county, town and industry in both
 * languages are on the table once (`data-words`), its community on the row (`data-search`); a county's
 * page says its county on the table (`data-county`), not on each row.
 */
function readRows(table: HTMLTableElement, tbody: HTMLTableSectionElement): Row[] {
  const keys = columnKeys(table);
  let words: Partial<Record<"county" | "town" | "industry", Record<string, string>>> = {};
  try {
    words = JSON.parse(table.dataset["words"] ?? "{}") as typeof words;
  } catch {
    words = {};
  }
  const pageCounty = table.dataset["county"] ?? "";
  return Array.from(tbody.rows, (element) => {
    const county = element.dataset["county"] ?? pageCounty;
    const town = element.dataset["town"] ?? "";
    const industry = element.dataset["industry"] ?? "";
    const cells = Array.from(element.cells, (cell) => ({
      sort: cell.dataset["sort"],
      value: cell.dataset["value"],
      text: cell.textContent ?? "",
    }));
    const text = [
      cells[0]?.text ?? "",
      element.dataset["search"] ?? "",
      words.county?.[county] ?? "",
      words.town?.[town] ?? "",
      words.industry?.[industry] ?? "",
    ].join(" ");
    return {
      element,
      county,
      town,
      industry,
      text: searchText(text),
      values: cellSortValues(keys, cells),
    };
  });
}

export function initDirectory(): void {
  const parts = findParts();
  if (!parts) return;
  const { form, q, county, town, industry } = parts;

  const rows = readRows(parts.table, parts.tbody);
  const parsed = parseDirectoryState(window.location.search);
  const directory = tableFilter({
    ...parts,
    rows,
    limit: ROWS_AT_ONCE,
    more: document.querySelector<HTMLButtonElement>("button[data-directory-more]"),
    sortKeys: SORT_KEYS,
    // Without a county control the page lists one county: a `county` in the URL would only hide rows.
    initial: county ? parsed : { ...parsed, county: "" },
    matches: matchesState,
    sort: sortItems,
    search: directorySearch,
    showInForm: (state: DirectoryState) => {
      q.value = state.q;
      if (county) county.value = state.county;
      offerTownsOf(town, state.county);
      town.value = state.town;
      industry.value = state.industry;
    },
    normalize: (state) => ({ ...state, town: townWithin(town, state.county, state.town) }),
  });

  const fromForm = (): DirectoryState => ({
    ...directory.state(),
    q: q.value,
    county: county?.value ?? "",
    town: town.value,
    industry: industry.value,
  });
  form.addEventListener("input", () => directory.update(fromForm()));
  form.addEventListener("change", () => directory.update(fromForm()));
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    directory.update({ ...directory.state(), q: "", county: "", town: "", industry: "" });
  });
}
