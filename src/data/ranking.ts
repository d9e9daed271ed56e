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

async function loadRankings(asOf: string): Promise<CountyRanking[]> {
  const runner = await buildRunner();
  const year = yearOf(asOf);
  const rankings: CountyRanking[] = [];
  for (const county of reference.counties)
    rankings.push({
      county,
      ranking: await townRanking(runner, county, scoring, year, asOf),
    });
  return rankings;
}

const loaded = new Map<string, Promise<CountyRanking[]>>();

/** Every county's town ranking at `asOf` (the data's as-of date unless a page asks for another month). */
export function countyRankings(asOf: string = dataStatus.as_of): Promise<CountyRanking[]> {
  let rankings = loaded.get(asOf);
  if (!rankings) {
    rankings = loadRankings(asOf);
    loaded.set(asOf, rankings);
  }
  return rankings;
}
