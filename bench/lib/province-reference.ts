import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The project's reference data, whose industries, policy texts and Pingli targets the synthetic counties reuse. */
export const PROJECT_REFERENCE = new URL("../../data/reference/", import.meta.url).pathname;
const MODEL_COUNTY = "pingli";

export interface SyntheticTown {
  town_id: string;
  name: string;
  name_en: string;
  short_names: string[];
  lat: number;
  lon: number;
}

export interface SyntheticCounty {
  county_id: string;
  name: string;
  name_en: string;
  short_names: string[];
  division_code: string;
  towns: SyntheticTown[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Replaces the model county's id in every id-like string (pingli-2017-31 → b07-2017-31). */
function renameIds(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string")
    return value.startsWith(`${from}-`) ? to + value.slice(from.length) : value;
  if (Array.isArray(value)) return value.map((v) => renameIds(v, from, to));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameIds(v, from, to)]));
  return value;
}

/**
 * Writes `<refDir>/counties/<id>.json` for every synthetic county, modelled on Pingli's (its documents,
 * targets, phasing and town rules, ids renamed), plus copies of industries.json, flags.json, scoring.json,
 * status.json and the policy texts,
 * so the pipeline's reference loader validates them as it does the real ones.
 */
export function writeReference(refDir: string, counties: readonly SyntheticCounty[]): void {
  mkdirSync(join(refDir, "counties"), { recursive: true });
  cpSync(join(PROJECT_REFERENCE, "industries.json"), join(refDir, "industries.json"));
  // The site reads these too (REFERENCE_DIR, bench/site.ts): the same rules as the sample's.
  for (const file of ["flags.json", "scoring.json", "status.json"])
    cpSync(join(PROJECT_REFERENCE, file), join(refDir, file));
  cpSync(join(PROJECT_REFERENCE, "policy"), join(refDir, "policy"), { recursive: true });
  const parsed: unknown = JSON.parse(
    readFileSync(join(PROJECT_REFERENCE, "counties", `${MODEL_COUNTY}.json`), "utf8"),
  );
  if (!isObject(parsed)) throw new Error(`${MODEL_COUNTY}.json is not an object`);
  for (const county of counties) {
    const model = renameIds(parsed, MODEL_COUNTY, county.county_id);
    if (!isObject(model)) throw new Error("unreachable");
    const json = {
      ...model,
      $schema_note: "Synthetic county for bench/pipeline.ts, modelled on pingli.json.",
      ...county,
      city: "合成市",
      coordinates_note: "Synthetic coordinates, for the benchmark only.",
    };
    writeFileSync(
      join(refDir, "counties", `${county.county_id}.json`),
      `${JSON.stringify(json, null, 2)}\n`,
    );
  }
}
