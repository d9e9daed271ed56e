import type { FactorySearchIndex } from "../factories/factory-search-index";
import { factorySearcher } from "../factories/factory-search-index";
import { pageLang } from "./page-lang";
import { formatCount } from "../format/format-count";
import { inLang } from "../i18n/lang";
import { factoryPath } from "../towns/factory-path";

/**
 * The province directory's search box (/factories/ on a province site): the index is fetched on the first
 * focus or keystroke, never with the page; each keystroke lists the first matches, each linking to its
 * factory's page. Without scripts the form stays hidden and the county pages list every factory.
 */
const SHOWN = 50;

export function initFactorySearch(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-factory-search]");
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = document.querySelector<HTMLUListElement>("[data-factory-hits]");
  const count = document.querySelector<HTMLElement>("[data-factory-hits-count]");
  if (!form || !input || !list || !count) return;
  const lang = pageLang();
  const url = form.dataset["index"] ?? "";
  let searcher: Promise<ReturnType<typeof factorySearcher>> | null = null;
  const load = () =>
    (searcher ??= fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<FactorySearchIndex>;
      })
      .then(factorySearcher));
  const pick = ([zh, en]: [string, string]) => inLang({ zh, en }, lang);

  let latest = "";
  const show = async () => {
    const query = input.value;
    latest = query;
    form.dataset["state"] = "loading";
    let search: Awaited<ReturnType<typeof load>>;
    try {
      search = await load();
    } catch {
      searcher = null;
      form.dataset["state"] = "error";
      count.textContent = form.dataset["errorText"] ?? "";
      return;
    }
    if (query !== latest) return;
    const { hits, total } = search(query, SHOWN);
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = factoryPath(hit, lang, true); // the index is a province site's only
        link.textContent = hit.name;
        const where = document.createElement("span");
        where.className = "factory-hit-where";
        where.textContent = ` ${pick(hit.county_name)} · ${pick(hit.town_name)}`;
        item.append(link, where);
        return item;
      }),
    );
    const template =
      query.trim() === ""
        ? ""
        : total === 0
          ? (form.dataset["noneText"] ?? "")
          : total > hits.length
            ? (form.dataset["countTemplate"] ?? "")
            : (form.dataset["countAllTemplate"] ?? "");
    count.textContent = template
      .replace("{shown}", formatCount(hits.length, lang))
      .replace("{total}", formatCount(total, lang));
    form.dataset["state"] = "ready";
  };
  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  input.addEventListener("input", () => void show());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void show();
  });
}
