import { creditCodeOf } from "../parse/credit-code";
import type { HeaderColumn } from "../parse/map-headers";
import type { Field } from "../parse/match-field";
import { countPersonalData } from "../parse/personal-data";

/** Columns whose text reaches an output (factories.parquet, rejects.csv): what the manifest counts. */
const SHOWN: readonly Field[] = ["factory_name", "community", "industry", "town"];
// A credit-code cell with no letter or digit says "none" (无, -, /): nothing was dropped.
const SAYS_SOMETHING = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/**
 * Personal data in one data row (DATA-CONTRACT §4a): values replaced in the text columns that are
 * published, and a credit-code cell dropped because it is no valid code (an ID number, a typo).
 */
export function personalInRow(
  cells: readonly string[],
  columns: readonly HeaderColumn[],
): { replaced: number; creditCodes: number } {
  let replaced = 0;
  let creditCodes = 0;
  for (const column of columns) {
    if (column.personal || column.field === null) continue;
    const cell = cells[column.index] ?? "";
    if (column.field === "credit_code") {
      if (SAYS_SOMETHING.test(cell) && creditCodeOf(cell) === null) creditCodes += 1;
    } else if (SHOWN.includes(column.field)) replaced += countPersonalData(cell);
  }
  return { replaced, creditCodes };
}
