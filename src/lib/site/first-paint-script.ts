/**
 * The site's first inline script (inline-scripts.ts lists them), run in <head> before the first paint and before any module (Base.astro):
 *
 * - `data-scripts` shows the controls that need scripts, so nothing jumps when the page's modules arrive;
 * - `data-wasm="off"` swaps what needs WebAssembly (the explore controls, the SQL console) for a plain
 *   line where the browser has none;
 * - zod's `jitless`: zod probes `new Function` once to decide whether to compile its parsers, and under
 *   the site's Content-Security-Policy that probe is refused and reported as a violation (it would fail
 *   anyway: parsing is the same without it). Zod reads its settings from `globalThis.__zod_globalConfig`
 *   (zod/v4/core/core.js), shared by every copy of zod on the page, so setting it here comes before any
 *   chunk's first parse. The browser tests fail on any CSP violation, so a zod that stops reading it is
 *   caught.
 *
 * Kept as one string because the policy allows exactly its hash (inline-scripts.ts): change a
 * character here and the hash follows at the next build.
 */
export const FIRST_PAINT_SCRIPT = [
  "(function(d){",
  'd.scripts="on";',
  'if(typeof WebAssembly!="object")d.wasm="off";',
  "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true})",
  "})(document.documentElement.dataset);",
].join("");
