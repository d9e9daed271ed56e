/** How a report file was encoded, as recorded in the manifest. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/** The decoded text, or a reason (Chinese first, then English) to reject the file as `encoding`. */
export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: "encoding"; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

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

const failure = (message: string): DecodeResult => ({ ok: false, reason: "encoding", message });

/** Decodes a report file: UTF-8 BOM first, then strict UTF-8, then GB18030 (Excel "CSV" on Chinese Windows). */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return failure(
      "文件是 UTF-16 编码（Excel“Unicode 文本”），请另存为“CSV UTF-8” / " +
        'the file is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8"',
    );
  }
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file (e.g. .xls renamed .csv).
  if (bytes.includes(0)) {
    return failure(
      "文件不是文本文件（可能是改了扩展名的 Excel 文件） / " +
        "the file is not a text file (perhaps an Excel file renamed to .csv)",
    );
  }
  if (startsWith(bytes, UTF8_BOM)) {
    const text = tryDecode("utf-8", bytes.subarray(UTF8_BOM.length));
    return text === null
      ? failure(
          "文件以 UTF-8 标记开头但内容不是 UTF-8 / the file starts with a UTF-8 BOM but is not UTF-8",
        )
      : { ok: true, text, encoding: "utf-8-bom" };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null && !gb.includes("\uFFFD")) return { ok: true, text: gb, encoding: "gb18030" };
  return failure(
    "无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK），请另存为“CSV UTF-8” / " +
      'cannot tell the file\'s encoding (neither UTF-8 nor GB18030/GBK); save it as "CSV UTF-8"',
  );
}
