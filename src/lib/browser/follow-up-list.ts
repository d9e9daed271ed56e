import {
  EMPTY_FOLLOW_UP_STATE,
  FOLLOW_UP_SORT_KEYS,
  followUpSearch,
  matchesFollowUp,
  parseFollowUpState,
  severityRank,
  sortFollowUp,
  type FollowUpItem,
  type FollowUpState,
} from "../flags/follow-up-state";
import { SEVERITIES, type Severity } from "../flags/flags-schema";
import { headerSortKeys, offerTownsOf, tableFilter, townWithin } from "./table-filter";

/**
 * The follow-up list (督查清单) in the browser: county, town and severity filters, sortable headers and a live
 * count, with the state in the URL (table-filter.ts). The page is complete without it: the table lists
 * every flag. The table's CSV button (src/lib/downloads) exports the rows left, in the order shown.
 */

interface Row extends FollowUpItem {
  element: HTMLTableRowElement;
}

const isSeverity = (s: string | undefined): s is Severity =>
  s !== undefined && (SEVERITIES as readonly string[]).includes(s);

/**
 * A row's sort values: the town, factory and flag as its cells say them (the column of each from the
 * headers' `data-sort-key`s), the period by its end and the severity by its rank (the row's attributes).
 */
function sortValues(element: HTMLTableRowElement, keys: readonly (string | undefined)[]) {
  const text = (key: string) => {
    const i = keys.indexOf(key);
    return i < 0 ? "" : (element.cells[i]?.textContent ?? "").trim();
  };
  const s = element.dataset["severity"];
  return {
    town: text("town"),
    factory: text("factory"),
    period: element.dataset["periodEnd"] ?? "",
    severity: severityRank(isSeverity(s) ? s : "INFO"),
    flag: text("flag"),
  };
}

export function initFollowUpList(): void {
  const root = document.querySelector<HTMLElement>("[data-follow-up]");
  const form = root?.querySelector<HTMLFormElement>("[data-follow-up-filters]");
  const table = root?.querySelector<HTMLTableElement>('[data-testid="follow-up-table"]');
  const tbody = table?.tBodies[0];
  const count = root?.querySelector<HTMLElement>('[data-testid="follow-up-count"]');
  const empty = root?.querySelector<HTMLElement>('[data-testid="follow-up-empty"]');
  const county = form?.querySelector<HTMLSelectElement>('select[name="county"]');
  const town = form?.querySelector<HTMLSelectElement>('select[name="town"]');
  const severity = form?.querySelector<HTMLSelectElement>('select[name="severity"]');
  if (!form || !table || !tbody || !count || !empty || !county || !town || !severity) return;

  const keys = headerSortKeys(table);
  const rows: Row[] = Array.from(tbody.rows, (element) => {
    const s = element.dataset["severity"];
    return {
      element,
      county: element.dataset["county"] ?? "",
      town: element.dataset["town"] ?? "",
      severity: isSeverity(s) ? s : "INFO",
      values: sortValues(element, keys),
    };
  });
  const list = tableFilter({
    form,
    table,
    tbody,
    rows,
    count,
    empty,
    sortKeys: FOLLOW_UP_SORT_KEYS,
    initial: { ...EMPTY_FOLLOW_UP_STATE, ...parseFollowUpState(window.location.search) },
    matches: matchesFollowUp,
    sort: sortFollowUp,
    search: (state: FollowUpState) => followUpSearch(window.location.search, state),
    showInForm: (state) => {
      county.value = state.county;
      offerTownsOf(town, state.county);
      town.value = state.town;
      severity.value = state.severity;
    },
    // A town of another county would leave nothing to show: the town filter is dropped with it.
    normalize: (state) => ({ ...state, town: townWithin(town, state.county, state.town) }),
  });

  county.addEventListener("change", () => list.update({ ...list.state(), county: county.value }));
  town.addEventListener("change", () => list.update({ ...list.state(), town: town.value }));
  severity.addEventListener("change", () => {
    const v = severity.value;
    list.update({ ...list.state(), severity: isSeverity(v) ? v : "" });
  });
}
