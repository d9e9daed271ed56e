import { utils, write } from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { checkStrings } from "../../../src/i18n/check-strings";
import { checkHtml } from "../../../src/lib/check/check-html";
import { checkView } from "../../../src/lib/check/check-view";
import { personalColumns } from "../../../src/lib/check/personal-columns";
import {
  parseReportFile,
  unreadable,
  type FileResult,
} from "../../../src/lib/pipeline/parse-report";
import type { Reference } from "../../../src/lib/reference/parse-reference";
import type { County } from "../../../src/lib/reference/schema";

let reference: Reference;
let pingli: County;
beforeAll(async () => {
  reference = await readReference();
  const found = reference.counties.find((c) => c.county_id === "pingli");
  if (!found) throw new Error("the reference data has no pingli");
  pingli = found;
});

const HEADER =
  "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（万元）,工资总额,行业,投产时间,联系电话";
const GOOD = "平利县甲社区工厂,40,12,20,50,300000,针织服装,2017-06-01,";
const POOR_TOO_MANY = "平利县乙社区工厂,10,12,5,20,100000,针织服装,2017-06-01,";

async function parse(name: string, lines: readonly string[]): Promise<FileResult> {
  return parseReportFile({
    path: `pingli/${name}`,
    bytes: new TextEncoder().encode(lines.join("\n")),
    countyId: "pingli",
    county: pingli,
    industries: reference.industries,
  });
}

describe("checkView", () => {
  it("is ready to send when every row is accepted, and names the town and period", async () => {
    const result = await parse("老县镇2019年7月.csv", [HEADER, GOOD]);
    const view = checkView(result, "老县镇2019年7月.csv", pingli, "zh-CN");
    expect(view).toMatchObject({ county: "平利县", accepted: 1, rejected: 0, problems: 0 });
    expect(view.sheets).toHaveLength(1);
    expect(view.sheets[0]).toMatchObject({ name: "", towns: ["老县镇"], periods: ["2019-07"] });
    expect(view.sheets[0]?.rows[0]).toMatchObject({ employees: 40, output_value_yuan: 500_000 });
    expect(checkView(result, "x.csv", pingli, "en").sheets[0]?.towns).toEqual(["Laoxian"]);
  });

  it.each([
    { what: "a rejected row", lines: [HEADER, GOOD, POOR_TOO_MANY], problems: 1, accepted: 1 },
    {
      what: "no header at all",
      lines: ["填表说明", "请于每月5日前报送"],
      problems: 2,
      accepted: 0,
    },
    { what: "a header and no rows", lines: [HEADER], problems: 1, accepted: 0 },
  ])("counts what to fix: $what", async ({ lines, problems, accepted }) => {
    const view = checkView(await parse("老县镇2019年7月.csv", lines), "f.csv", pingli, "zh-CN");
    expect(view.problems).toBe(problems);
    expect(view.accepted).toBe(accepted);
  });

  it("counts an unreadable file as one thing to fix", () => {
    const view = checkView(unreadable("pingli/a.xlsx", "坏 / bad"), "a.xlsx", pingli, "zh-CN");
    expect(view).toMatchObject({ problems: 1, error: "坏 / bad", sheets: [] });
  });

  it("names the personal-data columns it drops, never their values", async () => {
    const lines = [
      HEADER.replace("行业", "负责人"),
      GOOD.replace(/,针织服装,/, ",张三,").replace(/,$/, ",13912345678"),
    ];
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const result = await parse("老县镇2019年7月.csv", lines);
    const labels = await personalColumns("老县镇2019年7月.csv", bytes);
    expect(labels).toEqual(new Map([["", ["负责人", "联系电话"]]]));
    const view = checkView(result, "f.csv", pingli, "zh-CN", labels);
    expect(view.personal).toEqual({ columns: 2, cells: 2, labels: ["负责人", "联系电话"] });
    const html = checkHtml(view, checkStrings("zh-CN"), "zh-CN").markup;
    expect(html).not.toMatch(/13912345678|张三/);
    expect(html).toContain("2 个个人信息列（“负责人”、“联系电话”）");
  });

  it("masks personal data in the file name as the pipeline does", async () => {
    const name = "老县镇2019年7月 联系电话13912345678.csv";
    const view = checkView(await parse(name, [HEADER, GOOD]), name, pingli, "zh-CN");
    expect(view.file).not.toContain("13912345678");
  });
});

describe("checkView of a workbook", () => {
  /** A quarter-named workbook: an instructions sheet, then one sheet per month, one of them with a reject. */
  async function quarterWorkbook(): Promise<FileResult> {
    const book = utils.book_new();
    const sheet = (lines: readonly string[]) => utils.aoa_to_sheet(lines.map((l) => l.split(",")));
    utils.book_append_sheet(book, sheet(["填表说明", "每月5日前报送"]), "填表说明");
    utils.book_append_sheet(book, sheet([HEADER, GOOD]), "7月");
    utils.book_append_sheet(book, sheet([HEADER, GOOD, POOR_TOO_MANY]), "8月");
    const bytes = new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    return parseReportFile({
      path: "pingli/老县镇2019年三季度.xlsx",
      bytes,
      countyId: "pingli",
      county: pingli,
      industries: reference.industries,
    });
  }

  it("shows each sheet with its own period, its rows and rejects, and the sheet skipped whole", async () => {
    const view = checkView(await quarterWorkbook(), "老县镇2019年三季度.xlsx", pingli, "zh-CN");
    expect(
      view.sheets.map((s) => [s.name, s.skipped_whole, s.periods, s.accepted, s.rejected]),
    ).toEqual([
      ["填表说明", "no_header", [], 0, 0],
      ["7月", null, ["2019-07"], 1, 0],
      ["8月", null, ["2019-08"], 1, 1],
    ]);
    expect(view.sheets[2]?.rejects.map((r) => r.reason)).toEqual(["inconsistent"]);
    expect(view.problems).toBe(1);
    const html = checkHtml(view, checkStrings("zh-CN"), "zh-CN").markup;
    expect(html).toContain('data-sheet="填表说明" data-rows-read="2" data-accepted="0"');
    expect(html).toContain("工作表“8月”");
    expect(html).toContain("3 张（1 张整张跳过）");
  });
});

describe("checkHtml", () => {
  it("says 可以报送 or 需修改 N 处 on one line and keeps the counts for tests", async () => {
    const c = checkStrings("zh-CN");
    const ok = checkView(
      await parse("老县镇2019年7月.csv", [HEADER, GOOD]),
      "a.csv",
      pingli,
      "zh-CN",
    );
    expect(checkHtml(ok, c, "zh-CN").markup).toMatch(/data-verdict="ok"[\s\S]*✓<\/span> 可以报送/);
    const lines = [HEADER, GOOD, POOR_TOO_MANY];
    const fix = checkView(await parse("老县镇2019年7月.csv", lines), "b.csv", pingli, "zh-CN");
    const html = checkHtml(fix, c, "zh-CN").markup;
    expect(html).toMatch(/data-verdict="fix"[\s\S]*✗<\/span> 需修改 1 处/);
    expect(html).toContain('data-reason="inconsistent"');
    expect(html).toContain('data-rows-read="3"');
  });

  it("escapes what comes from the file", async () => {
    const lines = [HEADER, GOOD.replace("平利县甲社区工厂", "<img src=x onerror=alert(1)>工厂")];
    const name = '<b>"老县镇2019年7月".csv';
    const view = checkView(await parse("老县镇2019年7月.csv", lines), name, pingli, "en");
    const html = checkHtml(view, checkStrings("en"), "en").markup;
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
