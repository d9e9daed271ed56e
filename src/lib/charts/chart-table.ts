/** A column of a chart's table alternative. */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, with tabular figures. */
  numeric: boolean;
}

/** A cell: the text shown, and the exact number behind it where there is one (for `data-value`). */
export interface TableCell {
  text: string;
  value?: number;
}

/** The table beside a chart, made from the same data, so a reader without the picture loses nothing. */
export interface ChartTable {
  columns: TableColumn[];
  /** One array of cells per row, in the order of `columns`. */
  rows: TableCell[][];
}

export const textCell = (text: string): TableCell => ({ text });
export const numberCell = (value: number, text: string): TableCell => ({ text, value });
