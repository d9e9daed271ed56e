import { parseFlagsReference, type FlagsReference } from "./flags-schema";

// Bundled at build time (browser-safe), as bundled-reference.ts does for the other reference files.
const flagsText = import.meta.glob<string>("@reference/flags.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

/** The flags' thresholds and severities (data/reference/flags.json). */
export const flagsReference: FlagsReference = (() => {
  const [entry] = Object.entries(flagsText);
  return parseFlagsReference(entry?.[0] ?? "flags.json", entry?.[1] ?? "");
})();
