/**
 * The site's shape is a rule on the number of counties (issue #19): up to OVERVIEW_COUNTIES_AT_MOST
 * counties share one overview page, as the two sample counties do; beyond that `/` becomes a province
 * (or city) overview, a table of counties, and each county's overview moves to its own page,
 * `/county/<county_id>/`, as does its part of the factory directory, `/factories/county/<county_id>/`.
 * Three, because that is where a list of county names stops being readable (NAMED_AT_MOST) and where the
 * one-page overview outgrows its budget (157 KB gzip at four counties).
 */
export const OVERVIEW_COUNTIES_AT_MOST = 3;

/**
 * The pages that hold every town of the site, so that a province site builds them as a row per county
 * (at `/<part>/`) and each county's detail at `/county/<county_id>/<part>/`.
 */
export const COUNTY_PARTS = [
  "towns",
  "ranking",
  "changes",
  "data-quality",
  "brief",
  "press",
] as const;

/** Whether a site of `countyCount` counties has the province shape. */
export const isProvinceSite = (countyCount: number): boolean =>
  countyCount > OVERVIEW_COUNTIES_AT_MOST;
