import { attrs, markup, type Html } from "./html";

/** A headline figure and the five DATA-CONTRACT §5 attributes that let tests and the press read it exactly. */
export interface Headline {
  metric: string;
  county: string;
  /** The town's Chinese name, as the figures CLI prints it; "" for a whole county. */
  town: string;
  asOf: string;
  /** The exact number, unformatted. */
  value: number;
  /** The number as the page shows it. */
  text: string;
  class?: string | undefined;
}

export function headlineHtml(h: Headline): Html {
  return markup`<span${attrs({
    class: h.class,
    "data-metric": h.metric,
    "data-county": h.county,
    "data-town": h.town,
    "data-as-of": h.asOf,
    "data-value": h.value,
  })}>${h.text}</span>`;
}
