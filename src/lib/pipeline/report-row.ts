import type { Period } from "../parse/parse-period";

/** Base levels of 就业扶贫基地 (汉人社发〔2017〕132号 三（七）): none, county, city, province. */
export type BaseLevel = "none" | "county" | "city" | "province";

/** A report row that passed every check, before factory ids are assigned across files. */
export interface ParsedRow {
  county_id: string;
  town_id: string;
  town_name: string;
  /** Credit code when the report gives one, else null: the factory id is settled across files. */
  credit_code: string | null;
  /** The factory's name, normalized, to match the same factory across periods. */
  name_key: string;
  name: string;
  community: string | null;
  industry: string;
  industry_raw: string | null;
  opened_on: string | null;
  certified_on: string | null;
  leading: boolean;
  base_level: BaseLevel;
  period: Period;
  employees: number;
  poor_workers: number;
  relocated_workers: number;
  contracts_1y: number | null;
  output_value_yuan: number;
  wages_yuan: number;
  months_operating: number | null;
  source_file: string;
  source_row: number;
  /** The worksheet's name; "" for a text file (DATA-CONTRACT §6). */
  source_sheet: string;
}

/** Why a row that is not data was passed over; `sheet`: a row of a sheet without a report header. */
export type SkipKind = "title" | "header" | "blank" | "total" | "note" | "sheet";
