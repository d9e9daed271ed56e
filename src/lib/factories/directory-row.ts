import { type Lang, pickName, nameWithChinese } from "../i18n/lang";
import type { County, Industry } from "../reference/schema";
import type { SortKey } from "./directory-state";
import type { FactoryListRow } from "../sql/factory-sql";

/** `open` when the factory reported in the 3 months up to D (DATA-CONTRACT §5 "active"), else `closed`. */
export type FactoryStatus = "open" | "closed";
/** Certified on or before D; `unknown` when the factory has no report by D to say. */
export type CertifiedState = "yes" | "no" | "unknown";

export interface DirectoryRow {
  factory_id: string;
  name: string;
  /** The community (resettlement site) the workshop serves, if the file names one. */
  community: string | null;
  county_id: string;
  county: string;
  town_id: string;
  town: string;
  industry: string;
  industry_name: string;
  opened_on: string | null;
  status: FactoryStatus;
  jobs: number | null;
  poor_workers: number | null;
  certified: CertifiedState;
  leading: boolean;
  /** Lower-cased text the search box looks in: name, community, town and county (both languages), industry. */
  search: string;
  /** The value each column sorts by. */
  sort: Record<SortKey, string | number | null>;
}

export function certifiedState(row: FactoryListRow, asOf: string): CertifiedState {
  if (row.last_period_end === null) return "unknown";
  return row.certified_on !== null && row.certified_on <= asOf ? "yes" : "no";
}

/** A factory as the directory lists it, with names in the page's language. */
export function directoryRow(
  row: FactoryListRow,
  county: County,
  industries: readonly Industry[],
  asOf: string,
  lang: Lang,
): DirectoryRow {
  const town = county.towns.find((t) => t.town_id === row.town_id);
  const industry = industries.find((i) => i.code === row.industry);
  const countyName = pickName(county, lang);
  const townName = nameWithChinese(row.town_name, town?.name_en, lang);
  const industryName = industry ? pickName(industry, lang) : row.industry;
  const status: FactoryStatus = row.active ? "open" : "closed";
  const certified = certifiedState(row, asOf);
  const search = [
    row.name,
    row.community ?? "",
    row.town_name,
    town?.name_en ?? "",
    county.name,
    county.name_en,
    industry?.name ?? "",
    industry?.name_en ?? "",
  ]
    .join(" ")
    .normalize("NFKC")
    .toLowerCase();
  return {
    factory_id: row.factory_id,
    name: row.name,
    community: row.community,
    county_id: row.county_id,
    county: countyName,
    town_id: row.town_id,
    town: townName,
    industry: row.industry,
    industry_name: industryName,
    opened_on: row.opened_on,
    status,
    jobs: row.employees,
    poor_workers: row.poor_workers,
    certified,
    leading: row.is_leading,
    search,
    sort: {
      name: row.name,
      county: countyName,
      town: townName,
      industry: industryName,
      opened: row.opened_on,
      // Open before closed when ascending.
      status: status === "open" ? 0 : 1,
      jobs: row.employees,
      poor: row.poor_workers,
      certified: certified === "yes" ? 1 : certified === "no" ? 0 : null,
      leading: row.is_leading ? 1 : 0,
    },
  };
}
