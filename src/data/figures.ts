import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { openParquetRunner } from "../../scripts/lib/node-runner";
import { figuresAsOf, type FiguresAsOf } from "../lib/figures/figures-as-of";
import type { County } from "../lib/reference/schema";
import { reference } from "./reference";

/**
 * The one place pages get figures from: the Parquet that `npm run data` wrote to public/data, read at
 * build time by DuckDB in Node. Nothing here runs in the browser.
 */

// Astro builds from the project root; the bundled chunk's own URL is not next to public/.
const DATA_DIR = resolve(process.cwd(), "public/data");

/** The build stops here, once, when the data has not been generated. */
export class MissingDataError extends Error {
  override name = "MissingDataError";
}

const manifestSchema = z.object({
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  synthetic: z.boolean().default(false),
});

/** What the site says about its data as a whole: the as-of date and whether it is sample data. */
export type DataStatus = z.infer<typeof manifestSchema>;

function readManifest(dir: string): DataStatus {
  const path = join(dir, "manifest.json");
  if (!existsSync(path))
    throw new MissingDataError(
      `缺少 ${path}：请先运行 npm run data / ${path} is missing: run npm run data first`,
    );
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success)
    throw new MissingDataError(
      `${path} 无效，请重新运行 npm run data / ${path} is invalid: run npm run data again (${parsed.error.issues[0]?.message ?? ""})`,
    );
  return parsed.data;
}

export const dataStatus: DataStatus = readManifest(DATA_DIR);

/** One county's figures at the data's as-of date, with its reference data. */
export interface CountyFigures {
  county: County;
  result: FiguresAsOf;
}

async function loadCounties(): Promise<CountyFigures[]> {
  const runner = await openParquetRunner(DATA_DIR);
  try {
    const counties: CountyFigures[] = [];
    for (const county of reference.counties) {
      const scope = { countyId: county.county_id, townId: null, industries: [] };
      counties.push({ county, result: await figuresAsOf(runner, county, dataStatus.as_of, scope) });
    }
    return counties;
  } finally {
    runner.close();
  }
}

let loaded: Promise<CountyFigures[]> | null = null;

/** Every county's figures at `dataStatus.as_of`, computed once per build and shared by all pages. */
export function countyFigures(): Promise<CountyFigures[]> {
  loaded ??= loadCounties();
  return loaded;
}
