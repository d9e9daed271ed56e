import {
  parseReference,
  parseScoring,
  parseStatusRules,
  type Reference,
  type ReferenceFile,
} from "./parse-reference";
import type { Scoring } from "./scoring-schema";
import type { StatusRules } from "../status/status-rules";

/*
 * The reference data (data/reference), bundled by Vite and validated once: the build's pages and the
 * browser's exploration read the same copy. Vite-only (import.meta.glob), and browser-safe.
 */

// Vite bundles every county file it finds, so a county is added by adding its JSON file.
const countyTexts = import.meta.glob<string>("@reference/counties/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const fileTexts = import.meta.glob<string>(
  ["@reference/industries.json", "@reference/scoring.json", "@reference/status.json"],
  { eager: true, query: "?raw", import: "default" },
);

/** One of the reference folder's files; a missing one is empty, which its parser reports by name. */
function referenceFile(name: string): ReferenceFile {
  const found = Object.entries(fileTexts).find(([path]) => path.endsWith(`/${name}`));
  return found ? { path: found[0], text: found[1] } : { path: name, text: "" };
}

/** The validated reference data, for the build's pages and the browser's exploration. */
export const reference: Reference = parseReference(
  Object.entries(countyTexts).map(([path, text]) => ({ path, text })),
  referenceFile("industries.json"),
);

/** The ranking's indicators and weights (data/reference/scoring.json): our assumption, not official. */
export const scoring: Scoring = parseScoring(referenceFile("scoring.json"));

/** The site's headline-status thresholds (status.json); the command-line tools read theirs with read-reference.ts. */
export const STATUS_RULES: StatusRules = parseStatusRules(referenceFile("status.json"));
