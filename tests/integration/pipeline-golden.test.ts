import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../scripts/lib/run-pipeline";
import { REFERENCE_DIR } from "../../scripts/lib/read-reference";
import { encodeGb18030 } from "../../scripts/lib/samples/gb18030";
import { query } from "../support/read-parquet";

// Reports the generator never writes: other towns, other quirk combinations, written by hand here,
// with the rows they must give written out by hand too.
const raw = mkdtempSync(join(tmpdir(), "cf-golden-raw-"));
const out = join(mkdtempSync(join(tmpdir(), "cf-golden-out-")), "out");
const put = (path: string, bytes: Uint8Array | string) => {
  mkdirSync(dirname(join(raw, path)), { recursive: true });
  writeFileSync(join(raw, path), bytes);
};

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["汉阴县双河口镇社区工厂统计表"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["统计期：2019年第三季度"]);
  ws.addRow([
    "工厂名称",
    "镇（街道）",
    "用工情况",
    null,
    null,
    "产值(亿元)",
    "工资总额（万元）",
    "法人代表",
    "投产时间",
  ]);
  ws.mergeCells("C3:E3");
  ws.addRow([null, null, "用工人数", "其中贫困劳动力", "其中搬迁群众", null, null, null, null]);
  ws.addRow([
    "双河口竹编社区工厂",
    "双河口",
    { formula: "10+15", result: 25 },
    9,
    20,
    0.015,
    12.5,
    "王五",
    new Date(Date.UTC(2018, 4, 20)),
  ]);
  ws.addRow(["漩涡茶叶社区工厂", "漩涡", 18, 5, 11, 0.0062, 6.1, "赵六", 43101]);
  ws.addRow(["合计", null, { formula: "SUM(C5:C6)", result: 43 }, 14, 31, 0.0212, 18.6]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  // GB18030, a period column per row, 1.2亿-style cell units, full-width digits, Excel serial dates, short town names.
  put(
    "pingli/上报/镇报表.csv",
    encodeGb18030(
      [
        "平利县社区工厂统计报表",
        "填报单位：八仙镇人民政府",
        "月份,社区工厂名称,所属镇,主营产品,投产日期,认定日期,龙头企业,基地级别,就业人数,贫困劳动力,搬迁群众,签订一年以上劳动合同人数,本期产值,发放工资,负责人,联系电话",
        '2019年5月,八仙针织社区工厂,八仙,针织毛衣,42898,2018.3,Y,省级,４２,１５,30,12,0.012亿,"63,000元",刘大壮,13912345678',
        "2019年5月,八仙线束车间,八仙镇,汽车线束,2019/1/8,,N,无,25,10,18,,8.5万,37500,陈小花,13800001111",
        "",
        "小计,,,,,,,,67,25,48,12,2050000,100500,,",
        "审核人：李四  联系电话：0915-8421234",
      ].join("\r\n"),
    ),
  );
  // UTF-8 with BOM, town and period only in the file name, a row that is wrong twice (first reason wins).
  put(
    "hanyin/铁佛寺镇_2020Q1.csv",
    "\uFEFF工厂名称,统一社会信用代码,所在社区,行业,投产时间,用工人数,其中贫困劳动力,其中搬迁群众,产值（元）,工资总额\n" +
      '铁佛寺毛绒玩具厂,91610921MA70ABCD1U,铁佛社区,毛绒玩具,2017年6月12日,30,12,22,"450,000","180,000"\n' +
      "坏数据厂,,铁佛社区,鞋袜,2017-02-30,-3,5,2,1000,500\n",
  );
  put("hanyin/双河口镇/2019Q3.xlsx", await workbook());
  await runPipeline({ inDir: raw, outDir: out, referenceDir: REFERENCE_DIR });
});

const reports = () =>
  query(
    `SELECT r.county_id, r.town_id, r.town_name, strftime(r.period_start, '%Y-%m-%d') AS ps, strftime(r.period_end, '%Y-%m-%d') AS pe,
            r.employees, r.poor_workers, r.relocated_workers, r.contracts_1y, r.output_value_yuan, r.wages_yuan, r.source_file, r.source_row,
            f.name, f.industry, f.industry_raw, strftime(f.opened_on, '%Y-%m-%d') AS opened_on, strftime(f.certified_on, '%Y-%m-%d') AS certified_on,
            f."leading", f.base_level, f.credit_code
     FROM '${join(out, "reports.parquet")}' r JOIN '${join(out, "factories.parquet")}' f USING (factory_id)
     ORDER BY r.source_file, r.source_row`,
  );

