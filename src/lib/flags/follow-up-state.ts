import { SEVERITIES, type Severity } from "./flags-schema";

/** One row of the follow-up list (督查清单) as the page and its script see it. */
export interface FollowUpItem {
  county: string;
  town: string;
  severity: Severity;
  /** Sort values: town name, factory name, period end (YYYY-MM-DD), flag label. */
  values: { town: string; factory: string; period: string; severity: number; flag: string };
}

export const FOLLOW_UP_SORT_KEYS = ["town", "factory", "period", "severity", "flag"] as const;
export type FollowUpSortKey = (typeof FOLLOW_UP_SORT_KEYS)[number];

/** The list's filters and order; "" is "all". */
export interface FollowUpState {
  county: string;
  town: string;
  severity: Severity | "";
  sort: FollowUpSortKey | null;
  dir: "asc" | "desc";
}

export const EMPTY_FOLLOW_UP_STATE: FollowUpState = {
  county: "",
  town: "",
  severity: "",
  sort: null,
  dir: "asc",
};

/** SEVERE first when sorted descending: the rank of a severity (INFO 0 … SEVERE 2). */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export function matchesFollowUp(item: FollowUpItem, state: FollowUpState): boolean {
  return (
    (state.county === "" || item.county === state.county) &&
    (state.town === "" || item.town === state.town) &&
    (state.severity === "" || item.severity === state.severity)
  );
}

/** A stable sort by one key (ties keep the page's order: town, factory, period). */
export function sortFollowUp<T extends FollowUpItem>(
  items: readonly T[],
  key: FollowUpSortKey,
  dir: "asc" | "desc",
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const x = a.item.values[key];
      const y = b.item.values[key];
      const c =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : String(x).localeCompare(String(y), "zh-CN");
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map(({ item }) => item);
}

const isSeverity = (s: string | null): s is Severity =>
  s !== null && (SEVERITIES as readonly string[]).includes(s);
const isSortKey = (s: string | null): s is FollowUpSortKey =>
  s !== null && (FOLLOW_UP_SORT_KEYS as readonly string[]).includes(s);

/** The state from the address (`?fu_county=…&fu_town=…&fu_severity=WARNING&fu_sort=period&fu_dir=desc`). */
export function parseFollowUpState(search: string): FollowUpState {
  const p = new URLSearchParams(search);
  const severity = p.get("fu_severity");
  const sort = p.get("fu_sort");
  return {
    county: p.get("fu_county") ?? "",
    town: p.get("fu_town") ?? "",
    severity: isSeverity(severity) ? severity : "",
    sort: isSortKey(sort) ? sort : null,
    dir: p.get("fu_dir") === "desc" ? "desc" : "asc",
  };
}

/** The address's query for a state, keeping the page's other parameters. */
export function followUpSearch(search: string, state: FollowUpState): string {
  const p = new URLSearchParams(search);
  for (const k of ["fu_county", "fu_town", "fu_severity", "fu_sort", "fu_dir"]) p.delete(k);
  if (state.county !== "") p.set("fu_county", state.county);
  if (state.town !== "") p.set("fu_town", state.town);
  if (state.severity !== "") p.set("fu_severity", state.severity);
  if (state.sort !== null) {
    p.set("fu_sort", state.sort);
    p.set("fu_dir", state.dir);
  }
  const text = p.toString();
  return text === "" ? "" : `?${text}`;
}
