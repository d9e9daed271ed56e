/**
 * A town's factory book (FactoryBookPage.astro): an address naming a factory of a later page lands on
 * its entry in the first page's list (factory-path.ts), which is followed to the factory's section; and
 * the language link keeps the factory the reader is at.
 */
export function initFactoryBook(): void {
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id === "") return;
    const entry = document.getElementById(id);
    const link = entry?.hasAttribute("data-book-page") ? entry.querySelector("a") : null;
    if (link) location.replace(link.href);
  };
  follow();
  window.addEventListener("hashchange", follow);
  const langLink = document.querySelector<HTMLAnchorElement>('[data-testid="lang-switch"]');
  langLink?.addEventListener("click", () => {
    langLink.hash = location.hash;
  });
}
