import { describe, expect, it } from "vitest";
import {
  alternatePath,
  htmlLang,
  inLang,
  isLang,
  langOfHtml,
  langOfPath,
  langOfSegment,
  langStaticPaths,
  LANGS,
  localizedPath,
  otherLang,
  pickLabel,
  pickName,
} from "../../../src/lib/i18n/lang";

describe("localizedPath", () => {
  it.each([
    ["/", "zh-CN", "/"],
    ["/", "en", "/en/"],
    ["/towns/", "zh-CN", "/towns/"],
    ["/towns/", "en", "/en/towns/"],
    ["/#county-hanyin", "en", "/en/#county-hanyin"],
    ["/data-quality/#quality-x", "zh-CN", "/data-quality/#quality-x"],
  ] as const)("%s in %s is %s", (path, lang, expected) => {
    expect(localizedPath(path, lang)).toBe(expected);
  });
});

describe("alternatePath", () => {
  it.each([
    ["/", "en", "/en/"],
    ["/en/", "zh-CN", "/"],
    ["/en", "zh-CN", "/"],
    ["/towns/t1/", "en", "/en/towns/t1/"],
    ["/en/towns/t1/", "zh-CN", "/towns/t1/"],
    ["/en/towns/t1/", "en", "/en/towns/t1/"],
    ["/towns/t1/", "zh-CN", "/towns/t1/"],
    // A Chinese page whose first segment only starts with "en" is not English.
    ["/engine/", "en", "/en/engine/"],
  ] as const)("%s → %s is %s", (path, to, expected) => {
    expect(alternatePath(path, to)).toBe(expected);
  });
});

describe("language of a path, a segment, <html lang>", () => {
  it.each([
    ["/", "zh-CN"],
    ["/en/", "en"],
    ["/en", "en"],
    ["/en/towns/x/", "en"],
    ["/engine/", "zh-CN"],
    ["/towns/en/", "zh-CN"],
  ] as const)("langOfPath(%s) is %s", (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });

  it.each([
    [undefined, "zh-CN"],
    ["en", "en"],
  ] as const)("langOfSegment(%s) is %s", (segment, lang) => {
    expect(langOfSegment(segment)).toBe(lang);
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["en", "en"],
    ["", "zh-CN"],
    ["fr", "zh-CN"],
  ] as const)("langOfHtml(%j) is %s", (value, lang) => {
    expect(langOfHtml(value)).toBe(lang);
  });

  it("reads back what htmlLang writes, for every language", () => {
    expect(LANGS.map((lang) => langOfHtml(htmlLang(lang)))).toEqual([...LANGS]);
  });

  it.each([
    ["zh-CN", true],
    ["en", true],
    ["zh", false],
    [undefined, false],
  ] as const)("isLang(%j) is %s", (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

describe("langStaticPaths", () => {
  it("gives Chinese the root and English /en, each with its language as a prop", () => {
    expect(langStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: "zh-CN" } },
      { params: { lang: "en" }, props: { lang: "en" } },
    ]);
  });

  it("round-trips each segment to its language", () => {
    for (const { params, props } of langStaticPaths())
      expect(langOfSegment(params.lang)).toBe(props.lang);
  });
});

describe("picking words", () => {
  it.each([
    ["zh-CN", "en"],
    ["en", "zh-CN"],
  ] as const)("otherLang(%s) is %s", (lang, other) => {
    expect(otherLang(lang)).toBe(other);
  });

  it.each([
    [{ name: "汉阴县", name_en: "Hanyin County" }, "zh-CN", "汉阴县"],
    [{ name: "汉阴县", name_en: "Hanyin County" }, "en", "Hanyin County"],
    // A record without an English name shows its Chinese one rather than nothing.
    [{ name: "城关镇" }, "en", "城关镇"],
  ] as const)("pickName(%j, %s) is %s", (record, lang, expected) => {
    expect(pickName(record, lang)).toBe(expected);
  });

  it.each([
    ["zh-CN", "社区工厂数"],
    ["en", "Factories"],
  ] as const)("pickLabel and inLang in %s", (lang, expected) => {
    expect(pickLabel({ label: "社区工厂数", label_en: "Factories" }, lang)).toBe(expected);
    expect(inLang({ zh: "社区工厂数", en: "Factories" }, lang)).toBe(expected);
  });
});