describe("reports the generator never wrote", () => {
  it("come out exact", async () => {
    expect(await reports()).toEqual([
      {
        county_id: "hanyin",
        town_id: "hanyin-shuanghekou",
        town_name: "双河口镇",
        ps: "2019-07-01",
        pe: "2019-09-30",
        employees: 25,
        poor_workers: 9,
        relocated_workers: 20,
        contracts_1y: null,
        output_value_yuan: 1_500_000,
        wages_yuan: 125_000,
        source_file: "hanyin/双河口镇/2019Q3.xlsx",
        source_row: 5,
        name: "双河口竹编社区工厂",
        industry: "handicrafts",
        industry_raw: null,
        opened_on: "2018-05-20",
        certified_on: null,
        leading: false,
        base_level: "none",
        credit_code: null,
      },
      {
        county_id: "hanyin",
        town_id: "hanyin-xuanwo",
        town_name: "漩涡镇",
        ps: "2019-07-01",
        pe: "2019-09-30",
        employees: 18,
        poor_workers: 5,
        relocated_workers: 11,
        contracts_1y: null,
        output_value_yuan: 620_000,
        wages_yuan: 61_000,
        source_file: "hanyin/双河口镇/2019Q3.xlsx",
        source_row: 6,
        name: "漩涡茶叶社区工厂",
        industry: "food_agri",
        industry_raw: null,
        opened_on: "2018-01-01",
        certified_on: null,
        leading: false,
        base_level: "none",
        credit_code: null,
      },
      {
        county_id: "hanyin",
        town_id: "hanyin-tiefosi",
        town_name: "铁佛寺镇",
        ps: "2020-01-01",
        pe: "2020-03-31",
        employees: 30,
        poor_workers: 12,
        relocated_workers: 22,
        contracts_1y: null,
        output_value_yuan: 450_000,
        wages_yuan: 180_000,
        source_file: "hanyin/铁佛寺镇_2020Q1.csv",
        source_row: 2,
        name: "铁佛寺毛绒玩具厂",
        industry: "plush_toys",
        industry_raw: "毛绒玩具",
        opened_on: "2017-06-12",
        certified_on: null,
        leading: false,
        base_level: "none",
        credit_code: "91610921MA70ABCD1U",
      },
      {
        county_id: "pingli",
        town_id: "pingli-baxian",
        town_name: "八仙镇",
        ps: "2019-05-01",
        pe: "2019-05-31",
        employees: 42,
        poor_workers: 15,
        relocated_workers: 30,
        contracts_1y: 12,
        output_value_yuan: 1_200_000,
        wages_yuan: 63_000,
        source_file: "pingli/上报/镇报表.csv",
        source_row: 4,
        name: "八仙针织社区工厂",
        industry: "knitting_garments",
        industry_raw: "针织毛衣",
        opened_on: "2017-06-12",
        certified_on: "2018-03-01",
        leading: true,
        base_level: "province",
        credit_code: null,
      },
      {
        county_id: "pingli",
        town_id: "pingli-baxian",
        town_name: "八仙镇",
        ps: "2019-05-01",
        pe: "2019-05-31",
        employees: 25,
        poor_workers: 10,
        relocated_workers: 18,
        contracts_1y: null,
        output_value_yuan: 85_000,
        wages_yuan: 37_500,
        source_file: "pingli/上报/镇报表.csv",
        source_row: 5,
        name: "八仙线束车间",
        industry: "wire_harness",
        industry_raw: "汽车线束",
        opened_on: "2019-01-08",
        certified_on: null,
        leading: false,
        base_level: "none",
        credit_code: null,
      },
    ]);
  });

  it("reject the bad row with its first problem, naming file, row and column", () => {
    const rejects = Papa.parse<Record<string, string>>(
      readFileSync(join(out, "rejects.csv"), "utf8").slice(1),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(
      rejects.map((r) => [r["source_file"], r["source_row"], r["column"], r["reason"]]),
    ).toEqual([["hanyin/铁佛寺镇_2020Q1.csv", "3", "投产时间", "bad_date"]]);
    expect(rejects[0]?.["message"]).toContain("hanyin/铁佛寺镇_2020Q1.csv 第 3 行“投产时间”列");
  });

  it("keep personal data out and count it", () => {
    const text =
      readFileSync(join(out, "manifest.json"), "utf8") +
      readFileSync(join(out, "rejects.csv"), "utf8");
    expect(text).not.toMatch(/刘大壮|陈小花|王五|赵六|13912345678|8421234/);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.totals).toMatchObject({
      files: 3,
      personal_columns_dropped: 3,
      rejected: 1,
      accepted: 5,
    });
    expect(manifest.synthetic).toBe(false);
  });
});
