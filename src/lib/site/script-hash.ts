/**
 * A CSP source that allows one inline script (`'sha256-…'`), computed from its exact text. Web Crypto, so
 * the same code runs at build time (Node ≥ 20) and in a test.
 */
export async function scriptHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
