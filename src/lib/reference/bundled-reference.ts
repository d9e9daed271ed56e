import { parseReference, parseScoring, parseStatusRules, type Reference } from "./parse-reference";
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
const industriesText = import.meta.glob<string>("@reference/industries.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** The validated reference data, for the build's pages and the browser's exploration. */
export const reference: Reference = parseReference(
  Object.entries(countyTexts).map(([path, text]) => ({ path, text })),
  Object.entries(industriesText).map(([path, text]) => ({ path, text }))[0] ?? {
    path: "industries.json",
    text: "",
  },
);

const scoringText = import.meta.glob<string>("@reference/scoring.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** The ranking's indicators and weights (data/reference/scoring.json): our assumption, not official. */
export const scoring: Scoring = parseScoring(
  Object.entries(scoringText).map(([path, text]) => ({ path, text }))[0] ?? {
    path: "scoring.json",
    text: "",
  },
);

const statusText = import.meta.glob<string>("@reference/status.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** The site's headline-status thresholds (status.json); the command-line tools read theirs with read-reference.ts. */
export const STATUS_RULES: StatusRules = parseStatusRules(
  Object.entries(statusText).map(([path, text]) => ({ path, text }))[0] ?? {
    path: "status.json",
    text: "",
  },
);
