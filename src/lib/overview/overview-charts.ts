import type { Lang } from "../i18n/lang";
import type { CellExtras } from "../charts/chart-table-html";
import type { ProgressChartData } from "../charts/progress-state";
import { townMapRows, type MapTown, type TownMapData } from "../charts/town-map";
import type { TargetResult } from "../figures/evaluate-target";
import type { FiguresAndTargets } from "../figures/figures-as-of";
import type { PathStatus } from "../figures/path-status";
import type { County } from "../reference/schema";
import { townPath } from "../towns/town-paths";

/** The county-wide targets of a result, in the order the reference file lists them. */
export function countyTargets(county: County, result: FiguresAndTargets): TargetResult[] {
  const order = county.targets.map((t) => t.target_id);
  return result.targets
    .filter((t) => t.scope === "county")
    .toSorted((a, b) => order.indexOf(a.target_id) - order.indexOf(b.target_id));
}

/** A county target's progress chart: the county's month-end series and its phasing milestones. */
export function progressChartData(
  county: County,
  result: FiguresAndTargets,
  target: TargetResult,
): ProgressChartData {
  return {
    metric: target.metric,
    series: result.series
      .filter((r) => r.town_id === null)
      .map((r) => ({ date: r.as_of, value: r[target.metric] })),
    target,
    milestones: county.phasing?.milestones ?? [],
  };
}

/**
 * The status a town is coloured by on the map: its jobs task where the county gives towns tasks
 * (Hanyin's allocation), else its latest yearly new-factory rule (Pingli), else none.
 */
export function townStatus(result: FiguresAndTargets, townId: string): PathStatus | null {
  const own = result.targets.filter((t) => t.town_id === townId);
  const jobs = own.find((t) => t.metric === "jobs" && t.year === null);
  if (jobs) return jobs.path_status;
  const yearly = own
    .filter((t) => t.year !== null)
    .toSorted((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return yearly[0]?.path_status ?? null;
}

/** What the basis of `townStatus` is for this county: a jobs task, a yearly rule, or nothing. */
export function townStatusBasis(result: FiguresAndTargets): "jobs_task" | "yearly_rule" | "none" {
  const town = result.targets.filter((t) => t.scope === "town");
  if (town.some((t) => t.metric === "jobs" && t.year === null)) return "jobs_task";
  if (town.some((t) => t.year !== null)) return "yearly_rule";
  return "none";
}

/** Every town of the county at its approximate seat, with its jobs and status at D. */
export function townMapData(county: County, result: FiguresAndTargets): TownMapData {
  const towns: MapTown[] = county.towns.map((town) => ({
    town_id: town.town_id,
    town_name: town.name,
    town_name_en: town.name_en,
    lat: town.lat,
    lon: town.lon,
    jobs: result.figures.find((r) => r.town_id === town.town_id)?.jobs ?? 0,
    status: townStatus(result, town.town_id),
  }));
  return { towns };
}

/** Room the map needs besides the towns' own extent: legend, size key, notes and labels. */
const MAP_CHROME = 200;

/**
 * A height for the town map drawn `width` wide: the map keeps north-south distances true, so a county
 * that is long from north to south (Pingli) gets a taller map instead of towns crowded in a strip.
 */
export function townMapHeight(
  data: TownMapData,
  width: number,
  limits: { min: number; max: number },
): number {
  const lats = data.towns.map((t) => t.lat);
  const lons = data.towns.map((t) => t.lon);
  const latSpan = Math.max(...lats) - Math.min(...lats);
  const lonSpan = Math.max(...lons) - Math.min(...lons);
  const meanLat = lats.reduce((s, l) => s + l, 0) / Math.max(1, lats.length);
  // Mercator stretches latitude by 1 / cos(latitude) against longitude.
  // No east-west extent: a lone town needs no height, towns on one meridian all of it.
  const stretch = latSpan / Math.cos((meanLat * Math.PI) / 180);
  const ratio = lonSpan > 0 ? stretch / lonSpan : stretch > 0 ? Infinity : 0;
  // Towns spread over about half the width (labels take the rest), so as tall as that times the ratio.
  const height = Math.round((width / 2) * ratio + MAP_CHROME);
  return Math.min(limits.max, Math.max(limits.min, height));
}

/**
 * The extras of the town map's table cells: each town's name links to its page, and each jobs cell is a
 * headline figure of its town (the §5 data-* attributes), at build time and after exploring alike.
 */
export function townMapCellExtras(
  data: TownMapData,
  countyId: string,
  asOf: string,
  lang: Lang,
): CellExtras {
  const towns = townMapRows(data);
  return (row, column) => {
    const town = towns[row];
    if (!town) return null;
    if (column === 0) return { href: townPath(town.town_id, lang) };
    if (column !== 1) return null;
    return {
      attrs: {
        "data-metric": "jobs",
        "data-county": countyId,
        "data-town": town.town_name,
        "data-as-of": asOf,
      },
    };
  };
}
