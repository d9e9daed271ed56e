import { toCsv } from "../csv/to-csv";
import { exploreStrings, type ExploreStrings } from "../../i18n/explore-strings";
import { pageLang } from "./page-lang";
import { arrowCells, type PlainResult, type PlainValue } from "./arrow-rows";
import type { Engine } from "./duckdb-engine";
import { NUMBER_LOCALE } from "../i18n/lang";

/** Rows drawn in the result table; the CSV download carries every row. */
export const SHOWN_ROWS = 1000;

/** The first line DuckDB gives for a failed query, without any JavaScript stack. */
export function queryErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n    at ")[0]?.trim() ?? message;
}

// DuckDB's words when a statement would reach outside the published tables or change the locked settings
// (duckdb-engine.ts, LOCK_DOWN_SQL): "Permission Error: … disabled by configuration", "Cannot change …
// the configuration has been locked".
const REFUSED = /Permission Error|disabled by configuration|configuration has been locked/i;

/** A refused statement's message gets a line saying what the console may do. */
export function isRefusal(message: string): boolean {
  return REFUSED.test(message);
}

// DuckDB-WASM's INSTALL fetches nothing (it only notes where LOAD would fetch from, and LOAD is refused
// under the lock), so it would "succeed": the console says plainly that it does not install instead.
const INSTALL = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:force\s+)?install\b/i;

/** The refusal the console gives a statement without running it, or null to run it. */
export function refusedBeforeRunning(sql: string): string | null {
  return INSTALL.test(sql)
    ? "Permission Error: installing extensions is disabled on this site"
    : null;
}

/** Column names made unique for the CSV header (`SELECT 1, 1` gives two columns named "1"). */
function uniqueNames(columns: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

/** The whole result as CSV (UTF-8 BOM, formula-injection guard: to-csv.ts). */
export function resultCsv(result: PlainResult): string {
  const names = uniqueNames(result.columns);
  const rows = result.cells.map((cells) =>
    Object.fromEntries(names.map((name, i): [string, PlainValue] => [name, cells[i] ?? null])),
  );
  return toCsv(rows, names);
}

const display = (value: PlainValue) => (value === null ? "" : String(value));

function resultTable(result: PlainResult, x: ExploreStrings): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  const table = wrap.appendChild(document.createElement("table"));
  table.className = "result-table";
  table.createCaption().textContent = x.resultCaption;
  const head = table.createTHead().insertRow();
  for (const name of result.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const cells of result.cells.slice(0, SHOWN_ROWS)) {
    const row = body.insertRow();
    cells.forEach((value) => {
      const td = row.insertCell();
      td.textContent = display(value);
      if (typeof value === "number") td.className = "num";
    });
  }
  return wrap;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Wires the data page's console: example buttons fill the textarea, Run (or Ctrl/Cmd+Enter) runs it on
 * DuckDB-WASM, the result shows as a table with its row count and time, and downloads as CSV. A failed
 * query shows DuckDB's message and leaves the console usable. `root.dataset.state` tells tests where it is.
 */
export function startConsole(root: HTMLElement): void {
  const lang = pageLang();
  const x = exploreStrings(lang);
  const locale = NUMBER_LOCALE[lang];
  const body = root.querySelector<HTMLElement>(".console-body");
  const input = root.querySelector<HTMLTextAreaElement>("textarea");
  const runButton = root.querySelector<HTMLButtonElement>("[data-run]");
  const downloadButton = root.querySelector<HTMLButtonElement>("[data-download]");
  const status = root.querySelector<HTMLElement>("[data-status]");
  const errorBox = root.querySelector<HTMLElement>("[data-error]");
  const output = root.querySelector<HTMLElement>("[data-result]");
  if (!body || !input || !runButton || !downloadButton || !status || !errorBox || !output) return;
  // Without WebAssembly the console is hidden from the first paint (Base.astro) and a line says why.
  if (typeof WebAssembly !== "object") return;
  root.dataset["state"] = "loading";
  let last: PlainResult | null = null;
  let engine: Engine | null = null;

  const showError = (text: string) => {
    errorBox.textContent = text;
    errorBox.hidden = false;
  };

  const run = async () => {
    const sql = input.value.trim();
    errorBox.hidden = true;
    if (sql === "") return showError(x.emptySql);
    if (!engine) return;
    root.dataset["state"] = "running";
    status.textContent = x.consoleRunning;
    runButton.disabled = true;
    const started = performance.now();
    try {
      const refused = refusedBeforeRunning(sql);
      if (refused) throw new Error(refused);
      const result = arrowCells(await engine.connection.query(sql));
      const ms = Math.round(performance.now() - started);
      last = result;
      output.replaceChildren(resultTable(result, x));
      const summary = x.resultSummary(result.cells.length.toLocaleString(locale), String(ms));
      status.textContent =
        result.cells.length > SHOWN_ROWS
          ? `${summary} ${x.resultTruncated(SHOWN_ROWS.toLocaleString(locale))}`
          : summary;
      downloadButton.hidden = false;
      root.dataset["state"] = "ready";
    } catch (error) {
      last = null;
      output.replaceChildren();
      downloadButton.hidden = true;
      status.textContent = x.consoleReady;
      const message = queryErrorText(error);
      showError(`${x.queryError}${message}${isRefusal(message) ? `\n${x.consoleRefused}` : ""}`);
      root.dataset["state"] = "error";
    } finally {
      runButton.disabled = false;
    }
  };

  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-sql]"))
    button.addEventListener("click", () => {
      input.value = button.dataset["sql"] ?? "";
      input.focus();
    });
  runButton.addEventListener("click", () => void run());
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  downloadButton.addEventListener("click", () => {
    if (last) download(resultCsv(last), "query-result.csv");
  });

  runButton.disabled = true;
  // Imported here, after the WebAssembly check: the engine's modules need it as they load.
  import("./duckdb-engine")
    .then(({ loadEngine }) =>
      loadEngine({
        columns: "all",
        onStage: (stage) => {
          if (stage !== "ready") status.textContent = x.consoleLoading;
        },
      }),
    )
    .then(
      (ready) => {
        engine = ready;
        runButton.disabled = false;
        status.textContent = x.consoleReady;
        root.dataset["state"] = "ready";
      },
      (error: unknown) => {
        status.textContent = "";
        showError(x.engineError(queryErrorText(error)));
        root.dataset["state"] = "failed";
      },
    );
}
