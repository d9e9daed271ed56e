import { formatCount } from "../format/format-count";
import type { Severity } from "../flags/flags-schema";
import { bodyRows } from "../html/body-rows";
import { attrs, markup, type Html } from "../html/html";
import { inLang, type Lang } from "../i18n/lang";
import type { FactoryReportRow } from "../sql/factory-sql";

/** A flag as a factory's report table shows it beside the report it was raised on. */
export interface ReportFlag {
  period_start: string;
  period_end: string;
  flag: string;
  severity: Severity;
  explanation_zh: string;
  explanation_en: string;
}

/** `2019-06`, or `2019-04 – 2019-06` for a report over more than one month (a quarter). */
export const reportPeriod = (start: string, end: string): string =>
  start.slice(0, 7) === end.slice(0, 7)
    ? end.slice(0, 7)
    : `${start.slice(0, 7)} – ${end.slice(0, 7)}`;

/**
 * The source files of a page's report rows, once each, numbered in the order of the earliest report
 * each holds (then by path), so the numbers run with the periods: a town's factories report on the
 * same monthly files, so a factory book (province site) lists each file once and a row names its file by
 * its number here (`3: 7`, file 3, row 7), linked to the list's item `#s3`. The list is the page's
 * `[data-source-files]` list: the CSV reads a row's file back from it (table-cells.ts).
 */
export function sourceFileKeys(
  reports: Iterable<Pick<FactoryReportRow, "source_file" | "period_end">>,
): Map<string, number> {
  const earliest = new Map<string, string>();
  for (const { source_file: file, period_end: end } of reports) {
    const seen = earliest.get(file);
    if (seen === undefined || end < seen) earliest.set(file, end);
  }
  const files = [...earliest].sort(([a, x], [b, y]) =>
    x === y ? (a < b ? -1 : a > b ? 1 : 0) : x < y ? -1 : 1,
  );
  return new Map(files.map(([file], i) => [file, i + 1]));
}

/**
 * The id of a source file's item in a page's list, from its number (`sourceFileKeys`): letters and digits
 * only, so a row's link writes it unquoted.
 */
export const sourceFileId = (key: number): string => `s${key}`;

/** The report table's column names, in its order (factoryStrings' `h`). */
export interface HistoryHeadings {
  period: string;
  jobs: string;
  poor: string;
  relocated: string;
  output: string;
  wages: string;
  source: string;
}

/**
 * The header row of a factory's report table, written as its rows are (`historyRowsHtml`): no class per
 * cell (factories.css aligns the figures' columns by position), no space between cells and no optional
 * end tag, so the whole of its `thead`: ~125 bytes a factory less than the template's, ~5 MB at 40 counties.
 * `flags`: the flags column's name, when the factory has flags.
 */
export const historyHeadHtml = (h: HistoryHeadings, flags: string | null): Html =>
  bodyRows([
    markup`<tr>${[h.period, h.jobs, h.poor, h.relocated, h.output, h.wages, h.source, flags].map(
      (name) => (name === null ? null : markup`<th scope="col">${name}</th>`),
    )}</tr>`,
  ]);

/**
 * The rows of a factory's report table (FactoryDetails.astro), one per report: period, the five figures
 * (a whole number as its text, a fraction with its exact number in `data-value`), the file and row the report came from, and, when the factory has
 * flags, the report's own. Built as text with no class per cell (factories.css styles the columns by
 * position): a province has ~40,000 factory pages of ~50 reports each, and this table is most of each page.
 * Columns keep one unit for every row, named in the header (产值（元）): whole numbers with separators.
 * Given `sourceKeys`, a row's file is its number in the page's list of files (~60 bytes a row less).
 * Written without the rows' optional end tags (body-rows.ts): the rows are the whole of their `tbody`.
 */
export function historyRowsHtml(
  reports: readonly FactoryReportRow[],
  flags: readonly ReportFlag[],
  lang: Lang,
  severityLabel: Readonly<Record<Severity, string>>,
  /** A factory book's numbers for its source files (`sourceFileKeys`): the file as its linked number. */
  sourceKeys?: ReadonlyMap<string, number>,
): Html {
  // A whole number's cell is its grouped text alone (1,302): the table's `data-text-numbers` tells the
  // CSV to read it back (table-cells.ts); only a fraction (产值 1,234,567.5) keeps its exact `data-value`.
  const number = (n: number) =>
    Number.isSafeInteger(n)
      ? markup`<td>${formatCount(n, lang)}</td>`
      : markup`<td${attrs({ "data-value": n })}>${formatCount(n, lang)}</td>`;
  // A flag belongs to the report it was raised on (a quarter and a month may end the same day).
  const flagsCell = (r: FactoryReportRow) => {
    const own = flags.filter(
      (x) => x.period_end === r.period_end && x.period_start === r.period_start,
    );
    const items = own.map(
      (x) =>
        markup`<li${attrs({ "data-flag": x.flag })}><span${attrs({ class: `severity severity-${x.severity.toLowerCase()}` })}>${severityLabel[x.severity]}</span> ${inLang({ zh: x.explanation_zh, en: x.explanation_en }, lang)}</li>`,
    );
    return markup`<td>${items.length > 0 ? markup`<ul class="factory-flags">${items}</ul>` : null}</td>`;
  };
  const file = (name: string) => {
    const key = sourceKeys?.get(name);
    // Unquoted, as the row header's scope: a value of letters and digits needs no quotes (2 bytes a row).
    return key === undefined ? name : markup`<a href=#${sourceFileId(key)}>${key}</a>`;
  };
  return bodyRows(
    reports.map(
      (r) =>
        markup`<tr><th scope=row>${reportPeriod(r.period_start, r.period_end)}</th>${[
          r.employees,
          r.poor_workers,
          r.relocated_workers,
          r.output_value_yuan,
          r.wages_yuan,
        ].map(
          number,
        )}<td>${file(r.source_file)}: ${r.source_row}</td>${flags.length > 0 ? flagsCell(r) : null}</tr>`,
    ),
  );
}
