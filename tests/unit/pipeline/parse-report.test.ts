import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import { MAX_LINE_CHARS, parseReportFile } from "../../../src/lib/pipeline/parse-report";
import { findCounty } from "../../../src/lib/reference/parse-reference";
import { encodeGb18030 } from "../../../scripts/lib/samples/gb18030";
import { declaredZip } from "../../support/declared-zip";

const reference = await readReference();
const pingli = findCounty(reference, "pingli");

type Cell = string | number | null;
interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges?: string[];
  ref?: string;
}

/** A workbook as a clerk saves it, written by SheetJS in the given format. */
function workbook(sheets: SheetSpec[], bookType: XLSX.BookType = "xlsx"): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) sheet["!merges"] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    if (spec.ref) sheet["!ref"] = spec.ref;
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

const parse = (path: string, bytes: Uint8Array) =>
  parseReportFile({
    path,
    bytes,
    countyId: path.slice(0, path.indexOf("/")),
    county: findCounty(reference, path.slice(0, path.indexOf("/"))) ?? pingli,
    industries: reference.industries,
  });

const HEADER = [
  "工厂名称",
  "用工人数",
  "其中贫困劳动力",
  "其中搬迁群众",
  "产值（元）",
  "工资总额（元）",
];
const REPORT: Cell[][] = [
  ["平利县老县镇社区工厂统计月报表"],
  HEADER,
  ["老县毛绒玩具厂", 52, 20, 31, 125000, 60000],
  ["老县针织厂", 30, 12, 18, 80000, 40000],
];

/** What the tests compare: each accepted row's factory, town, period, sheet and Excel row. */
const accepted = (r: Awaited<ReturnType<typeof parse>>) =>
  r.rows.map((row) => [
    row.name,
    row.town_id,
    row.period.label,
    row.employees,
    row.source_sheet,
    row.source_row,
  ]);

const rowsOf = (sheet: string, period: string, town = "pingli-laoxian") => [
  ["老县毛绒玩具厂", town, period, 52, sheet, 3],
  ["老县针织厂", town, period, 30, sheet, 4],
];

const csv = (rows: Cell[][], sep = ",") =>
  rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(sep)).join("\r\n");

/** What some web systems export as ".xls": an HTML table. */
const htmlTable = (rows: Cell[][]) =>
  new TextEncoder().encode(
    `<html><head><meta charset="utf-8"></head><body><table>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c ?? ""}</td>`).join("")}</tr>`)
      .join("")}</table></body></html>`,
  );

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return bytes;
}

