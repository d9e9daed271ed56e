/** A directive and its sources, in the order they are written. */
type Directives = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/**
 * The site's Content-Security-Policy, one source for every page (Base.astro puts it in a <meta>) and for
 * the header deployers should send (README, "Deployment"). Each source is here for a reason:
 */
function directives(scriptHashes: readonly string[]): Directives {
  return [
    ["default-src", ["'self'"]],
    // Scripts only from the site: its hashed modules under /_astro/ and its inline scripts
    // (inline-scripts.ts), each by its hash. 'wasm-unsafe-eval' lets the page compile WebAssembly (hyparquet's Snappy decoder runs on
    // the page; DuckDB's wasm runs in its worker) and allows no JavaScript eval.
    ["script-src", ["'self'", ...scriptHashes, "'wasm-unsafe-eval'"]],
    // Observable Plot writes a <style> element into every SVG it draws, with a class name made per chart,
    // and style attributes on its marks, at build time and again when a page redraws a chart: neither a
    // hash nor a nonce can name them, so inline styles are allowed. Styles cannot run script, and
    // img-src/font-src 'self' keep a stylesheet from sending anything to another origin.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    // blob: is the chart's SVG drawn onto a canvas for the PNG download (svg-to-png.ts).
    ["img-src", ["'self'", "blob:"]],
    // The Parquet tables and the engine's files, from the site only.
    ["connect-src", ["'self'"]],
    // DuckDB-WASM's worker is a file of the site; blob: is how DuckDB-WASM starts one in other setups.
    ["worker-src", ["'self'", "blob:"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
}

/** Only a header can carry these: a <meta> policy ignores them (CSP3 §3.3). */
const HEADER_ONLY: Directives = [["frame-ancestors", ["'none'"]]];

const policyText = (list: Directives) =>
  list.map(([directive, sources]) => [directive, ...sources].join(" ")).join("; ");

/**
 * The policy for the page's `<meta http-equiv="Content-Security-Policy">`, allowing the inline scripts
 * whose hashes are given (script-hash.ts).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return policyText(directives(scriptHashes));
}

/** The same policy as an HTTP header, with what only a header can say (no framing by other sites). */
export function contentSecurityPolicyHeader(scriptHashes: readonly string[]): string {
  return policyText([...directives(scriptHashes), ...HEADER_ONLY]);
}
