import { localizedPath, pickName, type Lang } from "../i18n/lang";
import type { Town } from "../reference/schema";
import { countyOfTown, countyOverviewHref, countyPartHref } from "../site/county-paths";

/** `/towns/<town_id>/` or `/en/towns/<town_id>/`. */
export const townPath = (townId: string, lang: Lang): string =>
  localizedPath(`/towns/${townId}/`, lang);

/** The towns index. */
export const townsIndexPath = (lang: Lang): string => localizedPath("/towns/", lang);

/** A factory's address by the site's shape: its own page, or its section of its town's book. */
export { factoryBookPath, factoryPath, type FactoryPlace } from "./factory-path";

/** The county's section on the overview, or its own page on a province site (site-shape.ts). */
export const countyOverviewPath = countyOverviewHref;

/** The town's row on the data-quality page (its county's, on a province site). */
export const townQualityPath = (townId: string, lang: Lang): string => {
  const countyId = countyOfTown(townId);
  return countyId === null
    ? localizedPath(`/data-quality/#quality-${townId}`, lang)
    : countyPartHref(countyId, "data-quality", lang, `#quality-${townId}`);
};

/** A town's name as the page text gives it: Chinese, or the English name on English pages. */
export const townName = (town: Pick<Town, "name" | "name_en">, lang: Lang): string =>
  pickName(town, lang);
