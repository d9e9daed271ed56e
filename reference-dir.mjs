// @ts-check
import { resolve } from "node:path";

/**
 * The one place the site learns where its reference data lives: `REFERENCE_DIR` (a folder laid out as
 * data/reference is: counties/, industries.json, scoring.json, status.json, flags.json), else the
 * project's data/reference. Astro's and Vitest's configs both map the `@reference` import alias to it,
 * so the site can be built on another reference (a generated province, bench/site.ts) without copying
 * files into the project. Relative paths are taken from the directory the build is started in.
 */
export const referenceDir = resolve(
  process.env["REFERENCE_DIR"] || resolve(import.meta.dirname, "data/reference"),
);

/** The import alias for `referenceDir` (import.meta.glob patterns start with it). */
export const referenceAlias = { "@reference": referenceDir };
