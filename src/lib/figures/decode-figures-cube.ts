import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { z } from "zod";
import type { CubeRow, FiguresCube } from "./cube-runner";
import { CUBE_META } from "./figures-cube-sql";
import { FIGURE_METRICS } from "./metrics";

const spanSchema = z.object({ first_end: z.string().nullable(), last_end: z.string().nullable() });
const targetsSchema = z.record(z.string(), z.array(z.unknown()));
const TEXT = ["as_of", "county_id"] as const;
const NULLABLE_TEXT = ["town_id", "town_name", "industry"] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The figures table's bytes could not be read as one: the page asks DuckDB instead. */
export class CubeReadError extends Error {
  override name = "CubeReadError";
}

function json(value: string | undefined, key: string): unknown {
  if (value === undefined) throw new CubeReadError(`figures_cube.parquet: no ${key} metadata`);
  return JSON.parse(value);
}

/**
 * One row checked column by column (the zod schema of FigureRow, written out: a zod parse of every row costs
 * more than the whole read on the first interaction, which is the time this table exists to save).
 */
function checkRow(row: Record<string, unknown>, i: number): CubeRow {
  const bad = (column: string) =>
    new CubeReadError(`figures_cube.parquet: row ${i + 1}, column ${column}: unexpected value`);
  for (const c of TEXT) if (typeof row[c] !== "string") throw bad(c);
  for (const c of NULLABLE_TEXT) if (row[c] !== null && typeof row[c] !== "string") throw bad(c);
  if (!DATE.test(row["as_of"] as string)) throw bad("as_of");
  for (const m of FIGURE_METRICS) {
    const v = row[m];
    if (typeof v !== "number" || !Number.isFinite(v)) throw bad(m);
    if (m !== "output_12m" && m !== "wages_12m" && !Number.isInteger(v)) throw bad(m);
  }
  return row as CubeRow; // every column checked above
}

/**
 * Reads the figures cube (figures_cube.parquet, written by src/data/figures-cube.ts) with hyparquet: its rows,
 * checked, and the two answers kept in its metadata. Runs in the browser and in Node alike. The file is
 * written uncompressed: the host's gzip makes it as small on the wire as zstd, and it decodes in a few ms.
 */
export async function decodeFiguresCube(bytes: ArrayBuffer): Promise<FiguresCube> {
  const metadata = parquetMetadata(bytes);
  const kv = new Map((metadata.key_value_metadata ?? []).map((e) => [e.key, e.value]));
  const rows = await parquetReadObjects({ file: bytes, metadata });
  return {
    rows: rows.map(checkRow),
    span: spanSchema.parse(json(kv.get(CUBE_META.span), CUBE_META.span)),
    targets: targetsSchema.parse(json(kv.get(CUBE_META.targets), CUBE_META.targets)),
  };
}
