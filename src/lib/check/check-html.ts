import type { CheckStrings } from "../../i18n/check-strings";
import { strings, type Lang } from "../../i18n/strings";
import { attrs, markup, type Html } from "../html/html";
import type { CheckView } from "./check-view";

/** A browser tab stays responsive with this many table rows per file; the counts above always say all. */
export const MAX_SHOWN_ROWS = 500;
export const MAX_SHOWN_REJECTS = 1000;

const FORMATS: Record<Lang, Intl.NumberFormat> = {
  "zh-CN": new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

const SKIP_KINDS = ["title", "header", "blank", "total", "note"] as const;

/**
 * One file's check as markup: the verdict line first (可以报送 / 需修改 N 处), then what the pipeline will
 * read, the rows to fix and the rows it will accept. Counts sit in data attributes for tests.
 */
export function checkHtml(view: CheckView, c: CheckStrings, lang: Lang): Html {
  const num = (n: number) => FORMATS[lang].format(n);
  const reasons = strings(lang).rejectReason;
  const ok = view.problems === 0;
  const fact = (label: string, values: readonly string[] | string | null) => {
    const text = Array.isArray(values) ? values.join("、") : values;
    return markup`<div><dt>${label}</dt><dd>${text || c.notFound}</dd></div>`;
  };
  const skippedParts = SKIP_KINDS.filter((k) => view.skipped_by[k] > 0).map(
    (k) => `${c.skipKind[k]} ${num(view.skipped_by[k])}`,
  );
  const shownRejects = view.rejects.slice(0, MAX_SHOWN_REJECTS);
  const shownRows = view.rows.slice(0, MAX_SHOWN_ROWS);
  return markup`<article class="check-file"${attrs({
    "data-check-file": view.file,
    "data-verdict": ok ? "ok" : "fix",
    "data-problems": view.problems,
    "data-rows-read": view.rows_read,
    "data-accepted": view.accepted,
    "data-rejected": view.rejected,
    "data-skipped": view.skipped,
    "data-personal-columns": view.personal.columns,
    "data-personal-cells": view.personal.cells,
  })}>
  <h3>${view.file}</h3>
  <p class="check-verdict ${ok ? "is-ok" : "is-fix"}" data-verdict-line><span aria-hidden="true">${ok ? "✓" : "✗"}</span> ${ok ? c.verdictOk : c.verdictFix(view.problems)}</p>
  <dl class="check-facts">${fact(c.county, view.county)}${fact(c.encoding, view.encoding)}${fact(c.town, view.towns)}${fact(c.period, view.periods)}</dl>
  <p data-counts>${c.counts(view.rows_read, view.accepted, view.rejected, view.skipped)}${skippedParts.length > 0 ? `（${skippedParts.join("，")}）` : ""}</p>
  <p data-personal>${view.personal.columns > 0 ? c.personal(view.personal.columns, view.personal.cells) : c.personalNone}</p>
  ${view.error ? markup`<p class="check-error" role="alert"><strong>${c.errorHeading}</strong>：${view.error}</p>` : ""}
  ${view.error === null && view.accepted === 0 && view.rejected === 0 ? markup`<p class="check-error">${c.noRows}</p>` : ""}
  ${
    view.rejected > 0
      ? markup`<div class="table-scroll" tabindex="0"><table class="check-rejects" data-rejects>
    <caption>${c.rejectsHeading(view.rejected)}</caption>
    <thead><tr><th scope="col">${c.col.row}</th><th scope="col">${c.col.column}</th><th scope="col">${c.col.reason}</th><th scope="col">${c.col.message}</th></tr></thead>
    <tbody>${shownRejects.map(
      (r) =>
        markup`<tr${attrs({ "data-reason": r.reason })}><td class="num">${r.source_row}</td><td>${r.column}</td><td>${reasons[r.reason].label}</td><td class="message">${r.message}</td></tr>`,
    )}</tbody>
  </table></div>
  ${view.rejected > shownRejects.length ? markup`<p>${c.shownFirst(shownRejects.length, view.rejected)}</p>` : ""}`
      : ""
  }
  ${
    view.accepted > 0
      ? markup`<details class="check-rows"${attrs({ open: view.accepted <= 50 })}>
  <summary>${c.rowsHeading(view.accepted)}</summary>
  <div class="table-scroll" tabindex="0"><table data-rows>
    <caption>${c.rowsCaption(view.file)}</caption>
    <thead><tr><th scope="col">${c.col.row}</th><th scope="col">${c.col.factory}</th><th scope="col">${c.col.town}</th><th scope="col">${c.col.period}</th><th scope="col">${c.col.employees}</th><th scope="col">${c.col.poor}</th><th scope="col">${c.col.relocated}</th><th scope="col">${c.col.contracts}</th><th scope="col">${c.col.output}</th><th scope="col">${c.col.wages}</th></tr></thead>
    <tbody>${shownRows.map(
      (r) =>
        markup`<tr><td class="num">${r.source_row}</td><td>${r.name}</td><td>${r.town}</td><td>${r.period}</td><td class="num">${num(r.employees)}</td><td class="num">${num(r.poor_workers)}</td><td class="num">${num(r.relocated_workers)}</td><td class="num">${r.contracts_1y === null ? "—" : num(r.contracts_1y)}</td><td class="num">${num(r.output_value_yuan)}</td><td class="num">${num(r.wages_yuan)}</td></tr>`,
    )}</tbody>
  </table></div>
  ${view.accepted > shownRows.length ? markup`<p>${c.shownFirst(shownRows.length, view.accepted)}</p>` : ""}
</details>`
      : ""
  }
</article>`;
}
