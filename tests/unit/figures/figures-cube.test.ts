import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureProvince } from "../../../bench/lib/province";
import { readReference } from "../../../scripts/lib/read-reference";
import { runPipeline } from "../../../scripts/lib/run-pipeline";
import { countyCubeParquetIn, dataSpan, figuresCubeParquet } from "../../../src/data/figures-cube";
import { openParquetRunner } from "../../../src/lib/connectors/node-runner";
import type { QueryRunner } from "../../../src/lib/connectors/query-runner";
import {
  CubeMissError,
  countyCubesRunner,
  type FiguresCube,
} from "../../../src/lib/figures/cube-runner";
import { decodeFiguresCube } from "../../../src/lib/figures/decode-figures-cube";
import { figuresAndTargets } from "../../../src/lib/figures/figures-as-of";
import { REPORT_SPAN_SQL } from "../../../src/lib/figures/figure-series";
import { townRanking } from "../../../src/lib/figures/town-ranking";
import { scoring } from "../../../src/lib/reference/bundled-reference";
import {
  REPORTING_HEALTH_SQL,
  reportingHealthParams,
} from "../../../src/lib/sql/reporting-health-sql";
import { FIGURES_SQL, figuresParams } from "../../../src/lib/sql/figures-sql";
import { monthEndsBetween } from "../../../src/lib/figures/month-end";
import { NOT_REPORTING_SQL, notReportingParams } from "../../../src/lib/sql/not-reporting-sql";
import { townFromCountyRunner } from "../../../src/lib/figures/town-from-county";
import type { County } from "../../../src/lib/reference/schema";

const ROOT = new URL("../../../", import.meta.url).pathname;

/** A published data folder with the cube read back as the browser reads it, and DuckDB over the same files. */
interface DataSet {
  counties: County[];
  industries: string[];
  months: string[];
  /** Each county's cube file as the browser decodes it. */
  cubes: Map<string, FiguresCube>;
  fast: QueryRunner;
  sql: QueryRunner & { close(): void };
  /** Each county's cube file as figuresCubeParquet writes it (a DuckDB of its own). */
  bytes: Map<string, Uint8Array>;
  /** The same file as the build writes it: one DuckDB for every county, the span read once. */
  builtBytes: Map<string, Uint8Array>;
}

async function openSet(dataDir: string, referenceDir?: string): Promise<DataSet> {
  const reference = await readReference(referenceDir);
  // One file per county (/data/figures_cube/<county_id>.parquet), read back as the browser reads them.
  const cubes = new Map<string, FiguresCube>();
  const bytes = new Map<string, Uint8Array>();
  for (const county of reference.counties) {
    const file = await figuresCubeParquet(dataDir, county.county_id);
    bytes.set(county.county_id, file);
    cubes.set(county.county_id, await decodeFiguresCube(file.slice().buffer));
  }
  const load = (countyId: string) => Promise.resolve(cubes.get(countyId) ?? null);
  const sql = await openParquetRunner(dataDir);
  // As the build writes them (build-runner.ts): one DuckDB, one connection, the span read once.
  const tables = await openParquetRunner(dataDir, { tables: true });
  const connection = await tables.connect();
  const whole = await dataSpan(connection);
  const builtBytes = new Map<string, Uint8Array>();
  for (const county of reference.counties)
    builtBytes.set(
      county.county_id,
      await countyCubeParquetIn(connection, county.county_id, whole),
    );
  tables.close();
  const [span] = await sql.query<{ first: string; last: string }>(
    "SELECT CAST(min(period_end) AS VARCHAR) AS first, CAST(max(period_end) AS VARCHAR) AS last FROM reports",
    [],
  );
  const industries = await sql.query<{ industry: string }>(
    "SELECT DISTINCT industry FROM factories WHERE industry IS NOT NULL ORDER BY 1",
    [],
  );
  return {
    counties: reference.counties,
    industries: industries.map((r) => r.industry),
    // The months the controls offer: from the first report's month to the last (ExploreControls.astro).
    months: span ? monthEndsBetween(span.first, span.last) : [],
    cubes,
    fast: countyCubesRunner(load, reference.counties[0]?.county_id ?? ""),
    sql,
    bytes,
    builtBytes,
  };
}

