import { decodeReportText } from "../parse/detect-encoding";
import { findHeader } from "../parse/map-headers";
import { detectDelimiter, parseCsvWithLines } from "../parse/parse-csv";
import { redactPersonalData } from "../parse/personal-data";
import { isWorkbookBytes, readWorkbook } from "../parse/read-workbook";

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

/**
 * The header labels of the personal-data columns the pipeline drops (负责人, 联系电话 …), by sheet name ("" for
 * a text file): the names of the columns, never a value from them. `parseReportFile` only counts these
 * columns, so the checker finds the same headers again (the same readers and `findHeader`); it is called
 * only for a file that has such columns, so a file without them is read once. A file that cannot be read
 * gives none (its problem is already reported).
 */
export async function personalColumns(
  fileName: string,
  bytes: Uint8Array,
): Promise<Map<string, string[]>> {
  const grids: { sheet: string; rows: string[][] }[] = [];
  try {
    if (WORKBOOK_EXTENSION.test(fileName) || isWorkbookBytes(bytes)) {
      for (const sheet of await readWorkbook(bytes))
        grids.push({ sheet: sheet.name, rows: sheet.rows });
    } else {
      const decoded = decodeReportText(bytes);
      if (decoded.ok)
        grids.push({
          sheet: "",
          rows: parseCsvWithLines(decoded.text, detectDelimiter(decoded.text)).rows,
        });
    }
  } catch {
    return new Map();
  }
  const found = new Map<string, string[]>();
  for (const { sheet, rows } of grids) {
    const labels = (findHeader(rows)?.columns ?? [])
      .filter((c) => c.personal)
      // A header label may itself hold a name or number (§4a): masked like every other text.
      .map((c) => redactPersonalData(c.label));
    if (labels.length > 0) found.set(sheet, labels);
  }
  return found;
}
