// Node and browsers decode GB18030 but have no encoder for it: build one by decoding every
// two-byte GBK code (lead 0x81–0xFE, trail 0x40–0xFE) and inverting the table.
let table: Map<number, number> | undefined;

function encoderTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const map = new Map<number, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      const cp = text.codePointAt(0);
      // Keep the first (lowest) code for a character, so encoding is a function.
      if (cp !== undefined && text.length === 1 && !map.has(cp)) map.set(cp, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** True when every character has a one- or two-byte GB18030 code (and so round-trips through TextDecoder). */
export function isGb18030Encodable(text: string): boolean {
  const map = encoderTable();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 && !map.has(cp)) return false;
  }
  return true;
}

/** GB18030 bytes of the text; throws on a character outside the two-byte (GBK) range. */
export function encodeGb18030(text: string): Uint8Array {
  const map = encoderTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = map.get(cp);
    if (code === undefined)
      throw new Error(
        `GB18030: no two-byte code for ${JSON.stringify(ch)} (U+${cp.toString(16).toUpperCase()})`,
      );
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
