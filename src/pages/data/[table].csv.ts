import type { APIRoute, GetStaticPaths } from "astro";
import { tableCsv } from "../../data/published-tables";
import { PUBLISHED_TABLES, type PublishedTable } from "../../lib/browser/published-columns";

/** /data/<table>.csv for each published table, written at build time from its Parquet. */
export const getStaticPaths: GetStaticPaths = () =>
  PUBLISHED_TABLES.map((table) => ({ params: { table } }));

const isTable = (name: string | undefined): name is PublishedTable =>
  PUBLISHED_TABLES.some((t) => t === name);

export const GET: APIRoute = async ({ params }) => {
  const { table } = params;
  if (!isTable(table)) return new Response("not found", { status: 404 });
  return new Response(await tableCsv(table), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
