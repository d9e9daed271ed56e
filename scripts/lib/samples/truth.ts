import type { FactoryModel } from "./factory-model";
import { monthEnd, monthStart, type MonthIndex, type Period } from "./periods";
import type { QuirkId, RejectReason } from "./quirks";
import type { ReportRecord } from "./render-report";
import type { FileFormat } from "./report-style";
import type { PlantedFlag } from "./plant-flags";

/** A row the pipeline should accept, with the generator's true figures. */
export interface AcceptedRow {
  countyId: string;
  townId: string;
  townName: string;
  period: Period;
  record: ReportRecord;
  /** The column set of the file had a contracts column. */
  hasContracts: boolean;
}

export interface TruthTown {
  county_id: string;
  town_id: string;
  name: string;
  cadence: "monthly" | "quarterly";
  /** By design of the samples, against the town's task at the county deadline. */
  trajectory: "ahead" | "on_track" | "behind";
  first_period: string;
  /** Periods with no report at all. */
  gaps: string[];
  format: string;
}

/** One report sheet of a file (a text file is one sheet named ""); a workbook may have several. */
export interface TruthFile {
  source_file: string;
  /** The worksheet's name; "" for text files and for whole-file entries. */
  source_sheet: string;
  county_id: string;
  /** Null for files that are not one town's report (notices) or whose town is not in the county. */
  town_id: string | null;
  period: string | null;
  format: FileFormat;
  /** Null for workbooks; `invalid` for the planted encoding error. */
  encoding: "gb18030" | "utf-8-bom" | "utf-8" | "utf-16le" | "invalid" | null;
  data_rows: number;
  accepted_rows: number;
  rejected_rows: number;
  totals_rows: number;
  blank_rows: number;
}

export interface PlantedReject {
  source_file: string;
  /** The worksheet's name; "" for text files and whole-file problems. */
  source_sheet: string;
  /** 1-based CSV line or worksheet row; 0 for a whole-file problem. */
  source_row: number;
  /** The header label as written in the file (the lower label of a two-row header), or "". */
  column: string;
  reason: RejectReason;
  scope: "row" | "file";
  /** Whole-file problems only: the data rows the file holds (empty when there is no readable table). */
  rows?: number[];
}

export interface TruthTownPeriod {
  county_id: string;
  town_id: string;
  town_name: string;
  period: string;
  period_start: string;
  period_end: string;
  factories: number;
  employees: number;
  poor_workers: number;
  relocated_workers: number;
  /** Null when the town's report has no contracts column. */
  contracts_1y: number | null;
  output_value_yuan: number;
  wages_yuan: number;
}

export interface TruthFigures {
  county_id: string;
  /** Null for the whole county. */
  town_id: string | null;
  as_of: string;
  factories: number;
  certified: number;
  leading: number;
  jobs: number;
  poor_workers: number;
  relocated_workers: number;
  output_12m: number;
  wages_12m: number;
}

export interface TruthFactory {
  county_id: string;
  town_id: string;
  name: string;
  /** As written in the reports (null when the town's reports have no credit-code column or the factory has none). */
  credit_code: string | null;
  community: string;
  industry: string;
  industry_raw: string;
  opened_on: string;
  certified_on: string | null;
  leading: boolean;
  base_level: string;
  /** Last period it appears in an accepted row. */
  last_period: string;
  closed: boolean;
}

export interface SampleTruth {
  note: string;
  seed: number;
  first_period: string;
  last_period: string;
  conventions: Record<string, string>;
  towns: TruthTown[];
  files: TruthFile[];
  planted_flags: PlantedFlag[];
  planted_rejects: PlantedReject[];
  personal_data: { names: string[]; phones: string[]; id_numbers: string[] };
  quirks: Partial<Record<QuirkId, string[]>>;
  factories: TruthFactory[];
  new_factories: { county_id: string; town_id: string; year: number; count: number }[];
  town_periods: TruthTownPeriod[];
  figures: TruthFigures[];
}

/** One accepted row reduced to what §5 needs. */
interface FactoryReport {
  factory: FactoryModel;
  start: MonthIndex;
  end: MonthIndex;
  record: ReportRecord;
}

/**
 * DATA-CONTRACT §5 at the month end `asOf`, over the accepted rows of one county (or one town):
 * active = a report ending in the last three months; jobs from each active factory's latest report;
 * 12-month sums over reports lying wholly in the twelve months ending at `asOf`.
 */
export function figuresAt(
  reports: readonly FactoryReport[],
  asOf: MonthIndex,
): Omit<TruthFigures, "county_id" | "town_id" | "as_of"> {
  const current = new Map<string, FactoryReport>();
  let output = 0;
  let wages = 0;
  for (const r of reports) {
    if (r.end <= asOf && r.end > asOf - 3) {
      const seen = current.get(r.factory.key);
      if (!seen || seen.end < r.end) current.set(r.factory.key, r);
    }
    if (r.start >= asOf - 11 && r.end <= asOf) {
      output += r.record.output;
      wages += r.record.wages;
    }
  }
  const asOfDate = monthEnd(asOf);
  let jobs = 0;
  let poor = 0;
  let relocated = 0;
  let certified = 0;
  let leading = 0;
  for (const r of current.values()) {
    jobs += r.record.employees;
    poor += r.record.poor;
    relocated += r.record.relocated;
    if (r.factory.certifiedOn !== null && r.factory.certifiedOn <= asOfDate) certified++;
    if (r.factory.leading) leading++;
  }
  return {
    factories: current.size,
    certified,
    leading,
    jobs,
    poor_workers: poor,
    relocated_workers: relocated,
    output_12m: output,
    wages_12m: wages,
  };
}

