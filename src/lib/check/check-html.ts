import type { CheckStrings } from "../../i18n/check-strings";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { attrs, markup, type Html } from "../html/html";
import type { CheckedSheet, CheckView } from "./check-view";

/** A browser tab stays responsive with this many table rows per sheet; the counts above always say all. */
export const MAX_SHOWN_ROWS = 500;
export const MAX_SHOWN_REJECTS = 1000;

const FORMATS: Record<Lang, Intl.NumberFormat> = {
  "zh-CN": new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

const SKIP_KINDS = ["title", "header", "blank", "total", "note", "sheet"] as const;

const fact = (label: string, values: readonly string[] | string | null, none: string) => {
  const text = Array.isArray(values) ? values.join("、") : values;
  return markup`<div><dt>${label}</dt><dd>${text || none}</dd></div>`;
};

/** A sheet's rows to fix and rows to accept; `place` names the file, and the sheet of a workbook. */
function sheetTables(sheet: CheckedSheet, place: string, c: CheckStrings, lang: Lang): Html {
  const num = (n: number) => FORMATS[lang].format(n);
  const reasons = strings(lang).rejectReason;
  const shownRejects = sheet.rejects.slice(0, MAX_SHOWN_REJECTS);
  const shownRows = sheet.rows.slice(0, MAX_SHOWN_ROWS);
  return markup`${
    sheet.rejects.length > 0
      ? markup`<div class="table-scroll" tabindex="0"><table class="check-rejects" data-rejects>
    <caption>${c.rejectsCaption(place, sheet.rejects.length)}</caption>
    <thead><tr><th scope="col">${c.col.row}</th><th scope="col">${c.col.column}</th><th scope="col">${c.col.reason}</th><th scope="col">${c.col.message}</th></tr></thead>
    <tbody>${shownRejects.map(
      (r) =>
        markup`<tr${attrs({ "data-reason": r.reason })}><td class="num">${r.source_row}</td><td>${r.column}</td><td>${reasons[r.reason].label}</td><td class="message">${r.message}</td></tr>`,
    )}</tbody>
  </table></div>
  ${sheet.rejects.length > shownRejects.length ? markup`<p>${c.shownFirst(shownRejects.length, sheet.rejects.length)}</p>` : ""}`
      : ""
  }${
    sheet.rows.length > 0
      ? markup`<details class="check-rows"${attrs({ open: sheet.rows.length <= 50 })}>
  <summary>${c.rowsHeading(sheet.rows.length)}</summary>
  <div class="table-scroll" tabindex="0"><table data-rows>
    <caption>${c.rowsCaption(place)}</caption>
    <thead><tr><th scope="col">${c.col.row}</th><th scope="col">${c.col.factory}</th><th scope="col">${c.col.town}</th><th scope="col">${c.col.period}</th><th scope="col">${c.col.employees}</th><th scope="col">${c.col.poor}</th><th scope="col">${c.col.relocated}</th><th scope="col">${c.col.contracts}</th><th scope="col">${c.col.output}</th><th scope="col">${c.col.wages}</th></tr></thead>
    <tbody>${shownRows.map(
      (r) =>
        markup`<tr><td class="num">${r.source_row}</td><td>${r.name}</td><td>${r.town}</td><td>${r.period}</td><td class="num">${num(r.employees)}</td><td class="num">${num(r.poor_workers)}</td><td class="num">${num(r.relocated_workers)}</td><td class="num">${r.contracts_1y === null ? "—" : num(r.contracts_1y)}</td><td class="num">${num(r.output_value_yuan)}</td><td class="num">${num(r.wages_yuan)}</td></tr>`,
    )}</tbody>
  </table></div>
  ${sheet.rows.length > shownRows.length ? markup`<p>${c.shownFirst(shownRows.length, sheet.rows.length)}</p>` : ""}
</details>`
      : ""
  }`;
}

/** One sheet of a workbook: its name, town and period, counts, and tables; or why it is skipped whole. */
function sheetHtml(sheet: CheckedSheet, file: string, c: CheckStrings, lang: Lang): Html {
  const counts = attrs({
    "data-sheet": sheet.name,
    "data-rows-read": sheet.rows_read,
    "data-accepted": sheet.accepted,
    "data-rejected": sheet.rejected,
    "data-skipped": sheet.skipped,
    "data-skipped-whole": sheet.skipped_whole,
  });
  if (sheet.skipped_whole !== null)
    return markup`<li class="check-sheet is-skipped"${counts}><p><strong>${c.sheetName(sheet.name)}</strong>${c.colon}${c.sheetSkipped(sheet.rows_read)}</p></li>`;
  return markup`<li class="check-sheet"${counts}>
  <h4>${c.sheetName(sheet.name)}</h4>
  <dl class="check-facts">${fact(c.town, sheet.towns, c.notFound)}${fact(c.period, sheet.periods, c.notFound)}</dl>
  <p>${c.counts(sheet.rows_read, sheet.accepted, sheet.rejected, sheet.skipped)}</p>
  ${sheetTables(sheet, `${file} [${sheet.name}]`, c, lang)}
</li>`;
}

/**
 * One file's check as markup: the verdict line first (可以报送 / 需修改 N 处), then what the pipeline will
 * read, and per sheet of a workbook its town, period, rows to fix and rows it will accept. Counts sit in data
 * attributes for tests.
 */
export function checkHtml(view: CheckView, c: CheckStrings, lang: Lang): Html {
  const num = (n: number) => FORMATS[lang].format(n);
  const ok = view.problems === 0;
  const skippedParts = SKIP_KINDS.filter((k) => view.skipped_by[k] > 0).map(
    (k) => `${c.skipKind[k]} ${num(view.skipped_by[k])}`,
  );
  // A text file is one sheet with no name: its town, period and tables belong to the file itself.
  const textSheet = view.sheets.length === 1 && view.sheets[0]?.name === "" ? view.sheets[0] : null;
  const sheets = textSheet ? [] : view.sheets;
  return markup`<article class="check-file"${attrs({
    "data-check-file": view.file,
    "data-verdict": ok ? "ok" : "fix",
    "data-problems": view.problems,
    "data-rows-read": view.rows_read,
    "data-accepted": view.accepted,
    "data-rejected": view.rejected,
    "data-skipped": view.skipped,
    "data-sheets": view.sheets.length,
    "data-personal-columns": view.personal.columns,
    "data-personal-cells": view.personal.cells,
  })}>
  <h3>${view.file}</h3>
  <p class="check-verdict ${ok ? "is-ok" : "is-fix"}" data-verdict-line><span aria-hidden="true">${ok ? "✓" : "✗"}</span> ${ok ? c.verdictOk : c.verdictFix(view.problems)}</p>
  <dl class="check-facts">${fact(c.county, view.county, c.notFound)}${fact(c.encoding, view.encoding, c.notFound)}${
    textSheet
      ? markup`${fact(c.town, textSheet.towns, c.notFound)}${fact(c.period, textSheet.periods, c.notFound)}`
      : sheets.length > 0
        ? fact(
            c.sheets,
            c.sheetCount(sheets.length, sheets.filter((s) => s.skipped_whole !== null).length),
            c.notFound,
          )
        : ""
  }</dl>
  <p data-counts>${c.counts(view.rows_read, view.accepted, view.rejected, view.skipped)}${skippedParts.length > 0 ? c.skippedBy(skippedParts) : ""}</p>
  <p data-personal>${view.personal.columns > 0 ? c.personal(view.personal.columns, view.personal.cells, view.personal.labels) : c.personalNone}</p>
  ${view.error ? markup`<p class="check-error" role="alert"><strong>${c.errorHeading}</strong>${c.colon}${view.error}</p>` : ""}
  ${view.error === null && view.accepted === 0 && view.rejected === 0 ? markup`<p class="check-error">${c.noRows}</p>` : ""}
  ${textSheet ? sheetTables(textSheet, view.file, c, lang) : ""}
  ${sheets.length > 0 ? markup`<ol class="check-sheets">${sheets.map((s) => sheetHtml(s, view.file, c, lang))}</ol>` : ""}
</article>`;
}
