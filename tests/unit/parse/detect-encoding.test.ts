import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/lib/parse/detect-encoding";

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
// "工厂名称,城关镇\r\n张,3" as Excel on Chinese Windows saves it (GB18030).
const GB_SAMPLE = [
  185, 164, 179, 167, 195, 251, 179, 198, 44, 179, 199, 185, 216, 213, 242, 13, 10, 213, 197, 44,
  51,
];

describe("decodeBytes", () => {
  it.each([
    ["ASCII", utf8("name,employees\n"), "utf-8", "name,employees\n"],
    ["UTF-8", utf8("工厂名称,城关镇"), "utf-8", "工厂名称,城关镇"],
    ["UTF-8 with BOM", [0xef, 0xbb, 0xbf, ...utf8("工厂名称")], "utf-8-bom", "工厂名称"],
    ["GB18030", GB_SAMPLE, "gb18030", "工厂名称,城关镇\r\n张,3"],
    ["empty", [], "utf-8", ""],
    // Excel's "Unicode text" (DATA-CONTRACT §6): UTF-16 with a BOM, once rejected, now read.
    ["UTF-16 LE", [0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xe5, 0x5d], "utf-16le", "A\t工"],
    ["UTF-16 BE", [0xfe, 0xff, 0x00, 0x41, 0x5d, 0xe5], "utf-16be", "A工"],
  ])("decodes %s", (_name, bytes, encoding, text) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ ok: true, encoding, text });
  });

  it.each([
    ["a truncated GB18030 character", [...GB_SAMPLE, 0xb3]],
    ["bytes invalid in both encodings", [0x41, 0xff, 0xff, 0x42]],
    ["UTF-16 LE that ends mid-character", [0xff, 0xfe, 0x41, 0x00, 0x42]],
    ["a binary file", [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]],
    ["a BOM followed by GB18030", [0xef, 0xbb, 0xbf, ...GB_SAMPLE]],
  ])("rejects %s as `encoding` with a bilingual message", (_name, bytes) => {
    const result = decodeBytes(new Uint8Array(bytes));
    expect(result).toMatchObject({ ok: false, reason: "encoding" });
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  });

  it("round-trips any UTF-8 text", () => {
    const text = fc
      .string({ unit: "grapheme" })
      .filter((s) => !s.includes("\0") && !s.startsWith("\uFEFF"));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeBytes(new TextEncoder().encode(s))).toEqual({
          ok: true,
          encoding: "utf-8",
          text: s,
        });
      }),
    );
  });

  it("never throws and never returns replacement characters it did not read", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeBytes(bytes);
        if (result.ok && result.encoding === "gb18030") expect(result.text).not.toContain("\uFFFD");
      }),
    );
  });
});
