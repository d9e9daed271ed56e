import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { connectionRunner } from "../../../scripts/lib/node-runner";
import type { QueryRunner } from "../../../src/lib/figures/query-runner";
import {
  FACTORY_COLUMNS,
  REPORT_COLUMNS,
  TARGET_COLUMNS,
  TOWN_COLUMNS,
  type ColumnSpec,
  type FactoryOutputRow,
  type ReportOutputRow,
  type TargetOutputRow,
  type TownOutputRow,
} from "../../../src/lib/pipeline/output-schema";

/** Hand-made rows for the four tables, with the exact columns of output-schema.ts. */
export interface FixtureTables {
  reports: ReportOutputRow[];
  factories: FactoryOutputRow[];
  towns: TownOutputRow[];
  targets: TargetOutputRow[];
}

async function createTable(
  connection: DuckDBConnection,
  name: string,
  columns: readonly ColumnSpec[],
  rows: readonly object[],
): Promise<void> {
  const ddl = columns
    .map((c) => `"${c.name}" ${c.type}${c.nullable ? "" : " NOT NULL"}`)
    .join(", ");
  await connection.run(`CREATE TABLE ${name} (${ddl})`);
  if (rows.length === 0) return;
  const placeholders = columns.map((c, i) => `CAST($${i + 1} AS ${c.type})`).join(", ");
  const statement = await connection.prepare(`INSERT INTO ${name} VALUES (${placeholders})`);
  for (const row of rows) {
    const record = new Map(Object.entries(row));
    statement.clearBindings();
    columns.forEach((c, i) => {
      const v: unknown = record.get(c.name) ?? null;
      if (v === null) statement.bindNull(i + 1);
      else if (typeof v === "boolean") statement.bindBoolean(i + 1, v);
      else if (typeof v === "number") statement.bindDouble(i + 1, v);
      else statement.bindVarchar(i + 1, String(v));
    });
    await statement.run();
  }
}

/** An in-memory DuckDB holding the fixture as tables `reports`, `factories`, `towns`, `targets`. */
export async function fixtureRunner(
  tables: FixtureTables,
): Promise<{ runner: QueryRunner; connection: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await createTable(connection, "reports", REPORT_COLUMNS, tables.reports);
  await createTable(connection, "factories", FACTORY_COLUMNS, tables.factories);
  await createTable(connection, "towns", TOWN_COLUMNS, tables.towns);
  await createTable(connection, "targets", TARGET_COLUMNS, tables.targets);
  return {
    runner: connectionRunner(connection),
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export const town = (townId: string, name: string, countyId = "testc"): TownOutputRow => ({
  county_id: countyId,
  county_name: "测试县",
  town_id: townId,
  town_name: name,
  town_name_en: name,
  short_names: name.slice(0, -1),
  lat: 32,
  lon: 108,
});

export const factory = (
  id: string,
  townId: string,
  extra: Partial<FactoryOutputRow> = {},
): FactoryOutputRow => ({
  factory_id: id,
  county_id: "testc",
  town_id: townId,
  town_name: townId,
  name: `${id}厂`,
  community: null,
  industry: "plush_toys",
  industry_raw: null,
  opened_on: "2017-01-15",
  certified_on: null,
  leading: false,
  base_level: "none",
  credit_code: null,
  first_period_start: "2017-01-01",
  last_period_end: "2020-12-31",
  reports: 1,
  ...extra,
});

let row = 0;
/** A report for a month (`2018-06`) or quarter (`2018Q2`) period. */
export const report = (
  factoryId: string,
  townId: string,
  period: string,
  values: {
    employees: number;
    poor?: number;
    relocated?: number;
    output?: number;
    wages?: number;
    contracts?: number | null;
    months?: number | null;
  },
): ReportOutputRow => {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const year = Number((q ?? m)?.[1]);
  const firstMonth = q ? (Number(q[2]) - 1) * 3 + 1 : Number(m?.[2]);
  const lastMonth = q ? firstMonth + 2 : firstMonth;
  const end = new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
  row += 1;
  return {
    county_id: "testc",
    town_id: townId,
    town_name: townId,
    factory_id: factoryId,
    period_start: `${year}-${String(firstMonth).padStart(2, "0")}-01`,
    period_end: end,
    employees: values.employees,
    poor_workers: values.poor ?? 0,
    relocated_workers: values.relocated ?? 0,
    contracts_1y: values.contracts ?? null,
    output_value_yuan: values.output ?? 0,
    wages_yuan: values.wages ?? 0,
    source_file: `testc/${townId}/${period}.csv`,
    source_row: row,
    period_kind: q ? "quarter" : "month",
    months_operating: values.months ?? null,
    source_sheet: "",
  };
};
