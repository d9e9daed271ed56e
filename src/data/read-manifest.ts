import { readFileSync } from "node:fs";
import { join } from "node:path";
import { joinManifest, manifestSchema, type Manifest } from "../lib/pipeline/manifest";

/**
 * Reads `<dir>/manifest.json` with its county parts joined back when it is split (a province,
 * manifest.ts): the build and the figures CLI see every input either way. Node only. Returns the
 * schema's verdict; a missing or mismatched part throws.
 */
export function readManifestFile(
  dir: string,
):
  { success: true; data: Manifest } | { success: false; error: { issues: { message: string }[] } } {
  const parsed = manifestSchema.safeParse(
    JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")),
  );
  if (!parsed.success) return parsed;
  const data = joinManifest(parsed.data, (file) =>
    JSON.parse(readFileSync(join(dir, file), "utf8")),
  );
  return { success: true, data };
}
