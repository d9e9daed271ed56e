import { formatCount } from "../format/format-count";
import { pageLang } from "./page-lang";

/**
 * A server-rendered table made filterable and sortable in the browser, with its state in the URL: the
 * factory directory (factory-directory.ts) and the follow-up list (follow-up-list.ts). Each header with a
 * `data-sort-key` becomes a button (keyboard operable, announced with the header's aria-sort); each change
 * reorders and hides the rows, rewrites the address and the live count. What a table filters on, how its
 * state reads from and writes to the URL and to its form stay with the table.
 */

/** The part of a table's state this module reads: the sorted column and its direction. */
export interface SortState<K extends string> {
  sort: K | null;
  dir: "asc" | "desc";
}

export interface FilteredRow {
  element: HTMLTableRowElement;
}

export interface TableFilterOptions<
  K extends string,
  S extends SortState<K>,
  R extends FilteredRow,
> {
  form: HTMLFormElement;
  table: HTMLTableElement;
  tbody: HTMLTableSectionElement;
  rows: readonly R[];
  /**
   * Filled with the form's `data-count-template` (`{shown}`, `{total}`), or when rows are held back
   * (`limit`) its `data-count-capped-template` (`{matched}` too).
   */
  count: HTMLElement;
  /**
   * The most rows shown at once (all when absent): on a keystroke the browser lays out at most this many
   * rows, not a county's 500. The rest of the matches wait behind `more`.
   */
  limit?: number;
  /** Shows every match when rows are held back; its `data-template` names `{matched}`. */
  more?: HTMLButtonElement | null;
  /** Shown when no row is left. */
  empty: HTMLElement;
  sortKeys: readonly K[];
  initial: S;
  matches: (row: R, state: S) => boolean;
  sort: (rows: readonly R[], key: K, dir: "asc" | "desc") => R[];
  /** The address's query for a state (`""` or `?…`). */
  search: (state: S) => string;
  /** Puts a state into the form's controls. */
  showInForm: (state: S) => void;
  /** Corrects a state before it is applied (a town outside the chosen county, say). */
  normalize?: (state: S) => S;
}

export interface TableFilter<S> {
  state: () => S;
  update: (next: S) => void;
}

export function tableFilter<K extends string, S extends SortState<K>, R extends FilteredRow>(
  options: TableFilterOptions<K, S, R>,
): TableFilter<S> {
  const { form, table, tbody, rows, count, empty, sortKeys } = options;
  const lang = pageLang();
  const template = form.dataset["countTemplate"] ?? "{shown} / {total}";
  const cappedTemplate = form.dataset["countCappedTemplate"] ?? template;
  const { more } = options;
  let limit = options.limit ?? Number.POSITIVE_INFINITY;
  more?.addEventListener("click", () => {
    limit = Number.POSITIVE_INFINITY;
    render();
  });
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]"));
  const isSortKey = (s: string | undefined): s is K =>
    s !== undefined && (sortKeys as readonly string[]).includes(s);
  let state = options.initial;

  for (const th of headers) {
    const key = th.dataset["sortKey"];
    if (!isSortKey(key)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    const label = th.dataset["sortLabel"];
    if (label) button.title = label;
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

  // The rows and the headers change only when the sort changes, and a row's `hidden` only when it flips,
  // so a keystroke restyles only the rows it shows or hides (moving every row on each keystroke: p95
  // 347 ms on the sample's 141-row directory, then 80 ms).
  let order = "";
  let ordered = rows;
  function render(): void {
    options.showInForm(state);
    const sorted = `${state.sort ?? ""} ${state.dir}`;
    if (sorted !== order) {
      if (order !== "" || state.sort !== null) {
        ordered = state.sort === null ? rows : options.sort(rows, state.sort, state.dir);
        tbody.append(...ordered.map((row) => row.element));
      }
      showSort();
    }
    order = sorted;
    let shown = 0;
    let matched = 0;
    for (const row of ordered) {
      const match = options.matches(row, state);
      if (match) matched += 1;
      const visible = match && shown < limit;
      if (row.element.hidden === visible) row.element.hidden = !visible;
      if (visible) shown += 1;
    }
    const format = (n: number) => formatCount(n, lang);
    count.textContent = fillCount(
      matched > shown ? cappedTemplate : template,
      shown,
      rows.length,
      format,
      matched,
    );
    empty.hidden = shown > 0;
    if (more) {
      more.hidden = matched <= shown;
      if (!more.hidden)
        more.textContent = fillCount(
          more.dataset["template"] ?? "",
          shown,
          rows.length,
          format,
          matched,
        );
    }
  }

  function showSort(): void {
    for (const th of headers) {
      const sorted = th.dataset["sortKey"] === state.sort;
      th.setAttribute(
        "aria-sort",
        sorted ? (state.dir === "asc" ? "ascending" : "descending") : "none",
      );
      const arrow = th.querySelector(".sort-arrow");
      if (arrow) arrow.textContent = sorted ? (state.dir === "asc" ? " ▲" : " ▼") : " ↕";
    }
  }

  function update(next: S): void {
    state = options.normalize ? options.normalize(next) : next;
    const { pathname, hash } = window.location;
    window.history.replaceState(null, "", `${pathname}${options.search(state)}${hash}`);
    render();
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  render();
  return { state: () => state, update };
}

/**
 * Each column's sort key as its header cell gives it (`data-sort-key`, undefined where it has none), in
 * column order: which cell of a row holds which value, read from the table instead of assumed (a county's
 * directory has no county column).
 */
export const headerSortKeys = (table: HTMLTableElement): (string | undefined)[] =>
  Array.from(table.tHead?.rows[0]?.cells ?? [], (th) => th.dataset["sortKey"]);

/**
 * A count template (`显示 {shown} / {total} 家`, `符合 {matched} / {total} 家…`) with the numbers put in, by
 * `format` (formatCount on the page).
 */
export const fillCount = (
  template: string,
  shown: number,
  total: number,
  format: (n: number) => string = String,
  matched = shown,
): string =>
  template
    .replace("{shown}", format(shown))
    .replace("{total}", format(total))
    .replace("{matched}", format(matched));

/**
 * A town select whose options (and optgroups) carry `data-county`: with a county chosen, only its towns
 * are offered.
 */
export function offerTownsOf(town: HTMLSelectElement, county: string): void {
  for (const option of Array.from(town.options)) {
    const other = option.value !== "" && county !== "" && option.dataset["county"] !== county;
    option.hidden = other;
    option.disabled = other;
  }
  for (const group of Array.from(town.querySelectorAll("optgroup")))
    group.hidden = county !== "" && group.dataset["county"] !== county;
}

/** The town kept when a county is chosen: none when it lies in another county (it would hide every row). */
export function townWithin(town: HTMLSelectElement, county: string, townId: string): string {
  if (county === "" || townId === "") return townId;
  const option = Array.from(town.options).find((o) => o.value === townId);
  return option?.dataset["county"] === county ? townId : "";
}
