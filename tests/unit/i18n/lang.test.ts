import { describe, expect, it } from "vitest";
import {
  alternatePath,
  halfOfBilingual,
  nameWithChinese,
  PUNCTUATION,
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

describe("words picked without comparing the language (issue #14)", () => {
  it.each([
    ["城关镇", "Chengguan", "zh-CN", "城关镇"],
    ["城关镇", "Chengguan", "en", "城关镇 Chengguan"],
    ["城关镇", undefined, "en", "城关镇"],
  ] as const)("nameWithChinese(%s, %s, %s) is %s", (name, nameEn, lang, expected) => {
    expect(nameWithChinese(name, nameEn, lang)).toBe(expected);
  });

  it.each([
    ["无法读取 / Cannot read", "zh-CN", "无法读取"],
    ["无法读取 / Cannot read", "en", "Cannot read"],
    ["只有中文", "en", "只有中文"],
  ] as const)("halfOfBilingual(%s, %s) is %s", (message, lang, expected) => {
    expect(halfOfBilingual(message, lang)).toBe(expected);
  });

  it.each([
    ["zh-CN", "依据：", "说明（人）"],
    ["en", "Source: ", "Note (people)"],
  ] as const)("PUNCTUATION in %s", (lang, colon, aside) => {
    const p = PUNCTUATION[lang];
    expect(`${inLang({ zh: "依据", en: "Source" }, lang)}${p.colon}`).toBe(colon);
    expect(
      `${inLang({ zh: "说明", en: "Note" }, lang)}${p.aside(inLang({ zh: "人", en: "people" }, lang))}`,
    ).toBe(aside);
  });
});
