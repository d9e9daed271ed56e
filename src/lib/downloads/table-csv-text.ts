/** What a table's CSV button says: its text, and the name a screen reader hears (null: the text). */
export interface CsvButtonText {
  label: string;
  ariaLabel: string | null;
}

/** Where the caption goes in the page's aria-label template (`data-csv-aria-label` on `<main>`). */
export const CAPTION_SLOT = "{caption}";

// File names stay well under the 255 bytes most file systems allow (a Chinese letter takes 3 in UTF-8).
const MAX_NAME_BYTES = 180;

const utf8Bytes = (character: string) => {
  const point = character.codePointAt(0) ?? 0;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
};

/** The longest start of `text` that fits in `budget` bytes of UTF-8. */
function fitBytes(text: string, budget: number): string {
  let used = 0;
  const kept: string[] = [];
  for (const character of text) {
    used += utf8Bytes(character);
    if (used > budget) break;
    kept.push(character);
  }
  return kept.join("");
}

/** A table's caption as one line of text; "" when it has none. */
export function captionText(table: Element): string {
  const caption = Array.from(table.children).find((c) => c.tagName.toLowerCase() === "caption");
  return (caption?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The button's words: the table's own `data-csv-label` / `data-csv-aria-label` where a component set
 * them, else the page's, from the same attributes on `<main>` (the aria-label there a template with
 * `{caption}`, filled with the table's caption), else a bare "CSV".
 */
export function tableCsvButtonText(table: Element, page: Element | null): CsvButtonText {
  const label =
    table.getAttribute("data-csv-label") ?? page?.getAttribute("data-csv-label") ?? "CSV";
  const own = table.getAttribute("data-csv-aria-label");
  if (own !== null) return { label, ariaLabel: own };
  const template = page?.getAttribute("data-csv-aria-label") ?? null;
  const caption = captionText(table);
  if (template === null || caption === "") return { label, ariaLabel: null };
  return { label, ariaLabel: template.replace(CAPTION_SLOT, () => caption) };
}

/**
 * The name a table's CSV is saved under (before the as-of date and extension; downloadName() makes it
 * safe): `data-csv-name`, else its chart's id, else its caption, else its id, else "table".
 */
export function tableCsvName(table: Element): string {
  const own = table.getAttribute("data-csv-name");
  if (own) return own;
  const chartId = table.closest("figure[data-chart-id]")?.getAttribute("data-chart-id");
  if (chartId) return chartId;
  const caption = fitBytes(captionText(table), MAX_NAME_BYTES);
  if (/[\p{L}\p{N}]/u.test(caption)) return caption;
  return table.id || "table";
}
