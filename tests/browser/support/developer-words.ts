import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Page } from "playwright-core";

/**
 * What a reader of a public page must never meet in prose (docs/words-and-numbers.md §6): a file path,
 * the section sign of a document the site does not publish, an npm command, a snake_case column name.
 */
export const DEVELOPER_WORDS: readonly { what: string; pattern: RegExp }[] = [
  { what: "file path", pattern: /\w+\/\w+\.(?:json|ts|parquet|csv)\b/g },
  { what: "section sign", pattern: /§/g },
  { what: "npm command", pattern: /\bnpm /g },
  { what: "snake_case name", pattern: /\b[a-z]+_[a-z_]+\b/g },
];

/** Every developer word in `text`, each as `what: «match»` with a few characters either side. */
export function developerWords(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of DEVELOPER_WORDS)
    for (const m of text.matchAll(pattern)) {
      const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
      found.push(`${what}: «${m[0]}» in “${around.replace(/\s+/g, " ")}”`);
    }
  return found;
}

/**
 * Where code may speak for itself: code and preformatted blocks, disclosures (a formula sits in a
 * <details> labelled 计算公式 / Formula) and the data page's SQL console.
 */
export const EXEMPT = "code, pre, details, script, style, template, [data-sql-console]";

/** The page's visible text outside EXEMPT, one string per text node. */
export function visibleProse(page: Page): Promise<string[]> {
  return page.evaluate((exempt) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? "";
      if (!parent || text.trim() === "" || parent.closest(exempt)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      texts.push(text);
    }
    return texts;
  }, EXEMPT);
}

/** Every HTML page of the built site, as the path a browser asks for (`/towns/pingli-laoxian/`). */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) {
        const path = `/${relative(dist, full).split(sep).join("/")}`;
        pages.push(path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
