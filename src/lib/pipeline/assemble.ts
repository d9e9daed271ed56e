import type { FactoryOutputRow, Reject, ReportOutputRow } from "./output-schema";
import type { ParsedRow } from "./report-row";
import { rejectMessage } from "./reject-message";
import { stableHash } from "./stable-hash";

/** The accepted rows of every file, plus the rows rejected across files (superseded resubmissions). */
export interface Assembled {
  reports: ReportOutputRow[];
  factories: FactoryOutputRow[];
  rejects: Reject[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Settles each factory's id: its credit code when any report of the same county, town and name
 * gives one (so a factory keeps one id whether or not a month's report carries the code), else a
 * hash of county, town and normalized name.
 */
function factoryIdentity(rows: readonly ParsedRow[]): {
  idOf(r: ParsedRow): string;
  codeOf(r: ParsedRow): string | null;
} {
  const codeByName = new Map<string, string>();
  const nameKey = (r: ParsedRow) => `${r.town_id}\u0000${r.name_key}`;
  for (const r of rows)
    if (r.credit_code && !codeByName.has(nameKey(r))) codeByName.set(nameKey(r), r.credit_code);
  const codeOf = (r: ParsedRow) => r.credit_code ?? codeByName.get(nameKey(r)) ?? null;
  return { codeOf, idOf: (r) => codeOf(r) ?? `${r.town_id}-${stableHash(r.name_key)}` };
}

/**
 * Joins the files' accepted rows: assigns factory ids, rejects as `superseded` a factory-period
 * reported again in a file that sorts later by name (DATA-CONTRACT §2, resubmissions), and derives
 * one factories row from each factory's latest report.
 */
export function assemble(rows: readonly ParsedRow[]): Assembled {
  const identity = factoryIdentity(rows);
  const idOf = identity.idOf;
  const latestByKey = new Map<string, ParsedRow>();
  const rejects: Reject[] = [];
  const sorted = [...rows].sort(
    (a, b) => compareText(a.source_file, b.source_file) || a.source_row - b.source_row,
  );
  for (const row of sorted) {
    const key = `${idOf(row)}\u0000${row.period.start}\u0000${row.period.end}`;
    const earlier = latestByKey.get(key);
    if (earlier) {
      rejects.push({
        source_file: earlier.source_file,
        source_row: earlier.source_row,
        column: "",
        reason: "superseded",
        message: rejectMessage(earlier.source_file, earlier.source_row, "", {
          zh: `被后报送的文件 ${row.source_file} 第 ${row.source_row} 行替代`,
          en: `replaced by the later file ${row.source_file}, row ${row.source_row}`,
        }),
      });
    }
    latestByKey.set(key, row);
  }
  const kept = [...latestByKey.values()];
  const reports: ReportOutputRow[] = kept.map((r) => ({
    county_id: r.county_id,
    town_id: r.town_id,
    town_name: r.town_name,
    factory_id: idOf(r),
    period_start: r.period.start,
    period_end: r.period.end,
    employees: r.employees,
    poor_workers: r.poor_workers,
    relocated_workers: r.relocated_workers,
    contracts_1y: r.contracts_1y,
    output_value_yuan: r.output_value_yuan,
    wages_yuan: r.wages_yuan,
    source_file: r.source_file,
    source_row: r.source_row,
    period_kind: r.period.kind,
    months_operating: r.months_operating,
  }));
  return { reports, factories: factoryRows(kept, identity), rejects };
}

function factoryRows(
  kept: readonly ParsedRow[],
  { idOf, codeOf }: ReturnType<typeof factoryIdentity>,
): FactoryOutputRow[] {
  const byFactory = new Map<string, ParsedRow[]>();
  for (const r of kept) {
    const list = byFactory.get(idOf(r));
    if (list) list.push(r);
    else byFactory.set(idOf(r), [r]);
  }
  return [...byFactory.entries()].map(([factoryId, list]) => {
    list.sort(
      (a, b) =>
        compareText(a.period.end, b.period.end) || compareText(a.source_file, b.source_file),
    );
    const first = list[0];
    const latest = list[list.length - 1];
    if (!first || !latest) throw new Error("unreachable: a factory has at least one report");
    // A date given only in some reports (opened, certified) is taken from the latest report that gives it.
    const lastGiven = <K extends "opened_on" | "certified_on" | "community" | "industry_raw">(
      k: K,
    ) => [...list].reverse().find((r) => r[k] !== null)?.[k] ?? null;
    return {
      factory_id: factoryId,
      county_id: latest.county_id,
      town_id: latest.town_id,
      town_name: latest.town_name,
      name: latest.name,
      community: lastGiven("community"),
      industry: latest.industry,
      industry_raw: lastGiven("industry_raw"),
      opened_on: lastGiven("opened_on"),
      certified_on: lastGiven("certified_on"),
      leading: latest.leading,
      base_level: latest.base_level,
      credit_code: codeOf(latest),
      first_period_start: first.period.start,
      last_period_end: latest.period.end,
      reports: list.length,
    };
  });
}
