import { classifyIndustry } from "../parse/classify-industry";
import type { HeaderColumn } from "../parse/map-headers";
import type { Field } from "../parse/match-field";
import { isPlaceholder } from "../parse/is-placeholder";
import { parseDate } from "../parse/parse-date";
import { parseNumber } from "../parse/parse-number";
import { parsePeriod, type Period } from "../parse/parse-period";
import { redactPersonalData } from "../parse/personal-data";
import { resolveTown } from "../parse/resolve-town";
import { toHalfWidth } from "../parse/to-half-width";
import type { County, Industry } from "../reference/schema";
import type { RejectReason } from "./output-schema";
import type { BaseLevel, ParsedRow } from "./report-row";

/** What is wrong with a row: the reason, the column (as labelled in the file) and a sentence in each language. */
export interface RowProblem {
  reason: RejectReason;
  column: string;
  zh: string;
  en: string;
}

export type RowResult =
  | { ok: true; row: Omit<ParsedRow, "source_file" | "source_row" | "source_sheet"> }
  | { ok: false; problem: RowProblem };

export interface RowContext {
  county: County;
  industries: readonly Industry[];
  filePeriod: Period | null;
  fileTown: string | null;
}

const COUNT_FIELDS = [
  "employees",
  "poor_workers",
  "relocated_workers",
  "contracts_1y",
  "months_operating",
] as const;
const MONEY_FIELDS = ["output_value", "wages"] as const;
/** Without these a row cannot count toward any figure of DATA-CONTRACT §5. */
const REQUIRED: readonly Field[] = [
  "factory_name",
  "employees",
  "poor_workers",
  "relocated_workers",
  "output_value",
  "wages",
];
const FIELD_NAMES: Record<Field, { zh: string; en: string }> = {
  factory_name: { zh: "工厂名称", en: "factory name" },
  credit_code: { zh: "统一社会信用代码", en: "credit code" },
  town: { zh: "所在镇", en: "town" },
  community: { zh: "所在社区", en: "community" },
  industry: { zh: "行业", en: "industry" },
  opened_on: { zh: "投产时间", en: "opening date" },
  certified_on: { zh: "认定时间", en: "certification date" },
  leading: { zh: "是否龙头企业", en: "leading enterprise" },
  base_level: { zh: "基地级别", en: "base level" },
  employees: { zh: "用工人数", en: "employees" },
  poor_workers: { zh: "贫困劳动力", en: "poor workers" },
  relocated_workers: { zh: "搬迁群众", en: "relocated workers" },
  contracts_1y: { zh: "一年以上合同人数", en: "workers on contracts of a year or more" },
  output_value: { zh: "产值", en: "output value" },
  wages: { zh: "工资总额", en: "wages paid" },
  months_operating: { zh: "本年生产月数", en: "months operating this year" },
  period: { zh: "报告期", en: "period" },
};

const YES = /^(是|√|✓|✔|y|yes|true|1|是龙头企业)$/i;
const NO = /^(否|×|✗|n|no|false|0|无|-|—|)$/i;
const BASE_LEVELS: readonly [RegExp, BaseLevel][] = [
  [/省/, "province"],
  [/市/, "city"],
  [/县/, "county"],
];

