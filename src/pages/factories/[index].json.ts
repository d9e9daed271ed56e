import type { APIRoute, GetStaticPaths } from "astro";
import { factoryRecords } from "../../data/factories";
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
  const records = await factoryRecords();
  const index = buildSearchIndex(
    records.map((r) => r.factory),
    reference.counties,
  );
  return new Response(JSON.stringify(index), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
