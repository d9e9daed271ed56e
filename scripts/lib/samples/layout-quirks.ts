import type { SampleTown } from "./factory-model";
import type { QuirkId } from "./quirks";
import { fillTemplate, type Period } from "./periods";
import { isWorkbook, type FileFormat, type ReportStyle } from "./report-style";

/** The quirks a report shows by its layout alone: where its town and period are, its columns, its file name. */
export function layoutQuirks(
  style: ReportStyle,
  period: Period,
  town: SampleTown,
  format: FileFormat,
): QuirkId[] {
  const quirks: QuirkId[] = [];
  const short = town.short_names[0] ?? town.name;
  const kinds = new Set(style.columns.map((c) => c.kind));
  if (kinds.has("manager") || kinds.has("legal") || kinds.has("phone") || kinds.has("idno"))
    quirks.push("personal_columns");
  if (kinds.has("credit")) quirks.push("credit_code");
  if (kinds.has("seq") || kinds.has("remark") || kinds.has("male")) quirks.push("unknown_columns");
  if (!kinds.has("contracts")) quirks.push("no_contracts_column");
  if (kinds.has("town"))
    quirks.push(style.townText === "short" ? "town_column_short" : "town_column_full");
  const titleText = style.title.map((t) => fillTemplate(t, period)).join(" ");
  const path = fillTemplate(style.path, period);
  const inTitle = titleText.includes(short);
  const inPath = path.includes(short);
  if (inTitle && !titleText.includes(town.name)) quirks.push("town_title_short");
  if (inTitle && !inPath && !kinds.has("town")) quirks.push("town_title_only");
  if (inPath && !inTitle && !kinds.has("town")) quirks.push("town_file_name_only");
  const titleHasPeriod = style.title.some((t) => t.includes("{yyyy}"));
  if (kinds.has("period")) quirks.push("period_column");
  if (titleHasPeriod) quirks.push("period_title");
  if (!kinds.has("period") && !titleHasPeriod && !style.quarterWorkbook)
    quirks.push("period_file_name_only");
  if (style.path.includes("{yyyy}-{mm}")) quirks.push("file_name_yyyy_mm");
  if (style.path.includes("{yyyy}{mm}")) quirks.push("file_name_yyyymm");
  if (style.path.includes("{yyyy}Q{q}")) quirks.push("file_name_yyyyqn");
  if (style.path.includes("{yyyy}年{m}月")) quirks.push("file_name_cn_month");
  if (style.path.includes("{cnq}季度")) quirks.push("file_name_cn_quarter");
  if (style.quarterWorkbook) quirks.push("quarter_workbook");
  if (style.quarterWorkbook && !kinds.has("period") && !titleHasPeriod)
    quirks.push("sheet_name_period");
  if (isWorkbook(format)) {
    quirks.push(format);
    if (style.instructions) quirks.push("instructions_sheet");
  } else {
    if (format === "txt") quirks.push("txt_utf16_tab");
    quirks.push("crlf");
    quirks.push(style.pad ? "excel_trailing_commas" : "csv_no_padding");
  }

  return quirks;
}
