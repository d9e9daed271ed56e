/**
 * Where the build writes a county's figures cube (src/pages/data/figures_cube/[county].parquet.ts): the
 * one home of that address, for the page's first script (ExploreControls.astro, which sends the requests
 * before the drawing code arrives) and for figure-source.ts. No imports, so the first script stays small.
 */
export const cubeUrl = (base: string, countyId: string): string =>
  `${base}data/figures_cube/${encodeURIComponent(countyId)}.parquet`;
