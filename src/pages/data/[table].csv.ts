import type { APIRoute, GetStaticPaths } from "astro";
import { csvResponse, publishedFiles } from "../../data/published-tables";
import { PUBLISHED_TABLES, type PublishedTable } from "../../lib/browser/published-columns";

/**
 * /data/<table>.csv for each published table, written at build time from its Parquet; a table too large
 * for one file is published per county instead ([table]/[county].csv.ts).
 */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedFiles(PUBLISHED_TABLES))
    .filter((file) => file.csv.some((csv) => csv.countyId === null))
    .map(({ table }) => ({ params: { table } }));

const isTable = (name: string | undefined): name is PublishedTable =>
  PUBLISHED_TABLES.some((t) => t === name);

export const GET: APIRoute = ({ params }) => {
  const { table } = params;
  if (!isTable(table)) return new Response("not found", { status: 404 });
  return csvResponse(table, null);
};
