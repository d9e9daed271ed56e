import { localizedPath, type Lang } from "../i18n/lang";
import { reference } from "../reference/bundled-reference";
import { isProvinceSite } from "./site-shape";

/** Whether this site (its reference data) has the province shape: `/` lists counties, each has its page. */
export const provinceSite = (): boolean => isProvinceSite(reference.counties.length);

/** A county's own page, `/county/<county_id>/` (built on a province site only). */
export const countyPagePath = (countyId: string, lang: Lang): string =>
  localizedPath(`/county/${countyId}/`, lang);

/** A county's part of the factory directory, `/factories/county/<county_id>/` (province site only). */
export const countyDirectoryPath = (countyId: string, lang: Lang): string =>
  localizedPath(`/factories/county/${countyId}/`, lang);

/**
 * Where a county's overview is: its section on the one overview page, or its own page on a province
 * site (the same rule, site-shape.ts, decides which pages are built).
 */
export const countyOverviewHref = (countyId: string, lang: Lang): string =>
  provinceSite() ? countyPagePath(countyId, lang) : localizedPath(`/#county-${countyId}`, lang);

/** The page holding a county's overview, for links to its anchors (`#county-…`, `#target-…`). */
export const countyOverviewPage = (countyId: string, lang: Lang): string =>
  provinceSite() ? countyPagePath(countyId, lang) : localizedPath("/", lang);
