import type { z } from "zod";
import { countySchema, industriesSchema, type County, type Industry } from "./schema";
import { scoringSchema, type Scoring } from "./scoring-schema";
import { statusRulesSchema, type StatusRules } from "../status/status-rules";

/** Reference data after validation: every county with its towns and targets, and the industry list. */
export interface Reference {
  counties: County[];
  industries: Industry[];
}

/** A reference file as read from disk (or bundled): its path for messages, and its text. */
export interface ReferenceFile {
  path: string;
  text: string;
}

/** Thrown with a message naming the file and field, for a person to fix the file. */
export class ReferenceError extends Error {
  override name = "ReferenceError";
}

function parseJson(file: ReferenceFile): unknown {
  try {
    return JSON.parse(file.text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ReferenceError(`${file.path}: 不是有效的 JSON / not valid JSON (${why})`);
  }
}

function validate<T>(schema: z.ZodType<T>, file: ReferenceFile): T {
  const result = schema.safeParse(parseJson(file));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : "(file)";
  throw new ReferenceError(
    `${file.path}: 字段 ${field} 无效 / invalid field ${field}: ${issue?.message ?? "unknown"}`,
  );
}

/**
 * Validates the reference files: one JSON per county (any number: a county is added as data) and
 * the industry list. Checks across files: county ids and town ids are unique.
 */
export function parseReference(
  countyFiles: readonly ReferenceFile[],
  industriesFile: ReferenceFile,
): Reference {
  if (countyFiles.length === 0)
    throw new ReferenceError("没有县级参考数据 / no county reference files");
  const counties = countyFiles.map((f) => {
    const county = validate(countySchema, f);
    const expected = f.path.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
    if (county.county_id !== expected)
      throw new ReferenceError(
        `${f.path}: 字段 county_id 应为 "${expected}" / field county_id must equal the file name "${expected}"`,
      );
    return county;
  });
  const townIds = new Set<string>();
  for (const county of counties) {
    for (const town of county.towns) {
      if (townIds.has(town.town_id))
        throw new ReferenceError(
          `${county.county_id}: 重复的 town_id / duplicate town_id ${town.town_id}`,
        );
      townIds.add(town.town_id);
    }
  }
  counties.sort((a, b) => a.county_id.localeCompare(b.county_id));
  return { counties, industries: validate(industriesSchema, industriesFile).industries };
}

/** The county with this id, or undefined. */
export function findCounty(reference: Reference, countyId: string): County | undefined {
  return reference.counties.find((c) => c.county_id === countyId);
}

/** Validates data/reference/scoring.json: the ranking's indicators, weights and normalizations. */
export function parseScoring(file: ReferenceFile): Scoring {
  return validate(scoringSchema, file);
}

/** Validates status.json: the thresholds of the headline status (src/lib/status/status-rules.ts). */
export function parseStatusRules(file: ReferenceFile): StatusRules {
  return validate(statusRulesSchema, file);
}
