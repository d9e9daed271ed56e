import { toHalfWidth } from "./to-half-width";

// What clerks write for "nothing here" (DATA-CONTRACT §6): dashes, slashes, 无, 空. Full-width forms
// (－ ／) are made half-width first.
const PLACEHOLDER = /^(?:-{1,2}|—{1,2}|–|\/|\\|无|空)$/;

/** Whether a cell holds only a placeholder: no value, never zero (NULL, or `missing_required` if required). */
export function isPlaceholder(cell: string): boolean {
  return PLACEHOLDER.test(toHalfWidth(cell).replace(/[\s\u00a0]+/g, ""));
}