describe("parseReportFile: every form a town saves (DATA-CONTRACT §6)", () => {
  const one = [{ name: "Sheet1", rows: REPORT }];
  it.each<[string, string, Uint8Array, string]>([
    [".xlsx", "pingli/老县镇/2019-07.xlsx", workbook(one), "Sheet1"],
    [".xlsm", "pingli/老县镇/2019-07.xlsm", workbook(one, "xlsm"), "Sheet1"],
    [".xls (Excel 97–2003)", "pingli/老县镇/2019-07.xls", workbook(one, "biff8"), "Sheet1"],
    [
      ".et (WPS, saved in the .xls form)",
      "pingli/老县镇/2019-07.et",
      workbook(one, "biff8"),
      "Sheet1",
    ],
    [".xlsx renamed .csv", "pingli/老县镇/2019-07.csv", workbook(one), "Sheet1"],
    ["an HTML table saved as .xls", "pingli/老县镇/2019-07.xls", htmlTable(REPORT), "Sheet1"],
    ["UTF-8 CSV", "pingli/老县镇/2019-07.csv", new TextEncoder().encode(csv(REPORT)), ""],
    ["GB18030 CSV", "pingli/老县镇/2019-07.csv", encodeGb18030(csv(REPORT)), ""],
    ["UTF-16 LE tab text", "pingli/老县镇/2019-07.txt", utf16(csv(REPORT, "\t"), false), ""],
    ["UTF-16 BE tab text", "pingli/老县镇/2019-07.txt", utf16(csv(REPORT, "\t"), true), ""],
    [
      "UTF-8 tab text",
      "pingli/老县镇/2019-07.txt",
      new TextEncoder().encode(csv(REPORT, "\t")),
      "",
    ],
  ])("reads %s", async (_form, path, bytes, sheet) => {
    const result = await parse(path, bytes);
    expect(result.error).toBeNull();
    expect(result.rejects).toEqual([]);
    expect(accepted(result)).toEqual(rowsOf(sheet, "2019-07"));
  });

  it("publishes a sheet named after a person with the personal data replaced (§4a)", async () => {
    const result = await parse(
      "pingli/老县镇/2019-07.xlsx",
      workbook([{ name: "联系人13812345678", rows: REPORT }]),
    );
    const sheet = "联系人＊＊＊＊＊＊＊＊＊＊＊";
    expect(accepted(result)).toEqual(rowsOf(sheet, "2019-07"));
    expect(result.sheets.map((s) => s.name)).toEqual([sheet]);
    expect(result.personal.replaced).toBe(1);
  });

  it("reads every sheet; a sheet without a header is skipped whole and listed", async () => {
    const notes: SheetSpec = {
      name: "填表说明",
      rows: [["填表说明"], ["1. 每个镇每月一份"], [null], ["2. 不要填写姓名、电话"]],
    };
    const result = await parse(
      "pingli/老县镇/老县镇2019年7月.xlsx",
      workbook([notes, { name: "报表", rows: REPORT }]),
    );
    expect(accepted(result)).toEqual(rowsOf("报表", "2019-07"));
    expect(result.sheets.map((s) => [s.name, s.skipped_whole, s.rows_read, s.skipped])).toEqual([
      ["填表说明", "no_header", 4, 4],
      ["报表", null, 4, 2],
    ]);
    expect(result.skipped).toMatchObject({ sheet: 3, blank: 1 });
    expect(result.rows_read).toBe(result.rows.length + result.rejects.length + 6);
  });

  it("rejects a workbook with no header on any sheet as no_header, naming the sheet", async () => {
    const result = await parse(
      "pingli/老县镇/通知.xlsx",
      workbook([
        { name: "通知", rows: [["关于召开会议的通知"], ["各镇："]] },
        { name: "名单", rows: [["姓名", "电话"]] },
      ]),
    );
    expect(result.rejects.map((r) => [r.source_sheet, r.source_row, r.reason])).toEqual([
      ["通知", 1, "no_header"],
      ["通知", 2, "no_header"],
      ["名单", 1, "no_header"],
    ]);
    expect(result.rejects[0]?.message).toContain("pingli/老县镇/通知.xlsx [通知] 第 1 行");
  });

  // The sheet's title rows, else its name, else the file name; a month sheet in a quarter workbook is a month.
  it.each<[string, string, string, Cell[][], string]>([
    ["quarter file, month sheet 7月", "老县镇2019年三季度.xlsx", "7月", REPORT, "2019-07"],
    ["quarter file, month sheet 七月", "老县镇2019年三季度.xlsx", "七月", REPORT, "2019-07"],
    ["quarter file, month sheet 9月份", "老县镇2019年三季度.xlsx", "9月份", REPORT, "2019-09"],
    ["sheet 2019年8月", "老县镇报表.xlsx", "2019年8月", REPORT, "2019-08"],
    ["sheet 2019.08", "老县镇报表.xlsx", "2019.08", REPORT, "2019-08"],
    ["sheet 201908", "老县镇报表.xlsx", "201908", REPORT, "2019-08"],
    [
      "sheet 8月, year from the title",
      "老县镇报表.xlsx",
      "8月",
      [["老县镇2019年社区工厂报表"], ...REPORT.slice(1)],
      "2019-08",
    ],
    [
      "title beats sheet name",
      "老县镇报表.xlsx",
      "2019年8月",
      [["老县镇（2019年9月）"], ...REPORT.slice(1)],
      "2019-09",
    ],
    [
      "quarter title, month sheet inside it",
      "老县镇.xlsx",
      "8月",
      [["老县镇2019年三季度"], ...REPORT.slice(1)],
      "2019-08",
    ],
    ["sheet name beats file name", "老县镇2019年6月.xlsx", "2019年8月", REPORT, "2019-08"],
    ["Sheet1 falls back to the file name", "老县镇2019年6月.xlsx", "Sheet1", REPORT, "2019-06"],
    ["quarter file, quarter sheet", "老县镇2019年三季度.xlsx", "Sheet1", REPORT, "2019-Q3"],
  ])("period: %s", async (_case, file, sheet, rows, period) => {
    const result = await parse(`pingli/收件箱/${file}`, workbook([{ name: sheet, rows }]));
    expect(result.rejects).toEqual([]);
    expect(result.rows.map((r) => r.period.label)).toEqual([period, period]);
  });

  it("reads a quarter workbook of three month sheets as three monthly reports", async () => {
    const result = await parse(
      "pingli/老县镇/老县镇2019年三季度.xlsx",
      workbook(["7月", "8月", "9月"].map((name) => ({ name, rows: REPORT }))),
    );
    expect(result.rejects).toEqual([]);
    expect(result.rows.map((r) => [r.period.label, r.period.kind, r.source_sheet])).toEqual([
      ["2019-07", "month", "7月"],
      ["2019-07", "month", "7月"],
      ["2019-08", "month", "8月"],
      ["2019-08", "month", "8月"],
      ["2019-09", "month", "9月"],
      ["2019-09", "month", "9月"],
    ]);
  });

  it.each<[string, string, string]>([
    ["the sheet's name", "pingli/收件箱/2019-07.xlsx", "老县镇"],
    ["the title rows before the sheet's name", "pingli/收件箱/2019-07.xlsx", "城关镇"],
  ])("town from %s", async (_case, path, sheet) => {
    const rows =
      sheet === "城关镇"
        ? [["平利县老县镇社区工厂报表"], ...REPORT.slice(1)]
        : [["报表"], ...REPORT.slice(1)];
    const result = await parse(path, workbook([{ name: sheet, rows }]));
    expect(result.rows.map((r) => r.town_id)).toEqual(["pingli-laoxian", "pingli-laoxian"]);
  });

  it("rejects the same factory twice for one period in one file as duplicate, across sheets too", async () => {
    const result = await parse(
      "pingli/老县镇/老县镇2019年7月.xlsx",
      workbook([
        { name: "Sheet1", rows: REPORT },
        { name: "Sheet2", rows: REPORT.slice(0, 3) },
      ]),
    );
    expect(result.rows).toHaveLength(2);
    expect(result.rejects.map((r) => [r.source_sheet, r.source_row, r.reason])).toEqual([
      ["Sheet2", 3, "duplicate"],
    ]);
  });

  it("gives a town cell merged down over its factories to every row it spans", async () => {
    const rows: Cell[][] = [
      ["平利县社区工厂统计月报表（2019年7月）"],
      ["所在镇", ...HEADER],
      ["老县镇", "老县毛绒玩具厂", 52, 20, 31, 125000, 60000],
      [null, "老县针织厂", 30, 12, 18, 80000, 40000],
      ["城关镇", "城关竹编厂", 20, 8, 9, 50000, 30000],
      [null, "城关茶叶厂", 25, 9, 10, 60000, 35000],
      [null, "城关电子厂", 40, 10, 12, 90000, 50000],
    ];
    const result = await parse(
      "pingli/县汇总/平利县2019年7月.xlsx",
      workbook([{ name: "汇总", rows, merges: ["A1:G1", "A3:A4", "A5:A7"] }]),
    );
    expect(result.rejects).toEqual([]);
    expect(result.rows.map((r) => [r.name, r.town_id])).toEqual([
      ["老县毛绒玩具厂", "pingli-laoxian"],
      ["老县针织厂", "pingli-laoxian"],
      ["城关竹编厂", "pingli-chengguan"],
      ["城关茶叶厂", "pingli-chengguan"],
      ["城关电子厂", "pingli-chengguan"],
    ]);
    expect(result.skipped.title).toBe(1);
  });

  it("reads a merged title and a merged group header once, and keeps Excel's row numbers", async () => {
    const rows: Cell[][] = [
      [null],
      ["老县镇社区工厂报表（2019年7月）"],
      ["工厂名称", "用工情况", null, null, "产值（元）", "工资总额（元）"],
      [null, "用工人数", "其中贫困劳动力", "其中搬迁群众", null, null],
      ["老县毛绒玩具厂", 52, 20, 31, 125000, 60000],
    ];
    const result = await parse(
      "pingli/老县镇/a.xlsx",
      workbook([{ name: "S", rows, merges: ["A2:F2", "B3:D3", "A3:A4", "E3:E4", "F3:F4"] }]),
    );
    expect(result.rejects).toEqual([]);
    expect(accepted(result)).toEqual([["老县毛绒玩具厂", "pingli-laoxian", "2019-07", 52, "S", 5]]);
  });

  it("reads only a sheet's data when formatting spans all 1,048,576 rows", async () => {
    const bytes = formattedToTheLastRow(workbook([{ name: "S", rows: REPORT }]));
    // CPU time, not wall time: the machine running the tests may be shared and busy.
    const started = process.cpuUsage();
    const result = await parse("pingli/老县镇/2019-07.xlsx", bytes);
    const used = process.cpuUsage(started);
    // Visiting the declared range cell by cell would take minutes; reading only existing rows, ~1 s.
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
    expect(accepted(result)).toEqual(rowsOf("S", "2019-07"));
    expect(result.rows_read).toBe(4);
  });
});

