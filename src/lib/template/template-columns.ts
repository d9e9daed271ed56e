import { FIELD_SYNONYMS, type Field } from "../parse/match-field";

/** What a template column accepts; each kind becomes one Excel data validation. */
export type TemplateInput =
  | { kind: "text" }
  | { kind: "credit_code" }
  | { kind: "industry" }
  | { kind: "date" }
  | { kind: "yes_no" }
  | { kind: "base_level" }
  | { kind: "people" }
  | { kind: "yuan" }
  | { kind: "months" };

/** One column of the report sheet: the contract's canonical header word, its unit, what it accepts. */
export interface TemplateColumn {
  field: Field;
  /** The header cell: the canonical word (DATA-CONTRACT §2, first synonym) and its unit in brackets. */
  label: string;
  input: TemplateInput;
  required: boolean;
  /** Column width in characters. */
  width: number;
  /** The input message Excel shows when the cell is selected. */
  prompt: string;
}

/** 就业扶贫基地级别 as the contract lists them (省级/市级/县级/无). */
export const BASE_LEVELS = ["省级", "市级", "县级", "无"] as const;
export const YES_NO = ["是", "否"] as const;

const canonical = (field: Field): string => FIELD_SYNONYMS[field][0] ?? field;

const column = (
  field: Field,
  unit: string,
  input: TemplateInput,
  required: boolean,
  width: number,
  prompt: string,
): TemplateColumn => ({
  field,
  label: unit === "" ? canonical(field) : `${canonical(field)}（${unit}）`,
  input,
  required,
  width,
  prompt,
});

/**
 * The report sheet's columns, in the contract's order. Town and period are cells above the table (one
 * file per town and period), so they are not columns.
 */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column("factory_name", "", { kind: "text" }, true, 30, "工厂全称，与认定文件一致"),
  column("credit_code", "", { kind: "credit_code" }, false, 22, "18位统一社会信用代码；没有就空着"),
  column("community", "", { kind: "text" }, true, 14, "所在社区或安置点"),
  column("industry", "", { kind: "industry" }, true, 14, "从下拉列表中选择"),
  column("opened_on", "", { kind: "date" }, true, 13, "日期，如 2017-06-12"),
  column("certified_on", "", { kind: "date" }, false, 13, "日期；尚未认定的空着"),
  column("leading", "", { kind: "yes_no" }, true, 8, "是 或 否"),
  column("base_level", "", { kind: "base_level" }, true, 10, "省级、市级、县级 或 无"),
  column("employees", "人", { kind: "people" }, true, 10, "期末人数，整数"),
  column("poor_workers", "人", { kind: "people" }, true, 10, "期末人数，整数，不超过用工人数"),
  column("relocated_workers", "人", { kind: "people" }, true, 10, "期末人数，整数，不超过用工人数"),
  column("contracts_1y", "人", { kind: "people" }, false, 12, "期末人数，整数"),
  column("output_value", "元", { kind: "yuan" }, true, 14, "本期合计，单位元"),
  column("wages", "元", { kind: "yuan" }, true, 14, "本期发放合计，单位元"),
  column("months_operating", "个月", { kind: "months" }, false, 10, "本年已生产的月数，0–12"),
];
