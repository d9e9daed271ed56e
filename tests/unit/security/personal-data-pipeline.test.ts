import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REFERENCE_DIR } from "../../../scripts/lib/read-reference";
import { runPipeline } from "../../../scripts/lib/run-pipeline";
import type { Manifest } from "../../../src/lib/pipeline/manifest";
import { toHalfWidth } from "../../../src/lib/parse/to-half-width";
import { query } from "../../support/read-parquet";

// DATA-CONTRACT §4a end to end: every form of personal data, planted in cells, header labels, title
// and note rows, file and folder names, must be found in no output file, in any spelling.
const raw = mkdtempSync(join(tmpdir(), "cf-pii-raw-"));
const out = join(mkdtempSync(join(tmpdir(), "cf-pii-out-")), "out");
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(raw, path)), { recursive: true });
  writeFileSync(join(raw, path), text);
};

// Each planted value, by the class of §4a it stands for; names use characters no other text here has.
const PLANTED = {
  "mobile in a folder name": "13912345670",
  "name after 联系人 in a folder name": "韦璐",
  "mobile in a file name": "13812345678",
  "name after 联系人 in a file name": "郝婉",
  "e-mail in a file name": "chen.xiao@qq.com",
  "name after 经办人 in a file name": "陈晓",
  "ID in an ignored file's name": "61092619900101123X",
  "name after 法定代表人 in an ignored file's name": "邵岚",
  "mobile with +86 and spaces in a title row": "13712345678",
  "name after 填报人 in a title row": "覃倩",
  "spaced mobile in a factory name": "18612345678",
  "landline in a community": "09155212345",
  "name after 联系人 in a community": "韦娥",
  "e-mail in an industry": "wang.li@163.com",
  "ID that passes the credit-code check, in the credit-code column": "610926199001011236",
  "ID with x in the credit-code column": "61092619900101123x",
  "name typed into a number cell": "覃婷",
  "spaced ID in a number cell": "610926199001011234",
  "full-width +86 mobile in a date cell": "13712340000",
  "name after 经办 in a header label": "郝丽",
  "landline with a space in a header label": "09155212346",
  "name after 经办人 in a rejected cell": "范娟",
  "15-digit ID in a community": "610926900101123",
  "dotted mobile in a remark-like name": "13612345678",
  "name after 经办 in a note row": "谭珊",
  "landline in brackets in a note row": "09158421234",
  "15-digit ID in a note row": "610926900101124",
} as const;

const FOLDER = "pingli/城关镇（联系人韦璐 139-1234-5670）";
const HEADER =
  "工厂名称,统一社会信用代码,所在社区,行业,投产时间,用工人数,其中贫困劳动力,其中搬迁群众,产值（元）,工资总额（经办 郝丽 0915 5212346）,法定代表人,联系方式";

beforeAll(async () => {
  put(
    `${FOLDER}/城关镇2019-06报表（联系人郝婉13812345678）.csv`,
    [
      "平利县城关镇社区工厂统计月报表（填报人：覃倩 手机 +86 137 1234 5678）",
      HEADER,
      // accepted: personal data inside the factory name, community and industry; an ID as credit code
      "毛绒玩具社区工厂 186 1234 5678,610926199001011236,安置社区（联系人 韦娥 0915-5212345）,毛绒玩具 wang.li@163.com,2018-05-01,30,10,20,450000,180000,周杰,13000000001",
      // must stay: a business name holding a person's name, a valid credit code, dates and amounts
      "张三丰家庭工厂,91610926MA70ABC12T,城关社区,竹编,2017年6月12日,12,5,8,125000,60000,,",
      // rejected: personal data in number and date cells and in a cell of a column whose label has some
      "竹编社区工厂,,城关社区,竹编,2018-01-01,覃婷,1,1,1000,500,,",
      "香菇社区工厂,,城关社区,香菇,2018-01-01,10,610926 19900101 1234,1,1000,500,,",
      "茶叶社区工厂,,城关社区,茶叶,（＋８６）１３７１２３４００００,10,1,1,1000,500,,",
      "魔芋社区工厂,,城关社区,魔芋,2018-01-01,10,1,1,1000,五千问经办人范娟,,",
      "电子社区工厂,,老街 610926900101123,电子,2018-01-01,10,1,1,1000,500,,",
      "服装社区工厂（经理 136.1234.5678）,,城关社区,服装,2018-01-01,10,1,1,1000,500,,",
      "经办：谭珊  电话：(0915)8421234  身份证：610926900101124",
    ].join("\n"),
  );
  put(
    "pingli/城关镇2019-07报表（经办人 陈晓 chen.xiao@qq.com）.csv",
    `${HEADER}\n毛绒玩具社区工厂,61092619900101123x,安置社区,毛绒玩具,2018-05-01,31,10,20,450000,180000,,\n`,
  );
  put(`${FOLDER}/附件（法定代表人 邵岚 身份证 61092619900101123X）.pdf`, "%PDF-1.4");
  await runPipeline({ inDir: raw, outDir: out, referenceDir: REFERENCE_DIR, workers: 0 });
});