describe("parseReportFile: files that cannot be read are listed with what to do", () => {
  const good = workbook([{ name: "S", rows: REPORT }]);
  it.each<[string, string, Uint8Array]>([
    ["a truncated .xlsx", "pingli/老县镇/2019-07.xlsx", good.subarray(0, good.length >> 1)],
    ["text named .xls", "pingli/老县镇/2019-07.xls", new TextEncoder().encode("工厂名称,用工人数")],
    ["a zip that declares 4 GB", "pingli/老县镇/2019-07.xlsx", declaredZip(10, 0xfffffffe, true)],
    [
      "a megabyte-long line",
      "pingli/老县镇/2019-07.csv",
      new TextEncoder().encode(`${csv(REPORT)}\r\n${"1,".repeat(MAX_LINE_CHARS)}`),
    ],
  ])("%s", async (_case, path, bytes) => {
    const result = await parse(path, bytes);
    expect(result.error).toMatch(
      /请另存为 \.xlsx 或 CSV 后重新报送 .*\/.*save it as \.xlsx or CSV/,
    );
    expect(result.rows).toEqual([]);
    expect(result.rows_read).toBe(0);
  });
});

describe("parseReportFile: encoding per line (issue #13.6)", () => {
  it("rejects a UTF-8 row inside a GB18030 file as encoding and reads the others", async () => {
    const gb = encodeGb18030(csv(REPORT));
    const utf8Row = new TextEncoder().encode("\r\n老县混合编码厂,10,1,1,100,100");
    const result = await parse("pingli/老县镇/2019-07.csv", new Uint8Array([...gb, ...utf8Row]));
    expect(result.encoding).toBe("gb18030");
    expect(result.rows.map((r) => r.name)).toEqual(["老县毛绒玩具厂", "老县针织厂"]);
    expect(result.rejects.map((r) => [r.source_row, r.reason])).toEqual([[5, "encoding"]]);
    expect(result.rejects[0]?.message).toMatch(/编码.* \/ .*encoding/);
  });

  it("rejects a GB18030 row inside a UTF-8 file as encoding", async () => {
    const text = new TextEncoder().encode(csv(REPORT));
    const gbRow = encodeGb18030("\r\n老县混合编码厂,10,1,1,100,100");
    const result = await parse("pingli/老县镇/2019-07.csv", new Uint8Array([...text, ...gbRow]));
    expect(result.encoding).toBe("utf-8");
    expect(result.rejects.map((r) => [r.source_row, r.reason])).toEqual([[5, "encoding"]]);
  });

  // Random bytes without NUL: any byte, or only ASCII (valid UTF-8, but with control characters).
  it.each([
    ["any byte", 255],
    ["ASCII only", 127],
  ])("rejects random bytes (%s) as encoding, not no_header", async (_case, top) => {
    // A fixed pseudo-random sequence (xorshift), so the test is the same every run.
    let x = 2463534242;
    const bytes = Uint8Array.from({ length: 4000 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return ((x >>> 0) % top) + 1;
    });
    const result = await parse("pingli/老县镇/2019-07.csv", bytes);
    expect(result.rejects.length).toBeGreaterThan(0);
    expect(new Set(result.rejects.map((r) => r.reason))).toEqual(new Set(["encoding"]));
  });
});

