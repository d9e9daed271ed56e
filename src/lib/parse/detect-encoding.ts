/** How a report file was encoded, as recorded in the manifest. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

/** The decoded text, or a reason (Chinese first, then English) to reject the file as `encoding`. */
export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: "encoding"; message: string };

/** The decoded text with the 1-based lines that did not decode cleanly in the file's encoding. */
export type DecodedText =
  | { ok: true; text: string; encoding: Encoding; badLines: ReadonlySet<number> }
  | { ok: false; reason: "encoding"; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const LF = 0x0a;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid byte sequence throws instead of becoming U+FFFD (mojibake).
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const failure = (message: string): DecodedText => ({ ok: false, reason: "encoding", message });

const NOT_TEXT =
  "无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK），请另存为“CSV UTF-8” / " +
  'cannot tell the file\'s encoding (neither UTF-8 nor GB18030/GBK); save it as "CSV UTF-8"';

const BOM_NOT_UTF8 =
  "文件以 UTF-8 标记开头但内容不是 UTF-8 / the file starts with a UTF-8 BOM but is not UTF-8";

/** What one line's bytes are: plain ASCII, valid UTF-8 with other characters, or neither. */
type LineKind = "ascii" | "utf-8" | "other";

// Control characters other than tab, CR, LF, form feed and DOS's end-of-file mark never occur in a
// report: a line holding one is binary, whatever it decodes to.
const isControl = (b: number) =>
  b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a;

// A hand-written check rather than a fatal TextDecoder per line: no exception per GB18030 line.
function lineKind(bytes: Uint8Array, from: number, to: number): LineKind | "binary" {
  let ascii = true;
  let i = from;
  while (i < to) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if (isControl(b)) return "binary";
      i++;
      continue;
    }
    ascii = false;
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= to + 1) return scanRest(bytes, i, to);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return scanRest(bytes, i, to);
    }
    // Overlong three-byte forms and UTF-16 surrogates are not UTF-8.
    if ((b === 0xe0 && (bytes[i + 1] ?? 0) < 0xa0) || (b === 0xed && (bytes[i + 1] ?? 0) > 0x9f))
      return scanRest(bytes, i, to);
    i += need + 1;
  }
  return ascii ? "ascii" : "utf-8";
}

// Not UTF-8: still binary if a control character follows.
function scanRest(bytes: Uint8Array, from: number, to: number): "other" | "binary" {
  for (let i = from; i < to; i++) if (isControl(bytes[i] ?? 0)) return "binary";
  return "other";
}

/** Start offsets of the lines of a UTF-8 or GB18030 file (0x0A never occurs inside their characters). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) starts.push(i + 1);
  if (starts.at(-1) === bytes.length && starts.length > 1) starts.pop();
  return starts;
}

function decodeUtf16(bytes: Uint8Array): DecodedText {
  const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
  const text = tryDecode(label, bytes.subarray(2));
  return text === null
    ? failure(
        "文件以 UTF-16 标记开头但内容不是 UTF-16 / the file starts with a UTF-16 BOM but is not UTF-16",
      )
    : { ok: true, text, encoding: label, badLines: new Set() };
}

/**
 * Decodes a report file line by line (DATA-CONTRACT §2, §6; issue #13.6): UTF-16 with a BOM, UTF-8 (with
 * or without BOM) or GB18030, chosen by the majority of its lines; lines that do not decode cleanly in
 * that encoding (a UTF-8 row pasted into a GBK file) are listed so their rows are rejected `encoding`.
 * The whole file fails when a line is valid in neither (damage, binary), or half its non-ASCII lines are bad.
 */
export function decodeReportText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes);
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file (e.g. .xls renamed .csv).
  if (bytes.includes(0)) {
    return failure(
      "文件不是文本文件（可能是改了扩展名的 Excel 文件） / " +
        "the file is not a text file (perhaps an Excel file renamed to .csv)",
    );
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  // The common case: the whole file is clean UTF-8.
  const utf8 = tryDecode("utf-8", body);
  const starts = lineStarts(body);
  const kinds = starts.map((from, i) => lineKind(body, from, starts[i + 1] ?? body.length));
  if (utf8 !== null && !kinds.includes("binary"))
    return { ok: true, text: utf8, encoding: bom ? "utf-8-bom" : "utf-8", badLines: new Set() };
  // A line valid in neither encoding is damage, not a pasted row: the whole file is distrusted.
  if (kinds.includes("binary")) return failure(NOT_TEXT);
  const count = (k: LineKind) => kinds.filter((x) => x === k).length;
  const nonAscii = kinds.length - count("ascii");
  // Node's GB18030 decoder may give U+FFFD for a truncated character even when fatal.
  const decodedGb = tryDecode("gb18030", body);
  const whole = decodedGb?.includes("\uFFFD") ? null : decodedGb;
  const gbClean = (i: number): boolean => {
    if (whole !== null) return true;
    const line = tryDecode("gb18030", body.subarray(starts[i] ?? 0, starts[i + 1] ?? body.length));
    return line !== null && !line.includes("\uFFFD");
  };
  const utf8File = bom || count("utf-8") * 2 > nonAscii;
  const badLines = new Set<number>();
  for (const [i, kind] of kinds.entries()) {
    if (kind === "ascii" || (kind === "utf-8" && utf8File)) continue;
    // Mixed encodings: a clean line of the other encoding is rejected; anything else is damage.
    if (kind === "other" && !gbClean(i)) return failure(utf8File && bom ? BOM_NOT_UTF8 : NOT_TEXT);
    if (kind === "utf-8" || utf8File) badLines.add(i + 1);
  }
  if (badLines.size * 2 >= nonAscii) return failure(utf8File && bom ? BOM_NOT_UTF8 : NOT_TEXT);
  if (utf8File) {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: bom ? "utf-8-bom" : "utf-8", badLines };
  }
  const text = whole ?? new TextDecoder("gb18030").decode(body);
  return { ok: true, text, encoding: "gb18030", badLines };
}

/** Decodes a report file as a whole: see decodeReportText, which also lists the lines that are not clean. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const decoded = decodeReportText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, encoding: decoded.encoding };
}
