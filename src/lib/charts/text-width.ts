/**
 * Estimated width of a label in pixels. Plot's own estimate counts a CJK character as half an em, which
 * clips Chinese town names; here a CJK or full-width character is a whole em, Latin letters about 0.6 em
 * (erring wide, as the fallback fonts on a build machine are wider than system-ui).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;
const SYMBOLS = /[\u2190-\u21ff\u2500-\u27bf]/u;

function charWidth(char: string): number {
  if (WIDE.test(char) || SYMBOLS.test(char)) return 1;
  if (/[ .,:;'|!il]/.test(char)) return 0.32;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.74;
  if (/[mw]/.test(char)) return 0.9;
  return 0.64;
}

/** The widest of several labels. */
export const maxTextWidth = (texts: readonly string[], fontSize: number): number =>
  texts.reduce((max, t) => Math.max(max, textWidth(t, fontSize)), 0);

/**
 * Breaks a label into lines no wider than `maxWidth`: at spaces in English, between any two characters
 * in Chinese (which has no spaces). A single word wider than the room keeps its own line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.includes(" ") ? text.split(" ") : Array.from(text);
  const joiner = text.includes(" ") ? " " : "";
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line === "" ? word : `${line}${joiner}${word}`;
    if (line !== "" && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}
