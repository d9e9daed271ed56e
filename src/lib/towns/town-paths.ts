import type { Lang } from "../../i18n/strings";
import type { Town } from "../reference/schema";

const prefix = (lang: Lang) => (lang === "en" ? "/en" : "");

/** `/towns/<town_id>/` or `/en/towns/<town_id>/`. */
export const townPath = (townId: string, lang: Lang): string => `${prefix(lang)}/towns/${townId}/`;

/** The towns index. */
export const townsIndexPath = (lang: Lang): string => `${prefix(lang)}/towns/`;

/** A factory's own page (built by the factory directory). */
export const factoryPath = (factoryId: string, lang: Lang): string =>
  `${prefix(lang)}/factories/${factoryId}/`;

/** The county's section on the overview. */
export const countyOverviewPath = (countyId: string, lang: Lang): string =>
  `${prefix(lang)}/#county-${countyId}`;

/** The town's row on the data-quality page. */
export const townQualityPath = (townId: string, lang: Lang): string =>
  `${prefix(lang)}/data-quality/#quality-${townId}`;

/** A town's name as the page text gives it: Chinese, or the English name on English pages. */
export const townName = (town: Pick<Town, "name" | "name_en">, lang: Lang): string =>
  lang === "en" ? town.name_en : town.name;
