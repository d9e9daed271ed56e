import {
  directorySearch,
  fillCount,
  matchesState,
  parseDirectoryState,
  parseSortValues,
  sortItems,
  type DirectoryItem,
  type DirectoryState,
  type SortKey,
  SORT_KEYS,
} from "../factories/directory-state";

/**
 * The factory directory in the browser: text search, county / town / industry selects, sortable column
 * headers and a live count, with the state in the URL. The page is complete without it: the server-
 * rendered table lists every factory, and the form shows only when scripts run (`data-needs-script`).
 */

interface Row extends DirectoryItem {
  element: HTMLTableRowElement;
}

const isSortKey = (s: string | undefined): s is SortKey =>
  s !== undefined && (SORT_KEYS as readonly string[]).includes(s);

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

export function initDirectory(): void {
  const parts = findParts();
  if (!parts) return;
  const { form, table, tbody, count, empty, q, county, town, industry } = parts;

  const rows: Row[] = Array.from(tbody.rows, (element) => ({
    element,
    county: element.dataset["county"] ?? "",
    town: element.dataset["town"] ?? "",
    industry: element.dataset["industry"] ?? "",
    text: element.dataset["search"] ?? "",
    values: parseSortValues(element.dataset["sort"]),
  }));
  const template = form.dataset["countTemplate"] ?? "{shown} / {total}";
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]"));
  const parsed = parseDirectoryState(window.location.search);
  // Without a county control the page lists one county: a `county` in the URL would only hide rows.
  let state: DirectoryState = county ? parsed : { ...parsed, county: "" };

  // Each header's text becomes a button: keyboard operable, and announced with the header's aria-sort.
  for (const th of headers) {
    const key = th.dataset["sortKey"];
    if (!isSortKey(key)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.title = th.dataset["sortLabel"] ?? "";
    button.append(th.textContent?.trim() ?? "");
    const arrow = document.createElement("span");
    arrow.className = "sort-arrow";
    arrow.setAttribute("aria-hidden", "true");
    button.append(arrow);
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
      update({ ...state, sort: key, dir });
    });
  }

  function syncTownOptions(countyId: string): void {
    for (const option of Array.from(town.options)) {
      if (option.value === "") continue;
      option.hidden = countyId !== "" && option.dataset["county"] !== countyId;
    }
    for (const group of Array.from(town.querySelectorAll("optgroup")))
      group.hidden = countyId !== "" && group.dataset["county"] !== countyId;
  }

  function render(): void {
    q.value = state.q;
    if (county) county.value = state.county;
    syncTownOptions(state.county);
    town.value = state.town;
    industry.value = state.industry;
    const ordered = state.sort === null ? rows : sortItems(rows, state.sort, state.dir);
    let shown = 0;
    for (const row of ordered) {
      const visible = matchesState(row, state);
      row.element.hidden = !visible;
      if (visible) shown += 1;
      tbody.append(row.element);
    }
    for (const th of headers) {
      const key = th.dataset["sortKey"];
      const sorted = key === state.sort;
      th.setAttribute(
        "aria-sort",
        sorted ? (state.dir === "asc" ? "ascending" : "descending") : "none",
      );
      const arrow = th.querySelector(".sort-arrow");
      if (arrow) arrow.textContent = sorted ? (state.dir === "asc" ? " ▲" : " ▼") : " ↕";
    }
    count.textContent = fillCount(template, shown, rows.length);
    empty.hidden = shown > 0;
  }

  function update(next: DirectoryState): void {
    // A town outside the chosen county would hide every row: drop it.
    const townCounty = town.querySelector<HTMLOptionElement>(
      `option[value="${CSS.escape(next.town)}"]`,
    )?.dataset["county"];
    state =
      next.county !== "" && next.town !== "" && townCounty !== next.county
        ? { ...next, town: "" }
        : next;
    const url = `${window.location.pathname}${directorySearch(state)}${window.location.hash}`;
    window.history.replaceState(null, "", url);
    render();
  }

  const fromForm = (): DirectoryState => ({
    ...state,
    q: q.value,
    county: county?.value ?? "",
    town: town.value,
    industry: industry.value,
  });
  form.addEventListener("input", () => update(fromForm()));
  form.addEventListener("change", () => update(fromForm()));
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    update({ ...state, q: "", county: "", town: "", industry: "" });
  });

  render();
}
