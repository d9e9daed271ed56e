import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import type { Reference } from "../../../src/lib/reference/parse-reference";
import { creditCheckChar } from "../../../src/lib/parse/credit-code";
import { idCheckChar } from "../../../scripts/lib/samples/fake-identity";
import {
  DEFAULT_SEED,
  generateSamples,
  type SampleFile,
  type SampleSet,
} from "../../../scripts/lib/samples/generate";
import { QUIRK_IDS, REJECT_REASONS } from "../../../scripts/lib/samples/quirks";
import type { Cell, Sheet } from "../../../scripts/lib/samples/sheet";

// DATA-CONTRACT §2 header synonyms: every one must occur in some sample header.
const CONTRACT_SYNONYMS = [
  "工厂名称",
  "社区工厂名称",
  "企业名称",
  "工厂（车间）名称",
  "统一社会信用代码",
  "信用代码",
  "所在镇",
  "镇",
  "镇（街道）",
  "所属镇",
  "所在社区",
  "安置社区",
  "安置点",
  "所在安置点",
  "行业",
  "产业类别",
  "主营产品",
  "行业类别",
  "投产时间",
  "建成投产时间",
  "投产日期",
  "认定时间",
  "认定日期",
  "是否龙头企业",
  "龙头企业",
  "就业扶贫基地级别",
  "基地级别",
  "用工人数",
  "就业人数",
  "吸纳就业人数",
  "用工总数",
  "其中贫困劳动力",
  "贫困劳动力",
  "建档立卡贫困劳动力",
  "其中建档立卡",
  "其中搬迁群众",
  "搬迁群众",
  "易地搬迁劳动力",
  "签订一年以上劳动合同人数",
  "一年以上合同人数",
  "产值",
  "当期产值",
  "本期产值",
  "产值（万元）",
  "产值（元）",
  "工资总额",
  "发放工资",
  "务工收入",
  "本年生产月数",
  "生产经营月数",
  "报告期",
  "统计期",
  "月份",
];

let reference: Reference;
let samples: SampleSet;

beforeAll(async () => {
  reference = await readReference();
  samples = generateSamples(reference, DEFAULT_SEED);
});

/**
 * The rows of one sheet as text cells: decoded CSV lines split on commas outside quotes (tabs for a
 * UTF-16 .txt), or the named sheet's cells (every sheet, in order, for a whole-file entry: sheet "").
 */
