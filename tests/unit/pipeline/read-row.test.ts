import { describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { findHeader } from "../../../src/lib/parse/map-headers";
import { parsePeriod } from "../../../src/lib/parse/parse-period";
import { createRowReader } from "../../../src/lib/pipeline/read-row";
import { findCounty } from "../../../src/lib/reference/parse-reference";

const reference = await readReference();
const pingli = findCounty(reference, "pingli");
if (!pingli) throw new Error("the reference data has no pingli");

// 用工\n人数 and 用 工 人 数: header words broken by line breaks or spaces (DATA-CONTRACT §6).
const HEADER = [
  "工厂名称",
  "所在镇",
  "用工\n人数",
  "其中贫困 劳动力",
  "其中搬迁群众",
  "签订一年以上劳动合同人数",
  "产值\n（万元）",
  "工资总额（元）",
  "认定时间",
];
const header = findHeader([HEADER]);
if (!header) throw new Error("the test header is not found");
const read = createRowReader(header.columns, {
  county: pingli,
  industries: reference.industries,
  filePeriod: parsePeriod("2019年7月"),
  fileTown: "pingli-laoxian",
});
const GOOD = ["老县毛绒玩具厂", "老县镇", "52", "20", "31", "10", "12.5", "60000", "2018-05-01"];
/** The good row with one column replaced. */
const withCell = (label: string, value: string) => {
  const cells = [...GOOD];
  cells[HEADER.indexOf(label)] = value;
  return cells;
};

describe("createRowReader", () => {
  it("maps header words broken by line breaks and spaces, with the unit of 产值\\n（万元）", () => {
    const result = read(GOOD);
    expect(result).toMatchObject({
      ok: true,
      row: {
        town_id: "pingli-laoxian",
        employees: 52,
        poor_workers: 20,
        contracts_1y: 10,
        output_value_yuan: 125_000,
        wages_yuan: 60_000,
        certified_on: "2018-05-01",
      },
    });
  });

  // Placeholders are no value: never zero (the bug: — in 用工人数 was read as 0 employees).
  it.each(["—", "——", "-", "－", "/", "／", "无", "空", " — "])(
    "rejects the placeholder %j in the required 用工人数 as missing_required",
    (mark) => {
      expect(read(withCell("用工\n人数", mark))).toMatchObject({
        ok: false,
        problem: { reason: "missing_required", column: "用工人数" },
      });
    },
  );

  it.each<[string, string, string, null]>([
    ["签订一年以上劳动合同人数", "—", "contracts_1y", null],
    ["签订一年以上劳动合同人数", "无", "contracts_1y", null],
    ["认定时间", "／", "certified_on", null],
    ["认定时间", "空", "certified_on", null],
  ])("reads the placeholder in the optional %s (%j) as NULL", (label, mark, field, value) => {
    const result = read(withCell(label, mark));
    expect(result.ok && result.row[field as "contracts_1y" | "certified_on"]).toBe(value);
  });

  it.each<[string, string, string]>([
    ["45（含临时工3人）", "用工\n人数", "bad_number"],
    ["约45", "用工\n人数", "bad_number"],
    ["45左右", "用工\n人数", "bad_number"],
    ["(1,234)", "工资总额（元）", "negative"],
    ["（1234）", "工资总额（元）", "negative"],
    ["(12)", "用工\n人数", "negative"],
    ["-5", "用工\n人数", "negative"],
  ])("rejects %j as %s", (cell, label, reason) => {
    expect(read(withCell(label, cell))).toMatchObject({ ok: false, problem: { reason } });
  });

  it.each(["老县镇人民政府", "老县镇政府", "老县镇政府办", "老县", "老县镇"])(
    "resolves the town cell %j to 老县镇",
    (town) => {
      const result = read(withCell("所在镇", town));
      expect(result.ok && result.row.town_id).toBe("pingli-laoxian");
    },
  );

  it("rejects a town of another county as unknown_town, naming the cell", () => {
    expect(read(withCell("所在镇", "涧池镇"))).toMatchObject({
      ok: false,
      problem: { reason: "unknown_town", column: "所在镇" },
    });
  });

  it("rejects more poor workers than employees as inconsistent", () => {
    expect(read(withCell("其中贫困 劳动力", "60"))).toMatchObject({
      ok: false,
      problem: { reason: "inconsistent" },
    });
  });
});
