/**
 * The as-of date of what the page shows, for downloads whose chart or table names none: the month the
 * exploration controls last applied (`<main data-view-as-of>`, set by explore-controls.ts), else the site's
 * data date from the footer (Base.astro).
 */
export const siteAsOf = (document: Document): string =>
  document.querySelector<HTMLElement>("main[data-view-as-of]")?.dataset["viewAsOf"] ??
  document.querySelector("[data-testid=data-as-of] time")?.getAttribute("datetime") ??
  "";
