import { yearOf } from "../lib/figures/month-end";
import { townRanking, type TownRanking } from "../lib/figures/town-ranking";
import type { County } from "../lib/reference/schema";
import { buildRunner } from "./build-runner";
import { dataStatus } from "./figures";
import { reference, scoring } from "./reference";

/**
 * The towns' assessment ranking per county for the year of the data's as-of date, computed once per
 * build from the Parquet in public/data (one DuckDB, closed when done) and shared by both languages.
 */
export interface CountyRanking {
  county: County;
  ranking: TownRanking;
}

async function loadRankings(): Promise<CountyRanking[]> {
  const runner = await buildRunner();
  const year = yearOf(dataStatus.as_of);
  const rankings: CountyRanking[] = [];
  for (const county of reference.counties)
    rankings.push({
      county,
      ranking: await townRanking(runner, county, scoring, year, dataStatus.as_of),
    });
  return rankings;
}

let loaded: Promise<CountyRanking[]> | null = null;

/** Every county's town ranking at `dataStatus.as_of`. */
export function countyRankings(): Promise<CountyRanking[]> {
  loaded ??= loadRankings();
  return loaded;
}
