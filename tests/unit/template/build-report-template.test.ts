import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { matchFieldExactly } from "../../../src/lib/parse/match-field";
import { parseReportFile } from "../../../src/lib/pipeline/parse-report";
import type { Reference } from "../../../src/lib/reference/parse-reference";
import type { County } from "../../../src/lib/reference/schema";
import { creditCheckChar } from "../../../src/lib/parse/credit-code";
import { createRng } from "../../../scripts/lib/samples/prng";
import {
  buildReportTemplate,
  TEMPLATE_LAYOUT as L,
} from "../../../src/lib/template/build-report-template";
import { templateFileName } from "../../../src/lib/template/template-file-name";
import { BASE_LEVELS, TEMPLATE_COLUMNS } from "../../../src/lib/template/template-columns";

const SITE = "https://example.org";
let reference: Reference;
beforeAll(async () => {
  reference = await readReference();
});

const countyOf = (id: string): County => {
  const county = reference.counties.find((c) => c.county_id === id);
  if (!county) throw new Error(`no county ${id}`);
  return county;
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

const reportSheet = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(L.sheetName);
  if (!sheet) throw new Error("no report sheet");
  return sheet;
};

const BASE_LEVEL_CODES = { 省级: "province", 市级: "city", 县级: "county", 无: "none" } as const;

/** A factory row as a clerk fills it in, from a seeded random source. */
interface FilledRow {
  name: string;
  credit: string | null;
  community: string;
  industry: { name: string; code: string };
  opened: string;
  certified: string | null;
  leading: boolean;
  base: (typeof BASE_LEVELS)[number];
  employees: number;
  poor: number;
  relocated: number;
  contracts: number;
  output: number;
  wages: number;
  months: number;
}