/** Truth figures, per town × period and §5 figures at every quarter end, from the accepted rows only. */
export function summarize(accepted: readonly AcceptedRow[], first: MonthIndex, last: MonthIndex) {
  const byTownPeriod = new Map<string, TruthTownPeriod>();
  for (const row of accepted) {
    const key = `${row.townId} ${row.period.key}`;
    let entry = byTownPeriod.get(key);
    if (!entry) {
      entry = {
        county_id: row.countyId,
        town_id: row.townId,
        town_name: row.townName,
        period: row.period.key,
        period_start: monthStart(row.period.startMonth),
        period_end: monthEnd(row.period.endMonth),
        factories: 0,
        employees: 0,
        poor_workers: 0,
        relocated_workers: 0,
        contracts_1y: row.hasContracts ? 0 : null,
        output_value_yuan: 0,
        wages_yuan: 0,
      };
      byTownPeriod.set(key, entry);
    }
    entry.factories++;
    entry.employees += row.record.employees;
    entry.poor_workers += row.record.poor;
    entry.relocated_workers += row.record.relocated;
    if (entry.contracts_1y !== null) entry.contracts_1y += row.record.contracts;
    entry.output_value_yuan += row.record.output;
    entry.wages_yuan += row.record.wages;
  }
  const townPeriods = [...byTownPeriod.values()].sort(
    (a, b) =>
      a.county_id.localeCompare(b.county_id) ||
      a.town_id.localeCompare(b.town_id) ||
      a.period_start.localeCompare(b.period_start),
  );

  const reports = accepted.map((row): FactoryReport & { countyId: string; townId: string } => ({
    countyId: row.countyId,
    townId: row.townId,
    factory: row.record.factory,
    start: row.period.startMonth,
    end: row.period.endMonth,
    record: row.record,
  }));
  const figures: TruthFigures[] = [];
  const scopes = new Map<
    string,
    { countyId: string; townId: string | null; reports: FactoryReport[] }
  >();
  for (const r of reports) {
    for (const [key, townId] of [
      [r.countyId, null],
      [`${r.countyId} ${r.townId}`, r.townId],
    ] as const) {
      let scope = scopes.get(key);
      if (!scope) {
        scope = { countyId: r.countyId, townId, reports: [] };
        scopes.set(key, scope);
      }
      scope.reports.push(r);
    }
  }
  const scopeList = [...scopes.values()].sort(
    (a, b) =>
      a.countyId.localeCompare(b.countyId) || (a.townId ?? "").localeCompare(b.townId ?? ""),
  );
  for (const scope of scopeList) {
    for (let m = first; m <= last; m++) {
      if ((m % 12) % 3 !== 2) continue;
      figures.push({
        county_id: scope.countyId,
        town_id: scope.townId,
        as_of: monthEnd(m),
        ...figuresAt(scope.reports, m),
      });
    }
  }

  const factories = new Map<string, { factory: FactoryModel; last: Period }>();
  for (const row of accepted) {
    const seen = factories.get(row.record.factory.key);
    if (!seen || seen.last.endMonth < row.period.endMonth)
      factories.set(row.record.factory.key, { factory: row.record.factory, last: row.period });
  }
  const newFactories = new Map<
    string,
    { county_id: string; town_id: string; year: number; count: number }
  >();
  for (const { factory } of factories.values()) {
    const year = Number(factory.openedOn.slice(0, 4));
    const key = `${factory.townId} ${year}`;
    const entry = newFactories.get(key) ?? {
      county_id: factory.countyId,
      town_id: factory.townId,
      year,
      count: 0,
    };
    entry.count++;
    newFactories.set(key, entry);
  }
  return {
    townPeriods,
    figures,
    knownFactories: [...factories.values()],
    newFactories: [...newFactories.values()].sort(
      (a, b) => a.town_id.localeCompare(b.town_id) || a.year - b.year,
    ),
  };
}

/** The truth as JSON with one line per list entry: small, and a change shows as a readable diff. */
export function formatTruthJson(truth: SampleTruth): string {
  const parts = Object.entries(truth).map(([key, value]: [string, unknown]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(value)) {
      return value.length === 0
        ? `  ${name}: []`
        : `  ${name}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(",\n")}\n  ]`;
    }
    if (value !== null && typeof value === "object") {
      const entries = Object.entries(value).map(
        ([k, v]: [string, unknown]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
      );
      return `  ${name}: {\n${entries.join(",\n")}\n  }`;
    }
    return `  ${name}: ${JSON.stringify(value)}`;
  });
  return `{\n${parts.join(",\n")}\n}\n`;
}
