import { resolve } from "node:path";

/** Where `npm run data` writes the Parquet the build reads (Astro builds from the project root). */
export const DATA_DIR = resolve(process.cwd(), "public/data");
