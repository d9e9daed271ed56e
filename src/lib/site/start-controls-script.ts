/**
 * The explore controls' second inline script, right after their module script (ExploreControls.astro):
 * it starts that module while the rest of the page is still being read. A module script waits until the
 * whole page has been read (~400 KB on an overview) before it runs, so a link with state fetched its code
 * and figures only then; started here, they arrive during the read, and the view is applied once the page
 * is there (the module waits for it). Without it, or where it fails, the module runs as before.
 *
 * Kept as one string because the policy allows exactly its hash (inline-scripts.ts).
 */
export const START_CONTROLS_SCRIPT = [
  "(function(s){",
  'if(s instanceof HTMLScriptElement&&s.type=="module"&&s.src)import(s.src).catch(function(){});',
  "})(document.currentScript&&document.currentScript.previousElementSibling);",
].join("");
