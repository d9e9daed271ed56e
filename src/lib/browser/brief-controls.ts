/**
 * The brief's month and county controls: a month opens that month's pre-rendered page (keeping the
 * county), a county hides the other counties' sections and is kept in the URL (`?county=`), so a
 * link or a print shows the same page. No engine: every month is a static page.
 */

/** The county a brief URL asks for, or null for all; unknown ids count as all. */
export function countyFromSearch(search: string, known: readonly string[]): string | null {
  const id = new URLSearchParams(search).get("county");
  return id && known.includes(id) ? id : null;
}

/** The URL of `path` showing `county` (none: every county). */
export function briefHref(path: string, county: string | null): string {
  return county ? `${path}?county=${encodeURIComponent(county)}` : path;
}

export function startBriefControls(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("form[data-brief-controls]");
  const month = form?.querySelector<HTMLSelectElement>("select[name=month]");
  // A county's own brief (a province site) has no county select: its month select alone.
  const county = form?.querySelector<HTMLSelectElement>("select[name=county]") ?? null;
  if (!form || !month) return;
  form.addEventListener("submit", (event) => event.preventDefault());
  if (!county) {
    month.addEventListener("change", () => doc.location.assign(month.value));
    return;
  }
  const sections = [...doc.querySelectorAll<HTMLElement>("[data-brief-county]")];
  const known = sections.map((s) => s.dataset["briefCounty"] ?? "");
  const show = (id: string | null) => {
    for (const s of sections) s.hidden = id !== null && s.dataset["briefCounty"] !== id;
  };
  const chosen = countyFromSearch(doc.location.search, known);
  county.value = chosen ?? "";
  show(chosen);
  month.addEventListener("change", () => {
    doc.location.assign(briefHref(month.value, county.value || null));
  });
  county.addEventListener("change", () => {
    const id = county.value || null;
    show(id);
    history.replaceState(null, "", briefHref(doc.location.pathname, id));
  });
}
