import type { APIRoute, GetStaticPaths } from "astro";
import { countyRejectsCsv } from "../../../data/figures";
import { reference } from "../../../data/reference";
import { provinceSite } from "../../../lib/site/county-paths";

/**
 * /data/rejects/<county_id>.csv: one county's rejected rows, the download of its data-quality page on a
 * province site (site-shape.ts), published beside the whole rejects.csv as a large table's county CSVs
 * are (/data/<table>/<county_id>.csv), so it works without scripts and holds that county's rows only.
 */
export const getStaticPaths: GetStaticPaths = () =>
  provinceSite() ? reference.counties.map((c) => ({ params: { county: c.county_id } })) : [];

export const GET: APIRoute = ({ params }) =>
  new Response(countyRejectsCsv(params.county ?? ""), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
