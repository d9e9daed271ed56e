/** The site's as-of date, from the footer (Base.astro), for downloads whose chart or table names none. */
export const siteAsOf = (document: Document): string =>
  document.querySelector("[data-testid=data-as-of] time")?.getAttribute("datetime") ?? "";
