import { parquetMetadata, parquetRead } from "hyparquet";
import { z } from "zod";
import type { CubeRow, FiguresCube } from "./cube-runner";
import { CUBE_META, HEALTH_COLUMNS } from "../sql/figures-cube-sql";
import { FIGURE_METRICS } from "./metrics";

const spanSchema = z.object({ first_end: z.string().nullable(), last_end: z.string().nullable() });
const targetsSchema = z.record(z.string(), z.array(z.unknown()));
const CADENCES = new Set(["month", "quarter", null]);
const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isText = (v: unknown) => typeof v === "string";
/** Each stored health value's check, in HEALTH_COLUMNS' order. */
const HEALTH_CHECKS: readonly ((v: unknown) => boolean)[] = [
  isText,
  isText,
  isText,
  (v) => CADENCES.has(v as string | null),
  isCount,
  isCount,
  isCount,
  isCount,
  (v) => v === null || isText(v),
];

/**
 * The stored reporting health (CUBE_META.health: `{as_of: [values in HEALTH_COLUMNS' order]}`), checked
 * value by value (like checkColumns: a zod parse per row costs more than the rest of the read) and read back
 * as REPORTING_HEALTH_SQL's rows.
 */
function healthOf(value: unknown): Record<string, Record<string, unknown>[]> {
  const bad = (what: string) =>
    new CubeReadError(`figures_cube.parquet: health ${what}: unexpected value`);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("table");
  const health: Record<string, Record<string, unknown>[]> = {};
  for (const [asOf, rows] of Object.entries(value)) {
    if (!DATE.test(asOf) || !Array.isArray(rows)) throw bad(asOf);
    health[asOf] = rows.map((row: unknown) => {
      if (
        !Array.isArray(row) ||
        row.length !== HEALTH_CHECKS.length ||
        !HEALTH_CHECKS.every((check, i) => check(row[i]))
      )
        throw bad(asOf);
      return Object.fromEntries(HEALTH_COLUMNS.map((c, i) => [c, row[i] as unknown]));
    });
  }
  return health;
}
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

type Column = ArrayLike<unknown>;

/**
 * The columns checked value by value (FigureRow's zod schema written out per column: a zod parse of every
 * row costs more than the whole read on the first interaction, the time this table exists to save).
 */
function checkColumns(columns: Map<string, Column>, n: number): void {
  const bad = (column: string, i: number) =>
    new CubeReadError(`figures_cube.parquet: row ${i + 1}, column ${column}: unexpected value`);
  const column = (name: string): Column => {
    const values = columns.get(name);
    if (!values || values.length !== n) throw bad(name, 0);
    return values;
  };
  for (const name of TEXT) {
    const values = column(name);
    for (let i = 0; i < n; i++) if (typeof values[i] !== "string") throw bad(name, i);
  }
  const asOf = column("as_of");
  for (let i = 0; i < n; i++) if (!DATE.test(asOf[i] as string)) throw bad("as_of", i);
  for (const name of NULLABLE_TEXT) {
    const values = column(name);
    for (let i = 0; i < n; i++)
      if (values[i] !== null && typeof values[i] !== "string") throw bad(name, i);
  }
  for (const m of FIGURE_METRICS) {
    const values = column(m);
    const integer = m !== "output_12m" && m !== "wages_12m";
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v !== "number" || !Number.isFinite(v) || (integer && !Number.isInteger(v)))
        throw bad(m, i);
    }
  }
}

/** Rows from checked columns (checkColumns). */
function rowsOf(columns: Map<string, Column>, n: number): CubeRow[] {
  const names = [...TEXT, ...NULLABLE_TEXT, ...FIGURE_METRICS];
  const values = names.map((name) => columns.get(name) ?? []);
  const rows: CubeRow[] = new Array<CubeRow>(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => (row[name] = values[c]?.[i]));
    rows[i] = row as CubeRow; // every column checked by checkColumns
  }
  return rows;
}

/**
 * Reads the figures cube (figures_cube.parquet, written by src/data/figures-cube.ts) with hyparquet: its rows,
 * checked, and the two answers kept in its metadata. Runs in the browser and in Node alike. The file is
 * written uncompressed: the host's gzip makes it as small on the wire as zstd, and it decodes in a few ms.
 */
export async function decodeFiguresCube(bytes: ArrayBuffer): Promise<FiguresCube> {
  const metadata = parquetMetadata(bytes);
  const kv = new Map((metadata.key_value_metadata ?? []).map((e) => [e.key, e.value]));
  const columns = new Map<string, Column>();
  const n = Number(metadata.num_rows);
  // Columns, not row objects: a third of the time on a cold page.
  await parquetRead({
    file: bytes,
    metadata,
    onChunk: ({ columnName, columnData, rowStart }) => {
      if (rowStart === 0 && columnData.length === n) columns.set(columnName, columnData);
      else {
        const whole = (columns.get(columnName) as unknown[] | undefined) ?? new Array<unknown>(n);
        for (let i = 0; i < columnData.length; i++) whole[rowStart + i] = columnData[i];
        columns.set(columnName, whole);
      }
    },
  });
  checkColumns(columns, n);
  return {
    rows: rowsOf(columns, n),
    span: spanSchema.parse(json(kv.get(CUBE_META.span), CUBE_META.span)),
    targets: targetsSchema.parse(json(kv.get(CUBE_META.targets), CUBE_META.targets)),
    health: healthOf(json(kv.get(CUBE_META.health), CUBE_META.health)),
  };
}