function rowsOf(file: SampleFile, encoding: string | null, sheet = ""): string[][] {
  const cellText = (c: Cell): string =>
    c === null
      ? ""
      : typeof c === "object"
        ? c.kind === "date"
          ? c.iso
          : String(c.result)
        : String(c);
  if ("sheets" in file)
    return file.sheets
      .filter((s) => sheet === "" || s.name === sheet)
      .flatMap((s) => s.rows.map((r) => r.map(cellText)));
  if (encoding === "utf-16le") {
    expect([...file.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = new TextDecoder("utf-16le", { fatal: true }).decode(file.bytes.subarray(2));
    return text.split("\r\n").map((line) => line.split("\t"));
  }
  const bytes = encoding === "utf-8-bom" ? file.bytes.subarray(3) : file.bytes;
  const text = new TextDecoder(encoding === "gb18030" ? "gb18030" : "utf-8", {
    fatal: true,
  }).decode(bytes);
  return text
    .split("\r\n")
    .map((line) =>
      (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) =>
        c.replace(/,$/, "").replace(/^"|"$/g, ""),
      ),
    );
}

const fileAt = (path: string): SampleFile => {
  const file = samples.files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return file;
};

describe("generateSamples", () => {
  it("is deterministic: the same seed gives identical files and truth", () => {
    const again = generateSamples(reference, DEFAULT_SEED);
    expect(again.files.map((f) => f.path)).toEqual(samples.files.map((f) => f.path));
    expect(again.files).toEqual(samples.files);
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(samples.truth));
    expect(again.readme).toBe(samples.readme);
  });

  it("gives different reports for a different seed", () => {
    const other = generateSamples(reference, DEFAULT_SEED + 1);
    expect(JSON.stringify(other.truth.town_periods)).not.toBe(
      JSON.stringify(samples.truth.town_periods),
    );
  });

  it("stays modest in size", () => {
    const csvBytes = samples.files.reduce((s, f) => s + ("bytes" in f ? f.bytes.length : 0), 0);
    expect(samples.files.length).toBeLessThan(3000);
    expect(csvBytes).toBeLessThan(10_000_000);
  });

  it("plants every reject reason of DATA-CONTRACT §3 at least once", () => {
    const planted = new Set(samples.truth.planted_rejects.map((r) => r.reason));
    for (const reason of REJECT_REASONS) expect(planted, reason).toContain(reason);
  });

  it("shows every quirk of DATA-CONTRACT §2 somewhere", () => {
    const missing = QUIRK_IDS.filter((q) => (samples.quirkFiles.get(q) ?? []).length === 0);
    expect(missing).toEqual([]);
  });

  it("uses every header synonym of DATA-CONTRACT §2", () => {
    const labels = new Set<string>();
    for (const file of samples.truth.files) {
      if (file.encoding === "invalid") continue;
      for (const row of rowsOf(fileAt(file.source_file), file.encoding, file.source_sheet).slice(
        0,
        6,
      ))
        row.forEach((c) => labels.add(c));
    }
    expect(CONTRACT_SYNONYMS.filter((s) => !labels.has(s))).toEqual([]);
  });

  it("points every planted row at a real row, and its column at a real header label", () => {
    for (const reject of samples.truth.planted_rejects) {
      const meta = samples.truth.files.find(
        (f) => f.source_file === reject.source_file && f.source_sheet === reject.source_sheet,
      );
      expect(meta, reject.source_file).toBeDefined();
      if (reject.scope === "file") {
        expect(reject.source_row).toBe(0);
        continue;
      }
      const rows = rowsOf(fileAt(reject.source_file), meta?.encoding ?? null, reject.source_sheet);
      const row = rows[reject.source_row - 1];
      expect(
        row?.some((c) => c !== ""),
        `${reject.source_file}:${reject.source_row}`,
      ).toBe(true);
      if (reject.column !== "")
        expect(rows.slice(0, reject.source_row - 1).some((r) => r.includes(reject.column))).toBe(
          true,
        );
    }
  });

  it("writes GB18030 files that are not UTF-8, and one file that is neither", () => {
    for (const meta of samples.truth.files) {
      const file = fileAt(meta.source_file);
      if (!("bytes" in file)) continue;
      const decodes = (label: string): boolean => {
        try {
          new TextDecoder(label, { fatal: true }).decode(file.bytes);
          return true;
        } catch {
          return false;
        }
      };
      if (meta.encoding === "gb18030")
        expect([decodes("gb18030"), decodes("utf-8")]).toEqual([true, false]);
      if (meta.encoding === "utf-8" || meta.encoding === "utf-8-bom")
        expect(decodes("utf-8")).toBe(true);
      if (meta.encoding === "utf-8-bom")
        expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      if (meta.encoding === "invalid")
        expect([decodes("gb18030"), decodes("utf-8")]).toEqual([false, false]);
    }
  });

  it("ends every CSV line with CRLF", () => {
    for (const file of samples.files) {
      if (!("bytes" in file)) continue;
      const text = new TextDecoder(file.format === "txt" ? "utf-16le" : "latin1").decode(
        file.bytes,
      );
      expect(text.replace(/\r\n/g, "").includes("\n"), file.path).toBe(false);
    }
  });

  it("plants well-formed but fake personal data, and no credit code looks like an ID number", () => {
    const { names, phones, id_numbers: ids } = samples.truth.personal_data;
    expect(names.length).toBeGreaterThan(10);
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
    for (const id of ids) {
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id.slice(17)).toBe(idCheckChar(id.slice(0, 17)));
    }
    const codes = samples.truth.factories
      .map((f) => f.credit_code)
      .filter((c): c is string => c !== null);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      expect(code).toMatch(/^9[123]6109\d{2}MA[0-9A-HJ-NPQRTUWXY]{8}$/);
      expect(code).not.toMatch(/^\d{17}[\dX]$/);
      expect(code.slice(17)).toBe(creditCheckChar(code.slice(0, 17)));
    }
  });

  it("keeps the truth consistent: town × period sums add up to the accepted rows of the files", () => {
    const accepted = samples.truth.files.reduce((s, f) => s + f.accepted_rows, 0);
    const counted = samples.truth.town_periods.reduce((s, p) => s + p.factories, 0);
    expect(counted).toBe(accepted);
    const rejected = samples.truth.files.reduce((s, f) => s + f.rejected_rows, 0);
    expect(rejected).toBe(
      samples.truth.planted_rejects.filter((r) => r.scope === "row").length +
        samples.truth.planted_rejects.reduce((s, r) => s + (r.rows?.length ?? 0), 0),
    );
  });

  it("makes targets mean something: some met, some missed, per the reference targets", () => {
    const status = (countyId: string): Record<string, boolean> => {
      const county = reference.counties.find((c) => c.county_id === countyId);
      const out: Record<string, boolean> = {};
      for (const target of county?.targets ?? []) {
        const fig = samples.truth.figures.find(
          (f) => f.county_id === countyId && f.town_id === null && f.as_of === target.deadline,
        );
        const value = fig?.[target.metric as keyof typeof fig];
        if (typeof value === "number") out[target.metric] = value >= target.value;
      }
      return out;
    };
    // Pingli misses its 100 factories (83 were reported in 2020) but meets leading enterprises and wages.
    expect(status("pingli")).toMatchObject({ factories: false, leading: true, wages_12m: true });
    // Hanyin meets factories and jobs but not output.
    expect(status("hanyin")).toMatchObject({ factories: true, jobs: true, output_12m: false });
  });

  it("has Pingli towns that meet the two-new-factories rule in some years and miss it in others", () => {
    const counts = samples.truth.new_factories.filter(
      (n) => n.county_id === "pingli" && n.year >= 2017 && n.year <= 2019,
    );
    const towns = reference.counties.find((c) => c.county_id === "pingli")?.towns ?? [];
    const met = towns.map((t) =>
      [2017, 2018, 2019].map(
        (y) => (counts.find((c) => c.town_id === t.town_id && c.year === y)?.count ?? 0) >= 2,
      ),
    );
    expect(met.some((years) => years.every(Boolean))).toBe(true);
    expect(met.some((years) => years.some((ok) => !ok))).toBe(true);
  });
});

