import {
  EMPTY_FOLLOW_UP_STATE,
  FOLLOW_UP_SORT_KEYS,
  followUpSearch,
  matchesFollowUp,
  parseFollowUpState,
  sortFollowUp,
  type FollowUpItem,
  type FollowUpSortKey,
  type FollowUpState,
} from "../flags/follow-up-state";
import { SEVERITIES, type Severity } from "../flags/flags-schema";

/**
 * The follow-up list (督查清单) in the browser: county, town and severity filters, sortable headers and a live
 * count, with the state in the URL. The page is complete without it: the table lists every flag. The
 * table's CSV button (src/lib/downloads) exports the rows left, in the order shown.
 */

interface Row extends FollowUpItem {
  element: HTMLTableRowElement;
}

const isSortKey = (s: string | undefined): s is FollowUpSortKey =>
  s !== undefined && (FOLLOW_UP_SORT_KEYS as readonly string[]).includes(s);
const isSeverity = (s: string | undefined): s is Severity =>
  s !== undefined && (SEVERITIES as readonly string[]).includes(s);

function sortValues(text: string | undefined): FollowUpItem["values"] {
  const empty = { town: "", factory: "", period: "", severity: 0, flag: "" };
  try {
    const parsed: unknown = JSON.parse(text ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return empty;
    const get = (k: string) => (parsed as Record<string, unknown>)[k];
    const str = (k: string) => (typeof get(k) === "string" ? String(get(k)) : "");
    const severity = get("severity");
    return {
      town: str("town"),
      factory: str("factory"),
      period: str("period"),
      severity: typeof severity === "number" ? severity : 0,
      flag: str("flag"),
    };
  } catch {
    return empty;
  }
}

export function initFollowUpList(): void {
  const root = document.querySelector<HTMLElement>("[data-follow-up]");
  const form = root?.querySelector<HTMLFormElement>("[data-follow-up-filters]");
  const table = root?.querySelector<HTMLTableElement>('[data-testid="follow-up-table"]');
  const tbody = table?.tBodies[0];
  const count = root?.querySelector<HTMLElement>('[data-testid="follow-up-count"]');
  const empty = root?.querySelector<HTMLElement>('[data-testid="follow-up-empty"]');
  const countySelect = form?.querySelector<HTMLSelectElement>('select[name="county"]');
  const townSelect = form?.querySelector<HTMLSelectElement>('select[name="town"]');
  const severitySelect = form?.querySelector<HTMLSelectElement>('select[name="severity"]');
  if (
    !form ||
    !table ||
    !tbody ||
    !count ||
    !empty ||
    !countySelect ||
    !townSelect ||
    !severitySelect
  )
    return;
  const county: HTMLSelectElement = countySelect;
  const town: HTMLSelectElement = townSelect;
  // Each town option carries its county: a county chosen, the town list shows only its towns.
  const townCounty = new Map(
    Array.from(town.options, (o) => [o.value, o.dataset["county"] ?? ""] as const),
  );
  const severity: HTMLSelectElement = severitySelect;

  const rows: Row[] = Array.from(tbody.rows, (element) => {
    const s = element.dataset["severity"];
    return {
      element,
      county: element.dataset["county"] ?? "",
      town: element.dataset["town"] ?? "",
      severity: isSeverity(s) ? s : "INFO",
      values: sortValues(element.dataset["sort"]),
    };
  });
  const template = form.dataset["countTemplate"] ?? "{shown} / {total}";
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]"));
  let state: FollowUpState = { ...EMPTY_FOLLOW_UP_STATE, ...parseFollowUpState(location.search) };

  for (const th of headers) {
    const key = th.dataset["sortKey"];
    if (!isSortKey(key)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
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

  function render(): void {
    county.value = state.county;
    for (const option of town.options) {
      const other =
        option.value !== "" && state.county !== "" && option.dataset["county"] !== state.county;
      option.hidden = other;
      option.disabled = other;
    }
    town.value = state.town;
    severity.value = state.severity;
    const ordered = state.sort === null ? rows : sortFollowUp(rows, state.sort, state.dir);
    let shown = 0;
    for (const row of ordered) {
      const visible = matchesFollowUp(row, state);
      row.element.hidden = !visible;
      if (visible) shown += 1;
      tbody?.append(row.element);
    }
    for (const th of headers) {
      const sorted = th.dataset["sortKey"] === state.sort;
      th.setAttribute(
        "aria-sort",
        sorted ? (state.dir === "asc" ? "ascending" : "descending") : "none",
      );
      const arrow = th.querySelector(".sort-arrow");
      if (arrow) arrow.textContent = sorted ? (state.dir === "asc" ? " ▲" : " ▼") : " ↕";
    }
    const fmt = (n: number) => n.toLocaleString("en-US");
    if (count)
      count.textContent = template
        .replace("{shown}", fmt(shown))
        .replace("{total}", fmt(rows.length));
    if (empty) empty.hidden = shown > 0;
  }

  function update(next: FollowUpState): void {
    state = next;
    history.replaceState(
      null,
      "",
      `${location.pathname}${followUpSearch(location.search, state)}${location.hash}`,
    );
    render();
  }

  county.addEventListener("change", () => {
    const v = county.value;
    // A town of another county would leave nothing to show: the town filter is dropped with it.
    const keepTown = v === "" || townCounty.get(state.town) === v;
    update({ ...state, county: v, town: keepTown ? state.town : "" });
  });
  town.addEventListener("change", () => update({ ...state, town: town.value }));
  severity.addEventListener("change", () => {
    const v = severity.value;
    update({ ...state, severity: isSeverity(v) ? v : "" });
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  render();
}