/** A county, a town of it or none, a set of industries (with a code no factory has) and a month. */
const choice = (set: DataSet) =>
  fc
    .record({
      county: fc.constantFrom(...set.counties),
      town: fc.nat(),
      wholeCounty: fc.boolean(),
      industries: fc.subarray([...set.industries, "no_such_industry"]),
      month: fc.constantFrom(...set.months),
    })
    .map(({ county, town, wholeCounty, industries, month }) => ({
      county,
      asOf: month,
      scope: {
        countyId: county.county_id,
        townId: wholeCounty ? null : (county.towns[town % county.towns.length]?.town_id ?? null),
        industries: industries.sort(),
      },
    }));

function propertyTests(name: string, open: () => Promise<DataSet>, runs: number) {
  describe(`the figures cube on the ${name}`, () => {
    let set: DataSet;
    beforeAll(async () => {
      set = await open();
    }, 600_000);
    afterAll(() => set?.sql.close());

    it("gives figuresAndTargets exactly as the figures SQL does, for any county, town, industries and month", async () => {
      await fc.assert(
        fc.asyncProperty(choice(set), async ({ county, asOf, scope }) => {
          const fast = await figuresAndTargets(set.fast, county, asOf, scope);
          const sql = await figuresAndTargets(set.sql, county, asOf, scope);
          expect(fast).toEqual(sql);
        }),
        { numRuns: runs },
      );
    });

    it("writes one file per county holding that county's rows and targets only", () => {
      expect([...set.cubes.keys()]).toEqual(set.counties.map((c) => c.county_id));
      for (const [countyId, cube] of set.cubes) {
        expect(cube.rows.length).toBeGreaterThan(0);
        expect(new Set(cube.rows.map((r) => r.county_id))).toEqual(new Set([countyId]));
        expect(Object.keys(cube.targets)).toEqual([countyId]);
        expect(
          new Set(Object.values(cube.health).flatMap((rows) => rows.map((r) => r["county_id"]))),
        ).toEqual(new Set([countyId]));
        expect(cube.span).toEqual(set.cubes.values().next().value?.span);
      }
    });

    it("answers the ranking's reporting health as REPORTING_HEALTH_SQL does, for any county and month", async () => {
      await fc.assert(
        fc.asyncProperty(choice(set), async ({ county, asOf }) => {
          const params = reportingHealthParams(
            county.county_id,
            null,
            asOf,
            `${asOf.slice(0, 4)}-01-01`,
          );
          expect(await set.fast.query(REPORTING_HEALTH_SQL, params)).toEqual(
            await set.sql.query(REPORTING_HEALTH_SQL, params),
          );
        }),
        { numRuns: runs },
      );
    });

    it("gives the towns' ranking exactly as the SQL does, without DuckDB", async () => {
      await fc.assert(
        fc.asyncProperty(choice(set), async ({ county, asOf, scope }) => {
          const year = Number(asOf.slice(0, 4));
          const args = [county, scoring, year, asOf, scope.industries] as const;
          expect(await townRanking(set.fast, ...args)).toEqual(await townRanking(set.sql, ...args));
        }),
        // Each run asks DuckDB for two years of figures and reporting health: half the runs.
        { numRuns: Math.ceil(runs / 2) },
      );
    }, 300_000);

    it("gives a town's reporting health and not-reporting list as its county's rows of that town", async () => {
      const narrowed = townFromCountyRunner(set.sql);
      await fc.assert(
        fc.asyncProperty(
          choice(set),
          fc.constantFrom("0001-01-01", "year"),
          async ({ county, asOf, scope }, since) => {
            // A town of the county (the whole-county draws take its first town).
            const townId = scope.townId ?? county.towns[0]?.town_id ?? "none";
            const health = reportingHealthParams(
              county.county_id,
              townId,
              asOf,
              since === "year" ? `${asOf.slice(0, 4)}-01-01` : since,
            );
            const notReporting = notReportingParams({ ...scope, townId }, asOf);
            for (const [sql, params] of [
              [REPORTING_HEALTH_SQL, health],
              [NOT_REPORTING_SQL, notReporting],
            ] as const)
              expect(await narrowed.query(sql, params)).toEqual(await set.sql.query(sql, params));
          },
        ),
        { numRuns: runs },
      );
    });

    it("writes the same cube files from one DuckDB for every county as from one DuckDB per county", () => {
      expect([...set.builtBytes.keys()]).toEqual([...set.bytes.keys()]);
      for (const [countyId, file] of set.bytes)
        expect(Buffer.from(set.builtBytes.get(countyId) ?? []).equals(Buffer.from(file))).toBe(
          true,
        );
    });

    it("answers FIGURES_SQL for one town and any span of months as DuckDB does", async () => {
      await fc.assert(
        fc.asyncProperty(choice(set), fc.nat({ max: 30 }), async ({ asOf, scope }, back) => {
          const from = monthEndsBetween(set.months[0] ?? asOf, asOf).at(-1 - back) ?? asOf;
          const params = figuresParams(scope, from, asOf);
          expect(await set.fast.query(FIGURES_SQL, params)).toEqual(
            await set.sql.query(FIGURES_SQL, params),
          );
        }),
        { numRuns: runs },
      );
    });
  });
}

