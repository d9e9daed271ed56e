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
  // The report checker's worker (src/scripts/check-worker.ts) loads the workbook reader with a dynamic
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