/** Shortens a raw cell for a message, with any personal data masked. */
const quoteCell = (raw: string) =>
  redactPersonalData(raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

/**
 * A reader for the data rows of one file: the header's columns are mapped once, and town and period
 * cells, which repeat down a file, are resolved once each.
 */
export function createRowReader(
  columns: readonly HeaderColumn[],
  ctx: RowContext,
): (cells: readonly string[]) => RowResult {
  const byField = new Map<Field, HeaderColumn>();
  for (const c of columns) if (c.field && !c.personal) byField.set(c.field, c);
  const towns = new Map<string, string | null>();
  const periods = new Map<string, Period | null>();
  const townOf = (text: string) => {
    if (!towns.has(text)) towns.set(text, resolveTown(text, ctx.county.towns));
    return towns.get(text) ?? null;
  };
  const periodOf = (text: string) => {
    if (!periods.has(text)) periods.set(text, parsePeriod(text));
    return periods.get(text) ?? null;
  };
  return (cells) => readRow(cells, byField, ctx, townOf, periodOf);
}

/** Reads one data row: every check of DATA-CONTRACT §3 in a fixed order, the first failure being the reason. */
function readRow(
  cells: readonly string[],
  byField: ReadonlyMap<Field, HeaderColumn>,
  ctx: RowContext,
  townOf: (text: string) => string | null,
  periodOf: (text: string) => Period | null,
): RowResult {
  // A placeholder (—, /, 无 …) is no value: NULL when optional, `missing_required` when required.
  const raw = (f: Field) => {
    const c = byField.get(f);
    const cell = c ? (cells[c.index] ?? "").trim() : "";
    return isPlaceholder(cell) ? "" : cell;
  };
  const label = (f: Field) => byField.get(f)?.label || FIELD_NAMES[f].zh;
  const fail = (reason: RejectReason, f: Field, zh: string, en: string): RowResult => ({
    ok: false,
    problem: { reason, column: byField.has(f) ? label(f) : "", zh, en },
  });

  let townId = ctx.fileTown;
  if (raw("town") !== "") {
    townId = townOf(raw("town"));
    if (!townId)
      return fail(
        "unknown_town",
        "town",
        `“${quoteCell(raw("town"))}”不是${ctx.county.name}的镇`,
        `"${quoteCell(raw("town"))}" is not a town of ${ctx.county.name_en}`,
      );
  }
  if (!townId)
    return fail(
      "unknown_town",
      "town",
      `无法确定所属镇（表格、标题和文件名中都没有${ctx.county.name}的镇名）`,
      `cannot tell the town: no town of ${ctx.county.name_en} in the table, title or file name`,
    );
  const town = ctx.county.towns.find((t) => t.town_id === townId);
  if (!town) return fail("unknown_town", "town", "未知的镇", "unknown town");

  let period = ctx.filePeriod;
  if (raw("period") !== "") {
    period = periodOf(raw("period"));
    if (!period)
      return fail(
        "no_period",
        "period",
        `报告期“${quoteCell(raw("period"))}”无法识别（应为某年某月或某季度）`,
        `the period "${quoteCell(raw("period"))}" is not a month or quarter`,
      );
  }
  if (!period)
    return fail(
      "no_period",
      "period",
      "无法确定报告期（表格、标题和文件名中都没有年月或季度）",
      "cannot tell the period: no month or quarter in the table, title or file name",
    );

  // Town and period first: a file that has neither cannot be placed, whatever its rows hold.
  for (const f of REQUIRED)
    if (raw(f) === "")
      return fail(
        "missing_required",
        f,
        `缺少必填项“${FIELD_NAMES[f].zh}”`,
        `the required ${FIELD_NAMES[f].en} is missing`,
      );

  const numbers = new Map<Field, number | null>();
  for (const f of [...COUNT_FIELDS, ...MONEY_FIELDS]) {
    const parsed = parseNumber(raw(f), byField.get(f)?.multiplier ?? 1);
    if (!parsed.ok)
      return fail(
        "bad_number",
        f,
        `“${quoteCell(raw(f))}”不是有效的数字`,
        `"${quoteCell(raw(f))}" is not a valid number`,
      );
    numbers.set(
      f,
      parsed.value === null
        ? null
        : MONEY_FIELDS.some((m) => m === f)
          ? Math.round(parsed.value * 100) / 100
          : parsed.value,
    );
  }
  for (const f of COUNT_FIELDS) {
    const v = numbers.get(f);
    if (v !== null && v !== undefined && !Number.isInteger(v))
      return fail(
        "bad_number",
        f,
        `人数/月数“${quoteCell(raw(f))}”应为整数`,
        `"${quoteCell(raw(f))}" should be a whole number`,
      );
  }

  const dates = new Map<Field, string | null>();
  for (const f of ["opened_on", "certified_on"] as const) {
    const parsed = parseDate(raw(f));
    if (!parsed.ok)
      return fail(
        "bad_date",
        f,
        `“${quoteCell(raw(f))}”不是有效的日期`,
        `"${quoteCell(raw(f))}" is not a valid date`,
      );
    dates.set(f, parsed.value);
  }

  for (const [f, v] of numbers)
    if (v !== null && v < 0)
      return fail(
        "negative",
        f,
        `“${FIELD_NAMES[f].zh}”不能为负数（${v}）`,
        `${FIELD_NAMES[f].en} cannot be negative (${v})`,
      );

  const employees = numbers.get("employees") ?? 0;
  for (const f of ["poor_workers", "relocated_workers", "contracts_1y"] as const) {
    const v = numbers.get(f);
    if (v !== null && v !== undefined && v > employees)
      return fail(
        "inconsistent",
        f,
        `“${FIELD_NAMES[f].zh}”（${v}）大于用工人数（${employees}）`,
        `${FIELD_NAMES[f].en} (${v}) exceeds employees (${employees})`,
      );
  }
  const months = numbers.get("months_operating") ?? null;
  if (months !== null && months > 12)
    return fail(
      "inconsistent",
      "months_operating",
      `本年生产月数（${months}）超过12`,
      `months operating this year (${months}) exceeds 12`,
    );

  const name = redactPersonalData(raw("factory_name"));
  const creditCode = toHalfWidth(raw("credit_code")).replace(/\s+/g, "").toUpperCase();
  const industryRaw = raw("industry");
  const leadingText = toHalfWidth(raw("leading")).replace(/\s+/g, "");
  const baseText = raw("base_level");
  return {
    ok: true,
    row: {
      county_id: ctx.county.county_id,
      town_id: town.town_id,
      town_name: town.name,
      credit_code: /^[0-9A-Z]{18}$/.test(creditCode) ? creditCode : null,
      name_key: normalizeName(name),
      name,
      community: raw("community") === "" ? null : redactPersonalData(raw("community")),
      // Without an industry column, a name such as 竹编社区工厂 still tells the trade.
      industry: classifyIndustry(industryRaw === "" ? name : industryRaw, ctx.industries),
      industry_raw: industryRaw === "" ? null : redactPersonalData(industryRaw),
      opened_on: dates.get("opened_on") ?? null,
      certified_on: dates.get("certified_on") ?? null,
      leading: YES.test(leadingText) || (!NO.test(leadingText) && leadingText.includes("是")),
      base_level: BASE_LEVELS.find(([pattern]) => pattern.test(baseText))?.[1] ?? "none",
      period,
      employees,
      poor_workers: numbers.get("poor_workers") ?? 0,
      relocated_workers: numbers.get("relocated_workers") ?? 0,
      contracts_1y: numbers.get("contracts_1y") ?? null,
      output_value_yuan: numbers.get("output_value") ?? 0,
      wages_yuan: numbers.get("wages") ?? 0,
      months_operating: months,
    },
  };
}

/** A factory name as compared across reports: half-width, no spaces or brackets' width differences, lower case. */
export function normalizeName(name: string): string {
  return toHalfWidth(name).normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}
