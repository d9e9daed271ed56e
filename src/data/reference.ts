import { parseReference, type Reference } from "../lib/reference/parse-reference";

// Vite bundles every county file it finds, so a county is added by adding its JSON file.
const countyTexts = import.meta.glob<string>("../../data/reference/counties/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const industriesText = import.meta.glob<string>("../../data/reference/industries.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** The validated reference data, for build-time rendering. */
export const reference: Reference = parseReference(
  Object.entries(countyTexts).map(([path, text]) => ({ path, text })),
  Object.entries(industriesText).map(([path, text]) => ({ path, text }))[0] ?? {
    path: "industries.json",
    text: "",
  },
);
