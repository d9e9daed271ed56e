import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { readReference } from "../../../scripts/lib/read-reference";
import type { Reference } from "../../../src/lib/reference/parse-reference";
import { creditCheckChar, idCheckChar } from "../../../src/lib/samples/fake-identity";
import {
  DEFAULT_SEED,
  generateSamples,
  type SampleFile,
  type SampleSet,
} from "../../../src/lib/samples/generate";
import { QUIRK_IDS, REJECT_REASONS } from "../../../src/lib/samples/quirks";
import type { Cell } from "../../../src/lib/samples/sheet";

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

/** The file's rows as text cells: decoded CSV lines split on commas outside quotes, or the sheet's cells. */
function rowsOf(file: SampleFile, encoding: string | null): string[][] {
  const cellText = (c: Cell): string =>
    c === null
      ? ""
      : typeof c === "object"
        ? c.kind === "date"
          ? c.iso
          : String(c.result)
        : String(c);
  if (file.format === "xlsx") return file.sheet.rows.map((r) => r.map(cellText));
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
    const csvBytes = samples.files.reduce(
      (s, f) => s + (f.format === "csv" ? f.bytes.length : 0),
      0,
    );
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
      for (const row of rowsOf(fileAt(file.source_file), file.encoding).slice(0, 6))
        row.forEach((c) => labels.add(c));
    }
    expect(CONTRACT_SYNONYMS.filter((s) => !labels.has(s))).toEqual([]);
  });

  it("points every planted row at a real row, and its column at a real header label", () => {
    for (const reject of samples.truth.planted_rejects) {
      const meta = samples.truth.files.find((f) => f.source_file === reject.source_file);
      expect(meta, reject.source_file).toBeDefined();
      if (reject.scope === "file") {
        expect(reject.source_row).toBe(0);
        continue;
      }
      const rows = rowsOf(fileAt(reject.source_file), meta?.encoding ?? null);
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
      if (file.format !== "csv") continue;
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
      if (file.format !== "csv") continue;
      const text = new TextDecoder("latin1").decode(file.bytes);
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
