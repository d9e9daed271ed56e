import { matchField, matchFieldExactly, normaliseLabel } from "./match-field";
import type { Field } from "./match-field";
import { headerUnitMultiplier } from "./parse-number";
import { isPersonalHeader } from "./personal-data";

/** One column of the report as its header describes it. */
export interface HeaderColumn {
  /** 0-based column index in the grid. */
  index: number;
  /** The canonical field, or null for a column we do not read (序号, 备注, personal data, …). */
  field: Field | null;
  /** The most specific header text, normalised (`用工人数`, `产值/累计`); "" for an unlabelled column. */
  label: string;
  /** Factor the header's unit implies for numbers in the column (万元 → 10,000). */
  multiplier: number;
  /** True for columns of names, phones or ID numbers, which are never read (DATA-CONTRACT §4). */
  personal: boolean;
}

/** Where the header is and what each column holds. */
export interface HeaderMatch {
  /** 0-based row of the (first) header row. */
  headerRowIndex: number;
  /** 0-based row of the first data row: after the second header row when there is one. */
  dataStartIndex: number;
  columns: HeaderColumn[];
}

// Title and note rows sit above the header; fifteen rows is more than any report seen uses.
const HEADER_SCAN_ROWS = 15;
const COUNT_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "employees",
  "poor_workers",
  "relocated_workers",
  "contracts_1y",
  "output_value",
  "wages",
  "months_operating",
]);

const cellAt = (row: readonly string[] | undefined, index: number): string =>
  row?.[index]?.trim() ?? "";

function ownFields(row: readonly string[]): number {
  return row.filter((cell) => matchField(cell) !== null && !isPersonalHeader(cell)).length;
}

// A unit row under the header: （人）, (万元), 万元.
const UNIT_CELL = /^[(（]?\s*(?:人|个|家|户|元|万元|亿元|千元|月|个月)\s*[)）]?$/;

// A second header row holds no numbers or dates, and each of its cells either names a field exactly,
// is a unit, or sits under a group label (用工情况 over 用工人数, 其中贫困劳动力): never a factory's data.
function isSubHeader(
  top: readonly string[],
  row: readonly string[] | undefined,
): row is readonly string[] {
  if (row === undefined || row.some((cell) => /^\s*[0-9０-９]/.test(cell))) return false;
  const underGroup = (index: number): boolean =>
    cellAt(top, index) === "" || (cellAt(top, index + 1) === "" && cellAt(row, index + 1) !== "");
  const filled = row.flatMap((cell, index) => (cell.trim() === "" ? [] : [index]));
  return (
    filled.length > 0 &&
    filled.every((index) => {
      const cell = cellAt(row, index);
      return underGroup(index) || matchFieldExactly(cell) !== null || UNIT_CELL.test(cell);
    })
  );
}

function labelOf(upper: string, sub: string, subField: Field | null): string {
  if (sub === "") return normaliseLabel(upper);
  if (subField !== null || upper === "") return normaliseLabel(sub);
  return `${normaliseLabel(upper)}/${normaliseLabel(sub)}`;
}

// `upper` is the column's own first-row label or the group label it sits under; `sub` its second-row label.
function describeColumn(
  index: number,
  upper: string,
  sub: string,
  ownsUpper: boolean,
): HeaderColumn {
  const subMultiplier = headerUnitMultiplier(sub);
  const multiplier = subMultiplier !== 1 ? subMultiplier : headerUnitMultiplier(upper);
  // A unit row (（人）, （万元）) only adds a multiplier.
  const name = UNIT_CELL.test(sub) ? "" : sub;
  const personal = isPersonalHeader(upper) || isPersonalHeader(name);
  const subField = name === "" ? null : matchField(name);
  const field = personal
    ? null
    : (subField ??
      (name !== "" ? matchField(upper + name) : null) ??
      (ownsUpper ? matchField(upper) : null));
  return { index, field, label: labelOf(upper, name, subField), multiplier, personal };
}

function buildColumns(
  top: readonly string[],
  bottom: readonly string[] | undefined,
): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  const seen = new Set<Field>();
  let group = "";
  for (let index = 0; index < Math.max(top.length, bottom?.length ?? 0); index++) {
    const own = cellAt(top, index);
    const sub = cellAt(bottom, index);
    // Merged cells exported flat leave the group label (用工情况) only above its first sub-column.
    if (own !== "") group = own;
    const upper = own !== "" ? own : sub !== "" ? group : "";
    const column = describeColumn(index, upper, sub, own !== "");
    // A second column for the same field (就业人数 after 用工人数) is kept but not read.
    if (column.field !== null && seen.has(column.field)) column.field = null;
    if (column.field !== null) seen.add(column.field);
    columns.push(column);
  }
  return columns;
}

/**
 * Finds the header in the first rows of a report grid (the row naming the most fields, with at least the
 * factory name and one count), merges a refining second header row, and maps each column to a field.
 */
export function findHeader(grid: readonly (readonly string[])[]): HeaderMatch | null {
  let best: (HeaderMatch & { score: number; own: number }) | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const top = grid[r] ?? [];
    const own = ownFields(top);
    if (own === 0) continue;
    const next = grid[r + 1];
    const bottom = isSubHeader(top, next) ? next : undefined;
    const columns = buildColumns(top, bottom);
    const fields = columns.flatMap((column) => (column.field === null ? [] : [column.field]));
    if (!fields.includes("factory_name") || !fields.some((field) => COUNT_FIELDS.has(field)))
      continue;
    const score = fields.length;
    if (best === null || score > best.score || (score === best.score && own > best.own)) {
      best = { headerRowIndex: r, dataStartIndex: r + (bottom ? 2 : 1), columns, score, own };
    }
  }
  if (best === null) return null;
  return {
    headerRowIndex: best.headerRowIndex,
    dataStartIndex: best.dataStartIndex,
    columns: best.columns,
  };
}
