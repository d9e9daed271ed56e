/**
 * npx tsx scripts/csp-header.ts
 * Prints the Content-Security-Policy header deployers should send with every response: the policy each
 * page already carries in its <meta>, plus frame-ancestors 'none', which only a header can carry.
 */
import { contentSecurityPolicyHeader } from "../src/lib/site/content-security-policy";
import { inlineScriptHashes } from "../src/lib/site/inline-scripts";

console.log(`Content-Security-Policy: ${contentSecurityPolicyHeader(await inlineScriptHashes())}`);
