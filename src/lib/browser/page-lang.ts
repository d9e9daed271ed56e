import { langOfHtml, type Lang } from "../i18n/lang";

/** The page's language, from <html lang> (Base.astro sets it to zh-CN or en). */
export function pageLang(): Lang {
  return langOfHtml(document.documentElement.lang);
}
