import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import { openParquetRunner } from "../../scripts/lib/node-runner";
import { summarizeDataQuality, type DataQuality } from "../lib/figures/data-quality";
import { figuresAsOf, type FiguresAsOf } from "../lib/figures/figures-as-of";
import type { ManifestInputLike } from "../lib/figures/rejected-by-town";
import { REJECT_REASONS } from "../lib/pipeline/output-schema";
import type { County } from "../lib/reference/schema";
import { DATA_DIR } from "./data-dir";
import { reference } from "./reference";

/**
 * The one place pages get figures from: the Parquet that `npm run data` wrote to public/data, read at
 * build time by DuckDB in Node. Nothing here runs in the browser.
 */

/** The build stops here, once, when the data has not been generated. */
export class MissingDataError extends Error {
  override name = "MissingDataError";
}

const count = z.number().int().nonnegative();
const rowCounts = { rows_read: count, accepted: count, rejected: count, skipped: count };

const manifestSchema = z.object({
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  synthetic: z.boolean().default(false),
  inputs: z.array(
    z.object({
      path: z.string(),
      town_id: z.string().nullable(),
      period: z.string().nullable().default(null),
      error: z.string().nullable().default(null),
      ...rowCounts,
    }),
  ),
  totals: z.object({
    files: count,
    ...rowCounts,
    rejected_by_reason: z.partialRecord(z.enum(REJECT_REASONS), count),
  }),
});

type Manifest = z.infer<typeof manifestSchema>;

/** What the site says about its data as a whole: the as-of date and whether it is sample data. */
export type DataStatus = Pick<Manifest, "as_of" | "synthetic">;

function readManifest(dir: string): Manifest {
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

const manifest = readManifest(DATA_DIR);

export const dataStatus: DataStatus = { as_of: manifest.as_of, synthetic: manifest.synthetic };

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

const rejectSchema = z.object({ source_file: z.string(), reason: z.enum(REJECT_REASONS) });

function readRejects(dir: string): z.infer<typeof rejectSchema>[] {
  const path = join(dir, "rejects.csv");
  if (!existsSync(path))
    throw new MissingDataError(
      `缺少 ${path}：请先运行 npm run data / ${path} is missing: run npm run data first`,
    );
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<unknown>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((row, i) => {
    const checked = rejectSchema.safeParse(row);
    if (!checked.success)
      throw new MissingDataError(
        `${path} 第 ${i + 2} 行无效，请重新运行 npm run data / ${path}, row ${i + 2} is invalid: run npm run data again`,
      );
    return checked.data;
  });
}

/**
 * Per county and town: files received, rows read / accepted / rejected / skipped (manifest.json),
 * rejected rows by reason (rejects.csv) and reporting health at `dataStatus.as_of` (the engine).
 */
export async function dataQuality(): Promise<DataQuality> {
  const counties = await countyFigures();
  return summarizeDataQuality(
    reference.counties,
    manifest.inputs,
    readRejects(DATA_DIR),
    counties.flatMap(({ result }) => result.reporting_health),
  );
}

/**
 * A town's files that had rows rejected, with their period labels: enough for the browser to count the
 * town's rejected rows at any as-of date (rejectedByTown) without loading the whole manifest.
 */
export function rejectedInputs(townId: string): ManifestInputLike[] {
  return manifest.inputs
    .filter((i) => i.town_id === townId && i.rejected > 0)
    .map(({ town_id, period, rejected }) => ({ town_id, period, rejected }));
}

/** The pipeline's own totals (manifest.json), against which the page's sums are checked. */
export const manifestTotals: Manifest["totals"] = manifest.totals;
