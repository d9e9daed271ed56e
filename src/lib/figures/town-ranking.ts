import type { Scoring } from "../reference/scoring-schema";
import type { County } from "../reference/schema";
import { queryRows, reportingHealthRowSchema, targetRowSchema } from "./decode-rows";
import { figureSeries } from "./figure-series";
import { monthEndOnOrBefore, yearOf } from "./month-end";
import type { QueryRunner } from "./query-runner";
import { rankTowns, type TownIndicators, type TownScore } from "./rank-towns";
import { REPORTING_HEALTH_SQL, reportingHealthParams } from "../sql/reporting-health-sql";
import { TARGETS_SQL, targetsParams } from "../sql/targets-sql";
import { pathAnchors, pathShare } from "./target-path";
import { wholeTask } from "./whole-task";

export interface TownRanking {
  county_id: string;
  year: number;
  /** The month end the year's values are read at: 31 December, or D within the current year. */
  as_of: string;
  /** True when some town's new-factory task is derived from a provisional allocation. */
  provisional_tasks: boolean;
  towns: TownScore[];
}

/**
 * A town's new-factory task for a year: the county's per-year rule where there is one (Pingli: ≥2), else
 * its share of the allocated factories that the phasing puts in that year, in whole factories (Hanyin:
 * provisional). Null when the town has no task that year.
 */
function newFactoryTask(
  county: County,
  ruleTasks: Map<string, number>,
  townId: string,
  year: number,
): { task: number; provisional: boolean } | null {
  const rule = ruleTasks.get(`${townId}|${year}`);
  if (rule !== undefined) return { task: rule, provisional: false };
  const allocation = county.town_allocation;
  const factories = allocation?.tasks[townId]?.factories;
  if (!allocation || factories === undefined) return null;
  const docDate = county.documents[0]?.issued_on ?? county.program_start;
  const anchors = pathAnchors(
    monthEndOnOrBefore(docDate),
    county.deadline,
    county.phasing?.milestones ?? [],
  );
  const through = pathShare(anchors, `${year}-12-31`);
  const before = pathShare(anchors, `${year - 1}-12-31`);
  // No phasing left in this year (after the deadline): no task, handled by scoring.json's no_task rule.
  if (through - before <= 0) return null;
  const task = wholeTask(factories, before, through);
  return task > 0 ? { task, provisional: allocation.status === "provisional" } : null;
}

async function indicatorsFor(
  runner: QueryRunner,
  county: County,
  year: number,
  asOf: string,
  industries: readonly string[],
): Promise<{ towns: TownIndicators[]; provisional: boolean; at: string }> {
  const at = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const scope = { countyId: county.county_id, townId: null, industries };
  const [rows, health, targets] = await Promise.all([
    figureSeries(runner, scope, at, at),
    queryRows(
      runner,
      reportingHealthRowSchema,
      REPORTING_HEALTH_SQL,
      reportingHealthParams(county.county_id, null, at, `${year}-01-01`),
    ),
    queryRows(runner, targetRowSchema, TARGETS_SQL, targetsParams(county.county_id)),
  ]);
  const ruleTasks = new Map(
    targets
      .filter((t) => t.scope === "town" && t.metric === "new_factories" && t.year !== null)
      .map((t) => [`${t.town_id ?? ""}|${t.year ?? 0}`, t.value]),
  );
  let provisional = false;
  const towns = rows.flatMap((r): TownIndicators[] => {
    if (r.town_id === null) return [];
    const h = health.find((x) => x.town_id === r.town_id);
    const task = newFactoryTask(county, ruleTasks, r.town_id, year);
    if (task?.provisional) provisional = true;
    return [
      {
        town_id: r.town_id,
        town_name: r.town_name ?? r.town_id,
        values: {
          new_factories: r.new_factories,
          factories: r.factories,
          jobs: r.jobs,
          poor_workers: r.poor_workers,
          relocated_workers: r.relocated_workers,
          output_12m: r.output_12m,
          wages_12m: r.wages_12m,
          reporting_completeness:
            h && h.periods_due > 0 ? h.periods_reported / h.periods_due : null,
        },
        tasks: task ? { new_factories: task.task } : {},
      },
    ];
  });
  return { towns, provisional, at };
}

/**
 * The towns' assessment ranking for `year` (values at 31 December, or at D in D's own year), scored by the
 * weights in data/reference/scoring.json, with the change of rank against the previous year. With
 * `industries`, the figures count only those industries' factories (for analysis; the assessment itself
 * counts every factory); reporting completeness is the town's whatever the industries.
 */
export async function townRanking(
  runner: QueryRunner,
  county: County,
  scoring: Scoring,
  year: number,
  asOf: string,
  industries: readonly string[] = [],
): Promise<TownRanking> {
  const current = await indicatorsFor(runner, county, year, asOf, industries);
  const hasPrevious = year - 1 >= yearOf(county.program_start);
  const previous = hasPrevious
    ? await indicatorsFor(runner, county, year - 1, asOf, industries)
    : null;
  return {
    county_id: county.county_id,
    year,
    as_of: current.at,
    provisional_tasks: current.provisional,
    towns: rankTowns(current.towns, scoring, previous?.towns),
  };
}
