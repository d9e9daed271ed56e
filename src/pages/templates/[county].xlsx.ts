import type { APIRoute, GetStaticPaths } from "astro";
import { reference } from "../../data/reference";
import { buildReportTemplate } from "../../lib/template/build-report-template";

/** /templates/<county_id>.xlsx: each county's report template, built at build time from the reference data. */
export const getStaticPaths: GetStaticPaths = () =>
  reference.counties.map((c) => ({ params: { county: c.county_id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const county = reference.counties.find((c) => c.county_id === params.county);
  if (!county) return new Response("not found", { status: 404 });
  const bytes = await buildReportTemplate(county, reference.industries, {
    siteUrl: site?.origin ?? "",
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
};