describe("parseReportFile: never throws, always reconciles", () => {
  const good = workbook([{ name: "S", rows: REPORT }]);
  const text = new TextEncoder().encode(csv(REPORT));
  const reconciles = (r: Awaited<ReturnType<typeof parse>>) =>
    r.rows_read ===
    r.rows.length + r.rejects.length + Object.values(r.skipped).reduce((a, n) => a + n, 0);

  it.each([
    ["random bytes named .csv", "pingli/老县镇/2019-07.csv"],
    ["random bytes named .xlsx", "pingli/老县镇/2019-07.xlsx"],
    ["random bytes named .xls", "pingli/老县镇/2019-07.xls"],
  ])("%s", async (_case, path) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expect(reconciles(await parse(path, bytes))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["a workbook", "pingli/老县镇/2019-07.xlsx", good],
    ["a CSV", "pingli/老县镇/2019-07.csv", text],
  ])("%s with bytes changed at random", async (_case, path, original) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          const bytes = Uint8Array.from(original);
          for (const [at, value] of edits) bytes[at] = value;
          expect(reconciles(await parse(path, bytes))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The workbook with its dimension set to A1:Z1048576 and a height on every empty row below the data. */
function formattedToTheLastRow(bytes: Uint8Array): Uint8Array {
  // SheetJS's bundled zip reader and writer (typed `any` in its declarations).
  const cfb: {
    read(
      d: Uint8Array,
      o: { type: "buffer" },
    ): { FileIndex: { content: Uint8Array }[]; FullPaths: string[] };
    write(z: unknown, o: { type: "array"; fileType: "zip"; compression: true }): ArrayBuffer;
  } = XLSX.CFB;
  const zip = cfb.read(bytes, { type: "buffer" });
  const i = zip.FullPaths.findIndex((p) => /sheet1\.xml$/.test(p));
  const entry = zip.FileIndex[i];
  if (!entry) throw new Error("no sheet1.xml");
  const empty: string[] = [];
  for (let r = REPORT.length + 1; r <= 1_048_576; r++)
    empty.push(`<row r="${r}" ht="20" customHeight="1"/>`);
  const xml = new TextDecoder()
    .decode(entry.content)
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1048576"/>')
    .replace("</sheetData>", `${empty.join("")}</sheetData>`);
  entry.content = new TextEncoder().encode(xml);
  return new Uint8Array(cfb.write(zip, { type: "array", fileType: "zip", compression: true }));
}
