import { toHalfWidth } from "./to-half-width";

/** Every canonical report column (DATA-CONTRACT §2), in report column order. */
export const FIELDS = [
  "factory_name", // 工厂名称
  "credit_code", // 统一社会信用代码
  "town", // 所在镇
  "community", // 所在社区 / 安置点
  "industry", // 行业 / 主营产品 (free text, classified later)
  "opened_on", // 投产时间
  "certified_on", // 认定时间 (empty: not certified)
  "leading", // 是否龙头企业
  "base_level", // 就业扶贫基地级别
  "employees", // 用工人数
  "poor_workers", // 其中贫困劳动力
  "relocated_workers", // 其中搬迁群众
  "contracts_1y", // 签订一年以上劳动合同人数
  "output_value", // 产值
  "wages", // 工资总额
  "months_operating", // 本年生产月数
  "period", // 报告期
] as const;

/** A canonical report column; see `FIELDS` for what each one holds. */
export type Field = (typeof FIELDS)[number];

/** Header words seen for each field, as in DATA-CONTRACT §2 (extend, never rename). */
export const FIELD_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  factory_name: ["工厂名称", "社区工厂名称", "企业名称", "工厂（车间）名称", "工厂名称（全称）"],
  credit_code: ["统一社会信用代码", "信用代码"],
  town: ["所在镇", "镇", "镇（街道）", "所属镇", "所在镇（街道）"],
  community: ["所在社区", "安置社区", "安置点", "所在安置点"],
  industry: ["行业", "产业类别", "主营产品", "行业类别"],
  opened_on: ["投产时间", "建成投产时间", "投产日期"],
  certified_on: ["认定时间", "认定日期"],
  leading: ["是否龙头企业", "龙头企业"],
  base_level: ["就业扶贫基地级别", "基地级别"],
  employees: ["用工人数", "就业人数", "吸纳就业人数", "用工总数"],
  poor_workers: ["其中贫困劳动力", "贫困劳动力", "建档立卡贫困劳动力", "其中建档立卡"],
  relocated_workers: ["其中搬迁群众", "搬迁群众", "易地搬迁劳动力"],
  contracts_1y: ["签订一年以上劳动合同人数", "一年以上合同人数"],
  output_value: ["产值", "当期产值", "本期产值", "当月产值", "本月产值"],
  wages: ["工资总额", "发放工资", "务工收入"],
  months_operating: ["本年生产月数", "生产经营月数"],
  period: ["报告期", "统计期", "月份"],
};

// A unit or note in brackets at the end of a header: （人）, (万元), （家）, （是/否）, （年月日）.
const TRAILING_UNIT =
  /\((?:人|人数|个|家|户|元|万元|亿元|千元|月|个月|年|%|是\/否|年月日|年月|日期)\)$/;
// Containment is only trusted for synonyms long enough not to occur by chance (not 镇, 行业, 产值).
const MIN_CONTAINED_LENGTH = 3;

/** A header cell as compared: half-width, no spaces, no `*` required-marks or colons, no trailing unit. */
export function normaliseLabel(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s*※:]+/g, "")
    .replace(TRAILING_UNIT, "");
}

const stripBrackets = (label: string): string => label.replace(/\([^)]*\)$/, "");

// Longest first, so that a header containing two synonyms takes the more specific one.
const SYNONYMS: ReadonlyArray<readonly [string, Field]> = FIELDS.flatMap((field) =>
  FIELD_SYNONYMS[field].map((word) => [normaliseLabel(word), field] as const),
).sort((x, y) => y[0].length - x[0].length);

/** The field a header cell names exactly (after normalising), also without a trailing bracket; else null. */
export function matchFieldExactly(raw: string): Field | null {
  const label = normaliseLabel(raw);
  for (const candidate of [label, stripBrackets(label)]) {
    const exact = SYNONYMS.find(([word]) => word === candidate);
    if (exact) return exact[1];
  }
  return null;
}

function containedField(label: string): Field | null {
  return (
    SYNONYMS.find(([word]) => word.length >= MIN_CONTAINED_LENGTH && label.includes(word))?.[1] ??
    null
  );
}

// Header scanning asks about the same few hundred cell texts in every file: answer each once.
const MATCH_CACHE = new Map<string, Field | null>();
const MATCH_CACHE_LIMIT = 50_000;

/** The field a header cell names: exact synonym, then without a trailing bracket, then a long synonym inside it. */
export function matchField(raw: string): Field | null {
  const cached = MATCH_CACHE.get(raw);
  if (cached !== undefined) return cached;
  const label = normaliseLabel(raw);
  const field = label === "" ? null : (matchFieldExactly(label) ?? containedField(label));
  if (MATCH_CACHE.size >= MATCH_CACHE_LIMIT) MATCH_CACHE.clear();
  MATCH_CACHE.set(raw, field);
  return field;
}
