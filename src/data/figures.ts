import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import {
  fileCounty,
  rejectsOfFiles,
  summarizeDataQuality,
  type DataQuality,
} from "../lib/figures/data-quality";
import { figuresAsOf, type FiguresAsOf } from "../lib/figures/figures-as-of";
import { inputsAsOf } from "../lib/figures/inputs-as-of";
import { groupBy } from "../lib/collections/group-by";
import type { ManifestInputLike } from "../lib/figures/rejected-by-town";
import type { Manifest } from "../lib/pipeline/manifest";
import { readManifestFile } from "./read-manifest";
import { REJECT_REASONS } from "../lib/pipeline/output-schema";
import type { County } from "../lib/reference/schema";
import { buildRunner } from "./build-runner";
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

/** What the site says about its data as a whole: the as-of date and whether it is sample data. */
export interface DataStatus {
  as_of: string;
  synthetic: boolean;
}

function readManifest(dir: string): Manifest & DataStatus {
  const path = join(dir, "manifest.json");
  if (!existsSync(path))
    throw new MissingDataError(
      `缺少 ${path}：请先运行 npm run data / ${path} is missing: run npm run data first`,
    );
  const parsed = readManifestFile(dir);
  if (!parsed.success)
    throw new MissingDataError(
      `${path} 无效，请重新运行 npm run data / ${path} is invalid: run npm run data again (${parsed.error.issues[0]?.message ?? ""})`,
    );
  const { as_of } = parsed.data;
  // No accepted report means no as-of date: there is nothing to build pages from.
  if (as_of === null)
    throw new MissingDataError(
      `${path} 没有截至日期（没有被接受的报表行）/ ${path} has no as_of: no report row was accepted`,
    );
  return { ...parsed.data, as_of };
}

const manifest = readManifest(DATA_DIR);

export const dataStatus: DataStatus = { as_of: manifest.as_of, synthetic: manifest.synthetic };

/** One county's figures at the data's as-of date, with its reference data. */
export interface CountyFigures {
  county: County;
  result: FiguresAsOf;
}

async function loadCounties(asOf: string): Promise<CountyFigures[]> {
  const runner = await buildRunner();
  const counties: CountyFigures[] = [];
  for (const county of reference.counties) {
    const scope = { countyId: county.county_id, townId: null, industries: [] };
    counties.push({ county, result: await figuresAsOf(runner, county, asOf, scope) });
  }
  return counties;
}

// Per as-of month: both languages' pages of one month (the brief's month pages) share one computation.
const loaded = new Map<string, Promise<CountyFigures[]>>();

/**
 * Every county's figures at `asOf` (a month end; `dataStatus.as_of` unless a page asks for an earlier
 * month, as the brief's month pages do), computed once per build and month and shared by all pages.
 */
export function countyFigures(asOf: string = dataStatus.as_of): Promise<CountyFigures[]> {
  let counties = loaded.get(asOf);
  if (!counties) {
    counties = loadCounties(asOf);
    loaded.set(asOf, counties);
  }
  return counties;
}

const rejectSchema = z.object({ source_file: z.string(), reason: z.enum(REJECT_REASONS) });

function readRejectsText(dir: string): string {
  const path = join(dir, "rejects.csv");
  if (!existsSync(path))
    throw new MissingDataError(
      `缺少 ${path}：请先运行 npm run data / ${path} is missing: run npm run data first`,
    );
  return readFileSync(path, "utf8");
}

/** rejects.csv read once per build (its rows do not change while pages are made). */
const rejectsRead = new Map<string, z.infer<typeof rejectSchema>[]>();

function readRejects(dir: string): z.infer<typeof rejectSchema>[] {
  let rows = rejectsRead.get(dir);
  if (!rows) {
    rows = parseRejects(dir);
    rejectsRead.set(dir, rows);
  }
  return rows;
}

function parseRejects(dir: string): z.infer<typeof rejectSchema>[] {
  const path = join(dir, "rejects.csv");
  const text = readRejectsText(dir).replace(/^\uFEFF/, "");
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
 * rejected rows by reason (rejects.csv) and reporting health at `asOf` (the engine; the data's as-of
 * date unless a page asks for an earlier month).
 */
export function dataQuality(asOf: string = dataStatus.as_of): Promise<DataQuality> {
  let quality = qualityLoaded.get(asOf);
  if (!quality) {
    quality = countyFigures(asOf).then((counties) =>
      summarizeDataQuality(
        reference.counties,
        // An earlier month counts only the files received for it; the latest counts every file.
        asOf === dataStatus.as_of ? manifest.inputs : inputsAsOf(manifest.inputs, asOf),
        readRejects(DATA_DIR),
        counties.flatMap(({ result }) => result.reporting_health),
      ),
    );
    qualityLoaded.set(asOf, quality);
  }
  return quality;
}

/**
 * Made once per month end: every county's data-quality and brief page (and each brief month) asks, and
 * on a 40-county build each summary cost tens of seconds.
 */
const qualityLoaded = new Map<string, Promise<DataQuality>>();

/**
 * One county's rows of rejects.csv, as its own CSV (/data/rejects/<county_id>.csv on a province site):
 * the rows of the files its data-quality page counts (fileCounty), so the page's download matches its
 * totals.
 */
export function countyRejectsCsv(countyId: string): string {
  if (!filesByCounty) {
    filesByCounty = new Map();
    for (const input of manifest.inputs) {
      const id = fileCounty(reference.counties, input);
      const files = filesByCounty.get(id) ?? [];
      files.push(input.path);
      filesByCounty.set(id, files);
    }
  }
  const files = new Set(filesByCounty.get(countyId) ?? []);
  rejectsText ??= readRejectsText(DATA_DIR);
  return rejectsOfFiles(rejectsText, files);
}
/** Grouped and read once per build, not once per county. */
let filesByCounty: Map<string | null, string[]> | null = null;
let rejectsText: string | null = null;

let rejectedByTownId: Map<string | null, ManifestInputLike[]> | null = null;

/**
 * A town's files that had rows rejected, with their period labels: enough for the browser to count the
 * town's rejected rows at any as-of date (rejectedByTown) without loading the whole manifest.
 */
export function rejectedInputs(townId: string): ManifestInputLike[] {
  // Grouped once per build: a province's manifest has ~50,000 inputs and ~1,000 towns ask, twice each.
  rejectedByTownId ??= groupBy(
    manifest.inputs
      .filter((i) => i.rejected > 0)
      .map(({ town_id, period, rejected }): ManifestInputLike => ({ town_id, period, rejected })),
    (input) => input.town_id,
  );
  return rejectedByTownId.get(townId) ?? [];
}

/** The pipeline's own totals (manifest.json), against which the page's sums are checked. */
export const manifestTotals: Manifest["totals"] = manifest.totals;
