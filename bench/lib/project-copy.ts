import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/** The project this module belongs to. */
export const PROJECT_ROOT = join(import.meta.dirname, "../..");

/**
 * What `astro build` reads from the project besides node_modules, public/ and public/data: the sources,
 * the config and what the config imports, and docs/ (the contract page renders the data contract written
 * there). tests/unit/bench/project-copy.test.ts fails when a source reaches a project file outside these.
 */
export const PROJECT_ENTRIES = [
  "src",
  "docs",
  "astro.config.mjs",
  "reference-dir.mjs",
  "tsconfig.json",
  "package.json",
] as const;

/** node_modules entries that are the build's own caches: left out, so a copy's build keeps its caches to itself. */
const CACHES = new Set([".astro", ".vite", ".vite-temp"]);

export interface CopyProjectOptions {
  /** The project to copy; by default this one. */
  from?: string;
}

/**
 * Makes `target` a project that builds on its own: PROJECT_ENTRIES and public/ copied (public/data left
 * out, for the pipeline to write), node_modules linked entry by entry. The reference data is the
 * caller's: a copy's data/reference, or a folder named by REFERENCE_DIR.
 */
export function copyProject(
  target: string,
  { from = PROJECT_ROOT }: CopyProjectOptions = {},
): string {
  for (const entry of PROJECT_ENTRIES)
    cpSync(join(from, entry), join(target, entry), { recursive: true });
  const publicData = join(from, "public/data");
  cpSync(join(from, "public"), join(target, "public"), {
    recursive: true,
    filter: (source) => source !== publicData && !source.startsWith(`${publicData}/`),
  });
  mkdirSync(join(target, "node_modules"));
  for (const entry of readdirSync(join(from, "node_modules")))
    if (!CACHES.has(entry))
      symlinkSync(join(from, "node_modules", entry), join(target, "node_modules", entry));
  return target;
}
