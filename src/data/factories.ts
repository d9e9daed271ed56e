import type { CertificationCheck } from "../lib/figures/certification-check";
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

/** One factory as its page shows it: identity and current report, every report, and the policy checks. */
export interface FactoryRecord {
  factory: FactoryListRow;
  county: County;
  /** Every report up to the as-of date, oldest first, each traceable to its file and row. */
  reports: FactoryReportRow[];
  /** Null where the county's documents state no certification rule (Pingli). */
  certification: CertificationCheck | null;
  /** Null where the county's documents state no subsidy the reports can estimate (Pingli). */
  subsidies: FactorySubsidyEstimate | null;
}

/**
 * Every factory's reports up to `asOf`, read a county at a time past the query cache, with each date and
 * file name kept once: a province's million rows are most of what the build holds (its peak memory).
 */
async function reportsByFactory(asOf: string): Promise<Map<string, FactoryReportRow[]>> {
  const runner = await uncachedBuildRunner();
  const byFactory = new Map<string, FactoryReportRow[]>();
  const texts = new Map<string, string>();
  const once = (text: string) => {
    const kept = texts.get(text);
    if (kept !== undefined) return kept;
    texts.set(text, text);
    return text;
  };
  for (const county of reference.counties) {
    const rows = await queryRows(
      runner,
      factoryReportRowSchema,
      FACTORY_REPORTS_SQL,
      factoryReportsParams(asOf, county.county_id),
    );
    for (const r of rows) {
      r.period_start = once(r.period_start);
      r.period_end = once(r.period_end);
      r.source_file = once(r.source_file);
      const own = byFactory.get(r.factory_id);
      if (own) own.push(r);
      else byFactory.set(r.factory_id, [r]);
      r.factory_id = once(r.factory_id);
    }
  }
  return byFactory;
}

async function loadFactories(): Promise<FactoryRecord[]> {
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
  const byFactory = await reportsByFactory(asOf);
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
  return list.flatMap((factory): FactoryRecord[] => {
    const county = counties.get(factory.county_id);
    if (!county) return [];
    const policy = checks.get(county.county_id);
    return [
      {
        factory,
        county,
        reports: byFactory.get(factory.factory_id) ?? [],
        certification: policy?.certification.get(factory.factory_id) ?? null,
        subsidies: policy?.subsidies.get(factory.factory_id) ?? null,
      },
    ];
  });
}

let loaded: Promise<FactoryRecord[]> | null = null;

/** Every factory of both counties at `dataStatus.as_of`, loaded once per build for all factory pages. */
export function factoryRecords(): Promise<FactoryRecord[]> {
  loaded ??= loadFactories();
  return loaded;
}

/** A factory's county, town and industry as its details and page title name them. */
export function factoryLabels(
  { factory, county }: Pick<FactoryRecord, "factory" | "county">,
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
  /** The factories of this page, in the directory's order (name, then id). */
  records: FactoryRecord[];
  /** Every factory of the town with the page it is on, for the book's list. */
  contents: { factory_id: string; name: string; page: number }[];
}

/** Every page of every town's factory book, from the one load of factory records. */
export async function factoryBookPages(): Promise<FactoryBookPage[]> {
  const byTown = new Map<string, FactoryRecord[]>();
  for (const record of await factoryRecords()) {
    const own = byTown.get(record.factory.town_id);
    if (own) own.push(record);
    else byTown.set(record.factory.town_id, [record]);
  }
  return reference.counties.flatMap((county) =>
    county.towns.flatMap((town) => {
      const records = byTown.get(town.town_id);
      if (!records) return [];
      const pages = splitBook(records);
      const contents = pages.flatMap((own, i) =>
        own.map((r) => ({ factory_id: r.factory.factory_id, name: r.factory.name, page: i + 1 })),
      );
      return pages.map((own, i) => ({
        county,
        town,
        page: i + 1,
        pages: pages.length,
        records: own,
        contents,
      }));
    }),
  );
}