describe("generate-samples CLI", () => {
  // The .xlsx (exceljs, JSZip) and .xls (SheetJS) writers stamp times unless fixed: a run now must give
  // the bytes an earlier run committed in data/raw (which only the generator writes).
  it("writes the same bytes as the committed data/raw and truth, whenever it runs", () => {
    const out = mkdtempSync(join(tmpdir(), "cf-samples-"));
    const result = spawnSync(
      "npx",
      ["tsx", "scripts/generate-samples.ts", "--out", join(out, "raw")],
      {
        encoding: "utf8",
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const files = readdirSync(join(out, "raw"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(join(out, "raw").length + 1))
      .sort();
    expect(files.length).toBeGreaterThan(500);
    const root = join(import.meta.dirname, "../../..");
    const differs = (a: string, b: string): boolean => !readFileSync(a).equals(readFileSync(b));
    expect(files.filter((f) => differs(join(out, "raw", f), join(root, "data/raw", f)))).toEqual(
      [],
    );
    expect(differs(join(out, "sample-truth.json"), join(root, "data/sample-truth.json"))).toBe(
      false,
    );
  }, 120_000);

  it("rejects a bad argument with one line and a non-zero exit, without a stack trace", () => {
    const result = spawnSync("npx", ["tsx", "scripts/generate-samples.ts", "--seed", "abc"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    const lines = result.stderr
      .split("\n")
      .filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^generate-samples: --seed must be an integer/);
  });
});

// DATA-CONTRACT §6: the samples carry every form towns really save (issue 12).
describe("the forms of DATA-CONTRACT §6 in the samples", () => {
  const workbook = (path: string): Sheet[] => {
    const file = fileAt(path);
    if (!("sheets" in file)) throw new Error(`${path} is not a workbook`);
    return file.sheets;
  };

  it("has an .xls workbook and a UTF-16 tab-separated .txt", () => {
    expect(samples.files.filter((f) => f.format === "xls").length).toBeGreaterThan(0);
    const txt = samples.truth.files.filter((f) => f.format === "txt");
    expect(txt.length).toBeGreaterThan(0);
    for (const meta of txt) {
      expect(meta.encoding).toBe("utf-16le");
      const rows = rowsOf(fileAt(meta.source_file), meta.encoding);
      expect(rows.some((r) => r.includes("社区工厂名称") && r.includes("用工人数"))).toBe(true);
    }
  });

  it("has a workbook whose first sheet is 填表说明, the report on the next sheet", () => {
    const [first, second, ...rest] = workbook("pingli/兴隆镇/兴隆镇社区工厂2020年一季度.xlsx");
    expect([first?.name, second?.name, rest.length]).toEqual(["填表说明", "报表", 0]);
    const meta = samples.truth.files.filter(
      (f) => f.source_file === "pingli/兴隆镇/兴隆镇社区工厂2020年一季度.xlsx",
    );
    expect(meta.map((m) => m.source_sheet)).toEqual(["报表"]);
  });

  it("has a quarter-named workbook of three monthly sheets, three monthly reports in the truth", () => {
    const path = "pingli/老县镇/老县镇2019年三季度.xlsx";
    expect(workbook(path).map((s) => s.name)).toEqual(["7月", "8月", "9月"]);
    const meta = samples.truth.files.filter((f) => f.source_file === path);
    expect(meta.map((m) => [m.source_sheet, m.period])).toEqual([
      ["7月", "2019-07"],
      ["8月", "2019-08"],
      ["9月", "2019-09"],
    ]);
    // The planted duplicate of August sits on the 8月 sheet, September's number with words on 9月.
    expect(
      samples.truth.planted_rejects
        .filter((r) => r.source_file === path)
        .map((r) => [r.source_sheet, r.reason]),
    ).toEqual([
      ["9月", "bad_number"],
      ["8月", "duplicate"],
    ]);
  });

  it("has a county-wide workbook whose 所在镇 cells are merged down over each town's rows", () => {
    const path = "pingli/平利县社区工厂2020年12月汇总表.xlsx";
    const [sheet] = workbook(path);
    const meta = samples.truth.files.filter((f) => f.source_file === path);
    expect(meta.map((m) => m.town_id)).toEqual([
      "pingli-chengguan",
      "pingli-laoxian",
      "pingli-sanyang",
      "pingli-changan",
    ]);
    const townMerges = (sheet?.merges ?? []).filter((m) => /^B\d+:B\d+$/.test(m));
    expect(townMerges).toHaveLength(4);
    // Only the first row of a block names the town; the rest are empty under the merge.
    const townCells = (sheet?.rows ?? []).slice(3).map((r) => r[1] ?? null);
    expect(townCells.filter((c) => c !== null)).toEqual([
      "城关镇",
      "老县镇",
      "三阳镇",
      "长安镇政府",
    ]);
    // The towns' own files for that month are not sent.
    expect(
      samples.truth.files.filter(
        (f) => f.period === "2020-12" && meta.some((m) => m.town_id === f.town_id),
      ),
    ).toHaveLength(4);
  });

  it("plants §6's rejects: a placeholder in a required cell, a number with words, an accounting negative", () => {
    const cells = samples.truth.planted_rejects
      .filter((r) => r.scope === "row" && r.column !== "")
      .map((r) => {
        const meta = samples.truth.files.find((f) => f.source_file === r.source_file);
        const rows = rowsOf(fileAt(r.source_file), meta?.encoding ?? null, r.source_sheet);
        const header = rows.find((row) => row.includes(r.column)) ?? [];
        return { reason: r.reason, cell: rows[r.source_row - 1]?.[header.indexOf(r.column)] ?? "" };
      });
    expect(cells).toContainEqual({ reason: "missing_required", cell: "—" });
    expect(
      cells.some((c) => c.reason === "bad_number" && /^\d+（含临时工\d人）$/.test(c.cell)),
    ).toBe(true);
    expect(
      cells.some((c) => c.reason === "negative" && /^\(\d{1,3}(,\d{3})+\)$/.test(c.cell)),
    ).toBe(true);
  });

  it("writes placeholders (— / 无) in optional cells and remarks in words", () => {
    const texts = samples.files
      .filter((f) => "sheets" in f)
      .flatMap((f) => ("sheets" in f ? f.sheets : []))
      .flatMap((s) => s.rows.flat());
    expect(texts).toContain("无");
    expect(texts).toContain("—");
    expect(texts.some((c) => typeof c === "string" && /^含临时工\d人$/.test(c))).toBe(true);
    for (const q of ["placeholder_cells", "remark_text", "xls", "txt_utf16_tab"] as const)
      expect(samples.quirkFiles.get(q)?.length ?? 0, q).toBeGreaterThan(0);
  });
});
