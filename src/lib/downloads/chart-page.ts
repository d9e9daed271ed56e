import { siteAsOf } from "./site-as-of";

/**
 * What a page says once for all its charts (ChartFrame.astro), not on every chart: a `<template>` holding
 * the download buttons, which the download script clones into each chart figure, and on it the words a
 * downloaded image carries besides the chart's own (source line, as-of line, synthetic-data notice). A
 * chart whose source or as-of date differs from the page's carries its own on its `<figure>`.
 */
export const CHART_TEMPLATE = "template[data-chart-page]";

/** The chart's title in a button's aria-label template on the page's chart template. */
export const TITLE_SLOT = "{title}";

/** What a page's charts share unless a chart says otherwise: the first chart's. */
export interface ChartPageDefaults {
  source: string;
  asOf: string;
}

const pages = new WeakMap<object, Map<string, ChartPageDefaults>>();

/**
 * At build time: the defaults of the charts in `lang` on the page rendered with `page` (Astro.locals, one
 * object per page), set by its first chart, which writes the page's template (`first`).
 */
export function chartPageDefaults(
  page: object,
  lang: string,
  chart: ChartPageDefaults,
): { defaults: ChartPageDefaults; first: boolean } {
  const langs = pages.get(page) ?? new Map<string, ChartPageDefaults>();
  pages.set(page, langs);
  const known = langs.get(lang);
  if (known) return { defaults: known, first: false };
  langs.set(lang, chart);
  return { defaults: chart, first: true };
}

/** In the browser: the page's chart template for a figure, in the figure's language. */
export function chartTemplate(figure: Element): HTMLTemplateElement | null {
  const document = figure.ownerDocument;
  const lang = figure.closest("[lang]")?.getAttribute("lang");
  const own =
    lang && /^[\w-]+$/.test(lang)
      ? document.querySelector<HTMLTemplateElement>(`${CHART_TEMPLATE}[lang="${lang}"]`)
      : null;
  return own ?? document.querySelector<HTMLTemplateElement>(CHART_TEMPLATE);
}

/** The words a chart's download carries besides its own: the figure's, else its page's. */
export function chartPageText(figure: HTMLElement): {
  source: string;
  asOfLine: string;
  notice: string | null;
} {
  const page = chartTemplate(figure)?.dataset ?? {};
  return {
    source: figure.dataset["chartSource"] ?? page["chartSource"] ?? "",
    asOfLine: page["chartAsOfLine"] ?? "{asOf}",
    notice: page["chartNotice"] ?? null,
  };
}

/** The as-of date of a chart's data: its figure's (a redrawn chart), else its page's charts', else the page's. */
export function chartAsOf(figure: HTMLElement): string {
  return (
    figure.dataset["chartAsOf"] ??
    chartTemplate(figure)?.dataset["chartAsOf"] ??
    siteAsOf(figure.ownerDocument)
  );
}
