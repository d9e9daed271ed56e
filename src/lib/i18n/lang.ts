/**
 * The site's languages and everything that depends only on which one a page is in: its URL prefix, the
 * `<html lang>` value, the number locale, which of a record's two names to show. Words live in the
 * dictionaries (src/i18n); this module holds no words, so src/lib and src/i18n can both import it.
 */

/** The site's languages: Chinese first (served at `/`), English second (under `/en/`). */
export const LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The language served at the site's root. */
export const DEFAULT_LANG: Lang = "zh-CN";

/** Whether a string (a route parameter, `<html lang>`) names one of the site's languages. */
export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

/** The URL segment of each language; the default language has none. */
const URL_SEGMENT: Record<Lang, string | undefined> = { "zh-CN": undefined, en: "en" };

/** The language whose pages sit under a URL segment (`undefined`: the root). */
export const langOfSegment = (segment: string | undefined): Lang =>
  LANGS.find((lang) => URL_SEGMENT[lang] === segment) ?? DEFAULT_LANG;

/**
 * One entry per language for a page's getStaticPaths: `[...lang]` is `undefined` for Chinese (the page
 * at `/…`) and `en` for English (`/en/…`), the language itself passed as a prop.
 */
export const langStaticPaths = (): {
  params: { lang: string | undefined };
  props: { lang: Lang };
}[] => LANGS.map((lang) => ({ params: { lang: URL_SEGMENT[lang] }, props: { lang } }));

/**
 * getStaticPaths of a page with parameters of its own, over both languages: each of `paths` once per
 * language, the language's segment and prop added to the page's own.
 */
export const acrossLangs = <P extends object, Q extends object>(
  paths: readonly { params: P; props: Q }[],
): { params: P & { lang: string | undefined }; props: Q & { lang: Lang } }[] =>
  langStaticPaths().flatMap((language) =>
    paths.map((path) => ({
      params: { ...path.params, ...language.params },
      props: { ...path.props, ...language.props },
    })),
  );

/**
 * A site path in a language: `localizedPath("/towns/", "en")` is `/en/towns/`, the Chinese one stays
 * `/towns/`. `path` starts with `/` (a fragment such as `/#county-x` keeps its place after the prefix).
 */
export function localizedPath(path: string, lang: Lang): string {
  const segment = URL_SEGMENT[lang];
  return segment === undefined ? path : `/${segment}${path}`;
}

/** The language of a site path (`/en/…` is English, everything else Chinese). */
export function langOfPath(pathname: string): Lang {
  const first = /^\/([^/]+)/.exec(pathname)?.[1];
  return (
    LANGS.find((lang) => URL_SEGMENT[lang] !== undefined && URL_SEGMENT[lang] === first) ??
    DEFAULT_LANG
  );
}

/** The URL of the same page in another language (Chinese at `/`, English under `/en/`). */
export function alternatePath(pathname: string, to: Lang): string {
  const from = URL_SEGMENT[langOfPath(pathname)];
  const bare = from === undefined ? pathname : pathname.slice(from.length + 1) || "/";
  return localizedPath(bare, to);
}

/** The site's other language (the one the language switch links to). */
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh-CN" : "en");

/** The `<html lang>` value of a page (BCP 47; what screen readers and the browser scripts read back). */
export const htmlLang = (lang: Lang): string => lang;

/** The language of a built page as the browser sees it, from its `<html lang>`. */
export const langOfHtml = (value: string): Lang =>
  LANGS.find((lang) => htmlLang(lang) === value) ?? DEFAULT_LANG;

/** The locale numbers and dates are written in (`en` alone would leave grouping to the runtime's default). */
export const NUMBER_LOCALE: Record<Lang, string> = { "zh-CN": "zh-CN", en: "en-US" };

/** How items of a short inline list are joined (Chinese uses the enumeration comma 、). */
export const LIST_SEPARATOR: Record<Lang, string> = { "zh-CN": "、", en: ", " };

/** The value for a language out of a `{ zh, en }` pair (the shape of METRIC_LABELS and the reference files' words). */
export const inLang = <T>(pair: { zh: T; en: T }, lang: Lang): T =>
  lang === "en" ? pair.en : pair.zh;

/**
 * The name to show of a record carrying both (reference counties and towns, rule and metric labels):
 * `name` / `name_en`. The English name falls back to the Chinese one when a record has none.
 */
export const pickName = (
  record: { name: string; name_en?: string | undefined },
  lang: Lang,
): string => (lang === "en" ? (record.name_en ?? record.name) : record.name);

/** As pickName, for records that name their words `label` / `label_en`. */
export const pickLabel = (
  record: { label: string; label_en?: string | undefined },
  lang: Lang,
): string => (lang === "en" ? (record.label_en ?? record.label) : record.label);

/** As pickName, for style maps that name their words `label_zh` / `label_en`. */
export const pickLabelZhEn = (
  record: { label_zh: string; label_en: string },
  lang: Lang,
): string => (lang === "en" ? record.label_en : record.label_zh);

/**
 * Whether a page in this language shows a place's Chinese name beside its own: English pages keep the
 * original, which readers meet on documents and signs; Chinese pages would only repeat it.
 */
export const SHOWS_CHINESE_NAME: Record<Lang, boolean> = { "zh-CN": false, en: true };

/**
 * A place's name with its Chinese original where the page shows both: `城关镇` on Chinese pages,
 * `城关镇 Chengguan` on English ones (the Chinese name alone when there is no English one).
 */
export const nameWithChinese = (name: string, nameEn: string | undefined, lang: Lang): string =>
  SHOWS_CHINESE_NAME[lang] && nameEn ? `${name} ${nameEn}` : name;

/**
 * The page's half of a bilingual message `中文 / English` (the pipeline writes messages for clerks in
 * both languages); a message without the separator is shown whole.
 */
export function halfOfBilingual(message: string, lang: Lang): string {
  const at = message.indexOf(" / ");
  if (at < 0) return message;
  return inLang({ zh: message.slice(0, at), en: message.slice(at + 3) }, lang);
}

/** Punctuation that differs by language (Chinese uses full-width marks, with no space after them). */
export const PUNCTUATION: Record<
  Lang,
  {
    colon: string;
    semicolon: string;
    comma: string;
    fullStop: string;
    aside: (text: string) => string;
  }
> = {
  "zh-CN": {
    colon: "：",
    semicolon: "；",
    comma: "，",
    fullStop: "。",
    aside: (text) => `（${text}）`,
  },
  en: { colon: ": ", semicolon: "; ", comma: ", ", fullStop: ".", aside: (text) => ` (${text})` },
};
