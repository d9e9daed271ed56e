import type { FactoryModel, MonthFigures } from "./factory-model";
import { monthIndex, monthOf, monthPeriod, type MonthIndex } from "./periods";
import type { Rng } from "./prng";
import type { TownPlan } from "./town-plans";
import { FLAGS, type Flag } from "../../../src/lib/flags/flags-schema";

/** A planted case: this factory's report for `period` should carry `flag` (synthetic, made on purpose). */
export interface PlantedFlag {
  county_id: string;
  town_id: string;
  /** The factory's name, as in the truth's factories. */
  factory: string;
  /** `YYYY-MM` of the report that should be flagged. */
  period: string;
  flag: Flag;
}

/** Cases per flag: enough for the pages to show and the test to find, few enough to stay rare. */
const CASES_PER_FLAG = 2;
/** Months a case may fall in: away from the samples' edges, the 2020 epidemic and the county workbook. */
const FIRST = monthIndex(2018, 6);
const LAST = monthIndex(2019, 10);
/** Certified factories below the county's minimums (Hanyin's rule: 15 workers, 6 months a year). */
const CERTIFIED_COUNTY = "hanyin";
const BELOW_MINIMUM_WORKERS = 10;
const SHORT_YEAR = 2019;
const MIN_WORKERS_BEFORE = 16;
const SHORT_YEAR_MONTHS = 3;

const scaled = (f: MonthFigures, k: number): MonthFigures => ({
  employees: Math.max(1, Math.round(f.employees * k)),
  female: Math.round(f.female * k),
  poor: Math.round(f.poor * k),
  relocated: Math.round(f.relocated * k),
  contracts: Math.round(f.contracts * k),
  output: Math.round((f.output * k) / 100) * 100,
  wages: Math.round((f.wages * k) / 100) * 100,
});

/** Changes a factory's figures so that its report for month `m` trips `flag`; false if it cannot. */
function plant(f: FactoryModel, flag: Flag, m: MonthIndex): boolean {
  const at = f.monthly.get(m);
  if (!at) return false;
  const set = (month: MonthIndex, figures: MonthFigures) => f.monthly.set(month, figures);
  switch (flag) {
    case "outlier_employees":
      // One month with 80 % more workers than the month before and after.
      set(m, { ...at, employees: Math.round(at.employees * 1.8) });
      return true;
    case "outlier_output":
      set(m, { ...at, output: Math.round((at.output * 2.2) / 100) * 100 });
      return true;
    case "stale_figures":
      // The two reports before made identical to this one: the third in a row.
      set(m - 2, at);
      set(m - 1, at);
      return f.monthly.has(m - 3);
    case "sudden_drop":
      // Workers (and with them output and wages) fall by 45 % and stay down.
      for (let k = m; f.monthly.has(k); k++) set(k, scaled(f.monthly.get(k) ?? at, 0.55));
      return true;
    case "output_without_wages":
      set(m, { ...at, wages: 0 });
      return true;
    case "wages_without_output":
      set(m, { ...at, output: 0 });
      return true;
    case "wages_per_worker":
      set(m, { ...at, wages: Math.round((at.wages * 0.12) / 100) * 100 });
      return true;
    case "certified_below_workers":
      set(m, scaled(at, BELOW_MINIMUM_WORKERS / at.employees));
      return true;
    case "certified_below_months":
      // Production stops after March and resumes the next January: three months in the year.
      for (
        let k = monthIndex(SHORT_YEAR, SHORT_YEAR_MONTHS + 1);
        k <= monthIndex(SHORT_YEAR, 12);
        k++
      )
        f.monthly.delete(k);
      return true;
  }
}

/**
 * Plants a few cases of each data-quality flag in the factories' monthly figures (in place) and returns
 * them, so that the flags have something true to show and the planted-flags test something to find.
 * Only monthly towns, factories open since 2017 that never close, in months no other planted problem
 * (rejected row, gap) touches; each case in a factory of its own.
 */
export function plantFlags(
  rng: Rng,
  towns: readonly { countyId: string; plan: TownPlan; factories: readonly FactoryModel[] }[],
): PlantedFlag[] {
  const used = new Set<string>();
  const planted: PlantedFlag[] = [];
  const quiet = (plan: TownPlan, months: readonly MonthIndex[]) =>
    months.every((k) => {
      const key = monthPeriod(k).key;
      return !plan.gaps.includes(key) && !plan.plants.some((p) => p.period === key);
    });
  // Every flag the rules know (one list: a new flag must get a way to be planted here, or tsc fails)
  for (const flag of FLAGS) {
    const certified = flag.startsWith("certified_");
    const short = flag === "certified_below_months";
    const candidates = towns
      .filter((t) => t.plan.cadence === "monthly")
      .filter((t) => !certified || t.countyId === CERTIFIED_COUNTY)
      .flatMap((t) =>
        t.factories
          .filter((f) => (certified || !f.leading) && f.lastMonth === null && !used.has(f.key))
          // A year of changes before the case (outliers need a baseline), or a year of reports before 2019.
          .filter((f) => f.openMonth <= (short ? monthIndex(2018, 9) : monthIndex(2017, 10)))
          .filter((f) => !certified || (f.certifiedOn !== null && f.certifiedOn < "2018-06-01"))
          .map((f) => ({ town: t, factory: f })),
      );
    let count = 0;
    // Hanyin's few certified factories in monthly towns: one case each for the certification flags.
    const cases = certified ? 1 : CASES_PER_FLAG;
    for (const { town, factory } of rng.shuffle(candidates)) {
      if (count === cases) break;
      const m = short ? monthIndex(SHORT_YEAR, SHORT_YEAR_MONTHS) : rng.int(FIRST, LAST);
      // Not around the Spring Festival: the county's own dip there would blur the case.
      if (!short && monthOf(m) <= 3) continue;
      // The reports the case needs (this one and those it is compared with) must be sent and accepted.
      const needed = short ? [m] : [m - 3, m - 2, m - 1, m, m + 1];
      if (!quiet(town.plan, needed)) continue;
      // Enough workers before for a drop to be a drop (and above the certification minimum).
      if ((factory.monthly.get(m - 1)?.employees ?? 0) < MIN_WORKERS_BEFORE) continue;
      if (!plant(factory, flag, m)) continue;
      used.add(factory.key);
      planted.push({
        county_id: factory.countyId,
        town_id: factory.townId,
        factory: factory.name,
        period: monthPeriod(m).key,
        flag,
      });
      count += 1;
    }
    if (count < cases)
      throw new Error(`samples: cannot plant ${flag} (${candidates.length} candidate factories)`);
  }
  return planted;
}
