import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  parseReference,
  ReferenceError,
  type Reference,
  type ReferenceFile,
} from "../../src/lib/reference/parse-reference";
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
