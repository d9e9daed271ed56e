import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  parseReference,
  parseScoring,
  parseStatusRules,
  ReferenceError,
  type Reference,
  type ReferenceFile,
} from "../../src/lib/reference/parse-reference";
import type { Scoring } from "../../src/lib/reference/scoring-schema";
import type { StatusRules } from "../../src/lib/status/status-rules";
import { referenceDir } from "../../reference-dir.mjs";

/** The reference data folder: `REFERENCE_DIR` when set, else the project's data/reference (reference-dir.mjs). */
export const REFERENCE_DIR = referenceDir;

async function readText(path: string): Promise<ReferenceFile> {
  try {
    return { path, text: await readFile(path, "utf8") };
  } catch {
    throw new ReferenceError(`${path}: 无法读取 / cannot be read`);
  }
}

/** Reads and validates `<dir>/counties/*.json` and `<dir>/industries.json`. */
export async function readReference(dir: string = REFERENCE_DIR): Promise<Reference> {
  let names: string[];
  try {
    names = (await readdir(join(dir, "counties"))).filter((n) => n.endsWith(".json")).sort();
  } catch {
    throw new ReferenceError(
      `${join(dir, "counties")}: 无法读取参考数据目录 / cannot read the reference folder`,
    );
  }
  const counties = await Promise.all(names.map((n) => readText(join(dir, "counties", n))));
  return parseReference(counties, await readText(join(dir, "industries.json")));
}

/** Reads and validates `<dir>/scoring.json`: the ranking's indicators and weights. */
export async function readScoring(dir: string = REFERENCE_DIR): Promise<Scoring> {
  return parseScoring(await readText(join(dir, "scoring.json")));
}

/** Reads and validates `<dir>/status.json`: the headline status's thresholds (the site bundles its own copy). */
export async function readStatusRules(dir: string = REFERENCE_DIR): Promise<StatusRules> {
  return parseStatusRules(await readText(join(dir, "status.json")));
}
