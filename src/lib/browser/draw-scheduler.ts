/**
 * When the browser redraws a part of the page after a change: at once when it is on or near the screen,
 * in idle time when it is further down the page (or as soon as it scrolls into view), and only when shown
 * when it is not shown at all (the phone's size of a chart on a desktop, a table in a closed `<details>`).
 * A person sees the change in the time the visible part takes, not the whole page.
 *
 * Where a part is comes from an IntersectionObserver, which learns it from the browser's own layout, so
 * asking never forces a layout of its own; a part seen for the first time is measured once, with all the
 * others asked for in the same change. `<html data-charts-pending>` counts the drawings still to come
 * (hidden ones not counted): tests and bench/engine.ts wait for 0.
 */

type Place = "near" | "offscreen" | "hidden";

/** Drawings to come, by the element they draw into. */
const pending = new Map<Element, () => void>();
/** Where each watched element was last seen. */
const places = new WeakMap<Element, Place>();
/** Asked for since the last flush, measured and placed together. */
let queued: [Element, () => void][] = [];

let observer: IntersectionObserver | null = null;
const watched = new WeakSet<Element>();
/** Elements whose content is read even when not shown (tables: CSV, screen readers, data-* readers). */
const readWhenHidden = new WeakSet<Element>();

type Box = Pick<DOMRectReadOnly, "width" | "height" | "top" | "bottom">;
/** The box of an element that is not shown. */
const NOT_SHOWN: Box = { width: 0, height: 0, top: 0, bottom: 0 };

const inClosedDetails = (element: Element): boolean =>
  element.closest("details:not([open])") !== null;

function placeOf(element: Element, rect: Box, near: boolean): Place {
  if (rect.width === 0 && rect.height === 0)
    return readWhenHidden.has(element) ? "offscreen" : "hidden";
  return near ? "near" : "offscreen";
}

function countPending(): void {
  let count = 0;
  for (const element of pending.keys()) if (places.get(element) === "offscreen") count += 1;
  document.documentElement.dataset["chartsPending"] = String(count);
}

function run(element: Element): void {
  const draw = pending.get(element);
  if (!draw) return;
  pending.delete(element);
  draw();
}

function watch(element: Element): void {
  if (watched.has(element)) return;
  watched.add(element);
  observer ??= startObserving();
  observer.observe(element);
}

function startObserving(): IntersectionObserver {
  let resized: ReturnType<typeof setTimeout> | undefined;
  // A rotation or a resize can show a size that was hidden, off the screen: look at those again.
  window.addEventListener("resize", () => {
    clearTimeout(resized);
    resized = setTimeout(() => {
      for (const element of Array.from(pending.keys()))
        if (places.get(element) === "hidden" && element.getClientRects().length > 0) {
          places.set(element, "offscreen");
          scheduleIdle();
        }
    }, 100);
  });
  // Paper shows everything: draw all that is still to come before the print layout.
  window.addEventListener("beforeprint", () => {
    for (const element of Array.from(pending.keys())) run(element);
    countPending();
  });
  return new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const place = placeOf(entry.target, entry.boundingClientRect, entry.isIntersecting);
        places.set(entry.target, place);
        if (place === "near") run(entry.target);
      }
      countPending();
      scheduleIdle();
    },
    { rootMargin: "50% 0px" },
  );
}

let idleScheduled = false;
/** Draws what waits further down the page in idle time, a few at a time, so input is never kept waiting. */
function scheduleIdle(): void {
  if (idleScheduled) return;
  if (![...pending.keys()].some((e) => places.get(e) === "offscreen")) return;
  idleScheduled = true;
  const work = (deadline?: IdleDeadline) => {
    idleScheduled = false;
    for (const element of Array.from(pending.keys())) {
      if (places.get(element) !== "offscreen") continue;
      run(element);
      if (!deadline || deadline.timeRemaining() < 4) break;
    }
    countPending();
    scheduleIdle();
  };
  if ("requestIdleCallback" in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 16);
}

/**
 * Asks for `draw` to draw into `element`, replacing any drawing of it still to come. With `evenHidden`, an
 * element not shown is still drawn, in idle time (a table in a closed `<details>` is read by its CSV
 * button, screen readers and whoever reads its data-* attributes).
 */
export function drawWhenSeen(
  element: Element,
  draw: () => void,
  options: { evenHidden?: boolean } = {},
): void {
  if (options.evenHidden) readWhenHidden.add(element);
  if (queued.length === 0) queueMicrotask(flushDrawings);
  queued.push([element, draw]);
}

/** Places and runs what was asked for so far (appliers call it when done; otherwise a microtask does). */
export function flushDrawings(): void {
  if (queued.length === 0) return;
  const jobs = queued;
  queued = [];
  // Only elements never seen before are measured, all in one go: one layout, not one per element. One in
  // a closed <details> is not shown, which needs no measure: asking for its box makes Chromium lay out the
  // closed part on its own, one forced layout per table (16 on the overview, ~60 ms before a shared link's
  // figures showed).
  const rects = jobs.map(([element]) =>
    places.has(element)
      ? null
      : inClosedDetails(element)
        ? NOT_SHOWN
        : element.getBoundingClientRect(),
  );
  const height = window.innerHeight;
  jobs.forEach(([element, draw], i) => {
    const rect = rects[i];
    if (rect)
      places.set(
        element,
        placeOf(element, rect, rect.bottom > -height / 2 && rect.top < height * 1.5),
      );
    watch(element);
    pending.set(element, draw);
    if (places.get(element) === "near") run(element);
  });
  countPending();
  scheduleIdle();
}
