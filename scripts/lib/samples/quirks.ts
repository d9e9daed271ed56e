/**
 * Every quirk of DATA-CONTRACT §2 the samples plant, with the sentence the README prints for it.
 * The generator records which files carry which quirk; a test checks each one occurs.
 */
export const QUIRKS = {
  encoding_gb18030: "GB18030/GBK-encoded CSV, as Excel writes “CSV” on Chinese Windows",
  encoding_utf8_bom: "UTF-8 CSV with a byte-order mark (Excel “CSV UTF-8”)",
  encoding_utf8: "UTF-8 CSV without a byte-order mark",
  crlf: "CRLF line ends",
  xlsx: ".xlsx workbook (written with exceljs)",
  xls: ".xls workbook (Excel 97–2003, BIFF8, written with SheetJS)",
  txt_utf16_tab: "UTF-16 LE text with a BOM, tab-separated, saved as .txt (Excel “Unicode text”)",
  instructions_sheet: "a workbook whose first sheet is 填表说明 (no report header: skipped whole)",
  quarter_workbook:
    "a workbook named for a quarter (…2019年三季度.xlsx) holding one sheet per month: three monthly reports",
  sheet_name_period: "period only in the sheet name (7月, the year from the file name)",
  county_workbook: "a county-wide workbook: 所在镇 merged down over each town's factories",
  town_government: "a 所在镇 cell naming the town's government (长安镇政府)",
  placeholder_cells:
    "placeholders (—, 无) in optional cells (认定时间, 信用代码, 备注): NULL, never zero",
  remark_text: "remarks with numbers in words (含临时工3人) in a 备注 column the pipeline ignores",
  xlsx_merged_title: ".xlsx with merged title cells",
  xlsx_merged_header: ".xlsx with a two-row header in merged cells",
  xlsx_formula_total: ".xlsx totals row computed with SUM formulas (cached results stored)",
  xlsx_formula_cell: ".xlsx data cell computed by a formula (用工人数 = 男工 + 女工)",
  excel_trailing_commas: "every CSV line padded with commas to the table width (Excel)",
  csv_no_padding: "title and note lines without trailing commas (WPS)",
  title_rows: "title rows above the header",
  note_rows: "note rows below the table (填报人 / 联系电话 / 审核人)",
  note_date: "a 填报日期 note below the table (a date that is not the period)",
  second_header_row: "a second header row: 用工情况,, above 用工人数,其中贫困劳动力,其中搬迁群众",
  totals_heji: "a 合计 totals row",
  totals_zongji: "a 总计 totals row",
  totals_xiaoji: "小计 subtotal rows per community, then 合计",
  blank_row_commas: "a blank row of empty cells (,,,,)",
  blank_row_empty: "an empty line",
  unit_header_wan: "money in 万元 by the header (产值（万元）, 产值(万元))",
  unit_header_yuan: "money in 元 by the header (产值（元）)",
  unit_cell_wan: "unit suffix 万 in cells (12.53万)",
  unit_cell_yi: "unit suffix 亿 in a cell (0.0273亿)",
  unit_cell_yuan: "unit suffix 元 in cells (186500元)",
  thousands_separator: 'thousands separators ("1,234,500")',
  spaces_in_numbers: 'spaces in numbers (" 56", "1 234 500")',
  full_width_digits: "full-width digits (５６)",
  date_iso: "dates as 2017-06-12",
  date_slash: "dates as 2017/6/12",
  date_dot_month: "dates as 2017.6 (month only: the first of the month)",
  date_cn_month: "dates as 2017年6月 (month only: the first of the month)",
  date_cn_day: "dates as 2017年6月12日",
  date_excel_serial: "dates as Excel serial numbers in CSV (42898)",
  date_xlsx_cell: "dates as real Excel date cells",
  town_column_full: "town column with the full name (老县镇)",
  town_column_short: "town column with the short name (老县, 涧池)",
  town_title_short: "short town name in the title (平利县大贵社区工厂…)",
  town_title_only: "town only in the title (not in the path, no town column)",
  town_file_name_only: "town only in the file name (no title, no town column)",
  period_column: "period from a period column (报告期 / 统计期 / 月份)",
  period_title: "period from the title rows",
  period_file_name_only: "period only in the file name",
  file_name_yyyy_mm: "file name with the period as 2018-06",
  file_name_yyyymm: "file name with the period as 201806",
  file_name_yyyyqn: "file name with the period as 2018Q2",
  file_name_cn_month: "file name with the period as 2018年6月",
  file_name_cn_quarter: "file name with the period as 2018年二季度 / 2018年第二季度",
  header_synonyms_change: "a town renames its columns from one period on",
  resubmission:
    "a resubmission: same town and period sent again under a later-sorting name (_更正 / _v2)",
  personal_columns: "personal-data columns (负责人, 法人代表, 联系电话, 身份证号)",
  personal_note_rows: "names and phone numbers in note rows",
  credit_code: "unified social credit codes for some factories, blank for others",
  leading_shi_fou: "leading-enterprise flag as 是/否",
  leading_tick: "leading-enterprise flag as √ / blank",
  leading_yn: "leading-enterprise flag as Y/N",
  unknown_columns: "columns the pipeline does not know (序号, 备注, 男工, 女工)",
  no_contracts_column: "no contracts column (contracts_1y is NULL)",
  certified_blank: "认定时间 blank (not certified yet)",
} as const;

export type QuirkId = keyof typeof QUIRKS;

export const QUIRK_IDS = Object.keys(QUIRKS) as QuirkId[];

// The reject reasons are the pipeline's own list (DATA-CONTRACT §3), so the samples plant exactly those.
export { REJECT_REASONS, type RejectReason } from "../../../src/lib/pipeline/output-schema";