/**
 * The sample's published tables, written by the pipeline into a temporary folder once per file: the
 * checkout's public/data may be missing (a clean clone runs the unit tests before npm run data) or older
 * than the code (a table added since).
 */
let sampleDir: Promise<string> | null = null;
const sampleData = () =>
  (sampleDir ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cube-sample-")), "data");
    await runPipeline({
      inDir: join(ROOT, "data/raw"),
      outDir: out,
      referenceDir: join(ROOT, "data/reference"),
    });
    return out;
  })());

propertyTests("sample data", async () => openSet(await sampleData()), 40);

let provinceWork: string | null = null;
propertyTests(
  "a generated province (bench/lib/province.ts, small)",
  async () => {
    provinceWork = mkdtempSync(join(tmpdir(), "cube-province-"));
    const p = ensureProvince({ workDir: provinceWork, rows: 20_000, seed: 7 });
    const out = join(provinceWork, "out");
    await runPipeline({ inDir: p.rawDir, outDir: out, referenceDir: p.refDir, workers: 0 });
    return openSet(out, p.refDir);
  },
  20,
);
afterAll(() => {
  if (provinceWork) rmSync(provinceWork, { recursive: true, force: true });
});

describe("what the cube does not answer", () => {
  let set: DataSet;
  beforeAll(async () => {
    set = await openSet(await sampleData());
  }, 120_000);
  afterAll(() => set?.sql.close());

  it.each([
    ["a month before the table", ["hanyin", null, null, "1999-12-31", "1999-12-31"]],
    ["a month after the table", ["hanyin", null, null, "2099-12-31", "2099-12-31"]],
    ["a county it does not hold", ["nowhere", null, null, "2019-12-31", "2019-12-31"]],
    ["a town it does not list", ["hanyin", "nowhere", null, "2019-12-31", "2019-12-31"]],
  ] as const)("FIGURES_SQL for %s is a miss (DuckDB answers it)", async (_, params) => {
    await expect(set.fast.query(FIGURES_SQL, params)).rejects.toBeInstanceOf(CubeMissError);
  });

  it("reads a county's file only when a query names that county", async () => {
    const read: string[] = [];
    const fast = countyCubesRunner((countyId) => {
      read.push(countyId);
      return Promise.resolve(set.cubes.get(countyId) ?? null);
    }, "hanyin");
    const pingli = set.counties.find((c) => c.county_id === "pingli");
    if (!pingli) throw new Error("no pingli in the sample");
    const scope = { countyId: "pingli", townId: null, industries: [] };
    // The data's span is in every file: once pingli's is asked for, it answers that too.
    await fast.query(FIGURES_SQL, ["pingli", null, null, "2019-12-31", "2019-12-31"]);
    await figuresAndTargets(fast, pingli, "2019-06-30", scope);
    expect(read).toEqual(["pingli"]);
    // Before any county is asked for, the span comes from the page's first county.
    const first: string[] = [];
    const other = countyCubesRunner((countyId) => {
      first.push(countyId);
      return Promise.resolve(set.cubes.get(countyId) ?? null);
    }, "pingli");
    expect(await other.query(REPORT_SPAN_SQL, [])).toEqual([set.cubes.get("pingli")?.span]);
    expect(first).toEqual(["pingli"]);
  });

  it.each([
    ["one town", ["hanyin", "hanyin-chengguan", "2019-06-30", "2019-01-01"]],
    ["another first day", ["hanyin", null, "2019-06-30", "0001-01-01"]],
    ["a month it does not hold", ["hanyin", null, "2099-12-31", "2099-01-01"]],
  ] as const)("REPORTING_HEALTH_SQL for %s is a miss (DuckDB answers it)", async (_, params) => {
    await expect(set.fast.query(REPORTING_HEALTH_SQL, params)).rejects.toBeInstanceOf(
      CubeMissError,
    );
  });

  it("any other query is a miss", async () => {
    await expect(set.fast.query(NOT_REPORTING_SQL, [])).rejects.toBeInstanceOf(CubeMissError);
  });
});
