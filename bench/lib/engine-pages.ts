/**
 * The page bench/engine loads and the shared link it opens, on the sample and on a province site
 * (src/lib/site/site-shape.ts). Both are the overview's controls (ExploreControls, page "overview") over
 * one county's or two counties' figures, so the timings mean the same on both sets.
 */
export interface EnginePages {
  /** The page loaded fresh, whose as-of month is changed (the first interaction) and then its towns. */
  page: string;
  /** A shared link with state, timed from navigation until its figures are on screen. */
  link: string;
  /** Which county the page shows, for the report; null when it shows the whole (sample) site. */
  county: string | null;
}

/** The month every shared link asks for: inside both the sample's and the generated province's months. */
export const LINK_AS_OF = "2019-06-30";

/**
 * The sample (up to three counties): the overview `/`, both counties at once with a county control, and
 * a link that chooses a month and Pingli.
 */
export const SAMPLE_PAGES: EnginePages = {
  page: "/",
  link: `/?asof=${LINK_AS_OF}&county=pingli`,
  county: null,
};

/**
 * A province site: `/` is a table of counties without controls, and each county's overview is its own
 * page, `/county/<county_id>/`, with the same controls (as-of month, town, industry; the county fixed by
 * the page) and one county's figures table. Measured: the county whose figures table is the largest (the
 * most work for the fast path; ties go to the first by id), and a link to its page with a month, the
 * province's counterpart of the sample's link to one county at a month.
 */
export function provincePages(cubes: readonly { county: string; bytes: number }[]): EnginePages {
  const largest = cubes.toSorted(
    (a, b) => b.bytes - a.bytes || a.county.localeCompare(b.county),
  )[0];
  if (!largest) throw new Error("no county's figures table (data/figures_cube/*.parquet)");
  const page = `/county/${encodeURIComponent(largest.county)}/`;
  return { page, link: `${page}?asof=${LINK_AS_OF}`, county: largest.county };
}
