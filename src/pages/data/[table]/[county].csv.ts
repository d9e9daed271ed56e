import type { APIRoute, GetStaticPaths } from "astro";
import { csvResponse, publishedFiles } from "../../../data/published-tables";
import { PUBLISHED_TABLES, type PublishedTable } from "../../../lib/browser/published-columns";

/**
 * /data/<table>/<county_id>.csv: one county's rows of a table too large for one file (a province's
 * reports; published-tables.ts says when). The sample's tables are whole, so it has none of these.
 */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedFiles(PUBLISHED_TABLES)).flatMap((file) =>
    file.csv.flatMap((csv) =>
      csv.countyId === null ? [] : [{ params: { table: file.table, county: csv.countyId } }],
    ),
  );

const isTable = (name: string | undefined): name is PublishedTable =>
  PUBLISHED_TABLES.some((t) => t === name);

export const GET: APIRoute = ({ params }) => {
  const { table, county } = params;
  if (!isTable(table) || county === undefined) return new Response("not found", { status: 404 });
  return csvResponse(table, county);
};
