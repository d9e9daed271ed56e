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
import { buildRunner } from "./build-runner";
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

async function loadFactories(): Promise<FactoryRecord[]> {
  const asOf = dataStatus.as_of;
  const runner = await buildRunner();
  const [list, reports] = await Promise.all([
    queryRows(runner, factoryListRowSchema, FACTORY_LIST_SQL, factoryListParams(asOf)),
    queryRows(runner, factoryReportRowSchema, FACTORY_REPORTS_SQL, factoryReportsParams(asOf)),
  ]);
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
  const byFactory = new Map<string, FactoryReportRow[]>();
  for (const r of reports) {
    const own = byFactory.get(r.factory_id);
    if (own) own.push(r);
    else byFactory.set(r.factory_id, [r]);
  }
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
