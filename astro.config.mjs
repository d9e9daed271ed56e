// @ts-check
import { defineConfig, passthroughImageService } from "astro/config";
import { referenceAlias } from "./reference-dir.mjs";

/**
 * zod 4's sources carry comments that mention `@__PURE__` where Rollup cannot use them; Rollup then warns
 * ("A comment … contains an annotation that Rollup cannot interpret") on every build. Harmless: those
 * warnings alone are dropped, every other one is passed on.
 * @param {import("rollup").RollupLog} warning
 * @param {(warning: import("rollup").RollupLog) => void} warn
 */
function quietOnZodComments(warning, warn) {
  if (
    warning.code === "INVALID_ANNOTATION" &&
    /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? "")
  )
    return;
  warn(warning);
}

/**
 * Astro copies public/ whole, hidden files included; the pipeline's output marker
 * (scripts/lib/output-folder.ts, OUTPUT_MARKER) guards public/data and is no part of the published site.
 * @type {import("astro").AstroIntegration}
 */
const noHiddenFiles = {
  name: "no-hidden-files",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const { readdir, rm } = await import("node:fs/promises");
      const { fileURLToPath } = await import("node:url");
      const { join } = await import("node:path");
      const root = fileURLToPath(dir);
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      for (const entry of entries)
        if (entry.name.startsWith("."))
          await rm(join(entry.parentPath, entry.name), { recursive: true, force: true });
    },
  },
};

// Static output only: every page is pre-rendered and readable without JavaScript.
export default defineConfig({
  output: "static",
  site: "http://127.0.0.1:4321",
  trailingSlash: "ignore",
  // No image optimisation: charts are inline SVG and sharp's install script is not run.
  image: { service: passthroughImageService() },
  i18n: {
    locales: ["zh-CN", "en"],
    defaultLocale: "zh-CN",
    routing: { prefixDefaultLocale: false },
  },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  integrations: [noHiddenFiles],
  // Every stylesheet linked, none inlined (Astro inlines those under 4 KB): a province site has ~40,000
  // factory pages, and their 4 KB of inlined CSS was a tenth of each; linked, the browser caches it once.
  build: { inlineStylesheets: "never" },
  // The report checker's worker (src/lib/browser/check-worker.ts) loads the workbook reader with a dynamic
  // import, which needs module workers (Vite's default, iife, cannot split code).
  vite: {
    // The reference data is read through this alias (REFERENCE_DIR, see reference-dir.mjs).
    resolve: { alias: referenceAlias },
    worker: { format: "es" },
    // No inline scripts (the Content-Security-Policy allows scripts from the site only): Astro would inline a
    // page script under 4 KB that imports nothing, as the checker's is. Other assets keep Vite's default.
    build: {
      assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined),
      rollupOptions: { onwarn: quietOnZodComments },
    },
  },
});
