import { isNoteRow } from "./personal-data";
import { toHalfWidth } from "./to-half-width";

/** Why a row is skipped and counted rather than read: empty, a totals row, or a note/sign-off row. */
export type SkipReason = "blank" | "total" | "note";

/** Whether a row below the header is data (`skip: false`) or is skipped, and why. */
export type SkipResult = { skip: true; why: SkipReason } | { skip: false };

// 合计, 总计, 小计, also 合 计, 全县合计, 合计：.
const TOTAL = /^(?:全[县镇乡])?(?:合计|总计|小计)[:]?$/;
// A serial-number column may come first: look at the first two filled cells for the totals label.
const TOTAL_LOOKAHEAD = 2;
// A note's shape, whatever its words (经办：…, 主要负责人：…, 分管领导（签字）：): a short label and a colon.
const LABEL_AND_COLON = /^[\p{Script=Han}A-Za-z() ]{1,10}:/u;
// A cell that is only a number, as the numeric columns of a data row are.
const PLAIN_NUMBER = /^[-+]?[\d,]+(?:\.\d+)?(?:万|亿|元|万元|人|%)?$/;

/** Classifies a row as blank, a totals row (合计/总计/小计), a note row (填报人：…), or data. */
export function isSkippableRow(cells: readonly string[]): SkipResult {
  const filled = cells
    .map((cell) => toHalfWidth(cell).replace(/\s+/g, ""))
    .filter((cell) => cell !== "");
  if (filled.length === 0) return { skip: true, why: "blank" };
  if (filled.slice(0, TOTAL_LOOKAHEAD).some((cell) => TOTAL.test(cell))) {
    return { skip: true, why: "total" };
  }
  if (isNoteRow(cells)) return { skip: true, why: "note" };
  // A data row always has numbers; a sign-off row below the data has a label and a colon and none.
  if (LABEL_AND_COLON.test(filled[0] ?? "") && !filled.some((cell) => PLAIN_NUMBER.test(cell)))
    return { skip: true, why: "note" };
  return { skip: false };
}