/** Every output file as text: Parquet read back with DuckDB, CSV and JSON as written. */
async function outputs(): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const file of readdirSync(out)) {
    const path = join(out, file);
    texts[file] = file.endsWith(".parquet")
      ? JSON.stringify(await query(`SELECT * FROM '${path}'`), (_, v: unknown) =>
          typeof v === "bigint" ? v.toString() : v,
        )
      : readFileSync(path, "utf8");
  }
  return texts;
}

/** The text as a reader would search it: half-width, lower case, digits joined across - . and spaces. */
const searchable = (text: string) =>
  toHalfWidth(text)
    .toLowerCase()
    .replace(/(?<=\d)[-\s.()]+(?=\d)/g, "");

describe("personal data planted in every form and place (DATA-CONTRACT §4a)", () => {
  // A number is found by any 10 of its digits in a row: a cut or rounded copy (610926199001011200) leaks too.
  const pieces = (value: string) => {
    const plain = searchable(value);
    if (!/^\d{11,}/.test(plain)) return [plain];
    return Array.from({ length: plain.length - 9 }, (_, i) => plain.slice(i, i + 10));
  };

  it.each(Object.entries(PLANTED))("%s: %s is in no output file", async (_, value) => {
    for (const [file, text] of Object.entries(await outputs()))
      for (const piece of pieces(value))
        expect(searchable(text), `${piece} of ${value} in ${file}`).not.toContain(piece);
  });

  it("keeps what is not personal: business names, credit codes, periods and the rest of file names", async () => {
    const factories = await query(
      `SELECT factory_id, name, credit_code FROM '${join(out, "factories.parquet")}'`,
    );
    expect(factories).toContainEqual({
      factory_id: "91610926MA70ABC12T",
      name: "张三丰家庭工厂",
      credit_code: "91610926MA70ABC12T",
    });
    const kept = await query(
      `SELECT strftime(f.opened_on, '%Y-%m-%d') AS opened_on, r.employees, r.output_value_yuan, r.wages_yuan
       FROM '${join(out, "reports.parquet")}' r JOIN '${join(out, "factories.parquet")}' f USING (factory_id)
       WHERE f.name = '张三丰家庭工厂'`,
    );
    expect(kept).toEqual([
      { opened_on: "2017-06-12", employees: 12, output_value_yuan: 125000, wages_yuan: 60000 },
    ]);
    const reports = await query(
      `SELECT DISTINCT source_file, strftime(period_start, '%Y-%m') AS period FROM '${join(out, "reports.parquet")}' ORDER BY 1`,
    );
    expect(reports.map((r) => r["period"])).toEqual(["2019-07", "2019-06"]);
    expect(reports.map((r) => r["source_file"])).toEqual([
      "pingli/城关镇2019-07报表（经办人 ＊＊ ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊）.csv",
      "pingli/城关镇（联系人＊＊ ＊＊＊＊＊＊＊＊＊＊＊＊＊）/城关镇2019-06报表（联系人＊＊＊＊＊＊＊＊＊＊＊＊＊）.csv",
    ]);
  });

  it("identifies a factory whose credit-code cell holds an ID number as if no code were given", async () => {
    const ids = await query(
      `SELECT factory_id, credit_code FROM '${join(out, "factories.parquet")}' WHERE name LIKE '毛绒玩具%'`,
    );
    expect(ids).toHaveLength(2);
    for (const row of ids) {
      expect(row["credit_code"]).toBeNull();
      expect(String(row["factory_id"])).toMatch(/^pingli-chengguan-[0-9a-f]{16}$/);
    }
  });

  it("quotes no rejected cell that held personal data or a name, and counts what it replaced", async () => {
    const rejects = readFileSync(join(out, "rejects.csv"), "utf8");
    expect(rejects).toContain("不是");
    // A cell is quoted as “…”不是…: none held anything that had to be replaced.
    expect(rejects).not.toMatch(/“[^”]*＊[^”]*”(?:不是|$)/m);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.totals.credit_codes_dropped).toBe(2);
    expect(manifest.totals.personal_values_replaced).toBeGreaterThanOrEqual(8);
    expect(manifest.ignored_files.map((f) => f.path)).toEqual([
      "pingli/城关镇（联系人＊＊ ＊＊＊＊＊＊＊＊＊＊＊＊＊）/附件（法定代表人 ＊＊ 身份证 ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊）.pdf",
    ]);
  });
});
