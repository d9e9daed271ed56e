import type { CertificationCheck } from "../lib/figures/certification-check";
import { groupBy } from "../lib/collections/group-by";
import { queryRows } from "../lib/figures/decode-rows";
import { policyChecks } from "../lib/figures/policy-checks";
import type { FactorySubsidyEstimate } from "../lib/figures/subsidy-estimates";
import {
  FACTORY_LIST_SQL,
  FACTORY_REPORTS_SQL,
  factoryListParams,
  factoryListRowSchema,
  factoryReportRowSchema,
  factoryReportsParams,
  type FactoryListRow,
  type FactoryReportRow,
} from "../lib/sql/factory-sql";
import type { County } from "../lib/reference/schema";
import { type Lang, nameWithChinese, pickName } from "../lib/i18n/lang";
import { factoryBookPages as splitBook } from "../lib/towns/factory-path";
import { buildRunner, uncachedBuildRunner } from "./build-runner";
import { dataStatus } from "./figures";
import { reference } from "./reference";

/** One factory as the directory and its book's list know it: identity, current report, policy checks. */
export interface FactoryEntry {
  factory: FactoryListRow;
  county: County;
  /** Null where the county's documents state no certification rule (Pingli). */
  certification: CertificationCheck | null;
  /** Null where the county's documents state no subsidy the reports can estimate (Pingli). */
  subsidies: FactorySubsidyEstimate | null;
}

/** One factory as its details show it (FactoryDetails): its entry and every report. */
export interface FactoryRecord extends FactoryEntry {
  /** Every report up to the as-of date, oldest first, each traceable to its file and row. */
  reports: FactoryReportRow[];
}

/**
 * A county's factories' reports up to `asOf`, read past the query cache, with each date and file name kept
 * once. Read when a page shows them (withReports), not held for the build: a province's million rows as
 * objects were ~315 MB, a third of the build's heap, for the whole build.
 */
async function countyReports(
  asOf: string,
  countyId: string,
): Promise<Map<string, FactoryReportRow[]>> {
  const runner = await uncachedBuildRunner();
  const texts = new Map<string, string>();
  const once = (text: string) => {
    const kept = texts.get(text);
    if (kept !== undefined) return kept;
    texts.set(text, text);
    return text;
  };
  const rows = await queryRows(
    runner,
    factoryReportRowSchema,
    FACTORY_REPORTS_SQL,
    factoryReportsParams(asOf, countyId),
  );
  for (const r of rows) {
    r.period_start = once(r.period_start);
    r.period_end = once(r.period_end);
    r.source_file = once(r.source_file);
    r.factory_id = once(r.factory_id);
  }
  return groupBy(rows, (r) => r.factory_id);
}

/**
 * The counties whose reports were read last, newest last. Pages come a town or a factory at a time in id
 * order, a language after the other: a province's book pages read each county twice, the sample's factory
 * pages (two counties, ids mixed) each once.
 */
const KEPT_COUNTIES = 4;
const keptReports = new Map<string, Promise<Map<string, FactoryReportRow[]>>>();

function reportsOfCounty(countyId: string): Promise<Map<string, FactoryReportRow[]>> {
  let reports = keptReports.get(countyId);
  if (reports) keptReports.delete(countyId);
  else reports = countyReports(dataStatus.as_of, countyId);
  keptReports.set(countyId, reports);
  for (const oldest of keptReports.keys()) {
    if (keptReports.size <= KEPT_COUNTIES) break;
    keptReports.delete(oldest);
  }
  return reports;
}

/** These factories' records, each with every report (read a county at a time, reportsOfCounty). */
export async function withReports(entries: readonly FactoryEntry[]): Promise<FactoryRecord[]> {
  const records: FactoryRecord[] = [];
  for (const entry of entries) {
    const reports = await reportsOfCounty(entry.county.county_id);
    records.push({ ...entry, reports: reports.get(entry.factory.factory_id) ?? [] });
  }
  return records;
}

async function loadFactories(): Promise<FactoryEntry[]> {
  const asOf = dataStatus.as_of;
  const runner = await buildRunner();
  const list = await queryRows(
    runner,
    factoryListRowSchema,
    FACTORY_LIST_SQL,
    factoryListParams(asOf),
  );
  const policies = new Map(
    await Promise.all(
      reference.counties.map(
        async (county) =>
          [
            county.county_id,
            await policyChecks(runner, county, asOf, {
              countyId: county.county_id,
              townId: null,
              industries: [],
            }),
          ] as const,
      ),
    ),
  );
  // Looked up by id, not searched: a province has ~20,000 factories, and a search per factory was
  // quadratic in them.
  const counties = new Map(reference.counties.map((c) => [c.county_id, c]));
  const byId = <T extends { factory_id: string }>(rows: readonly T[] | undefined) =>
    new Map((rows ?? []).map((r) => [r.factory_id, r]));
  const checks = new Map(
    [...policies].map(([countyId, p]) => [
      countyId,
      {
        certification: byId(p.certification ?? undefined),
        subsidies: byId(p.subsidies?.factories),
      },
    ]),
  );
  return list.flatMap((factory): FactoryEntry[] => {
    const county = counties.get(factory.county_id);
    if (!county) return [];
    const policy = checks.get(county.county_id);
    return [
      {
        factory,
        county,
        certification: policy?.certification.get(factory.factory_id) ?? null,
        subsidies: policy?.subsidies.get(factory.factory_id) ?? null,
      },
    ];
  });
}

let loaded: Promise<FactoryEntry[]> | null = null;

/**
 * Every factory at `dataStatus.as_of`, loaded once per build for the directory and the factory pages; their
 * reports are read where a page shows them (withReports).
 */
export function factoryEntries(): Promise<FactoryEntry[]> {
  loaded ??= loadFactories();
  return loaded;
}

/** A factory's county, town and industry as its details and page title name them. */
export function factoryLabels(
  { factory, county }: Pick<FactoryEntry, "factory" | "county">,
  lang: Lang,
): { countyName: string; townName: string; industryName: string } {
  const town = county.towns.find((x) => x.town_id === factory.town_id);
  const industry = reference.industries.find((i) => i.code === factory.industry);
  return {
    countyName: pickName(county, lang),
    townName: nameWithChinese(factory.town_name, town?.name_en, lang),
    industryName: industry ? pickName(industry, lang) : factory.industry,
  };
}

/** One page of a town's factory book (province site): its factories, and every factory of the town. */
export interface FactoryBookPage {
  county: County;
  town: County["towns"][number];
  /** From 1. */
  page: number;
  pages: number;
  /** The factories of this page, in the directory's order (name, then id); their reports: withReports. */
  entries: FactoryEntry[];
  /** Every factory of the town with the page it is on, for the book's list. */
  contents: { factory_id: string; name: string; page: number }[];
}

/** Every page of every town's factory book, from the one load of factory entries. */
export async function factoryBookPages(): Promise<FactoryBookPage[]> {
  const byTown = groupBy(await factoryEntries(), (entry) => entry.factory.town_id);
  return reference.counties.flatMap((county) =>
    county.towns.flatMap((town) => {
      const entries = byTown.get(town.town_id);
      if (!entries) return [];
      const pages = splitBook(entries);
      const contents = pages.flatMap((own, i) =>
        own.map((r) => ({ factory_id: r.factory.factory_id, name: r.factory.name, page: i + 1 })),
      );
      return pages.map((own, i) => ({
        county,
        town,
        page: i + 1,
        pages: pages.length,
        entries: own,
        contents,
      }));
    }),
  );
}
