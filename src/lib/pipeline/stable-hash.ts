/**
 * A 64-bit FNV-1a hash of a string as 16 hex digits: stable across runs, machines and the browser
 * (unlike crypto.subtle it is synchronous), used for factory ids when a report gives no credit code.
 */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
