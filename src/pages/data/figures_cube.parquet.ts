import type { APIRoute } from "astro";
import { DATA_DIR } from "../../data/data-dir";
import { figuresCubeParquet } from "../../data/figures-cube";

/**
 * /data/figures_cube.parquet: the §5 figures summed by county × town × industry × month end, computed at build
 * time by the figures SQL over the published tables, so the explore controls answer from it without DuckDB.
 */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await figuresCubeParquet(DATA_DIR)), {
    headers: { "content-type": "application/vnd.apache.parquet" },
  });
