import { provinceStrings } from "../../i18n/province-strings";
import { acrossLangs, localizedPath, pickName, type Lang } from "../i18n/lang";
import type { County } from "../reference/schema";
import { reference } from "../reference/bundled-reference";
import { type COUNTY_PARTS, isProvinceSite } from "./site-shape";

/** Whether this site (its reference data) has the province shape: `/` lists counties, each has its page. */
export const provinceSite = (): boolean => isProvinceSite(reference.counties.length);

/**
 * getStaticPaths of a page built once per county and language on a province site only (none up to
 * three counties, site-shape.ts): `/county/<county_id>/…`, `/factories/county/<county_id>/`. `extra`
 * adds the page's own parameters per county (a brief's months), each with its props.
 */
export const countyStaticPaths = <P extends object = object, Q extends object = object>(
  extra: readonly { params: P; props: Q }[] = [{ params: {} as P, props: {} as Q }],
) =>
  provinceSite()
    ? acrossLangs(
        reference.counties.flatMap((county) =>
          extra.map(({ params, props }) => ({
            params: { ...params, county: county.county_id },
            props: { ...props, countyId: county.county_id },
          })),
        ),
      )
    : [];

/** A county's own page, `/county/<county_id>/` (built on a province site only). */
export const countyPagePath = (countyId: string, lang: Lang): string =>
  localizedPath(`/county/${countyId}/`, lang);

/**
 * A county's part of a province-wide page (`towns`, `ranking`, `changes`, `data-quality`, `brief`):
 * `/county/<county_id>/<part>/` (province site only; up to three counties these are sections of one page).
 */
export type CountyPart = (typeof COUNTY_PARTS)[number];
export const countyPartPath = (countyId: string, part: CountyPart, lang: Lang): string =>
  localizedPath(`/county/${countyId}/${part}/`, lang);

/**
 * A province-wide page's heading: its kind, or on a county's part the county's (平利县各镇 / "Towns:
 * Pingli County"); CountyPartHeader shows it, the page's title repeats it.
 */
export const countyPartHeading = (county: County | null, kind: string, lang: Lang): string =>
  county ? provinceStrings(lang).countyPartTitle(pickName(county, lang), kind) : kind;

/**
 * Where a county's part of a province-wide page is, with an optional `#anchor`: its own page on a
 * province site, else its section of the one page (`/ranking/#ranking-<county_id>`).
 */
export const countyPartHref = (
  countyId: string,
  part: CountyPart,
  lang: Lang,
  anchor = "",
): string =>
  `${provinceSite() ? countyPartPath(countyId, part, lang) : localizedPath(`/${part}/`, lang)}${anchor}`;

/**
 * A county's rejected rows, `/data/rejects/<county_id>.csv` (province site only; pages/data/rejects),
 * and the name its download is saved under.
 */
export const countyRejectsFile = (countyId: string): { href: string; download: string } => ({
  href: `/data/rejects/${countyId}.csv`,
  download: `rejects-${countyId}.csv`,
});

/** The county a town belongs to, by the reference data (null for an unknown town). */
export const countyOfTown = (townId: string): string | null =>
  reference.counties.find((c) => c.towns.some((t) => t.town_id === townId))?.county_id ?? null;

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
