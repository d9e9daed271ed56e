import type { CheckReply, CheckRequest } from "../check/check-protocol";
import { langOfHtml } from "../i18n/lang";

/**
 * The report checker's page script: kept small on purpose (it loads with the page). It takes the chosen or
 * dropped files one by one, hands each file's bytes to the worker (started on the first file, so the parsing
 * core and workbook reader load only then), shows the stage and elapsed time while a large workbook is read,
 * and puts the worker's result in place. Nothing is sent over the network.
 */

interface Words {
  reading: string;
  loading: string;
  parsing: string;
  fileOf: string;
  elapsed: string;
  failed: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

function words(form: HTMLElement): Words {
  const d = form.dataset;
  return {
    reading: d.stageReading ?? "",
    loading: d.stageLoading ?? "",
    parsing: d.stageParsing ?? "",
    fileOf: d.fileOf ?? "{i}/{n}",
    elapsed: d.elapsed ?? "{s}",
    failed: d.failed ?? "{why}",
  };
}

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  worker ??= new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" });
  return worker;
}

/** Sends one file to the worker and resolves with its answer; `onParsing` when it starts reading. */
function askWorker(request: CheckRequest, onParsing: () => void): Promise<CheckReply> {
  const w = startWorker();
  return new Promise((resolve) => {
    const finish = (answer: CheckReply) => {
      w.removeEventListener("message", listen);
      w.removeEventListener("error", failed);
      resolve(answer);
    };
    const listen = (event: MessageEvent<CheckReply>) => {
      if (event.data.id !== request.id) return;
      if (event.data.kind === "parsing") onParsing();
      else finish(event.data);
    };
    // A worker that fails to load (a script error) never answers: say so instead of waiting forever.
    const failed = (event: ErrorEvent) => {
      worker = null;
      finish({ id: request.id, kind: "failed", message: event.message || "worker error" });
    };
    w.addEventListener("message", listen);
    w.addEventListener("error", failed);
    w.postMessage(request, [request.bytes]);
  });
}

/** A placeholder for one file while it is checked: its name, what is happening, a progress bar and the time. */
function progressBox(
  name: string,
  position: string,
): { box: HTMLElement; set: (s: string) => void } {
  const box = document.createElement("article");
  box.className = "check-file check-progress";
  box.dataset.checking = "";
  const heading = document.createElement("h3");
  heading.textContent = name;
  const line = document.createElement("p");
  line.setAttribute("role", "status");
  const bar = document.createElement("progress");
  bar.setAttribute("aria-label", name);
  box.append(heading, line, bar);
  const set = (stage: string) => {
    line.textContent = `${position} · ${stage}`;
  };
  return { box, set };
}

async function checkFiles(
  form: HTMLFormElement,
  results: HTMLElement,
  files: readonly File[],
): Promise<void> {
  if (files.length === 0) return;
  const w = words(form);
  const lang = langOfHtml(document.documentElement.lang);
  const county = form.querySelector<HTMLSelectElement>("select[name=county]")?.value ?? "";
  form.dataset.state = "busy";
  results.replaceChildren();
  for (const [index, file] of files.entries()) {
    const position = fill(w.fileOf, { i: index + 1, n: files.length });
    const { box, set } = progressBox(file.name, position);
    results.append(box);
    let stage = w.reading;
    const started = performance.now();
    const show = () =>
      set(`${stage} ${fill(w.elapsed, { s: Math.round((performance.now() - started) / 1000) })}`);
    show();
    const timer = window.setInterval(show, 1000);
    try {
      const bytes = await file.arrayBuffer();
      stage = w.loading;
      show();
      const answer = await askWorker(
        { id: nextId++, name: file.name, bytes, countyId: county, lang },
        () => {
          stage = w.parsing;
          show();
        },
      );
      if (answer.kind === "done") {
        // The worker's markup is built by `markup`, which escapes every value from the file.
        const holder = document.createElement("div");
        holder.innerHTML = answer.html;
        box.replaceWith(...holder.childNodes);
      } else if (answer.kind === "failed") {
        box.classList.add("check-failed");
        box.dataset.failed = "";
        set(fill(w.failed, { why: answer.message }));
        box.querySelector("progress")?.remove();
      }
    } finally {
      window.clearInterval(timer);
    }
  }
  form.dataset.state = "done";
}

/** Wires the checker's form: the file input, the county choice and dropping files on the form. */
export function initCheck(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-check-form]");
  const results = document.querySelector<HTMLElement>("[data-check-results]");
  const input = form?.querySelector<HTMLInputElement>("input[type=file]");
  if (!form || !results || !input) return;
  let running = Promise.resolve();
  const run = (files: readonly File[]) => {
    running = running.then(() => checkFiles(form, results, files));
  };
  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("change", () => run(Array.from(input.files ?? [])));
  form.addEventListener("dragover", (event) => {
    event.preventDefault();
    form.dataset.dragging = "";
  });
  form.addEventListener("dragleave", () => delete form.dataset.dragging);
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    delete form.dataset.dragging;
    run(Array.from(event.dataTransfer?.files ?? []));
  });
  form.dataset.state = "idle";
}
