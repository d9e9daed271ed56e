import { FIRST_PAINT_SCRIPT } from "./first-paint-script";
import { scriptHash } from "./script-hash";
import { START_CONTROLS_SCRIPT } from "./start-controls-script";

/** The site's inline scripts, each allowed by its hash in the Content-Security-Policy and nothing else. */
export const INLINE_SCRIPTS = [FIRST_PAINT_SCRIPT, START_CONTROLS_SCRIPT] as const;

/** The CSP sources that allow the site's inline scripts (content-security-policy.ts). */
export const inlineScriptHashes = (): Promise<string[]> =>
  Promise.all(INLINE_SCRIPTS.map((text) => scriptHash(text)));
