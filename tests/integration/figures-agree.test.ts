import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { REFERENCE_DIR } from "../../scripts/lib/read-reference";
import { runPipeline } from "../../scripts/lib/run-pipeline";
import { z } from "zod";

const ROOT = join(import.meta.dirname, "../..");
// The sample data, normalized into a folder of the test's own, so the test never depends on an earlier build.
const DATA = join(mkdtempSync(join(tmpdir(), "cf-figures-")), "data");
const TSX = join(ROOT, "node_modules/.bin/tsx");
beforeAll(async () => {
  await runPipeline({ inDir: join(ROOT, "data/raw"), outDir: DATA, referenceDir: REFERENCE_DIR });
}, 120_000);

function runFigures(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, "scripts/figures.ts"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lineSchema = z.object({
  county: z.string(),
  town: z.string(),
  metric: z.string(),
  value: z.number(),
  as_of: z.string(),
});

interface Report {
  factory_id: string;
  period_start: string;
  period_end: string;
  employees: number;
  poor_workers: number;
  relocated_workers: number;
  output_value_yuan: number;
  wages_yuan: number;
}
interface Factory {
  factory_id: string;
  county_id: string;
  town_name: string;
  opened_on: string | null;
  certified_on: string | null;
  leading: boolean;
}

async function readTables(): Promise<{ reports: Report[]; factories: Factory[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const c = await instance.connect();
  const rows = async (sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJson();
  const reports = (
    await rows(
      `SELECT factory_id, CAST(period_start AS VARCHAR) period_start, CAST(period_end AS VARCHAR) period_end, employees, poor_workers, relocated_workers, output_value_yuan, wages_yuan FROM read_parquet('${join(DATA, "reports.parquet")}')`,
    )
  ).map((r) => ({
    factory_id: String(r.factory_id),
    period_start: String(r.period_start),
    period_end: String(r.period_end),
    employees: Number(r.employees),
    poor_workers: Number(r.poor_workers),
    relocated_workers: Number(r.relocated_workers),
    output_value_yuan: Number(r.output_value_yuan),
    wages_yuan: Number(r.wages_yuan),
  }));
  const factories = (
    await rows(
      `SELECT factory_id, county_id, town_name, CAST(opened_on AS VARCHAR) opened_on, CAST(certified_on AS VARCHAR) certified_on, "leading" FROM read_parquet('${join(DATA, "factories.parquet")}')`,
    )
  ).map((f) => ({
    factory_id: String(f.factory_id),
    county_id: String(f.county_id),
    town_name: String(f.town_name),
    opened_on: f.opened_on === null ? null : String(f.opened_on),
    certified_on: f.certified_on === null ? null : String(f.certified_on),
    leading: f.leading === true,
  }));
  c.closeSync();
  instance.closeSync();
  return { reports, factories };
}

/** DATA-CONTRACT §5 written again, in plain loops over the rows: independent of the engine's SQL. */
function independentFigures(
  t: { reports: Report[]; factories: Factory[] },
  asOf: string,
): Map<string, number> {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  const monthEndBack = (n: number) => new Date(Date.UTC(y, m - n, 0)).toISOString().slice(0, 10);
  const windowStart = monthEndBack(3); // last_day(D − 3 months)
  const yearStart = monthEndBack(12); // last_day(D − 12 months)
  const out = new Map<string, number>();
  const add = (county: string, town: string, metric: string, v: number) => {
    for (const key of [`${county}|${town}|${metric}`, `${county}||${metric}`])
      out.set(key, (out.get(key) ?? 0) + v);
  };
  for (const f of t.factories) {
    const mine = t.reports.filter((r) => r.factory_id === f.factory_id && r.period_end <= asOf);
    const current = mine.reduce<Report | null>(
      (best, r) =>
        !best ||
        r.period_end > best.period_end ||
        (r.period_end === best.period_end && r.period_start > best.period_start)
          ? r
          : best,
      null,
    );
    const active = current !== null && current.period_end > windowStart;
    const c = f.county_id;
    const town = f.town_name;
    add(c, town, "factories", active ? 1 : 0);
    add(c, town, "certified", active && f.certified_on !== null && f.certified_on <= asOf ? 1 : 0);
    add(c, town, "leading", active && f.leading ? 1 : 0);
    add(c, town, "jobs", active && current ? current.employees : 0);
    add(c, town, "poor_workers", active && current ? current.poor_workers : 0);
    add(c, town, "relocated_workers", active && current ? current.relocated_workers : 0);
    const inYear = mine.filter((r) => r.period_start > yearStart);
    add(
      c,
      town,
      "output_12m",
      inYear.reduce((s, r) => s + r.output_value_yuan, 0),
    );
    add(
      c,
      town,
      "wages_12m",
      inYear.reduce((s, r) => s + r.wages_yuan, 0),
    );
    add(
      c,
      town,
      "new_factories",
      f.opened_on !== null && f.opened_on.slice(0, 4) === asOf.slice(0, 4) && f.opened_on <= asOf
        ? 1
        : 0,
    );
    add(c, town, "not_reporting", current !== null && !active ? 1 : 0);
  }
  return out;
}

describe("npm run figures agrees with an independent computation of §5 on the sample data", () => {
  it.each(["2018-06-30", "2019-12-31", "2020-12-31"])("as of %s", async (asOf) => {
    const run = runFigures(["--as-of", asOf, "--json", "--data", DATA]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => lineSchema.parse(JSON.parse(l)));
    const expected = independentFigures(await readTables(), asOf);
    let compared = 0;
    for (const l of lines) {
      const want = expected.get(`${l.county}|${l.town}|${l.metric}`);
      if (want === undefined) continue;
      expect(l.as_of).toBe(asOf);
      expect(l.value, `${l.county} ${l.town || "(county)"} ${l.metric}`).toBeCloseTo(want, 4);
      compared += 1;
    }
    // Every §5 metric for both counties and every town with a factory was compared.
    expect(compared).toBeGreaterThanOrEqual([...expected.keys()].length);
  });
});

describe("npm run figures: bad arguments", () => {
  it.each([
    [[], /--as-of is required/],
    [["--as-of", "2019-12-30"], /must be a month end/],
    [["--as-of", "2019-12-31", "--county", "xian"], /unknown county "xian"/],
    [["--as-of", "2019-12-31", "--town", "城关镇"], /more than one county: add --county/],
    [
      ["--as-of", "2019-12-31", "--county", "hanyin", "--town", "老县镇"],
      /unknown town "老县镇" in hanyin/,
    ],
    [["--as-of", "2019-12-31", "--industry", "rockets"], /unknown industry "rockets"/],
    [["--as-of", "2019-12-31", "--bogus"], /unknown option --bogus/],
  ])("%j", (args, pattern) => {
    const r = runFigures(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stdout).toBe("");
  });

  it("a missing data folder: one line, exit 1", () => {
    const r = runFigures(["--as-of", "2019-12-31", "--data", "/nonexistent/data"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/missing data file/);
  });
});
