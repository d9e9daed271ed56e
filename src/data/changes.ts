import { changesAsOf, type ChangesAsOf } from "../lib/changes/changes-as-of";
import type { County } from "../lib/reference/schema";
import { buildRunner } from "./build-runner";
import { dataStatus } from "./figures";
import { reference } from "./reference";

/** One county's changes at the data's as-of date, computed once per build and shared by both languages. */
export interface CountyChanges {
  county: County;
  result: ChangesAsOf;
}

let loaded: Promise<CountyChanges[]> | null = null;

async function load(asOf: string): Promise<CountyChanges[]> {
  const runner = await buildRunner();
  const out: CountyChanges[] = [];
  for (const county of reference.counties) {
    const scope = { countyId: county.county_id, townId: null, industries: [] };
    out.push({ county, result: await changesAsOf(runner, county, asOf, scope) });
  }
  return out;
}

/** Every county's changes at the data's latest month against the month before and a year earlier. */
export function countyChanges(): Promise<CountyChanges[]> {
  loaded ??= load(dataStatus.as_of);
  return loaded;
}
