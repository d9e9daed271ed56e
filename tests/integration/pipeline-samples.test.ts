import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/lib/pipeline/manifest";
import { REJECT_REASONS } from "../../src/lib/pipeline/output-schema";
import { FLAG_COLUMNS } from "../../src/lib/flags/flag-columns";
import { rejectsOfFiles } from "../../src/lib/figures/data-quality";
import { runPipeline } from "../../scripts/lib/run-pipeline";
import { REFERENCE_DIR } from "../../scripts/lib/read-reference";
import type { SampleTruth } from "../../scripts/lib/samples/truth";
import { query } from "../support/read-parquet";

const ROOT = join(import.meta.dirname, "../..");
const RAW = join(ROOT, "data/raw");
// The generator's own record of what it wrote (its type is the generator's), read as the tests' truth.
const truth: SampleTruth = JSON.parse(readFileSync(join(ROOT, "data/sample-truth.json"), "utf8"));

const out1 = join(mkdtempSync(join(tmpdir(), "cf-pipe-")), "out");
const out2 = join(mkdtempSync(join(tmpdir(), "cf-pipe-")), "out");
let manifest: Manifest;
let rejects: Record<string, string>[];
const pq = (dir: string, file: string) => `'${join(dir, file)}'`;

beforeAll(async () => {
  await runPipeline({ inDir: RAW, outDir: out1, referenceDir: REFERENCE_DIR });
  await runPipeline({ inDir: RAW, outDir: out2, referenceDir: REFERENCE_DIR });
  manifest = JSON.parse(readFileSync(join(out1, "manifest.json"), "utf8"));
  const text = readFileSync(join(out1, "rejects.csv"), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  rejects = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
}, 120_000);

describe("the pipeline on the sample reports", () => {
  it("writes exactly the contract's files, with the contract's columns and types", async () => {
    expect(readdirSync(out1).sort()).toEqual([
      ".community-factory-output",
      "factories.parquet",
      "flags.parquet",
      "manifest.json",
      "rejects.csv",
      "reports.parquet",
      "targets.parquet",
      "towns.parquet",
    ]);
    const columns = await query(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${pq(out1, "reports.parquet")})`,
    );
    expect(columns.slice(0, 14).map((c) => `${c["column_name"]} ${c["column_type"]}`)).toEqual([
      "county_id VARCHAR",
      "town_id VARCHAR",
      "town_name VARCHAR",
      "factory_id VARCHAR",
      "period_start DATE",
      "period_end DATE",
      "employees INTEGER",
      "poor_workers INTEGER",
      "relocated_workers INTEGER",
      "contracts_1y INTEGER",
      "output_value_yuan DOUBLE",
      "wages_yuan DOUBLE",
      "source_file VARCHAR",
      "source_row INTEGER",
    ]);
    const factoryColumns = await query(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${pq(out1, "factories.parquet")})`,
    );
    expect(
      factoryColumns.slice(0, 12).map((c) => `${c["column_name"]} ${c["column_type"]}`),
    ).toEqual([
      "factory_id VARCHAR",
      "county_id VARCHAR",
      "town_id VARCHAR",
      "town_name VARCHAR",
      "name VARCHAR",
      "community VARCHAR",
      "industry VARCHAR",
      "industry_raw VARCHAR",
      "opened_on DATE",
      "certified_on DATE",
      "leading BOOLEAN",
      "base_level VARCHAR",
    ]);
    expect(
      rejects.every((r) => (REJECT_REASONS as readonly string[]).includes(r["reason"] ?? "")),
    ).toBe(true);
    // DATA-CONTRACT §6: the sheet a rejected row comes from is the last column.
    expect(Object.keys(rejects[0] ?? {})).toEqual([
      "source_file",
      "source_row",
      "column",
      "reason",
      "message",
      "source_sheet",
    ]);
    expect(columns.map((c) => c["column_name"])).toContain("source_sheet");
  });

  it("writes flags.parquet with its columns, listed in the manifest, without touching any figure", async () => {
    const columns = await query(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${pq(out1, "flags.parquet")})`,
    );
    expect(columns.map((c) => `${c["column_name"]} ${c["column_type"]}`)).toEqual(
      FLAG_COLUMNS.map((c) => `${c.name} ${c.type}`),
    );
    expect(manifest.outputs.map((o) => o.file)).toContain("flags.parquet");
    // Every flag names a report that is in reports.parquet.
    const orphans = await query(
      `SELECT count(*)::INTEGER AS n FROM ${pq(out1, "flags.parquet")} f ANTI JOIN ` +
        `${pq(out1, "reports.parquet")} r USING (factory_id, period_end)`,
    );
    expect(orphans).toEqual([{ n: 0 }]);
  });

  it("reconciles: rows read = accepted + rejected + skipped, per file and in total", async () => {
    for (const f of manifest.inputs)
      expect(f.rows_read, f.path).toBe(f.accepted + f.rejected + f.skipped);
    const t = manifest.totals;
    expect(t.rows_read).toBe(t.accepted + t.rejected + t.skipped);
    expect(t.files).toBe(new Set(truth.files.map((f) => f.source_file)).size);
    expect(rejects).toHaveLength(t.rejected);
    const [{ n }] = (await query(
      `SELECT count(*)::INTEGER AS n FROM ${pq(out1, "reports.parquet")}`,
    )) as [{ n: number }];
    expect(n).toBe(t.accepted);
    expect(manifest.synthetic).toBe(true);
    expect(manifest.as_of).toBe("2020-12-31");
    expect(manifest.inputs.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    for (const o of manifest.outputs)
      expect(o.sha256).toBe(
        createHash("sha256")
          .update(readFileSync(join(out1, o.file)))
          .digest("hex"),
      );
  });

  it("gives rejects.csv back byte for byte through rejectsOfFiles when every file is kept (a county's rejects download)", () => {
    const csv = readFileSync(join(out1, "rejects.csv"), "utf8");
    const files = new Set(csv.split("\r\n").map((line) => line.split(",")[0] ?? ""));
    expect(rejectsOfFiles(csv, files)).toBe(csv);
  });

  it("traces every accepted row to a unique file, sheet and row", async () => {
    const rows = await query(
      `SELECT source_file, source_sheet, source_row FROM ${pq(out1, "reports.parquet")}`,
    );
    const places = new Set(
      rows.map(
        (r) =>
          `${String(r["source_file"])}:${String(r["source_sheet"])}:${String(r["source_row"])}`,
      ),
    );
    expect(places.size).toBe(rows.length);
    const inputs = new Set(manifest.inputs.map((i) => i.path));
    expect(
      rows.every((r) => inputs.has(String(r["source_file"])) && Number(r["source_row"]) >= 1),
    ).toBe(true);
  });

  // Hand-checked against the files: 大贵镇 2019Q4 is GB18030 with 万/亿/元 suffixes and full-width digits;
  // 蒲溪镇 2018Q2 has output in 万元 by its header, thousands separators and a totals row.
  it.each([
    [
      "pingli-dagui",
      "2019-10-01",
      "2019-12-31",
      {
        factories: 8,
        employees: 627,
        poor: 248,
        relocated: 392,
        output: 7_992_600,
        wages: 4_193_600,
      },
    ],
    [
      "hanyin-puxi",
      "2018-04-01",
      "2018-06-30",
      { factories: 3, employees: 122, poor: 57, relocated: 86, output: 1_462_100, wages: 792_300 },
    ],
  ] as const)("%s %s–%s is exact", async (town, start, end, expected) => {
    const [row] = await query(
      `SELECT count(*)::INTEGER AS factories, sum(employees)::INTEGER AS employees, sum(poor_workers)::INTEGER AS poor,
              sum(relocated_workers)::INTEGER AS relocated, sum(output_value_yuan) AS output, sum(wages_yuan) AS wages
       FROM ${pq(out1, "reports.parquet")} WHERE town_id = '${town}' AND period_start = DATE '${start}' AND period_end = DATE '${end}'`,
    );
    expect(row).toEqual(expected);
  });

  it("matches the generator's own figures for every town and period", async () => {
    const rows = await query(
      `SELECT town_id, strftime(period_start, '%Y-%m-%d') AS s, strftime(period_end, '%Y-%m-%d') AS e, count(*)::INTEGER AS factories,
              sum(employees)::INTEGER AS employees, sum(poor_workers)::INTEGER AS poor, sum(relocated_workers)::INTEGER AS relocated,
              round(sum(output_value_yuan))::BIGINT AS output, round(sum(wages_yuan))::BIGINT AS wages
       FROM ${pq(out1, "reports.parquet")} GROUP BY ALL ORDER BY ALL`,
    );
    const got = rows.map((r) => [
      r["town_id"],
      r["s"],
      r["e"],
      r["factories"],
      r["employees"],
      r["poor"],
      r["relocated"],
      Number(r["output"]),
      Number(r["wages"]),
    ]);
    const expected = truth.town_periods
      .map((t) => [
        t.town_id,
        t.period_start,
        t.period_end,
        t.factories,
        t.employees,
        t.poor_workers,
        t.relocated_workers,
        Math.round(t.output_value_yuan),
        Math.round(t.wages_yuan),
      ])
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    got.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    expect(got).toEqual(expected);
  });

  // Issue 12: a quarter workbook of monthly sheets is three monthly reports, a 填表说明 sheet hides no
  // report, a county-wide workbook's merged 所在镇 cells give every row its town, .xls and UTF-16 .txt are read.
  it("accepts exactly the generator's rows from every file, sheet, town and period", async () => {
    const rows = await query(
      `SELECT source_file, coalesce(source_sheet, '') AS sheet, town_id, strftime(period_start, '%Y-%m') AS start,
              count(*)::INTEGER AS n
       FROM ${pq(out1, "reports.parquet")} GROUP BY ALL`,
    );
    const got = rows
      .map((r) =>
        [r["source_file"], r["sheet"], r["town_id"], r["start"], r["n"]].map(String).join("|"),
      )
      .sort();
    const startOf = (period: string): string => {
      const q = /^(\d{4})Q(\d)$/.exec(period);
      return q ? `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, "0")}` : period;
    };
    const expected = truth.files
      .filter((f) => f.accepted_rows > 0)
      .map((f) =>
        [f.source_file, f.source_sheet, f.town_id, startOf(f.period ?? ""), f.accepted_rows]
          .map(String)
          .join("|"),
      )
      .sort();
    expect(got).toEqual(expected);
  });

  it("gives each factory one stable id across periods, its credit code when known", async () => {
    const rows = await query(
      `SELECT factory_id, town_id, name, credit_code, strftime(opened_on, '%Y-%m-%d') AS opened_on, strftime(certified_on, '%Y-%m-%d') AS certified_on, industry FROM ${pq(out1, "factories.parquet")}`,
    );
    expect(rows).toHaveLength(truth.factories.length);
    const byName = new Map(rows.map((r) => [`${String(r["town_id"])}|${String(r["name"])}`, r]));
    for (const f of truth.factories) {
      const row = byName.get(`${f.town_id}|${f.name}`);
      expect(row, f.name).toMatchObject({
        credit_code: f.credit_code,
        opened_on: f.opened_on,
        certified_on: f.certified_on,
        industry: f.industry,
      });
      if (f.credit_code) expect(row?.["factory_id"]).toBe(f.credit_code);
    }
  });

  it("rejects every planted bad row with the planted reason, on its sheet", () => {
    const has = (file: string, sheet: string, row: number | null, reason: string) =>
      rejects.some(
        (r) =>
          r["source_file"] === file &&
          r["reason"] === reason &&
          (row === null || (Number(r["source_row"]) === row && r["source_sheet"] === sheet)),
      );
    for (const p of truth.planted_rejects) {
      const rows = p.rows?.length ? p.rows : p.source_row > 0 ? [p.source_row] : [null];
      for (const row of rows)
        expect(
          has(p.source_file, p.source_sheet, row, p.reason),
          `${p.source_file}:${p.source_sheet}:${String(row)} ${p.reason}`,
        ).toBe(true);
    }
    // Messages name file, row and column, in Chinese and English.
    const bad = rejects.find((r) => r["reason"] === "bad_number");
    expect(bad?.["message"]).toMatch(/第 \d+ 行“.+”列：.+ \/ .+, row \d+, column ".+": /);
  });

  it("lets no planted personal data into any output", async () => {
    const strings = await Promise.all(
      ["reports", "factories", "towns", "targets"].map(async (t) =>
        JSON.stringify(
          await query(`SELECT * FROM ${pq(out1, `${t}.parquet`)}`),
          (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v),
        ),
      ),
    );
    const text = [
      ...strings,
      readFileSync(join(out1, "rejects.csv"), "utf8"),
      readFileSync(join(out1, "manifest.json"), "utf8"),
    ].join("\n");
    const planted = [
      ...truth.personal_data.names,
      ...truth.personal_data.phones,
      ...truth.personal_data.id_numbers,
    ];
    expect(planted.length).toBeGreaterThan(100);
    expect(planted.filter((p) => text.includes(p))).toEqual([]);
    // Any mobile-like or ID-like number standing on its own (hashes and ids are longer alphanumeric runs).
    expect(text.match(/(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g) ?? []).toEqual([]);
    expect(text.match(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g) ?? []).toEqual([]);
    expect(manifest.totals.personal_columns_dropped).toBeGreaterThan(0);
    expect(manifest.totals.personal_cells_dropped).toBeGreaterThan(0);
  });

  it("gives byte-identical outputs for the same inputs", () => {
    for (const file of readdirSync(out1))
      expect(readFileSync(join(out2, file)).equals(readFileSync(join(out1, file))), file).toBe(
        true,
      );
  });
});

describe("a third county added as data only", () => {
  it("normalizes its reports with no code change", async () => {
    const ref = mkdtempSync(join(tmpdir(), "cf-ref-"));
    cpSync(REFERENCE_DIR, ref, { recursive: true });
    const fixture = join(ROOT, "tests/fixtures/reference-third-county");
    cpSync(join(fixture, "counties/ziyang.json"), join(ref, "counties/ziyang.json"));
    cpSync(join(fixture, "policy"), join(ref, "policy"), { recursive: true });
    const raw = mkdtempSync(join(tmpdir(), "cf-raw-"));
    mkdirSync(join(raw, "ziyang"), { recursive: true });
    writeFileSync(
      join(raw, "ziyang", "蒿坪镇2019年5月.csv"),
      "紫阳县蒿坪镇社区工厂月报表,,,,,\r\n工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（万元）,工资总额\r\n蒿坪茶叶加工厂,30,12,20,15.5,60000\r\n",
    );
    const out = join(mkdtempSync(join(tmpdir(), "cf-out-")), "out");
    await runPipeline({ inDir: raw, outDir: out, referenceDir: ref });
    expect(
      await query(
        `SELECT county_id, town_id, town_name, employees, output_value_yuan, strftime(period_end, '%Y-%m-%d') AS e FROM '${join(out, "reports.parquet")}'`,
      ),
    ).toEqual([
      {
        county_id: "ziyang",
        town_id: "ziyang-haoping",
        town_name: "蒿坪镇",
        employees: 30,
        output_value_yuan: 155_000,
        e: "2019-05-31",
      },
    ]);
    const towns = await query(
      `SELECT DISTINCT county_id FROM '${join(out, "towns.parquet")}' ORDER BY 1`,
    );
    expect(towns.map((t) => t["county_id"])).toEqual(["hanyin", "pingli", "ziyang"]);
  });
});
