const TAB = 9;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

/** Rows of a CSV file, with the 1-based line each row starts on (differs when a quoted cell spans lines). */
export interface CsvRows {
  /** Cells of each row, as written (quotes removed, `""` unescaped). */
  rows: string[][];
  /** `lines[i]` is the 1-based line of the file where `rows[i]` starts. */
  lines: number[];
}

interface CsvRecord {
  cells: string[];
  next: number;
  lineBreaks: number;
}

function scanUnquoted(text: string, from: number, delimiter: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === LF || c === CR) break;
    j++;
  }
  return j;
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === LF || (c === CR && value.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

// The slow path: one record that has quotes or a lone CR, scanned character by character.
function parseRecord(text: string, start: number, delimiter: number): CsvRecord {
  const n = text.length;
  const cells: string[] = [];
  let lineBreaks = 0;
  let i = start;
  for (;;) {
    let value = "";
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          // Unterminated quote: the rest of the file becomes this cell rather than an error.
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q + (text.charCodeAt(q + 1) === QUOTE ? 1 : 0));
        if (text.charCodeAt(q + 1) !== QUOTE) {
          i = q + 1;
          break;
        }
        from = q + 2;
      }
      lineBreaks += countLineBreaks(value);
    }
    // Unquoted cells, and stray text after a closing quote (`"ab"cd`), which Excel keeps literally.
    const j = scanUnquoted(text, i, delimiter);
    value += text.slice(i, j);
    i = j;
    cells.push(value);
    if (text.charCodeAt(i) !== delimiter) break;
    i++;
  }
  if (i < n) i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
  return { cells, next: i, lineBreaks };
}

/** The cell separator of a text report: tab (Excel's "Unicode text") or comma (CSV). */
export type Delimiter = "," | "\t";

// A few lines are enough: the header and title rows come first.
const SNIFF_LINES = 30;

/** Tab when the first lines hold more tabs than commas, else comma (DATA-CONTRACT §6: per file). */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let line = 0;
  for (let i = 0; i < text.length && line < SNIFF_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB) tabs++;
    else if (c === 44) commas++;
    else if (c === LF) line++;
  }
  return tabs > commas ? "\t" : ",";
}

/** Parses RFC 4180 CSV (quotes, CRLF/LF/CR) leniently, never throwing; a final empty line is dropped. */
export function parseCsvWithLines(text: string, delimiter: Delimiter = ","): CsvRows {
  const sep = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  // Positions of the next quote and CR, searched again only once passed (-1: none left), so that
  // quote-free lines take the native `split` fast path in linear time overall.
  let nextQuote = -2;
  let nextCr = -2;
  while (i < n) {
    let lf = text.indexOf("\n", i);
    if (lf === -1) lf = n;
    const end = lf > i && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
    if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf("\r", i);
    lines.push(line);
    if ((nextQuote === -1 || nextQuote >= lf) && (nextCr === -1 || nextCr >= end)) {
      rows.push(text.slice(i, end).split(delimiter));
      line++;
      i = lf + 1;
      continue;
    }
    const record = parseRecord(text, i, sep);
    rows.push(record.cells);
    line += record.lineBreaks + 1;
    i = record.next;
  }
  return { rows, lines };
}

/** Parses RFC 4180 CSV text into rows of cells; see `parseCsvWithLines` for line numbers. */
export function parseCsv(text: string): string[][] {
  return parseCsvWithLines(text).rows;
}
