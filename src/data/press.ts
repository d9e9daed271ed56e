import type { TargetResult } from "../lib/figures/evaluate-target";
import { queryRows } from "../lib/figures/decode-rows";
import { countyTargets } from "../lib/overview/overview-charts";
import { pickShowcases, type Showcase } from "../lib/press/pick-showcases";
import {
  SHOWCASE_SQL,
  showcaseParams,
  showcaseRowSchema,
  yearBefore,
} from "../lib/sql/showcase-sql";
import { buildRunner } from "./build-runner";
import { countyFigures, dataStatus, type CountyFigures } from "./figures";

/** The press kit's data, computed at build time from the same Parquet as every other page. */

/** One county in the press kit: its figures, its county targets in reference order, its showcases. */
export interface PressCounty extends CountyFigures {
  targets: TargetResult[];
  showcases: Showcase[];
  /** The as-of date and the month end a year before it, between which growth is counted. */
  as_of: string;
  year_ago: string;
}

async function loadPressKit(): Promise<PressCounty[]> {
  const counties = await countyFigures();
  const runner = await buildRunner();
  const kit: PressCounty[] = [];
  for (const { county, result } of counties) {
    const rows = await queryRows(
      runner,
      showcaseRowSchema,
      SHOWCASE_SQL,
      showcaseParams(county.county_id, dataStatus.as_of),
    );
    kit.push({
      county,
      result,
      targets: countyTargets(county, result),
      showcases: pickShowcases(rows),
      as_of: dataStatus.as_of,
      year_ago: yearBefore(dataStatus.as_of),
    });
  }
  return kit;
}

let loaded: Promise<PressCounty[]> | null = null;

/** Every county's press kit at `dataStatus.as_of`, computed once per build. */
export function pressKit(): Promise<PressCounty[]> {
  loaded ??= loadPressKit();
  return loaded;
}
