import { toHalfWidth } from "./to-half-width";

// GB 32100-2015: 18 characters over 31 (no I, O, S, V, Z); the last is a check character.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** The GB 32100 check character of the first 17 characters of a unified social credit code. */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True for a unified social credit code whose check character is right (GB 32100). */
export function isCreditCode(code: string): boolean {
  return SHAPE.test(code) && code.charAt(17) === creditCheckChar(code.slice(0, 17));
}

// A resident ID (GB 11643): a division code whose province is 11–82, a birth date, 3 digits and a
// check character; the old form has a 2-digit year and no check character.
const ID_18 = /^[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;
const ID_15 = /^[1-8]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;

/** True when the digits have the shape of a resident ID number: province, birth date, sequence. */
export function looksLikeResidentId(text: string): boolean {
  return ID_18.test(text) || ID_15.test(text);
}

/**
 * The credit code a cell holds, or null: a value that is no valid unified social credit code, or that
 * is shaped like a resident ID, is no code (DATA-CONTRACT §4a), so an ID never becomes a factory id.
 */
export function creditCodeOf(raw: string): string | null {
  const code = toHalfWidth(raw).replace(/\s+/g, "").toUpperCase();
  return isCreditCode(code) && !looksLikeResidentId(code) ? code : null;
}
