import type { Lang } from "../../i18n/strings";

/** The page's language, from <html lang> (Base.astro sets it to zh-CN or en). */
export function pageLang(): Lang {
  return document.documentElement.lang === "en" ? "en" : "zh-CN";
}
