import type { TownQuality } from "../lib/figures/data-quality";
import { queryRows } from "../lib/figures/decode-rows";
import { figuresAsOf, type FiguresAsOf } from "../lib/figures/figures-as-of";
import type { County, Town } from "../lib/reference/schema";
import {
  TOWN_FACTORIES_SQL,
  townFactoriesParams,
  townFactoryRowSchema,
  type TownFactoryRow,
} from "../lib/sql/town-factories-sql";
import { buildRunner } from "./build-runner";
import { dataQuality, dataStatus } from "./figures";
import { reference } from "./reference";

/**
 * Build-time data for the town pages: each town's figures at `dataStatus.as_of` with the town as the
 * scope, its factories and its data quality. Nothing here runs in the browser.
 */

/** Everything one town page shows. */
export interface TownData {
  county: County;
  town: Town;
  /** figuresAsOf with the town as the scope: its figures, tasks or yearly rule, series, not reporting. */
  result: FiguresAsOf;
  factories: TownFactoryRow[];
  /** Files, rows and rejects from the manifest and rejects.csv, and the engine's reporting health. */
  quality: TownQuality | null;
}

async function loadTowns(): Promise<TownData[]> {
  const quality = await dataQuality();
  const qualityOf = (townId: string) =>
    quality.counties.flatMap((c) => c.towns).find((t) => t.town_id === townId) ?? null;
  const runner = await buildRunner();
  const towns: TownData[] = [];
  for (const county of reference.counties) {
    for (const town of county.towns) {
      const scope = { countyId: county.county_id, townId: town.town_id, industries: [] };
      const result = await figuresAsOf(runner, county, dataStatus.as_of, scope);
      const factories = await queryRows(
        runner,
        townFactoryRowSchema,
        TOWN_FACTORIES_SQL,
        townFactoriesParams(scope, dataStatus.as_of),
      );
      towns.push({ county, town, result, factories, quality: qualityOf(town.town_id) });
    }
  }
  return towns;
}

let loaded: Promise<TownData[]> | null = null;

/** Every town of every county, computed once per build and shared by all town pages. */
export function townData(): Promise<TownData[]> {
  loaded ??= loadTowns();
  return loaded;
}
