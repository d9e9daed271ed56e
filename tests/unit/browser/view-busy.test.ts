import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { markPartBusy, markViewBusy } from "../../../src/lib/browser/view-busy";

const PAGE = `<main>
  <section data-county-section="pingli">
    <p data-overview-part="intro">intro</p>
    <div data-overview-part="not-reporting"><table></table></div>
  </section>
  <div data-town-part="factories"><table></table></div>
</main>
<p data-explore-computing hidden></p>`;

let document: Document;
beforeEach(() => {
  const window = parseHTML(`<!doctype html><html><body>${PAGE}</body></html>`);
  document = window.document;
  vi.stubGlobal("document", document);
  vi.stubGlobal("HTMLElement", window.HTMLElement);
});
afterEach(() => vi.unstubAllGlobals());

const part = (selector: string) => {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(selector);
  return element;
};

describe("markPartBusy", () => {
  it("marks one part busy with a note before it, and clears both", () => {
    const list = part('[data-town-part="factories"]');
    markPartBusy(list, "waits for the engine");
    expect(list.getAttribute("aria-busy")).toBe("true");
    expect(list.dataset["partBusy"]).toBe("");
    expect(list.previousElementSibling?.textContent).toBe("waits for the engine");
    // Said again: one note, not two.
    markPartBusy(list, "still waiting");
    expect(document.querySelectorAll("[data-part-busy-note]")).toHaveLength(1);
    markPartBusy(list, null);
    expect(list.hasAttribute("aria-busy")).toBe(false);
    expect(list.dataset["partBusy"]).toBeUndefined();
    expect(document.querySelectorAll("[data-part-busy-note]")).toHaveLength(0);
  });

  it("an empty reason marks the part without a line", () => {
    const list = part('[data-town-part="factories"]');
    markPartBusy(list, "");
    expect(list.getAttribute("aria-busy")).toBe("true");
    expect(document.querySelectorAll("[data-part-busy-note]")).toHaveLength(0);
  });

  // The lists are drawn after the figures: the page's "current again" must not clear their own mark.
  it("outlives markViewBusy(null)", () => {
    const outer = part('[data-town-part="factories"]');
    markViewBusy("computing");
    markPartBusy(outer, "waits");
    markViewBusy(null);
    expect(outer.dataset["viewBusy"]).toBeUndefined();
    expect(outer.getAttribute("aria-busy")).toBe("true");
    expect(outer.dataset["partBusy"]).toBe("");
  });
});
