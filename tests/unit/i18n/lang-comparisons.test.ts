import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../../src");
// The language module is where a language may be compared with a literal: it turns the comparison into
// helpers (inLang, pickName, …) that everything else uses.
const LANG_MODULE = "lib/i18n/";

/**
 * The comparisons that pick behaviour rather than words, each with why (issue #14: 81, then 63, now 1).
 * A new one belongs in a dictionary or lang.ts unless it is behaviour too; then list it here with why.
 */
const ALLOWED: readonly string[] = [
  // The root's 404 is the page every mistyped address gets, English ones included, so it alone points
  // English readers on to the English site.
  "components/NotFoundPage.astro: lang === DEFAULT_LANG",
];

// `lang === "zh-CN"`, `"en" !== c.lang`, `lang === DEFAULT_LANG` and the like, in .ts and .astro alike
// (ESLint's no-restricted-syntax rule covers .ts only: it does not parse .astro files here).
const LITERAL = String.raw`(?:"(?:zh-CN|zh|en)"|'(?:zh-CN|zh|en)'|DEFAULT_LANG)`;
const COMPARISON = new RegExp(
  String.raw`[\w.?\]\)]+\s*[!=]==?\s*${LITERAL}|${LITERAL}\s*[!=]==?\s*[\w.?\[\(]+`,
  "g",
);

/** Each language comparison in a source text, as `expression === literal`. */
const languageComparisons = (text: string): string[] =>
  [...text.matchAll(COMPARISON)].map((m) => m[0].replace(/\s+/g, " "));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|astro)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe("language comparisons stay in the language module (issue #14)", () => {
  it.each([
    [`const zh = lang === "zh-CN";`, [`lang === "zh-CN"`]],
    [`{lang === "en" ? county.name_en : county.name}`, [`lang === "en"`]],
    [`join(c.lang === "zh-CN" ? "、" : ", ")`, [`c.lang === "zh-CN"`]],
    [`if ("en" !== lang) return`, [`"en" !== lang`]],
    [`props.lang=='zh'`, [`props.lang=='zh'`]],
    [`lang === DEFAULT_LANG ? a : b`, [`lang === DEFAULT_LANG`]],
    [`PUNCTUATION[lang].colon`, []],
    [`const en = { label: "x" }; en.label === "en-US"`, []],
  ])("finds the comparisons in %j", (text, expected) => {
    expect(languageComparisons(text)).toEqual(expected);
  });

  it("no file outside src/lib/i18n compares the language, except the listed behaviour", () => {
    const found = sourceFiles(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => !file.startsWith(LANG_MODULE))
      .flatMap((file) =>
        languageComparisons(readFileSync(join(SRC, file), "utf8")).map((c) => `${file}: ${c}`),
      );
    expect(found).toEqual(ALLOWED);
  });
});
