import type { APIRoute, GetStaticPaths } from "astro";
import { factoryEntries } from "../../data/factories";
import { reference } from "../../data/reference";
import { buildSearchIndex } from "../../lib/factories/factory-search-index";
import { provinceSite } from "../../lib/site/county-paths";

/**
 * /factories/search-index.json: the province directory's search index (factory-search-index.ts),
 * fetched by /factories/ when a person first types. Built on a province site only (site-shape.ts): the
 * sample's directory searches its one page.
 */
export const getStaticPaths = (() =>
  provinceSite() ? [{ params: { index: "search-index" } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const entries = await factoryEntries();
  const index = buildSearchIndex(
    entries.map((r) => r.factory),
    reference.counties,
  );
  return new Response(JSON.stringify(index), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
