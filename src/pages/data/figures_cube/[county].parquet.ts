import type { APIRoute, GetStaticPaths } from "astro";
import { builtCubeBytes } from "../../../data/build-runner";
import { reference } from "../../../data/reference";

/**
 * /data/figures_cube/<county_id>.parquet: one county's §5 figures summed by town × industry × month end,
 * computed at build time by the figures SQL over the published tables, so the explore controls answer from
 * it without DuckDB. One file per county: a page fetches the counties it shows, never the whole province.
 */
export const getStaticPaths: GetStaticPaths = () =>
  reference.counties.map((c) => ({ params: { county: c.county_id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await builtCubeBytes(params.county ?? "")), {
    headers: { "content-type": "application/vnd.apache.parquet" },
  });
