import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleInDuckDb } from "../../../scripts/lib/assemble-in-duckdb";
import { loadStaged, openWriter } from "../../../scripts/lib/write-parquet";
import type { ParsedRow } from "../../../src/lib/pipeline/report-row";
import { stableHash } from "../../../src/lib/pipeline/stable-hash";
import { createStagedCsv } from "../../../src/lib/pipeline/staged-rows";
import { query } from "../../support/read-parquet";

/** The cross-file steps as the pipeline runs them: rows staged as CSV, loaded into DuckDB, the assemble SQL. */
async function assemble(rows: ParsedRow[]) {
  const dir = mkdtempSync(join(tmpdir(), "cf-assemble-"));
  const paths = {
    reports: join(dir, "reports.parquet"),
    factories: join(dir, "factories.parquet"),
  };
  const writer = await openWriter();
  try {
    const staging = join(dir, "staged.csv");
    writeFileSync(staging, createStagedCsv()(rows));
    await loadStaged(writer.connection, staging);
    const result = await assembleInDuckDb(writer.connection, paths);
    const asText =
      "CAST(first_period_start AS VARCHAR) AS first_period_start, CAST(last_period_end AS VARCHAR) AS last_period_end, CAST(certified_on AS VARCHAR) AS certified_on";
    return {
      rejects: result.superseded,
      reports: await query(`SELECT * FROM '${paths.reports}'`),
      factories: await query(`SELECT * REPLACE (${asText}) FROM '${paths.factories}'`),
    };
  } finally {
    writer.close();
  }
}

const row = (over: Partial<ParsedRow>): ParsedRow => ({
  county_id: "pingli",
  town_id: "pingli-chengguan",
  town_name: "城关镇",
  credit_code: null,
  name_key: "甲厂",
  name: "甲厂",
  community: null,
  industry: "other",
  industry_raw: null,
  opened_on: null,
  certified_on: null,
  leading: false,
  base_level: "none",
  period: { kind: "month", start: "2018-06-01", end: "2018-06-30", label: "2018-06" },
  employees: 10,
  poor_workers: 3,
  relocated_workers: 5,
  contracts_1y: null,
  output_value_yuan: 1000,
  wages_yuan: 500,
  months_operating: null,
  source_file: "pingli/城关镇/2018-06.csv",
  source_row: 4,
  source_sheet: "",
  ...over,
});

describe("assemble: the cross-file steps, in DuckDB", () => {
  it("keeps the resubmission that sorts later by file name and rejects the other as superseded", async () => {
    const first = row({ employees: 10 });
    const fix = row({
      employees: 12,
      source_file: "pingli/城关镇/2018-06_更正.csv",
      source_row: 3,
    });
    const { reports, rejects } = await assemble([fix, first]);
    expect(reports.map((r) => [r["source_file"], r["employees"]])).toEqual([
      ["pingli/城关镇/2018-06_更正.csv", 12],
    ]);
    expect(rejects).toMatchObject([
      { source_file: "pingli/城关镇/2018-06.csv", source_row: 4, reason: "superseded", column: "" },
    ]);
    expect(rejects[0]?.message).toContain("2018-06_更正.csv");
  });

  it("gives a factory its credit code as id in every period once any report carries it", async () => {
    const june = row({});
    const july = row({
      credit_code: "91610926MA70ABCD1X",
      period: { kind: "month", start: "2018-07-01", end: "2018-07-31", label: "2018-07" },
      source_file: "pingli/城关镇/2018-07.csv",
    });
    const { reports, factories } = await assemble([june, july]);
    expect(new Set(reports.map((r) => r["factory_id"]))).toEqual(new Set(["91610926MA70ABCD1X"]));
    expect(factories).toMatchObject([
      {
        factory_id: "91610926MA70ABCD1X",
        reports: 2,
        first_period_start: "2018-06-01",
        last_period_end: "2018-07-31",
      },
    ]);
  });

  it("without a credit code, ids come from county, town and normalized name, and differ between towns", async () => {
    const a = row({});
    const b = row({
      town_id: "pingli-laoxian",
      town_name: "老县镇",
      source_file: "pingli/老县镇/2018-06.csv",
    });
    const ids = (await assemble([a, b])).reports.map((r) => String(r["factory_id"])).sort();
    expect(ids).toEqual([
      `pingli-chengguan-${stableHash("甲厂")}`,
      `pingli-laoxian-${stableHash("甲厂")}`,
    ]);
  });

  it("takes a factory's certification date from the latest report that gives it", async () => {
    const early = row({ certified_on: "2018-03-01" });
    const later = row({
      period: { kind: "month", start: "2018-07-01", end: "2018-07-31", label: "2018-07" },
      source_file: "pingli/城关镇/2018-07.csv",
    });
    expect((await assemble([early, later])).factories[0]?.["certified_on"]).toBe("2018-03-01");
  });
});

describe("assemble at a province's scale", () => {
  // Issue #13 finding 4: factories.parquet's arg_max aggregates ran out of the writer's 256 MB at 200,000
  // distinct factories (DuckDB spills a window's sort, not those aggregate states), failing the whole run.
  it("writes 200,000 distinct factories within the writer's memory limit", async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) =>
      row({
        name: `城关第${i}号社区工厂`,
        name_key: `城关第${i}号社区工厂`,
        community: i % 3 === 0 ? null : `社区${i % 50}`,
        source_row: i + 3,
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), "cf-assemble-big-"));
    const writer = await openWriter();
    try {
      writeFileSync(join(dir, "staged.csv"), createStagedCsv()(rows));
      await loadStaged(writer.connection, join(dir, "staged.csv"));
      await assembleInDuckDb(writer.connection, {
        reports: join(dir, "reports.parquet"),
        factories: join(dir, "factories.parquet"),
      });
      const [count] = await query(`SELECT count(*)::INTEGER AS n FROM '${dir}/factories.parquet'`);
      expect(count?.["n"]).toBe(200_000);
    } finally {
      writer.close();
    }
  }, 120_000);
});

describe("staging CSV", () => {
  it("round-trips every column, quotes, commas and empty text through DuckDB", async () => {
    const tricky = row({
      name: 'A, "B" 厂',
      name_key: "a,b",
      community: "",
      industry_raw: "line\nbreak",
      contracts_1y: 7,
      output_value_yuan: 1234.56,
    });
    const dir = mkdtempSync(join(tmpdir(), "cf-staged-"));
    writeFileSync(join(dir, "s.csv"), createStagedCsv()([tricky]));
    const writer = await openWriter();
    try {
      await loadStaged(writer.connection, join(dir, "s.csv"));
      const got = (
        await writer.connection.runAndReadAll(
          "SELECT name, name_key, community, industry_raw, contracts_1y, output_value_yuan, credit_code, CAST(period_end AS VARCHAR) AS period_end FROM staged",
        )
      ).getRowObjectsJS();
      expect(got).toEqual([
        {
          name: 'A, "B" 厂',
          name_key: "a,b",
          community: "",
          industry_raw: "line\nbreak",
          contracts_1y: 7,
          output_value_yuan: 1234.56,
          credit_code: null,
          period_end: "2018-06-30",
        },
      ]);
    } finally {
      writer.close();
    }
  });
});

describe("stableHash", () => {
  it.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
  ])("FNV-1a 64 of %j is %s", (text, hash) => {
    expect(stableHash(text)).toBe(hash);
  });
});
