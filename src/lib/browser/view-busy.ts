/**
 * The parts of a page that show the view chosen with the exploration controls: the overview's intro and
 * county sections, a town page's parts and charts, the ranking page's intro and county sections, and the
 * headline strips. While a view is computing, each is marked not current (dimmed
 * by explore.css, `aria-busy`), so a figure of the last view is never read as one of the view the
 * controls now show; each part's `data-as-of` keeps the date of what it shows until it is redrawn.
 */
const PARTS = [
  "[data-overview-part]",
  "[data-county-section]",
  "[data-town-part]",
  "[data-county-ranking]",
  "[data-ranking-part]",
  // The headline strips, redrawn for the view (explore-overview.ts, explore-town.ts).
  "[data-headline-strip]",
  "[data-published-only]",
  "figure",
].join(", ");

const outermost = new WeakMap<Element, HTMLElement[]>();

/**
 * The parts to mark, found once per page: only the outermost, since nested marks would dim twice and say
 * busy twice. Parts are containers whose content is redrawn, never replaced themselves, so the list holds;
 * it is found again should one leave the page. (A profile of the overview showed ~25 ms of
 * querySelectorAll a change, this search twice among it.)
 */
function outermostParts(main: Element): HTMLElement[] {
  const known = outermost.get(main);
  if (known?.every((part) => part.isConnected)) return known;
  const parts = Array.from(main.querySelectorAll<HTMLElement>(PARTS)).filter(
    (part) => !part.parentElement?.closest(PARTS),
  );
  outermost.set(main, parts);
  return parts;
}

/**
 * Marks the page's view parts busy with a line naming the view being computed (`text`), or, with null,
 * marks them current again. No imports here: the page's first script calls it before the engine's chunk
 * loads.
 */
export function markViewBusy(text: string | null): void {
  const main = document.querySelector("main");
  if (!main) return;
  const busy = text !== null;
  if (busy)
    for (const part of outermostParts(main)) {
      part.setAttribute("aria-busy", "true");
      part.dataset["viewBusy"] = "";
    }
  else
    for (const part of main.querySelectorAll<HTMLElement>("[data-view-busy]")) {
      // A part still waiting on its own (markPartBusy) keeps aria-busy until it is drawn.
      if (part.dataset["partBusy"] === undefined) part.removeAttribute("aria-busy");
      delete part.dataset["viewBusy"];
    }
  const line = document.querySelector<HTMLElement>("[data-explore-computing]");
  if (!line) return;
  line.hidden = !busy;
  if (busy) line.textContent = text;
}

/** How long a view must stay chosen before the parts that wait for DuckDB-WASM are asked for it. */
export const SETTLE_MS = 200;

/**
 * Resolves once a view has stayed chosen SETTLE_MS: lists of factories are asked of DuckDB-WASM only for a
 * view a person stops at, not for each month skimmed past with the arrow keys, whose answers would come
 * back and redraw while the next view is being drawn (the bench's later changes were twice as slow).
 */
export const settled = (): Promise<void> => new Promise((done) => setTimeout(done, SETTLE_MS));

/**
 * Marks one part busy on its own (or, with `why` null, current again): a part that waits for more than the
 * rest of the view (a factory list that only DuckDB-WASM can answer, drawn after the figures), so its mark
 * outlives markViewBusy(null). `why` is said in place, in a line just before the part and not dimmed with
 * it, so a person knows why this part alone is still the last view's; an empty `why` marks it without
 * a line (a part right after one that already says why).
 */
export function markPartBusy(part: HTMLElement, why: string | null): void {
  const before = part.previousElementSibling;
  let note =
    before instanceof HTMLElement && before.dataset["partBusyNote"] !== undefined ? before : null;
  if (why === null) {
    part.removeAttribute("aria-busy");
    delete part.dataset["partBusy"];
    note?.remove();
    return;
  }
  part.setAttribute("aria-busy", "true");
  part.dataset["partBusy"] = "";
  if (why === "") {
    note?.remove();
    return;
  }
  if (!note) {
    note = document.createElement("p");
    note.className = "part-busy-note";
    note.dataset["partBusyNote"] = "";
    part.before(note);
  }
  note.textContent = why;
}

/**
 * The view the controls now ask for, in the words of the form itself (ExploreControls.astro): the month
 * as prose writes it (`data-prose`), the county (or all counties), the town, the industries ticked, put
 * into the form's `data-computing` line: 正在计算 2019年6月 · 平利县 · 老县镇…
 */
export function computingLine(form: HTMLFormElement): string {
  const chosen = (name: string) =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.selectedOptions[0] ?? null;
  const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? "";
  const month = chosen("asof");
  const parts = [month?.dataset["prose"] ?? text(month), text(chosen("county"))];
  if (chosen("town")?.value) parts.push(text(chosen("town")));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="industry"]:checked'))
    parts.push(text(form.querySelector(`label[for="${box.id}"]`)) || box.value);
  const view = parts.filter((p) => p !== "").join(" · ");
  return (form.dataset["computing"] ?? "{view}").replace("{view}", view);
}
