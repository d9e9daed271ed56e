import type { Page } from "playwright-core";

/**
 * Layout probes run inside the built page (page.evaluate), measuring what Chromium really drew: Plot's
 * build-time render (linkedom) estimates CJK text at about half its width, so only the browser knows
 * whether a label collides or a table cell breaks a word.
 */

/** A table cell whose text breaks across lines inside a short word, a date or a number. */
export interface WrappedCell {
  /** The cell's table caption (or the nearest heading) and the cell's text, to find it on the page. */
  table: string;
  cell: string;
  /** The token broken across lines, e.g. "报送周期" or "2020-12-31". */
  token: string;
}

/** Two text labels of one chart whose boxes overlap, or a label cut off by its chart's edge. */
export interface LabelClash {
  chart: string;
  what: "overlap" | "clipped";
  labels: string[];
}

/**
 * Opens every <details> (formulas, long lists, a chart's data table), so the tables and charts inside are
 * laid out and measured too.
 */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
  });
}

/**
 * Every table cell (th, td) whose text wraps inside a token that must stay on one line: a run of 2-4 CJK
 * characters (报送周期, 合计: a word, not a sentence), a date (2020-12-31, 2020-12, 2020年12月31日), a number
 * (1,302, 99.9%) or a Latin word (a break after the hyphen of per-person or UTF-8 is ordinary English and
 * allowed). Measured per token with Range.getClientRects: a token drawn on more than one line is broken.
 */
export function wrappedCells(page: Page): Promise<WrappedCell[]> {
  return page.evaluate(() => {
    // Dates first so 2020-12-31 is one token, not three numbers; CJK runs only when they are the whole
    // run between other characters and digits (a lookaround keeps sentences and 近12个月产值 out).
    const TOKEN =
      /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}-\d{2}(?:-\d{2})?|(?<![A-Za-z\d])[-+−]?\d[\d,.]*%?|(?<![\u3400-\u9fff\d])[\u3400-\u9fff]{2,4}(?![\u3400-\u9fff\d])|[A-Za-z]{2,}/gu;
    const found: { table: string; cell: string; token: string }[] = [];
    for (const cell of document.querySelectorAll<HTMLTableCellElement>("table th, table td")) {
      if (cell.getClientRects().length === 0) continue; // not displayed (a closed disclosure, print-only)
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(TOKEN)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // Line boxes the token touches: rects whose vertical middles differ by more than half a line.
          // (No helper function: tsx and vitest name inner functions with a helper the page lacks.)
          const middles: number[] = [];
          for (const r of range.getClientRects()) {
            const mid = r.top + r.height / 2;
            if (
              r.width > 0 &&
              r.height > 0 &&
              !middles.some((t) => Math.abs(t - mid) < r.height / 2)
            )
              middles.push(mid);
          }
          if (middles.length > 1) {
            const table = cell.closest("table");
            const caption =
              table?.caption?.textContent ??
              table
                ?.closest("section, figure, details")
                ?.querySelector("h2, h3, h4, figcaption, summary")?.textContent ??
              "";
            found.push({
              table: caption.replace(/\s+/g, " ").trim().slice(0, 60),
              cell: (cell.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40),
              token: m[0],
            });
          }
        }
      }
    }
    return found;
  });
}

/**
 * In every chart SVG of the page: pairs of text labels whose drawn boxes overlap (more than 1 px each
 * way), and labels reaching past the box of the SVG holding them (an inline SVG clips what it draws
 * outside it).
 */
export function labelClashes(page: Page): Promise<LabelClash[]> {
  return page.evaluate(() => {
    const found: { chart: string; what: "overlap" | "clipped"; labels: string[] }[] = [];
    const SLACK = 1;
    let index = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg")) {
      index += 1;
      if (svg.parentElement?.closest("svg")) continue; // a nested svg is measured with its outer one
      const outer = svg.getBoundingClientRect();
      if (outer.width === 0 || outer.height === 0) continue;
      const chart =
        svg.getAttribute("aria-label") ??
        svg
          .closest("figure")
          ?.querySelector("figcaption, h3, h4")
          ?.textContent?.trim()
          .slice(0, 60) ??
        `svg #${index}`;
      const labels = [...svg.querySelectorAll<SVGTextElement>("text")]
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .filter((t) => {
          const style = getComputedStyle(t);
          return style.visibility !== "hidden" && style.display !== "none" && style.opacity !== "0";
        })
        .map((t) => ({
          text: (t.textContent ?? "").trim(),
          box: t.getBoundingClientRect(),
          // A nested <svg> (a small-multiples cell) clips at its own edge as well as the outer one's.
          edge: (t.closest("svg") ?? svg).getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      // A glyph's box includes its side bearings, a pixel or so of blank beside the ink.
      const CLIP_SLACK = 2;
      for (const { text, box, edge } of labels) {
        const cut = [edge, outer].some(
          (e) =>
            box.left < e.left - CLIP_SLACK ||
            box.right > e.right + CLIP_SLACK ||
            box.top < e.top - CLIP_SLACK ||
            box.bottom > e.bottom + CLIP_SLACK,
        );
        if (cut) found.push({ chart, what: "clipped", labels: [text] });
      }
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (w > SLACK && h > SLACK)
            found.push({ chart, what: "overlap", labels: [a.text, b.text] });
        }
      });
    }
    return found;
  });
}
