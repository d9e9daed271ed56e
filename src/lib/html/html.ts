/**
 * Markup as text, for the parts of a page that are drawn at build time (Astro, `set:markup`) and drawn again
 * in the browser after a person changes the view (`innerHTML`): one function makes both, so the two cannot
 * drift apart. Every interpolated value is escaped unless it is already `Html`.
 */

/** Markup that is safe to insert: made by `markup` or `attrs`, never from raw text. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate: text (escaped), numbers, markup, lists of these; nothing for the rest. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * A tagged template: `markup\`<td>${text}</td>\`` escapes `text`; nested `markup` and arrays pass through.
 * (Not named `html`: Prettier would reformat such templates as HTML and add whitespace to the text.)
 */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/**
 * Attributes as markup, each with a leading space: `null`, `undefined` and `false` leave the attribute out,
 * `true` writes it bare, the rest is escaped. Use as `<td${attrs({ class: "num", "data-value": 3 })}>`.
 */
export function attrs(
  record: Readonly<Record<string, string | number | boolean | null | undefined>>,
): Html {
  let markup = "";
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined || value === false) continue;
    markup += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new Html(markup);
}

/** `class` from a list of names, the falsy ones left out (as Astro's `class:list`). */
export const classList = (
  ...names: readonly (string | null | undefined | false)[]
): string | null =>
  names.filter((n): n is string => typeof n === "string" && n !== "").join(" ") || null;
