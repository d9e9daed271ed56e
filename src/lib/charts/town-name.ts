import { type Lang, nameWithChinese } from "../i18n/lang";

/** A town as the charts name it: always its Chinese name, the English one beside it on English pages. */
export interface NamedTown {
  town_id: string;
  town_name: string;
  town_name_en?: string;
}

/** `城关镇` in Chinese; `城关镇 Chengguan` in English, so the Chinese name on maps and signs still matches. */
export const townLabel = (town: NamedTown, lang: Lang): string =>
  nameWithChinese(town.town_name, town.town_name_en, lang);