function generatedRows(
  county: County,
  industries: Reference["industries"],
  n: number,
): FilledRow[] {
  const rng = createRng(20170415, `template ${county.county_id}`);
  const iso = (y: number, m: number, d: number): string =>
    `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return Array.from({ length: n }, (_, i) => {
    const employees = rng.int(5, 150);
    const poor = rng.int(0, employees);
    const code = `9${rng.pick(["1", "2", "3"])}${county.division_code}MA${String(rng.int(0, 9_999_999)).padStart(7, "0")}`;
    const industry = rng.pick(industries.filter((x) => x.code !== "other"));
    const openedYear = rng.int(2015, 2020);
    return {
      name: `${county.short_names[0] ?? ""}模板测试第${i + 1}车间`,
      credit: rng.chance(0.5) ? code + creditCheckChar(code) : null,
      community: rng.pick(["幸福社区", "新城安置点", "月河社区"]),
      industry: { name: industry.name, code: industry.code },
      opened: iso(openedYear, rng.int(1, 12), rng.int(1, 28)),
      certified: rng.chance(0.7) ? iso(openedYear + 1, rng.int(1, 12), rng.int(1, 28)) : null,
      leading: rng.chance(0.2),
      base: rng.pick(BASE_LEVELS),
      employees,
      poor,
      relocated: rng.int(0, employees),
      contracts: rng.int(0, employees),
      output: rng.int(10_000, 2_000_000),
      wages: rng.int(5_000, 900_000),
      months: rng.int(1, 6),
    };
  });
}

function fill(sheet: ExcelJS.Worksheet, townName: string, period: string, rows: FilledRow[]): void {
  sheet.getCell(L.townCell).value = townName;
  sheet.getCell(L.periodCell).value = period;
  const date = (iso: string | null): Date | null =>
    iso === null ? null : new Date(`${iso}T00:00:00Z`);
  rows.forEach((r, i) => {
    const values: Record<string, ExcelJS.CellValue> = {
      factory_name: r.name,
      credit_code: r.credit,
      community: r.community,
      industry: r.industry.name,
      opened_on: date(r.opened),
      certified_on: date(r.certified),
      leading: r.leading ? "是" : "否",
      base_level: r.base,
      employees: r.employees,
      poor_workers: r.poor,
      relocated_workers: r.relocated,
      contracts_1y: r.contracts,
      output_value: r.output,
      wages: r.wages,
      months_operating: r.months,
    };
    TEMPLATE_COLUMNS.forEach((col, j) => {
      sheet.getCell(L.firstDataRow + i, j + 1).value = values[col.field] ?? null;
    });
  });
}

describe.each(["hanyin", "pingli"])("the %s report template", (countyId) => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await buildReportTemplate(countyOf(countyId), reference.industries, { siteUrl: SITE });
    workbook = await load(bytes);
  });

  it("is the same bytes every time", async () => {
    await new Promise((r) => setTimeout(r, 2100)); // zip times have 2-second resolution
    const again = await buildReportTemplate(countyOf(countyId), reference.industries, {
      siteUrl: SITE,
    });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("opens with 填表说明: what to fill, by when, one file per town and period, no personal data, the checker", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["填表说明", "报表"]);
    const text: string[] = [];
    workbook.getWorksheet("填表说明")?.eachRow((row) => text.push(String(row.getCell(1).value)));
    const all = text.join("\n");
    expect(all).toContain(countyOf(countyId).name);
    for (const words of ["日前报送", "一个镇", "报告期", "姓名", "电话号码", "身份证号码"])
      expect(all, words).toContain(words);
    expect(all).toContain(`${SITE}/check/`);
  });

  it("has the contract's canonical headers, each read as its own field", () => {
    const sheet = reportSheet(workbook);
    const headers = TEMPLATE_COLUMNS.map((_, j) => String(sheet.getCell(L.headerRow, j + 1).value));
    expect(headers.map((h) => matchFieldExactly(h))).toEqual(TEMPLATE_COLUMNS.map((c) => c.field));
    expect(headers).toContain("产值（元）");
    expect(headers).toContain("用工人数（人）");
  });

  it("offers dropdowns and number rules on the data cells and the town cell", () => {
    const sheet = reportSheet(workbook);
    const county = countyOf(countyId);
    const rule = (field: string, row = L.firstDataRow + 57): ExcelJS.DataValidation | undefined =>
      sheet.getCell(row, TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1).dataValidation;
    expect(sheet.getCell(L.townCell).dataValidation.formulae).toEqual([
      `"${county.towns.map((t) => t.name).join(",")}"`,
    ]);
    expect(rule("industry")?.formulae).toEqual([
      `"${reference.industries.map((i) => i.name).join(",")}"`,
    ]);
    expect(rule("leading")?.formulae).toEqual(['"是,否"']);
    expect(rule("base_level")?.formulae).toEqual(['"省级,市级,县级,无"']);
    for (const field of ["employees", "poor_workers", "relocated_workers", "contracts_1y"])
      expect(rule(field), field).toMatchObject({
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
      });
    expect(rule("opened_on")).toMatchObject({ type: "date" });
    expect(rule("certified_on")).toMatchObject({ type: "date", allowBlank: true });
    expect(rule("output_value")).toMatchObject({ type: "decimal" });
    expect(sheet.getCell(L.firstDataRow, 5).numFmt).toBe("yyyy-mm-dd");
  });

  it("protects the header row and leaves the cells below it, the town and the period open", () => {
    const sheet = reportSheet(workbook);
    const xml = Buffer.from(bytes).toString("latin1");
    expect(xml.length).toBeGreaterThan(0);
    expect(sheet.getCell(L.headerRow, 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(L.titleRow, 1).protection?.locked).not.toBe(false);
    for (const address of [L.townCell, L.periodCell, "A4", "O203"])
      expect(sheet.getCell(address).protection?.locked, address).toBe(false);
  });

  it("has a Chinese download name", () => {
    expect(templateFileName(countyOf(countyId))).toBe(
      `${countyOf(countyId).name}社区工厂报表模板.xlsx`,
    );
  });

  // The round trip of issue 12 §2: what a clerk writes into the template is exactly what the pipeline reads.
  it.each([
    ["2020年6月", "2020-06-01", "2020-06-30"],
    ["2019年第三季度", "2019-07-01", "2019-09-30"],
  ])(
    "filled with generated rows for %s, parses with no reject and the values written",
    async (period, start, end) => {
      const county = countyOf(countyId);
      const town = county.towns[county.towns.length - 1];
      if (!town) throw new Error("no town");
      const rows = generatedRows(county, reference.industries, 25);
      const filled = await load(bytes);
      fill(reportSheet(filled), town.name, period, rows);
      const result = await parseReportFile({
        // No town or period in the name: both must come from the template's cells.
        path: `${countyId}/报表.xlsx`,
        bytes: new Uint8Array(await filled.xlsx.writeBuffer()),
        countyId,
        county,
        industries: reference.industries,
      });
      expect(result.rejects).toEqual([]);
      expect(result.rows.map((r) => r.source_row)).toEqual(rows.map((_, i) => L.firstDataRow + i));
      expect(
        result.rows.map((r) => ({
          town: r.town_id,
          start: r.period.start,
          end: r.period.end,
          name: r.name,
          credit: r.credit_code,
          community: r.community,
          industry: r.industry,
          opened: r.opened_on,
          certified: r.certified_on,
          leading: r.leading,
          base: r.base_level,
          employees: r.employees,
          poor: r.poor_workers,
          relocated: r.relocated_workers,
          contracts: r.contracts_1y,
          output: r.output_value_yuan,
          wages: r.wages_yuan,
          months: r.months_operating,
        })),
      ).toEqual(
        rows.map((r) => ({
          town: town.town_id,
          start,
          end,
          name: r.name,
          credit: r.credit,
          community: r.community,
          industry: r.industry.code,
          opened: r.opened,
          certified: r.certified,
          leading: r.leading,
          base: BASE_LEVEL_CODES[r.base],
          employees: r.employees,
          poor: r.poor,
          relocated: r.relocated,
          contracts: r.contracts,
          output: r.output,
          wages: r.wages,
          months: r.months,
        })),
      );
    },
  );
});
